"""The minutes document built from the sample meeting: what a reader of the minutes checks."""

from __future__ import annotations

from dataclasses import replace

from sample_data import officers_apart, sample_family, sample_meeting

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Decision,
    NextMeeting,
    Vote,
    VoteChoice,
)
from chair_app.core.minutes import (
    BulletList,
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
    build_minutes,
)

SECTION_TITLES = [
    "Attendance and apologies",
    "Written reports from members not present",
    "Danger statements and safety goals",
    "Scaling",
    "The three columns",
    "Actions",
    "Decisions and votes",
    "Next meeting",
    "Closing",
]


def _sample_minutes() -> MinutesDocument:
    return build_minutes(sample_meeting(), sample_family())


def _section(document: MinutesDocument, title: str) -> Section:
    matches = [s for s in document.sections if s.title == title]
    assert len(matches) == 1, [s.title for s in document.sections]
    return matches[0]


def _tables(section: Section) -> list[Table]:
    return [b for b in section.blocks if isinstance(b, Table)]


def _only_table(section: Section) -> Table:
    tables = _tables(section)
    assert len(tables) == 1
    return tables[0]


def test_build_minutes_title_and_marking() -> None:
    document = _sample_minutes()
    assert document.title == "Core Group minutes"
    assert document.marking == "OFFICIAL-SENSITIVE"


def test_build_minutes_heading_fields() -> None:
    heading = dict(_sample_minutes().heading.items)
    assert heading["Family"] == "Quill family"
    assert heading["Meeting"] == "Core Group"
    assert heading["Date"] == "Monday 23 November 2026"
    assert heading["Start time"] == "10:00"
    assert heading["Venue"] == "Elm Street Family Centre"
    assert heading["Chair"] == "Noor Haddad"
    assert heading["Minute-taker"] == "Bryn Ŵyn Pritchard"


def test_build_minutes_heading_labels_in_order() -> None:
    labels = [label for label, _ in _sample_minutes().heading.items]
    assert labels == [
        "Family",
        "Children",
        "Meeting",
        "Date",
        "Start time",
        "Venue",
        "Chair",
        "Minute-taker",
    ]


def test_build_minutes_heading_children_with_birth_dates_plans_and_categories() -> None:
    heading = dict(_sample_minutes().heading.items)
    assert heading["Children"] == (
        "Poppy Quill, born 02/05/2018 (child protection plan: neglect); "
        "Alfie Quill, born 09/01/2022 (child protection plan: neglect, emotional abuse)"
    )


def test_build_minutes_missing_time_and_venue_say_not_recorded() -> None:
    meeting = replace(sample_meeting(), start_time=None, venue="")
    heading = dict(build_minutes(meeting, sample_family()).heading.items)
    assert heading["Start time"] == "Not recorded"
    assert heading["Venue"] == "Not recorded"


def test_build_minutes_section_titles_in_agenda_order() -> None:
    assert [s.title for s in _sample_minutes().sections] == SECTION_TITLES


def test_build_minutes_footer_names_family_type_and_date() -> None:
    assert _sample_minutes().footer_label == "Quill family, Core Group, 23/11/2026"


def test_build_minutes_attendance_table_every_member_with_role_agency_and_status() -> None:
    table = _only_table(_section(_sample_minutes(), "Attendance and apologies"))
    assert table.headers == ("Name", "Role", "Agency", "Attendance")
    by_name = {row[0]: row[1:] for row in table.rows}
    assert len(table.rows) == len(sample_family().people) == len(by_name)
    assert by_name == {
        "Dana Quill": ("Mother", "", "Present"),
        "Rory Quill": ("Father", "", "Sent apologies"),
        "Noor Haddad": ("Social worker", "Children's Social Care", "Present"),
        "Bryn Ŵyn Pritchard": ("Health visitor", "Health", "Present"),
        "Ines Carvalho": ("Class teacher", "Elm Street Primary", "Sent a written report"),
        "Sam Okafor": ("Advocate", "Parents' Advocacy", "Present"),
        "PC Lyle Hart": ("Police officer", "Police", "Represented by DC Mo Finch"),
    }


def test_build_minutes_attendance_present_listed_before_apologies() -> None:
    table = _only_table(_section(_sample_minutes(), "Attendance and apologies"))
    names = [row[0] for row in table.rows]
    assert names.index("Sam Okafor") < names.index("PC Lyle Hart") < names.index("Rory Quill")


def test_build_minutes_attendance_not_recorded_member_still_listed() -> None:
    meeting = replace(
        sample_meeting(),
        attendance=tuple(e for e in sample_meeting().attendance if e.person_id != 2),
    )
    table = _only_table(
        _section(build_minutes(meeting, sample_family()), "Attendance and apologies")
    )
    assert ("Rory Quill", "Father", "", "Not recorded") in table.rows


def test_build_minutes_represented_without_name_says_represented() -> None:
    meeting = replace(
        sample_meeting(),
        attendance=tuple(
            AttendanceEntry(7, AttendanceStatus.REPRESENTED) if e.person_id == 7 else e
            for e in sample_meeting().attendance
        ),
    )
    table = _only_table(
        _section(build_minutes(meeting, sample_family()), "Attendance and apologies")
    )
    assert ("PC Lyle Hart", "Police officer", "Police", "Represented by someone else") in table.rows


def test_build_minutes_written_report_text_present_under_its_author() -> None:
    section = _section(_sample_minutes(), "Written reports from members not present")
    assert section.blocks == (
        Subheading("Report from Ines Carvalho (Class teacher, Elm Street Primary)"),
        Paragraph("Poppy attends every day."),
    )


def test_build_minutes_no_written_reports_says_so() -> None:
    meeting = replace(
        sample_meeting(),
        attendance=tuple(
            AttendanceEntry(5, AttendanceStatus.APOLOGIES) if e.person_id == 5 else e
            for e in sample_meeting().attendance
        ),
    )
    section = _section(
        build_minutes(meeting, sample_family()), "Written reports from members not present"
    )
    assert section.blocks == (Paragraph("No written reports were received.", emphasis=True),)


def test_build_minutes_statements_and_goals_numbered() -> None:
    section = _section(_sample_minutes(), "Danger statements and safety goals")
    # The family has two children: each statement says which it is for (none set: all).
    assert section.blocks == (
        Subheading("Danger statement 1"),
        Paragraph("For: All the children.", emphasis=True),
        Paragraph("Children's services worry that the children go hungry."),
        Paragraph("Safety goal 1", emphasis=True),
        Paragraph("The children have three meals a day for six months."),
        Subheading("Danger statement 2"),
        Paragraph("For: All the children.", emphasis=True),
        Paragraph("Everyone worries Alfie sees shouting at home."),
        Paragraph("Safety goal 2", emphasis=True),
        Paragraph("Alfie lives in a calm home for six months."),
    )


def test_build_minutes_statements_numbered_by_order_not_id() -> None:
    meeting = sample_meeting()
    meeting = replace(meeting, statements=(meeting.statements[1], meeting.statements[0]))
    section = _section(
        build_minutes(meeting, sample_family()), "Danger statements and safety goals"
    )
    assert section.blocks[0] == Subheading("Danger statement 1")
    assert section.blocks[2] == Paragraph("Everyone worries Alfie sees shouting at home.")


def test_build_minutes_scaling_table_person_by_scale_with_average_row() -> None:
    table = _only_table(_section(_sample_minutes(), "Scaling"))
    assert table.headers == ("Person", "Overall safety", "Danger statement 1", "Danger statement 2")
    assert table.rows == (
        ("Dana Quill", "6", "7", ""),
        ("Noor Haddad", "4", "3", "4"),
        ("Bryn Ŵyn Pritchard", "5", "", ""),
        ("Average", "5.0", "5.0", "4.0"),
    )
    assert len(table.widths) == len(table.headers)


def test_build_minutes_scaling_reasons_listed_with_person_scale_and_score() -> None:
    section = _section(_sample_minutes(), "Scaling")
    assert Subheading("Reasons given") in section.blocks
    bullets = [b for b in section.blocks if isinstance(b, BulletList)]
    assert bullets == [
        BulletList(
            (
                "Dana Quill, Overall safety, 6: Things are better",
                "Noor Haddad, Danger statement 1, 3: Fridge was empty on visit",
            )
        )
    ]


def test_build_minutes_scaling_explains_the_ends_of_the_scale() -> None:
    first = _section(_sample_minutes(), "Scaling").blocks[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("0 means")
    assert "10 means" in first.text


def test_build_minutes_no_scores_says_so_without_table() -> None:
    section = _section(
        build_minutes(replace(sample_meeting(), scores=()), sample_family()), "Scaling"
    )
    assert _tables(section) == []
    assert Paragraph("No scores were given.", emphasis=True) in section.blocks


def test_build_minutes_three_columns_each_with_its_text() -> None:
    section = _section(_sample_minutes(), "The three columns")
    assert section.blocks == (
        Subheading("What are we worried about?"),
        Paragraph("Food at home"),
        Subheading("What is working well?"),
        Paragraph("School attendance is good"),
        Subheading("What needs to happen?"),
        Paragraph("A food bank referral"),
    )


def test_build_minutes_actions_table_owner_names_short_dates_and_goals() -> None:
    table = _only_table(_section(_sample_minutes(), "Actions"))
    assert table.headers == ("No.", "What", "For", "Who", "By when", "Goal", "Status")
    assert table.rows == (
        ("1", "Refer to the food bank", "All the children", "Noor Haddad", "01/12/2026",
         "Safety goal 1", "Open"),
        ("2", "Weigh Alfie", "All the children", "Bryn Ŵyn Pritchard", "08/12/2026",
         "Safety goal 2", "Open"),
    )


def test_build_minutes_action_without_owner_or_date_says_so() -> None:
    meeting = sample_meeting()
    action = replace(meeting.actions[0], owner_id=None, due_date=None, goal_statement_id=None)
    table = _only_table(
        _section(build_minutes(replace(meeting, actions=(action,)), sample_family()), "Actions")
    )
    assert table.rows == (
        ("1", "Refer to the food bank", "All the children", "Not recorded", "Not set", "", "Open"),
    )


def test_build_minutes_no_actions_says_so() -> None:
    section = _section(
        build_minutes(replace(sample_meeting(), actions=()), sample_family()), "Actions"
    )
    assert section.blocks == (Paragraph("No actions were agreed.", emphasis=True),)


def test_build_minutes_decision_votes_tally_and_heard_not_voting() -> None:
    # The chair and the minute-taker are two more people, who do not vote.
    document = build_minutes(*officers_apart(sample_meeting(), sample_family()))
    section = _section(document, "Decisions and votes")
    assert section.blocks[0] == Subheading("Decision 1: Ask for an early review conference?")
    assert _only_table(section).rows == (
        ("Noor Haddad", "Children's Social Care", "For", ""),
        ("Bryn Ŵyn Pritchard", "Health", "Against", "Too early to tell"),
    )
    assert (
        Paragraph("Tally: For 1, against 1, abstained 0. Outcome: No majority (votes tied).")
        in section.blocks
    )
    assert (
        Paragraph(
            "Heard but not voting (family members and advocates do not vote): "
            "Dana Quill, Sam Okafor.",
            emphasis=True,
        )
        in section.blocks
    )
    # A tie has no dissent.
    assert Paragraph("Dissent", emphasis=True) not in section.blocks


def test_build_minutes_agreed_decision_records_dissent_by_name_and_reason() -> None:
    # Ines attends in person this time, so three professionals vote; the mother's vote and the
    # absent police officer's vote are in the data but are not counted.
    decision = Decision(
        31,
        1,
        "Ask for an early review conference?",
        (
            Vote(1, VoteChoice.AGAINST, "A parent's vote in the data"),
            Vote(3, VoteChoice.FOR),
            Vote(4, VoteChoice.AGAINST, "Too early to tell"),
            Vote(5, VoteChoice.FOR),
            Vote(7, VoteChoice.AGAINST, "Absent, so not counted"),
        ),
    )
    # The chair and the minute-taker are two more people, who do not vote.
    meeting, family = officers_apart(sample_meeting(), sample_family())
    meeting = replace(
        meeting,
        attendance=tuple(
            AttendanceEntry(5, AttendanceStatus.PRESENT) if e.person_id == 5 else e
            for e in meeting.attendance
        ),
        decisions=(decision,),
    )
    section = _section(build_minutes(meeting, family), "Decisions and votes")
    assert _only_table(section).rows == (
        ("Noor Haddad", "Children's Social Care", "For", ""),
        ("Bryn Ŵyn Pritchard", "Health", "Against", "Too early to tell"),
        ("Ines Carvalho", "Elm Street Primary", "For", ""),
    )
    assert Paragraph("Tally: For 2, against 1, abstained 0. Outcome: Agreed.") in section.blocks
    index = section.blocks.index(Paragraph("Dissent", emphasis=True))
    assert section.blocks[index + 1] == BulletList(
        ("Bryn Ŵyn Pritchard (Health visitor, Health): Too early to tell",)
    )


def test_build_minutes_no_decisions_says_so() -> None:
    section = _section(
        build_minutes(replace(sample_meeting(), decisions=()), sample_family()),
        "Decisions and votes",
    )
    assert section.blocks == (Paragraph("No decisions were put to a vote.", emphasis=True),)


def test_build_minutes_next_meeting_date_time_venue() -> None:
    section = _section(_sample_minutes(), "Next meeting")
    assert section.blocks == (
        FieldList(
            (
                ("Date", "Monday 21 December 2026"),
                ("Time", "10:00"),
                ("Venue", "Elm Street Family Centre"),
            )
        ),
    )


def test_build_minutes_next_meeting_not_set_says_so() -> None:
    meeting = replace(sample_meeting(), next_meeting=NextMeeting())
    section = _section(build_minutes(meeting, sample_family()), "Next meeting")
    assert section.blocks == (
        FieldList((("Date", "Not set"), ("Time", "Not set"), ("Venue", "Not set"))),
    )


def test_build_minutes_plain_text_holds_every_section_and_record() -> None:
    text = _sample_minutes().plain_text()
    for title in SECTION_TITLES:
        assert title in text
    assert "Date: Monday 23 November 2026" in text
    assert "Poppy attends every day." in text
    assert (
        "2 | Weigh Alfie | All the children | Bryn Ŵyn Pritchard | 08/12/2026 | Safety goal 2 | Open"
        in text
    )


CONTROL_TEXT = "Bell\x07 NUL\x00 escape\x1b[31m red ŵ 👶🏽 שלום"


def test_build_minutes_control_characters_survive_in_document_model() -> None:
    meeting = sample_meeting()
    statements = (
        replace(meeting.statements[0], statement=CONTROL_TEXT, safety_goal="\x07" + CONTROL_TEXT),
        meeting.statements[1],
    )
    attendance = tuple(
        replace(e, report_text=CONTROL_TEXT) if e.person_id == 5 else e for e in meeting.attendance
    )
    meeting = replace(
        meeting,
        statements=statements,
        attendance=attendance,
        columns=replace(meeting.columns, worries=CONTROL_TEXT),
        actions=(replace(meeting.actions[0], what=CONTROL_TEXT),),
    )
    family = replace(sample_family(), name="Quill\x00 family")
    document = build_minutes(meeting, family)
    assert dict(document.heading.items)["Family"] == "Quill\x00 family"
    statements_section = _section(document, "Danger statements and safety goals")
    assert Paragraph(CONTROL_TEXT) in statements_section.blocks
    assert Paragraph("\x07" + CONTROL_TEXT) in statements_section.blocks
    reports = _section(document, "Written reports from members not present")
    assert Paragraph(CONTROL_TEXT) in reports.blocks
    assert Paragraph(CONTROL_TEXT) in _section(document, "The three columns").blocks
    assert _only_table(_section(document, "Actions")).rows[0][1] == CONTROL_TEXT


def test_build_minutes_record_not_altered_by_build() -> None:
    meeting = replace(
        sample_meeting(),
        columns=replace(sample_meeting().columns, worries=CONTROL_TEXT),
    )
    family = sample_family()
    before = (repr(meeting), repr(family))
    build_minutes(meeting, family)
    assert (repr(meeting), repr(family)) == before
    assert meeting.columns.worries == CONTROL_TEXT


def test_build_minutes_same_record_gives_same_document() -> None:
    assert _sample_minutes() == _sample_minutes()
