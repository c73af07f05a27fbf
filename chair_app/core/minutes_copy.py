"""The minutes of any copy (full record, a person's copy, the family summary), built from one
meeting's whole record (core.record.MeetingRecord) without reading anything else.

The content that is fingerprinted is built once (content_document); the full record is that
content dressed with its chart, sign-off, addenda, distribution list and footer (core.minutes
.dress), so exporting the full record builds the minutes once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from chair_app.core.agenda import StepKey
from chair_app.core.copies import FAMILY_READER, Reader, copy_for
from chair_app.core.dates import format_short_date
from chair_app.core.family_summary import build_family_summary
from chair_app.core.history import ScaleHistory, scaling_history
from chair_app.core.language import BilingualLayout, Language, MinutesLanguage
from chair_app.core.lifecycle import MinutesVersion, fingerprint
from chair_app.core.minutes import build_minutes, dress
from chair_app.core.minutes_document import (
    Block,
    FieldList,
    Figure,
    MinutesDocument,
    MinutesExtras,
    Paragraph,
    Section,
    SideBySide,
)
from chair_app.core.minutes_words import QT_TRANSLATE_NOOP, label, minutes_in, translate
from chair_app.core.record import CopyKind, CopyRequest, MeetingRecord

Agenda = tuple[tuple[StepKey, str], ...]
"""The meeting type's agenda: (step, title) in order."""

# Which copy was sent, as the Distribution section names it (Distribution.copy holds the
# CopyKind value).
COPY_SENT_LABELS = {
    CopyKind.FULL.value: QT_TRANSLATE_NOOP("Minutes", "Full record"),
    CopyKind.PERSON.value: QT_TRANSLATE_NOOP("Minutes", "Own copy"),
    CopyKind.FAMILY_SUMMARY.value: QT_TRANSLATE_NOOP("Minutes", "Family summary"),
}

CHART_CAPTION = QT_TRANSLATE_NOOP(
    "Minutes", "Scores over time: the average at each meeting, with the range of scores shaded."
)
CHART_ASPECT = 3.4 / 7.5


def scaling_histories(record: MeetingRecord, agenda: Agenda) -> tuple[ScaleHistory, ...]:
    """Every scale of the meeting with the scores of each meeting so far, oldest first; () when
    the agenda has no scaling step."""
    if not any(key is StepKey.SCALING for key, _title in agenda):
        return ()
    return scaling_history([*record.earlier, record.meeting])


def has_chart(histories: tuple[ScaleHistory, ...]) -> bool:
    """Whether the scores over time have anything to draw."""
    return any(point.scores for scale in histories for point in scale.points)


def chart_key(histories: tuple[ScaleHistory, ...]) -> str:
    """SHA-256 of everything the chart shows (each scale's name and every meeting's scores): a
    chart kept under this key is the chart these scores draw."""
    content = [
        [h.name, [[str(p.meeting_date), [list(s) for s in p.scores]] for p in h.points]]
        for h in histories
    ]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def chart_figure(png: bytes) -> Figure:
    return Figure(png, translate("Minutes", CHART_CAPTION), aspect=CHART_ASPECT)


def printed_step_times(record: MeetingRecord, agenda: Agenda) -> tuple[tuple[str, int], ...]:
    """(step title, seconds) in agenda order, if the chair asked for them in the minutes."""
    if not record.prints_step_times:
        return ()
    spent = record.step_times
    return tuple((title, spent[key.value]) for key, title in agenda if key.value in spent)


def exclusion_lines(record: MeetingRecord, agenda: Agenda) -> tuple[tuple[str, str, str], ...]:
    """Who was excluded from what, and why, as the full record lists it."""
    names = {p.id: p.name for p in record.family.people}
    titles = dict(agenda)
    return tuple(
        (
            names.get(e.person_id, translate("Minutes", "Someone")),
            ", ".join(titles.get(step, step.value) for step in e.steps),
            e.reason,
        )
        for e in record.minutes.exclusions
    )


def distribution_rows(
    record: MeetingRecord, version: MinutesVersion
) -> tuple[tuple[str, str, str, str, str], ...]:
    """The Distribution section's rows: (name, copy, version, how, date), as recorded. Names
    only; the version sent is marked agreed when it is the agreed version this copy is."""
    names = {p.id: p.name for p in record.family.people}
    return tuple(
        (
            names.get(d.person_id, translate("Minutes", "Someone no longer in the network")),
            label(COPY_SENT_LABELS.get(d.copy, d.copy)),
            translate("Minutes", "{number} (agreed)").format(number=d.version)
            if version.agreed and d.version == version.number
            else str(d.version),
            d.method.label,
            format_short_date(d.sent_on),
        )
        for d in record.minutes.distribution
    )


def _addenda(record: MeetingRecord) -> tuple[tuple[str, str, str, str], ...]:
    names = {p.id: p.name for p in record.family.people}
    return tuple(
        (
            format_short_date(a.added_on),
            names.get(a.by_person_id, translate("Minutes", "not recorded"))
            if a.by_person_id is not None
            else translate("Minutes", "not recorded"),
            a.reason,
            a.text,
        )
        for a in record.minutes.addenda
    )


def _extras(
    record: MeetingRecord, agenda: Agenda, histories: tuple[ScaleHistory, ...]
) -> MinutesExtras:
    """The content's settings: what the minutes show from other meetings and who was excluded
    from what (no chart, footer, sign-off date, addenda or distribution)."""
    meeting = record.meeting
    return MinutesExtras(
        action_histories={
            a.id: record.action_histories.get(a.id, ()) for a in meeting.actions if a.is_carried
        },
        scaling_history=histories,
        step_times=printed_step_times(record, agenda),
        exclusions=exclusion_lines(record, agenda),
    )


def content_document(record: MeetingRecord, agenda: Agenda) -> MinutesDocument:
    """The full record without its chart, addenda, distribution or footer: the content a
    fingerprint is taken of (every fact and word, and who was excluded from what)."""
    histories = scaling_histories(record, agenda)
    steps = tuple(key for key, _title in agenda)
    return build_minutes(record.meeting, record.family, steps, _extras(record, agenda, histories))


def meeting_minutes(
    record: MeetingRecord, agenda: Agenda, chart: Figure | None = None
) -> MinutesDocument:
    """The minutes of the meeting as recorded: its content without the minutes' later state
    (no exclusions, addenda, distribution, sign-off date or footer), with the chart given."""
    histories = scaling_histories(record, agenda)
    extras = _replace(
        _extras(record, agenda, histories), {"exclusions": (), "scaling_chart": chart}
    )
    return build_minutes(
        record.meeting, record.family, tuple(key for key, _title in agenda), extras
    )


def record_fingerprint(content: MinutesDocument) -> str:
    return fingerprint(content)


def version_if_sent(
    record: MeetingRecord, print_: str | None, today: dt.date
) -> MinutesVersion:
    """The version a copy made now would be, without recording it: the agreed one, the draft
    version with this fingerprint, or a new draft numbered next. ``print_`` may be None only
    when the minutes are agreed."""
    version = record.minutes.agreed_version
    if version is not None:
        return version
    assert print_ is not None, "a draft's version needs its fingerprint"
    versions = record.minutes.versions
    return next((v for v in versions if v.fingerprint == print_), None) or MinutesVersion(
        max((v.number for v in versions), default=0) + 1, print_, False, today
    )


def copy_label(record: MeetingRecord, copy: CopyRequest) -> str:
    """The copy's name, as printed on its first page: "Full record", "Copy for NAME" or
    "Family summary".

    Raises:
        LookupError: a person's copy for someone not in the meeting's network.
    """
    if copy.kind is CopyKind.FAMILY_SUMMARY:
        return translate("Minutes", "Family summary")
    if copy.kind is CopyKind.FULL:
        return translate("Minutes", "Full record")
    person = record.family.person(copy.person_id)
    if person is None:
        raise LookupError("That person is not in this meeting's network.")
    return translate("Minutes", "Copy for {name}").format(name=person.name)


def _one_language_copy(
    record: MeetingRecord,
    agenda: Agenda,
    copy: CopyRequest,
    version: MinutesVersion,
    chart: Figure | None = None,
    *,
    content: MinutesDocument | None = None,
) -> MinutesDocument:
    """The copy asked for, with the version's footer, sign-off and distribution list.

    Args:
        chart: the scaling chart, drawn outside core (None: the copy has none).
        content: the record's content_document, if already built: the full record is then
            that content dressed, not built again.

    Raises:
        LookupError: a person's copy for someone not in the meeting's network.
    """
    note = note_text(version)
    meeting, family, minutes = record.meeting, record.family, record.minutes
    if copy.kind is CopyKind.FAMILY_SUMMARY:
        # Parts a family member was kept out of are not in the family's summary either.
        family_excluded = frozenset(
            step
            for e in minutes.exclusions
            if (person := family.person(e.person_id)) is not None and not person.is_professional
            for step in e.steps
        )
        # A carried job says when it was due last time, if that date has passed.
        earlier_due = {
            a.id: history[-1][1].due_date
            for a in meeting.actions
            if a.is_carried and (history := record.action_histories.get(a.id, ()))
        }
        return build_family_summary(
            copy_for(meeting, FAMILY_READER), family, note, family_excluded, earlier_due
        )
    histories = scaling_histories(record, agenda)
    extras = _extras(record, agenda, histories)
    changes: dict[str, object] = {
        "scaling_chart": chart,
        "footer_note": note,
        # The sign-off and the distribution list, like the footer, are not fingerprinted:
        # agreeing the minutes or sending a copy does not change their content.
        "agreed_on": version.agreed_on if version.agreed else None,
        "distribution": distribution_rows(record, version),
        "addenda": _addenda(record),
    }
    steps = tuple(key for key, _title in agenda)
    if copy.kind is CopyKind.PERSON:
        person_label = copy_label(record, copy)
        person_id = copy.person_id
        assert person_id is not None  # copy_label found the person
        changes |= {
            "copy_label": person_label,
            "omit_steps": frozenset(
                step for e in minutes.exclusions if e.person_id == person_id for step in e.steps
            ),
            "reader": Reader.person(family, person_id),
            # Who was excluded from what is for the full record only.
            "exclusions": (),
        }
        return build_minutes(meeting, family, steps, _replace(extras, changes))
    full = _replace(extras, changes | {"copy_label": copy_label(record, copy)})
    if content is None:
        return build_minutes(meeting, family, steps, full)
    return dress(content, meeting, family, steps, full)


def note_text(version: MinutesVersion) -> str:
    """The version and fingerprint line of every page footer, in the copy's language:
    "Version 3 (agreed 12/11/2026) · SHA-256 1f0c…", "Fersiwn 3 (cytunwyd 12/11/2026) ·
    SHA-256 1f0c…". The English is lifecycle.footer_note's, word for word."""
    return translate("Minutes", "Version {number} ({state}) · SHA-256 {fingerprint}").format(
        number=version.number, state=state_text(version), fingerprint=version.fingerprint
    )


def state_text(version: MinutesVersion) -> str:
    """A version's state as its footer says it: "agreed 12/11/2026" or "draft"."""
    if version.agreed and version.agreed_on:
        return translate("Minutes", "agreed {date}").format(
            date=version.agreed_on.strftime("%d/%m/%Y")
        )
    return translate("Minutes", "draft")


def page_label() -> str:
    """The page number's words in the footer, with {number} and {total} to fill."""
    return translate("Minutes", "Page {number} of {total}")


def copy_document(
    record: MeetingRecord,
    agenda: Agenda,
    copy: CopyRequest,
    version: MinutesVersion,
    chart: Figure | None = None,
    *,
    content: MinutesDocument | None = None,
    language: MinutesLanguage = MinutesLanguage.ENGLISH,
    layout: BilingualLayout = BilingualLayout.WELSH_FIRST,
    agendas: dict[Language, Agenda] | None = None,
) -> MinutesDocument:
    """The copy asked for, in its reader's language, with the version's footer, sign-off and
    distribution list.

    Args:
        chart: the scaling chart, drawn outside core (None: the copy has none).
        content: the record's content_document (always in English), if already built: the
            English full record is then that content dressed, not built again.
        language: English, Welsh, or both (Welsh first, as the Welsh Language Standards ask).
        layout: how a copy in both languages is laid out: the whole Welsh text then the whole
            English, or the two side by side (Welsh on the left).
        agendas: the agenda's step titles in each language (the English ``agenda`` otherwise).

    Raises:
        LookupError: a person's copy for someone not in the meeting's network.
    """
    documents = []
    for one in MinutesLanguage(language).languages:
        steps = (agendas or {}).get(one, agenda)
        with minutes_in(one):
            document = _one_language_copy(
                record,
                steps,
                copy,
                version,
                chart,
                content=content if one is Language.ENGLISH else None,
            )
            documents.append(_replace_document(document, language=one.value, page_label=page_label()))
    if len(documents) == 1:
        return documents[0]
    return _replace_document(
        bilingual(documents[0], documents[1], layout), footer_note=both_note(version)
    )


def both_note(version: MinutesVersion) -> str:
    """The footer's version line of a copy in both languages, the fingerprint once:
    "Fersiwn / Version 3 (cytunwyd / agreed 12/11/2026) · SHA-256 1f0c…"."""
    with minutes_in(Language.WELSH):
        welsh_word, welsh_state = translate("Minutes", "Version"), state_text(version)
    with minutes_in(Language.ENGLISH):
        english_word, english_state = translate("Minutes", "Version"), state_text(version)
    return (
        f"{welsh_word} / {english_word} {version.number} ({welsh_state} / {english_state})"
        f" · SHA-256 {version.fingerprint}"
    )


def bilingual(
    welsh: MinutesDocument, english: MinutesDocument, layout: BilingualLayout
) -> MinutesDocument:
    """One copy in both languages, Welsh first: the whole Welsh text and then the whole English
    (each with its own heading block), or the two side by side, Welsh on the left."""

    def both(cy: str, en: str) -> str:
        return cy if cy == en or not en else f"{cy} / {en}" if cy else en

    common = {
        "title": both(welsh.title, english.title),
        "marking": both(welsh.marking, english.marking),
        "copy_label": both(welsh.copy_label, english.copy_label),
        "footer_label": welsh.footer_label,
        "language": MinutesLanguage.BOTH.value,
        "page_label": both(welsh.page_label, english.page_label),
    }
    if layout is BilingualLayout.SIDE_BY_SIDE:
        heading = FieldList(
            tuple(
                (both(cy_label, en_label), both(cy_value, en_value))
                for (cy_label, cy_value), (en_label, en_value) in zip(
                    welsh.heading.items, english.heading.items, strict=False
                )
            )
        )
        sections = []
        for cy_section, en_section in zip(welsh.sections, english.sections, strict=False):
            rows: list[tuple[Block, Block]] = []
            blocks: list[Block] = []
            for cy_block, en_block in zip(cy_section.blocks, en_section.blocks, strict=False):
                if isinstance(cy_block, Figure) and isinstance(en_block, Figure):
                    # The chart once, full width, with both captions.
                    if rows:
                        blocks.append(SideBySide(tuple(rows)))
                        rows = []
                    blocks.append(cy_block)
                    blocks.append(Paragraph(en_block.caption, emphasis=True))
                else:
                    rows.append((cy_block, en_block))
            if rows:
                blocks.append(SideBySide(tuple(rows)))
            sections.append(
                Section(both(cy_section.title, en_section.title), tuple(blocks))
            )
        return _replace_document(welsh, heading=heading, sections=tuple(sections), **common)
    english_start = Section(english.title, (Paragraph(english.copy_label), english.heading))
    return _replace_document(
        welsh,
        sections=welsh.sections + (english_start,) + english.sections,
        **common,
    )


def _replace_document(document: MinutesDocument, **changes: object) -> MinutesDocument:
    from dataclasses import replace

    return replace(document, **changes)  # type: ignore[arg-type]


def _replace(extras: MinutesExtras, changes: dict[str, object]) -> MinutesExtras:
    from dataclasses import replace

    return replace(extras, **changes)  # type: ignore[arg-type]
