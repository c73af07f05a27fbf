"""The language of each person's copy of the minutes, kept with them in the network."""

from __future__ import annotations

from sqlalchemy import select

from chair_app.core.language import MinutesLanguage
from chair_app.models.db import SessionFactory
from chair_app.models.orm import PersonRow
from chair_app.models.rows import _get, _transaction


class CopyLanguageRepository:
    """Reads and records the language chosen for a person's copy (person.minutes_language)."""

    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def get(self, person_id: int) -> MinutesLanguage | None:
        """The language chosen for the person's copy; None when none was chosen (or the
        value is one this version does not know).

        Raises:
            NotFound: no such person.
        """
        with _transaction(self._factory) as session:
            return _parse(_get(session, PersonRow, person_id).minutes_language)

    def of_family(self, family_id: int) -> dict[int, MinutesLanguage | None]:
        """The chosen language of everyone in a family's network, by person id."""
        with _transaction(self._factory) as session:
            rows = session.execute(
                select(PersonRow.id, PersonRow.minutes_language).where(
                    PersonRow.family_id == family_id
                )
            )
            return {person_id: _parse(value) for person_id, value in rows}

    def set(self, person_id: int, language: MinutesLanguage | None) -> None:
        """Record the language of the person's copy (None: not chosen).

        Raises:
            NotFound: no such person.
        """
        with _transaction(self._factory) as session:
            row = _get(session, PersonRow, person_id)
            row.minutes_language = "" if language is None else MinutesLanguage(language).value


def _parse(value: str | None) -> MinutesLanguage | None:
    try:
        return MinutesLanguage(value) if value else None
    except ValueError:
        return None
