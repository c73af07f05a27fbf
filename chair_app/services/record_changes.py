"""What an import did (or would do), and each difference in words, for people
(services.record_import)."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from chair_app.core.domain import MeetingType
from chair_app.core.language import translate
from chair_app.core.record_format import Difference


class ImportOutcome(enum.Enum):
    """What an import call did, as a whole."""

    IMPORTED = "imported"  # something was added or changed
    UP_TO_DATE = "up_to_date"  # everything in the record is already here
    NEEDS_FAMILY_CHOICE = "needs_family_choice"  # call again with family_id or new_family
    CONFLICTS = "conflicts"  # call again with choices (or take) for ImportResult.conflicts
    REFUSED = "refused"  # nothing imported; ImportResult.message says why


class UnitState(enum.Enum):
    """What happened (or would happen) to one family network or meeting of the record."""

    ADDED = "added"
    UPDATED = "updated"
    UP_TO_DATE = "up_to_date"
    LOCAL_NEWER = "local_newer"  # the record holds an older version of what is here: kept
    CONFLICT = "conflict"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class FamilyCandidate:
    """A family here that may be the record's family, and why it was suggested."""

    family_id: int
    name: str
    child_names: tuple[str, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnitResult:
    """One unit of the record: the family network or one meeting.

    Attributes:
        kind: "family" or "meeting".
        uuid: the unit's UUID.
        label: what it is, for people ("Core Group on 2026-11-23").
        state: what happened to it.
        local_id: its id here (None when it is not here, and was not added).
        changes: the differences applied to it (UPDATED), or found in it (REFUSED).
        kept: records here that the record does not hold, kept (people and children).
    """

    kind: str
    uuid: str
    label: str
    state: UnitState
    local_id: int | None = None
    changes: tuple[Difference, ...] = ()
    kept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The result of ImportService.import_record; nothing changed unless outcome is IMPORTED
    (or UP_TO_DATE, which only notes the hand-over)."""

    outcome: ImportOutcome
    message: str
    family_id: int | None = None
    units: tuple[UnitResult, ...] = ()
    conflicts: tuple[Difference, ...] = ()
    candidates: tuple[FamilyCandidate, ...] = ()
    # REFUSED because the record breaks a rule of the meeting (e.g. a vote the rules would not
    # count): each rule broken, in words.
    broken_rules: tuple[str, ...] = ()

    def change_log(self) -> tuple[str, ...]:
        """What changed, one line each, for people."""
        lines: list[str] = []
        for unit in self.units:
            if unit.state is UnitState.ADDED:
                lines.append(translate("RecordImport", "Added {what}.").format(what=unit.label))
            elif unit.state is UnitState.UPDATED:
                for change in unit.changes:
                    lines.append(f"{unit.label}: {describe_change(change)}")
            elif unit.state is UnitState.UP_TO_DATE:
                lines.append(
                    translate("RecordImport", "{what}: already up to date.").format(what=unit.label)
                )
            elif unit.state is UnitState.LOCAL_NEWER:
                lines.append(
                    translate(
                        "RecordImport",
                        "{what}: this laptop's version is newer than the record's; kept.",
                    ).format(what=unit.label)
                )
            for kept in unit.kept:
                lines.append(
                    translate("RecordImport", "{what}: kept {kept} (not in the record).").format(
                        what=unit.label, kept=kept
                    )
                )
        return tuple(lines)


def short(value: Any) -> str:
    if value is None:
        return translate("RecordImport", "(none)")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ")
    return repr(text if len(text) <= 80 else text[:77] + "...")


def describe_change(difference: Difference) -> str:
    """One difference in words: "actions 'Refer...': what: 'old' -> 'new'"."""
    if difference.path and not difference.field:
        if difference.local is None:
            return translate("RecordImport", "added {what}").format(what=difference.label)
        return translate("RecordImport", "removed {what}").format(what=difference.label)
    return f"{difference.label}: {short(difference.local)} -> {short(difference.incoming)}"


def conflict_table(conflicts: Sequence[Difference], width: int = 38) -> str:
    """The conflicts side by side, as plain text: what, here, in the record."""
    here_heading = translate("RecordImport", "HERE")
    lines = [f"{'':<4}{here_heading:<{width}}  {translate('RecordImport', 'IN THE RECORD')}"]
    for number, conflict in enumerate(conflicts, 1):
        lines.append(f"{number}. {conflict.label}")
        here = short(conflict.local) if conflict.field or not conflict.path else (
            translate("RecordImport", "(not here)")
            if conflict.local is None
            else translate("RecordImport", "(here)")
        )
        there = short(conflict.incoming) if conflict.field or not conflict.path else (
            translate("RecordImport", "(not in the record)")
            if conflict.incoming is None
            else translate("RecordImport", "(in the record)")
        )
        lines.append(f"{'':<4}{here[:width]:<{width}}  {there}")
    return "\n".join(lines)


def meeting_label(unit: Mapping[str, Any]) -> str:
    try:
        kind = MeetingType(unit["meeting_type"]).label
    except (KeyError, ValueError):
        kind = translate("RecordImport", "Meeting")
    return translate("RecordImport", "{kind} on {date}").format(kind=kind, date=unit.get("date"))


def agreed_versions(unit: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The minutes versions a meeting's record marks agreed."""
    versions = (unit.get("minutes") or {}).get("versions") or []
    return [v for v in versions if isinstance(v, Mapping) and v.get("agreed")]


