"""The command line: demo, list and export, run as a user would."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import demo_folder, every_row, in_process_cli
from conftest import TODAY
from unsent_demo import unsent_demo_folder

from chair_app.cli import main

CLOSED_DATE = (TODAY - dt.timedelta(days=28)).isoformat()  # 2026-10-26


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_folder(tmp_path, capsys)


def test_demo_then_list_prints_family_and_both_meetings_with_ids(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--data-dir", str(demo_dir)]) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        "Family 1: Marlowe family\n"
        f"  Meeting 1: Core Group, {CLOSED_DATE}, closed\n"
        f"  Meeting 2: Core Group, {TODAY.isoformat()}, draft\n"
    )
    assert captured.err == ""


def test_demo_twice_keeps_one_family(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--data-dir", str(demo_dir)]) == 0
    capsys.readouterr()
    assert main(["list", "--data-dir", str(demo_dir)]) == 0
    assert capsys.readouterr().out.count("Family ") == 1


def test_list_mistyped_folder_says_no_data_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mistyped"
    assert main(["list", "--data-dir", str(folder)]) == 2
    assert capsys.readouterr().err == f"chair-app: there is no Chair data in {folder}.\n"
    assert not folder.exists()


def test_list_store_without_families_says_no_families(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from chair_app.models.db import DATABASE_FILE_NAME, open_database

    folder = tmp_path / "empty"
    open_database(folder / DATABASE_FILE_NAME, "correct horse").dispose()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    assert main(["list", "--data-dir", str(folder), "--passphrase-file", str(secret)]) == 0
    assert capsys.readouterr().out == "No families yet.\n"


def test_list_data_dir_before_command_accepted(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo_dir), "list"]) == 0
    assert "Family 1: Marlowe family" in capsys.readouterr().out


def test_export_closed_meeting_pdf_written(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "minutes.pdf"
    status = main(
        ["export", "1", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.out == f"Wrote {output}\n"
    assert output.read_bytes().startswith(b"%PDF")


def test_export_closed_meeting_docx_written(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    output = tmp_path / "minutes.docx"
    status = main(
        ["export", "1", "--format", "docx", "--output", str(output), "--data-dir", str(demo_dir)]
    )
    assert status == 0, capsys.readouterr().err
    document = docx.Document(str(output))
    texts = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    assert any("Marlowe family" in text for text in texts)


def test_export_second_time_without_overwrite_refused_and_file_unchanged(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "minutes.pdf"
    args = ["export", "1", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    assert main(args) == 0
    first = output.read_bytes()
    capsys.readouterr()
    assert main(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"minutes.pdf already exists in {tmp_path}" in captured.err
    assert "--overwrite" in captured.err
    assert output.read_bytes() == first


def test_export_with_overwrite_replaces_the_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "minutes.pdf"
    output.write_bytes(b"older minutes")
    args = ["export", "1", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    assert main(args + ["--overwrite"]) == 0
    assert output.read_bytes().startswith(b"%PDF")


def test_export_draft_meeting_refused_saying_closed(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "minutes.pdf"
    status = main(
        ["export", "2", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert "closed" in captured.err
    assert captured.out == ""
    assert not output.exists()


def test_export_draft_meeting_onto_existing_file_does_not_suggest_overwrite(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --overwrite would not help: the meeting is not closed. The hint would send the user round
    # in a circle, so only the real reason may be given.
    output = tmp_path / "minutes.pdf"
    output.write_bytes(b"older minutes")
    status = main(
        ["export", "2", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert "closed" in captured.err
    assert "--overwrite" not in captured.err
    assert output.read_bytes() == b"older minutes"


def test_export_unknown_meeting_refused(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "minutes.pdf"
    status = main(
        ["export", "999", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert "there is no meeting 999" in captured.err
    assert not output.exists()


def test_export_into_missing_folder_refused_naming_it(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "nowhere" / "minutes.pdf"
    status = main(
        ["export", "1", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    )
    assert status == 1
    assert str(output.parent) in capsys.readouterr().err
    assert not output.parent.exists()


def test_data_dir_is_a_file_exits_2_with_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_bytes(b"my notes")
    status = main(["list", "--data-dir", str(not_a_folder)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.startswith("chair-app: ")
    assert str(not_a_folder) in captured.err
    assert "cannot be created" in captured.err
    assert not_a_folder.read_bytes() == b"my notes"


def test_data_dir_holds_a_damaged_database_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "chair.sqlite3").write_bytes(b"this is not sqlite" * 100)
    status = main(["list", "--data-dir", str(folder)])
    assert status == 2
    assert "not a database" in capsys.readouterr().err
    assert (folder / "chair.sqlite3").read_bytes() == b"this is not sqlite" * 100


def test_export_without_format_is_a_usage_error(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", "1", "--output", str(tmp_path / "m.pdf"), "--data-dir", str(demo_dir)])
    assert caught.value.code == 2
    assert "--format" in capsys.readouterr().err


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CHAIR_APP_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_python_m_chair_app_demo_and_list_work(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo = _run("-m", "chair_app", "demo", "--data-dir", str(folder), cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    listed = _run("-m", "chair_app", "list", "--data-dir", str(folder), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0] == "Family 1: Marlowe family"
    assert lines[1].startswith("  Meeting 1: Core Group, ") and lines[1].endswith(", closed")
    assert lines[2].startswith("  Meeting 2: Core Group, ") and lines[2].endswith(", draft")
    assert len(lines) == 3


@pytest.mark.slow
def test_import_cli_does_not_import_docx_reportlab_or_pyside6(tmp_path: Path) -> None:
    result = _run(
        "-c",
        "import sys, chair_app.cli; "
        "print(any(m.split('.')[0] in ('docx','reportlab','PySide6') for m in sys.modules))",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_export_with_a_password_file_writes_a_protected_pdf(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    secret = tmp_path / "password.txt"
    secret.write_text("orchard gate 42\n", encoding="utf-8")
    output = tmp_path / "out" / "minutes.pdf"
    output.parent.mkdir()
    status = main([
        "export", "1", "--format", "pdf", "--output", str(output),
        "--password-file", str(secret), "--data-dir", str(demo_dir),
    ])
    assert status == 0
    assert "protected with the password" in capsys.readouterr().out
    reader = PdfReader(output)
    assert reader.is_encrypted
    assert reader.decrypt("orchard gate 42")
    assert "Marlowe" in reader.pages[0].extract_text()


def test_commands_read_the_passphrase_from_a_file_never_an_argument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from chair_app.services.storage import open_store as open_data

    folder = tmp_path / "records"
    open_data(folder, "lantern by the door").close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("lantern by the door\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("lantern by the doors\n", encoding="utf-8")

    assert main(["list", "--data-dir", str(folder), "--passphrase-file", str(secret)]) == 0
    assert capsys.readouterr().out == "No families yet.\n"
    assert main(["list", "--data-dir", str(folder), "--passphrase-file", str(wrong)]) == 2
    assert "passphrase does not open" in capsys.readouterr().err
    # No terminal to ask on (pytest's stdin), and no file: a clear refusal.
    assert main(["list", "--data-dir", str(folder)]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["list", "--data-dir", str(folder), "--passphrase", "lantern by the door"])


def test_export_record_then_import_record_on_another_laptop(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from chair_app.services.meetings import MeetingService
    from chair_app.services.storage import open_store as open_data

    record = tmp_path / "handover.json"
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(demo_dir)]) == 0
    assert capsys.readouterr().out == f"Wrote {record}\n"
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["format"] == "chair-meeting-record"
    assert len(data["meetings"]) == 2  # the meeting and the family's earlier one
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(demo_dir)]) == 1
    assert "--overwrite" in capsys.readouterr().err

    laptop = tmp_path / "laptop"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("lantern by the door\n", encoding="utf-8")
    common = ["--data-dir", str(laptop), "--passphrase-file", str(secret)]
    assert main(["import-record", str(record), *common]) == 1
    err = capsys.readouterr().err
    assert "No family here has this record's family" in err
    assert "--family ID or --new-family" in err

    assert main(["import-record", str(record), "--new-family", *common]) == 0
    out = capsys.readouterr().out
    assert "Added Core Group on" in out
    assert main(["list", *common]) == 0
    assert "Marlowe family" in capsys.readouterr().out
    assert main(["import-record", str(record), *common]) == 0
    assert "already up to date" in capsys.readouterr().out

    # Both sides change the draft: the CLI shows the conflict and refuses without --take.
    store = open_data(laptop, "lantern by the door")
    draft_id = next(
        m.id for m in MeetingService(store.factory).list_meetings() if m.status.value == "draft"
    )
    MeetingService(store.factory).set_reasons(draft_id, "Typed on the laptop")
    store.close()
    data["meetings"][1]["reasons"] = "Typed on the office computer"
    record.write_text(json.dumps(data), encoding="utf-8")

    assert main(["import-record", str(record), *common]) == 1
    err = capsys.readouterr().err
    assert "'Typed on the laptop'" in err and "'Typed on the office computer'" in err
    assert "--take incoming or --take local" in err
    assert main(["import-record", str(record), "--take", "incoming", *common]) == 0
    assert "'Typed on the laptop' -> 'Typed on the office computer'" in capsys.readouterr().out


def test_import_record_of_a_file_that_is_not_a_record_is_refused(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.json"
    bogus.write_text('{"format": "something-else"}', encoding="utf-8")
    assert main(["import-record", str(bogus), "--data-dir", str(demo_dir)]) == 1
    assert "not a Chair meeting record" in capsys.readouterr().err


# people / list --people: the ids export --copy person:ID takes.

MEETING_1_PEOPLE = (
    "  Person 1: Kerry Marlowe - Mother\n"
    "  Person 2: Dean Marlowe - Father\n"
    "  Person 3: Maureen Price - Maternal grandmother\n"
    "  Person 4: Priya Desai - Social worker - Northfield Children's Social Care\n"
    "  Person 5: Ffion Rhys - Health visitor - Northfield Community Health\n"
    "  Person 6: Tom Ashby - Class teacher (Ellie) - Brookfield Primary School\n"
    "  Person 7: PC Daniel Okoro - Police officer - Northfield Police, Public Protection Unit\n"
    "  Person 8: Jo Clarke - Parents' advocate - Northfield Family Advocacy\n"
)


def test_people_lists_each_person_of_the_meeting_with_id_role_and_agency(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert main(["people", "1", "--data-dir", str(demo_dir)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"Meeting 1: Core Group, {CLOSED_DATE}, closed\n" + MEETING_1_PEOPLE
    assert captured.err == ""
    # Names are personal data: printed for the user, never logged.
    assert "Marlowe" not in caplog.text and "Desai" not in caplog.text


def test_people_of_an_unknown_meeting_is_refused(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["people", "999", "--data-dir", str(demo_dir)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "chair-app: there is no meeting 999.\n"
    assert captured.out == ""


def test_list_people_lists_them_under_each_meeting(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert main(["list", "--people", "--data-dir", str(demo_dir)]) == 0
    people = MEETING_1_PEOPLE.replace("  Person", "    Person")
    assert capsys.readouterr().out == (
        "Family 1: Marlowe family\n"
        f"  Meeting 1: Core Group, {CLOSED_DATE}, closed\n"
        + people
        + f"  Meeting 2: Core Group, {TODAY.isoformat()}, draft\n"
        + people
    )
    assert "Marlowe" not in caplog.text


def test_people_id_is_the_one_export_copy_person_takes(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    import pypdf

    assert main(["people", "1", "--data-dir", str(demo_dir)]) == 0
    listed = re.search(r"Person (\d+): Priya Desai - ", capsys.readouterr().out)
    assert listed is not None
    output = tmp_path / "copy.pdf"
    args = ["export", "1", "--format", "pdf", "--output", str(output), "--data-dir", str(demo_dir)]
    assert main([*args, "--copy", f"person:{listed.group(1)}"]) == 0, capsys.readouterr().err
    text = pypdf.PdfReader(str(output)).pages[0].extract_text()
    assert "Copy for Priya Desai" in text


def test_export_copy_for_an_unknown_person_names_the_person_not_the_meeting(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "copy.pdf"
    status = main(
        ["export", "1", "--format", "pdf", "--output", str(output), "--copy", "person:999",
         "--data-dir", str(demo_dir)]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.startswith("chair-app: there is no person 999 in meeting 1.")
    assert "there is no meeting" not in captured.err
    assert captured.out == ""
    assert not output.exists()


# import-record: agreed minutes' fingerprints are checked against the record's content.


def _agree_first_meeting(folder: Path) -> str:
    """Agree meeting 1's minutes in folder; its agreed fingerprint."""
    from chair_app.paths import LOCAL_AGENDAS_FOLDER
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import MinutesService
    from chair_app.services.storage import DEMO_PASSPHRASE
    from chair_app.services.storage import open_store as open_data

    store = open_data(folder, DEMO_PASSPHRASE)
    try:
        chair = MeetingService(store.factory).get(1).chair_id
        return MinutesService(store.factory, folder / LOCAL_AGENDAS_FOLDER).agree(
            1, chair, TODAY
        ).fingerprint
    finally:
        store.close()


@pytest.fixture
def agreed_record(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo family's record, exported with meeting 1's minutes agreed."""
    _agree_first_meeting(demo_dir)
    record = tmp_path / "handover.json"
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(demo_dir)]) == 0
    capsys.readouterr()
    return record


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """Another laptop, already holding a family of its own (whose minutes, not yet sent, have
    no version to be mistaken for the imported one's)."""
    return unsent_demo_folder(tmp_path / "laptop", TODAY)


def test_import_record_of_agreed_minutes_exported_unchanged_is_imported(
    agreed_record: Path, laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from chair_app.models.minutes_repository import MinutesRepository
    from chair_app.services.storage import DEMO_PASSPHRASE
    from chair_app.services.storage import open_store as open_data

    data = json.loads(agreed_record.read_text(encoding="utf-8"))
    versions = data["meetings"][0]["minutes"]["versions"]
    assert [v["agreed"] for v in versions] == [True]

    status = main(["import-record", str(agreed_record), "--new-family", "--data-dir", str(laptop)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "The record was imported." in captured.out
    store = open_data(laptop, DEMO_PASSPHRASE)
    try:
        found = MinutesRepository(store.factory).find_version(versions[0]["fingerprint"])
        assert found is not None and found[0] != 1  # the imported meeting, not the laptop's own
        assert found[1].agreed
    finally:
        store.close()


def test_import_record_changed_after_agreement_is_refused_with_exit_2_and_changes_nothing(
    agreed_record: Path, laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    data = json.loads(agreed_record.read_text(encoding="utf-8"))
    closed = data["meetings"][0]
    assert "reading club" in closed["working_well"]
    closed["working_well"] = closed["working_well"].replace("reading club", "chess club")
    agreed_record.write_text(json.dumps(data), encoding="utf-8")
    before = every_row(laptop)

    status = main(["import-record", str(agreed_record), "--new-family", "--data-dir", str(laptop)])

    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.startswith(
        f"chair-app: Version {closed['minutes']['versions'][0]['number']} is marked agreed, but "
        "its fingerprint does not match the record's content: the record was changed after it "
        "was agreed."
    )
    assert captured.out == ""
    assert every_row(laptop) == before


@pytest.mark.slow
def test_a_reader_that_goes_away_ends_the_listing_quietly(tmp_path: Path) -> None:
    """``chair-app list --people | head -1``: the pipe closes early; no traceback."""
    import subprocess
    import sys

    data = tmp_path / "data"
    assert subprocess.run(
        [sys.executable, "-m", "chair_app", "demo", "--data-dir", str(data)],
        capture_output=True,
        check=False,
    ).returncode == 0
    listing = subprocess.Popen(
        [sys.executable, "-m", "chair_app", "list", "--people", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None
    listing.stdout.readline()
    listing.stdout.close()  # as head does after its first line
    _out, err = listing.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err


def test_an_emptied_data_file_beside_backups_is_reported_not_listed_as_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    database = data / "chair.sqlite3"
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    database.write_bytes(b"")
    backups = sorted((data / "backups").iterdir())
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "is empty or missing" in err and "No families yet" not in err
    assert database.read_bytes() == b""
    assert sorted((data / "backups").iterdir()) == backups  # none pushed out


def test_demo_option_points_commands_at_the_demo_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``chair-app demo`` puts the demo in its own folder; ``--demo`` finds it again, as
    ``./scripts/demo`` does, without anyone needing to know where that folder is."""
    monkeypatch.setenv("CHAIR_APP_DATA_DIR", str(tmp_path / "ChairApp"))
    assert main(["demo"]) == 0
    capsys.readouterr()
    for args in (["list", "--demo"], ["--demo", "list"]):
        assert main(args) == 0, args
        captured = capsys.readouterr()
        assert captured.out.startswith("Family 1: Marlowe family\n"), args
        assert captured.err == ""
    assert main(["people", "1", "--demo"]) == 0
    assert "Priya Desai" in capsys.readouterr().out
    # The real data folder was never touched.
    assert sorted(p.name for p in (tmp_path / "ChairApp").iterdir()) == ["demo"]


def test_demo_option_takes_no_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real record must never land in the demo's folder, whose passphrase is published."""
    monkeypatch.setenv("CHAIR_APP_DATA_DIR", str(tmp_path / "ChairApp"))
    record = tmp_path / "record.json"
    record.write_text("{}")
    assert main(["--demo", "import-record", str(record)]) == 2
    assert capsys.readouterr().err == (
        "chair-app: the demo's folder takes no imports: its passphrase is published. "
        "Leave out --demo.\n"
    )
    assert not (tmp_path / "ChairApp").exists()
