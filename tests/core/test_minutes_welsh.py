"""The minutes built in Welsh (issue 17): the fixed texts in Welsh, what people typed as typed,
and the fingerprinted content always the English, whatever language a copy is built in."""

from __future__ import annotations

from sample_data import sample_family, sample_meeting

import chair_app.services.translations  # noqa: F401  (installs the Welsh of the .ts files)
from chair_app.core.domain import VoteChoice
from chair_app.core.language import Language
from chair_app.core.lifecycle import fingerprint
from chair_app.core.minutes import Table, build_minutes
from chair_app.core.minutes_words import minutes_in


def test_the_welsh_minutes_have_welsh_fixed_texts_and_the_words_as_typed() -> None:
    meeting, family = sample_meeting(), sample_family()
    english = build_minutes(meeting, family)
    with minutes_in(Language.WELSH):
        welsh = build_minutes(meeting, family)
    assert welsh.marking == "SWYDDOGOL-SENSITIF"
    assert welsh.title == "Cofnodion Grŵp Craidd"
    assert dict(welsh.heading.items)["Dyddiad"] == "Dydd Llun 23 Tachwedd 2026"
    titles = [section.title for section in welsh.sections]
    assert "Datganiadau perygl a nodau diogelwch" in titles
    assert "Penderfyniadau a phleidleisiau" in titles
    # "For" a child is "Ar gyfer"; a vote "for" is "O blaid".
    tables = [b for s in welsh.sections for b in s.blocks if isinstance(b, Table)]
    actions = next(t for t in tables if "Erbyn pryd" in t.headers)
    assert "Ar gyfer" in actions.headers
    with minutes_in(Language.WELSH):
        assert VoteChoice.FOR.label == "O blaid"
    # Every typed word of the English minutes is in the Welsh ones.
    for statement in meeting.statements:
        assert statement.statement.strip() in welsh.plain_text()
    assert family.name in welsh.plain_text()
    assert english.title == "Core Group minutes"


def test_building_a_welsh_copy_leaves_the_english_and_its_fingerprint_unchanged() -> None:
    meeting, family = sample_meeting(), sample_family()
    before = fingerprint(build_minutes(meeting, family))
    with minutes_in(Language.WELSH):
        build_minutes(meeting, family)
    after = build_minutes(meeting, family)
    assert fingerprint(after) == before
    assert after.marking == "OFFICIAL-SENSITIVE"
