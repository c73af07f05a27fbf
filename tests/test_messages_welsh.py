"""Messages written outside the window (the rules, the services) in Welsh when the display
language is Welsh, as a Welsh-speaking chair reads them: a refused passphrase, a date that does
not exist, a closed meeting, the room display, the family summary, IT's configuration check, a
backup's label. Each test restores English: later tests expect it. Fictional people only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_data import officers_apart, sample_family, sample_meeting
from welsh_check import looks_english

import chair_app.services.translations  # noqa: F401  (installs the catalog)
from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.dates import DateInputError, parse_date
from chair_app.core.domain import MeetingType
from chair_app.core.errors import MeetingClosed
from chair_app.core.family_summary import build_family_summary
from chair_app.core.language import Language, set_display_language
from chair_app.core.lifecycle import MinutesStatus
from chair_app.core.minutes import Paragraph
from chair_app.core.minutes_words import minutes_in
from chair_app.core.room import room_view, step_lines
from chair_app.core.turns import over_by_text
from chair_app.services.backup import Backup
from chair_app.services.record_format import RecordRefused, load_record
from chair_app.services.site_config import check_folder
from chair_app.services.storage import passphrase_problem

AGENDA = BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]


@pytest.fixture
def welsh() -> Iterator[None]:
    set_display_language(Language.WELSH)
    try:
        yield
    finally:
        set_display_language(Language.ENGLISH)


@pytest.mark.usefixtures("welsh")
def test_refusals_and_errors_are_in_welsh(tmp_path: Path) -> None:
    assert passphrase_problem("a b c d e f g h i j k l m n o p", "something else") == (
        "Nid yw'r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto."
    )
    assert str(MeetingClosed()) == (
        "Mae'r cyfarfod hwn wedi'i gau, felly ni ellir newid ei gofnod mwyach."
    )
    with pytest.raises(DateInputError) as refused:
        parse_date("30/2/2026")
    assert str(refused.value) == (
        "Nid oes diwrnod 30 ym mis Chwefror 2026. Teipiwch ddyddiad fel diwrnod/mis/blwyddyn, "
        "er enghraifft 3/12/2026."
    )
    not_json = tmp_path / "record.json"
    not_json.write_text("this is not a record", encoding="utf-8")
    with pytest.raises(RecordRefused) as refused_record:
        load_record(not_json)
    assert str(refused_record.value).endswith("yn gofnod cyfarfod Chair (nid JSON).")
    assert not looks_english(str(refused_record.value), [str(not_json)])
    assert MinutesStatus.AGREED.label == "Wedi'u cytuno"
    assert over_by_text(7 * 60 + 1, 5) == "Dros yr amser a gynlluniwyd o 3 munud"


@pytest.mark.usefixtures("welsh")
def test_the_room_display_is_in_welsh() -> None:
    family = sample_family()
    view = room_view(sample_meeting(), family, AGENDA, 2)
    assert view.counter == f"Cam 3 o {len(AGENDA)}"
    assert view.when.startswith("Dydd ")
    closing = step_lines(StepKey.CLOSE, sample_meeting(), family)
    assert [line.text for line in closing] == [
        "Mae'r cyfarfod wedi'i gau.",
        "Y cyfarfod nesaf: Dydd Llun 21 Rhagfyr 2026 am 10:00, Elm Street Family Centre",
    ]


def test_the_family_summary_is_in_its_readers_language() -> None:
    meeting, family = officers_apart(sample_meeting(), sample_family())
    with minutes_in(Language.WELSH):
        summary = build_family_summary(meeting, family)
    assert summary.title == "Crynodeb i'r teulu"
    assert [s.title for s in summary.sections] == [
        "Pam y gwnaethom gyfarfod",
        "Beth sy'n ein poeni",
        "Beth sy'n mynd yn dda",
        "Beth sydd angen digwydd",
        "Pwy fydd yn gwneud beth, ac erbyn pryd",
        "Beth a benderfynodd y grŵp",
        "Os aiff pethau o chwith",
        "Pryd y byddwn yn cyfarfod nesaf",
    ]
    labels = [label for label, _value in summary.heading.items]
    assert labels == ["Teulu", "Cyfarfod", "Dyddiad"]
    why = summary.sections[0].blocks[0]
    assert isinstance(why, Paragraph)
    assert why.text == "Cyfarfuom i wirio sut mae'r cynllun i gadw'r plant yn ddiogel yn mynd."
    # The same meeting for an English reader, rendered afterwards, is untouched.
    assert build_family_summary(meeting, family).title == "Family summary"


@pytest.mark.usefixtures("welsh")
def test_its_configuration_check_and_a_backups_label_are_in_welsh(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        '{"defaults": {"text_size": "big"}, "colour": 1}', encoding="utf-8"
    )
    problems = check_folder(tmp_path)
    assert problems == [
        f"{tmp_path / 'settings.json'}: nid yw'r maes 'colour' yn hysbys (defnyddiwch "
        "'defaults' a 'fixed')",
        f"{tmp_path / 'settings.json'}: maes 'defaults.text_size': nid yw 'big' yn rhif cyfan "
        "o 100 i 200; ni chaiff ei ddefnyddio",
    ]
    taken = dt.datetime(2026, 11, 12, 9, 30, tzinfo=dt.UTC)
    label = Backup(tmp_path / "b.sqlite3", taken, "before-import").label
    assert "Tachwedd 2026" in label
    assert label.endswith("(cyn mewnforio)")
