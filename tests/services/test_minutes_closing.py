"""Issue 12: the minutes end with a closing section (the chair's summary and the sign-off: the
chair's name and role, and the day the minutes were agreed) and, once copies are sent, the
distribution list (who was sent which copy of which version, how and when). Read from the
built document and from the exported DOCX and PDF. The demo family is fictional."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import TODAY
from minutes_files import docx_body, one_line, pdf_body

from chair_app.core.domain import (
    AttendanceStatus,
    MeetingStatus,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.lifecycle import SendMethod
from chair_app.core.minutes import FieldList, MinutesDocument, Paragraph, Section, Table
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyKind, CopyRequest, MinutesService, VerifyKind

SUMMARY = "Good progress on the routines at home; the worries about school remain."


class Demo:
    """The demo family with its held meeting's minutes not yet sent (``factory``'s store)."""

    def __init__(self, factory: SessionFactory) -> None:
        self.meetings = MeetingService(factory)
        self.minutes = MinutesService(factory)
        self.closed = next(
            m.id for m in self.meetings.list_meetings() if m.status is MeetingStatus.CLOSED
        )
        self.family = self.meetings.family_as_recorded(self.closed)
        self.people = {
            p.name.split()[-1 if p.name.startswith("PC ") else 0]: p for p in self.family.people
        }
        meeting = self.meetings.get(self.closed)
        chair = self.family.person(meeting.chair_id)
        assert chair is not None
        self.chair = chair


@pytest.fixture
def demo(factory: SessionFactory, with_demo_family_unsent: None) -> Demo:
    return Demo(factory)


def _section(document: MinutesDocument, title: str) -> Section:
    matches = [s for s in document.sections if s.title == title]
    assert len(matches) == 1, [s.title for s in document.sections]
    return matches[0]


def _fields(section: Section) -> dict[str, str]:
    return {
        label: value
        for b in section.blocks
        if isinstance(b, FieldList)
        for label, value in b.items
    }


FULL_COPY = CopyRequest()


def _full(demo: Demo, copy: CopyRequest = FULL_COPY) -> MinutesDocument:
    return demo.minutes.document(demo.closed, copy, TODAY, with_chart=False)


def _export(
    demo: Demo, out: Path, stem: str, copy: CopyRequest = FULL_COPY
) -> tuple[str, str]:
    """The words of the DOCX and of the PDF of the copy, each on one line."""
    minutes = demo.minutes
    docx_path = minutes.export(
        demo.closed, ExportFormat.DOCX, out / f"{stem}.docx", copy, today=TODAY
    )
    pdf_path = minutes.export(demo.closed, ExportFormat.PDF, out / f"{stem}.pdf", copy, today=TODAY)
    label = _full(demo, copy).footer_label
    return docx_body(docx_path), one_line(pdf_body(pdf_path, label))


# --- Recording which copy was sent ------------------------------------------------------------


def test_record_sent_keeps_the_persons_own_copy_by_default(demo: Demo) -> None:
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    (sent,) = demo.minutes.record(demo.closed).distribution
    assert sent.copy == CopyKind.PERSON.value


def test_record_sent_keeps_the_copy_chosen(demo: Demo) -> None:
    demo.minutes.record_sent(
        demo.closed, demo.people["Kerry"].id, SendMethod.BY_HAND, TODAY, CopyKind.FAMILY_SUMMARY
    )
    demo.minutes.record_sent(
        demo.closed, demo.people["Priya"].id, SendMethod.SECURE_EMAIL, TODAY, CopyKind.FULL
    )
    assert [d.copy for d in demo.minutes.record(demo.closed).distribution] == [
        "family_summary",
        "full",
    ]


# --- The distribution list -------------------------------------------------------------------


def test_distribution_lists_name_copy_version_how_and_date(demo: Demo) -> None:
    assert "Distribution" not in [s.title for s in _full(demo).sections]
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    demo.minutes.record_sent(
        demo.closed, demo.people["Priya"].id, SendMethod.SECURE_EMAIL, TODAY, CopyKind.FULL
    )
    demo.minutes.record_sent(
        demo.closed, demo.people["Dean"].id, SendMethod.BY_HAND, TODAY, CopyKind.FAMILY_SUMMARY
    )
    document = _full(demo)
    assert document.sections[-1].title == "Distribution"
    (table,) = [b for b in document.sections[-1].blocks if isinstance(b, Table)]
    assert table.headers == ("Name", "Copy", "Version", "How", "Date")
    assert table.rows == (
        (demo.people["Kerry"].name, "Own copy", "1", "Post", "23/11/2026"),
        (demo.people["Priya"].name, "Full record", "1", "Secure email", "23/11/2026"),
        (demo.people["Dean"].name, "Family summary", "1", "By hand", "23/11/2026"),
    )


def test_distribution_marks_the_agreed_version_and_names_no_address(demo: Demo) -> None:
    demo.minutes.agree(demo.closed, demo.people["Priya"].id, TODAY)
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    section = _section(_full(demo), "Distribution")
    (table,) = [b for b in section.blocks if isinstance(b, Table)]
    assert table.rows == (
        (demo.people["Kerry"].name, "Own copy", "1 (agreed)", "Post", "23/11/2026"),
    )
    text = "\n".join(" | ".join(row) for row in table.rows)
    for person in demo.family.people:
        for private in (person.phone, person.email):
            if private.strip():
                assert private not in text


def test_distribution_in_a_persons_copy_but_not_in_the_family_summary(demo: Demo) -> None:
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    person = _full(demo, CopyRequest(CopyKind.PERSON, demo.people["Kerry"].id))
    assert "Distribution" in [s.title for s in person.sections]
    summary = _full(demo, CopyRequest(CopyKind.FAMILY_SUMMARY))
    assert "Distribution" not in [s.title for s in summary.sections]


def test_distribution_is_in_the_docx_and_pdf(demo: Demo, tmp_path: Path) -> None:
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    demo.minutes.record_sent(
        demo.closed, demo.people["Priya"].id, SendMethod.SECURE_EMAIL, TODAY, CopyKind.FULL
    )
    for body in _export(demo, tmp_path, "full"):
        assert "Distribution" in body
        for expected in (
            demo.people["Kerry"].name, "Own copy", "Full record", "Secure email", "Post",
            "23/11/2026",
        ):
            assert expected in body


def test_sending_a_copy_after_export_leaves_the_file_verified(demo: Demo, tmp_path: Path) -> None:
    demo.minutes.agree(demo.closed, demo.people["Priya"].id, TODAY)
    minutes = demo.minutes
    docx_path = minutes.export(demo.closed, ExportFormat.DOCX, tmp_path / "m.docx", today=TODAY)
    pdf_path = minutes.export(demo.closed, ExportFormat.PDF, tmp_path / "m.pdf", today=TODAY)
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    demo.minutes.record_sent(demo.closed, demo.people["Dean"].id, SendMethod.EMAIL, TODAY)
    later = minutes.export(demo.closed, ExportFormat.PDF, tmp_path / "later.pdf", today=TODAY)
    assert "Own copy" in pdf_body(later, _full(demo).footer_label)
    assert "Own copy" not in docx_body(docx_path)
    for path in (docx_path, pdf_path, later):
        assert demo.minutes.verify(path).kind is VerifyKind.AGREED, path.name


def test_a_changed_distribution_list_is_still_tampering(demo: Demo, tmp_path: Path) -> None:
    import docx

    demo.minutes.agree(demo.closed, demo.people["Priya"].id, TODAY)
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"].id, SendMethod.POST, TODAY)
    path = demo.minutes.export(demo.closed, ExportFormat.DOCX, tmp_path / "m.docx", today=TODAY)
    document = docx.Document(str(path))
    cells = [c for t in document.tables for r in t.rows for c in r.cells if c.text == "Post"]
    assert cells
    cells[-1].paragraphs[0].runs[0].text = "By hand"
    document.save(str(path))
    assert demo.minutes.verify(path).kind is VerifyKind.TAMPERED


# --- The closing section ---------------------------------------------------------------------


def test_closing_prints_the_chairs_summary_and_sign_off_not_yet_agreed(demo: Demo) -> None:
    demo.minutes.correct(demo.closed, "chair_summary", SUMMARY, demo.chair.id)
    document = _full(demo)
    closing = _section(document, "Closing")
    paragraphs = [b.text for b in closing.blocks if isinstance(b, Paragraph)]
    assert SUMMARY in paragraphs
    assert _fields(closing) == {
        "Chair": demo.chair.name,
        "Role": demo.chair.role,
        "Minutes": "Not yet agreed",
    }
    assert demo.chair.role.strip()
    # The end of the minutes: after every step's section.
    assert [s.title for s in document.sections][-1] == "Closing"


def test_closing_without_a_summary_says_so(demo: Demo) -> None:
    closing = _section(_full(demo), "Closing")
    texts = [b.text for b in closing.blocks if isinstance(b, Paragraph)]
    assert "No summary was recorded." in texts


def test_closing_of_the_agreed_minutes_says_when_they_were_agreed(demo: Demo) -> None:
    before = demo.minutes.fingerprint(demo.closed)
    demo.minutes.agree(demo.closed, demo.people["Priya"].id, TODAY)
    assert _fields(_section(_full(demo), "Closing"))["Minutes"] == "Agreed on 23/11/2026"
    # Agreeing does not change the content the fingerprint is taken of.
    assert demo.minutes.fingerprint(demo.closed) == before


def test_closing_is_in_the_docx_and_pdf(demo: Demo, tmp_path: Path) -> None:
    demo.minutes.correct(demo.closed, "chair_summary", SUMMARY, demo.chair.id)
    for body in _export(demo, tmp_path, "draft"):
        assert "Chair's summary" in body or "Chair’s summary" in body
        assert SUMMARY in body
        assert "Not yet agreed" in body
        assert demo.chair.name in body[body.find("Sign-off"):]
        assert demo.chair.role in body[body.find("Sign-off"):]
    demo.minutes.agree(demo.closed, demo.people["Priya"].id, TODAY)
    for body in _export(demo, tmp_path, "agreed"):
        assert "Agreed on 23/11/2026" in body
        assert "Not yet agreed" not in body


def test_a_draft_exported_before_agreement_is_a_draft_not_tampered(
    demo: Demo, tmp_path: Path
) -> None:
    path = demo.minutes.export(demo.closed, ExportFormat.DOCX, tmp_path / "d.docx", today=TODAY)
    assert "Not yet agreed" in docx_body(path)
    demo.minutes.agree(demo.closed, demo.people["Priya"].id, TODAY)
    assert demo.minutes.verify(path).kind is VerifyKind.DRAFT


# --- The family summary, exported -----------------------------------------------------------

SAFE_ADDRESS = "Kerry and the children stay at 9 Rowan Close."
PLAN_B = "If Dean comes to the house, Kerry calls the police on 999."


def test_family_summary_file_says_decisions_plan_b_next_meetings_and_was_due(
    demo: Demo, tmp_path: Path
) -> None:
    meetings = demo.meetings
    draft = next(m.id for m in meetings.list_meetings() if m.status is MeetingStatus.DRAFT)
    meetings.start(draft)
    for entry in meetings.get(demo.closed).attendance:  # as last time
        meetings.set_attendance(draft, entry, acknowledged=True)
    meeting = meetings.get(draft)
    carried = [a for a in meeting.actions if a.is_carried and a.due_date < meeting.date]
    assert len(carried) >= 2  # fictional demo: jobs due before this meeting, carried to it
    moved, kept = carried[0], carried[1]
    meetings.update_action(replace(moved, due_date=dt.date(2026, 12, 14)))
    meetings.set_contingency(draft, PLAN_B)
    hidden = meetings.add_contingency_part(draft, SAFE_ADDRESS)
    meetings.set_withholding(draft, f"contingency_part:{hidden}", Withholding(from_family=True))
    meetings.set_review_conference(draft, dt.date(2027, 1, 25), True, "Things are better.")
    question = meetings.add_decision(draft)
    meetings.update_question(question, "Ask the school nurse to see Ellie?")
    present = {e.person_id for e in meeting.attendance if e.status is AttendanceStatus.PRESENT}
    for person in demo.family.people:
        # The chair and the minute-taker never vote.
        officers = (meeting.chair_id, meeting.minute_taker_id)
        if person.is_professional and person.id in present and person.id not in officers:
            meetings.set_vote(draft, question, Vote(person.id, VoteChoice.FOR))
    meetings.close(draft)
    demo.closed = draft
    summary = CopyRequest(CopyKind.FAMILY_SUMMARY)
    for body in _export(demo, tmp_path, "summary", summary):
        assert "The group agreed: Ask the school nurse to see Ellie?" in body
        assert PLAN_B in body
        assert "Rowan Close" not in body
        assert "Monday 25 January 2027" in body
        assert "The group asked for the review conference to be sooner: Things are better." in body
        assert f"was due {moved.due_date:%d/%m}; now by 14/12/2026" in body
        assert f"was due {kept.due_date:%d/%m}; no new date set" in body
