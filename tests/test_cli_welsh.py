"""The command line in Welsh: ``chair-app --language cy`` (or ``CHAIR_APP_LANGUAGE=cy``) gives
its help, its messages and argparse's own words in Welsh, as a Welsh-speaking chair or IT
officer reads them. English stays the default. The family is the fictional demo family."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import demo_folder, in_process_cli
from welsh_check import looks_english

from chair_app.cli import main
from chair_app.core.language import Language, set_display_language


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CHAIR_APP_LANGUAGE", raising=False)
    try:
        yield from in_process_cli(monkeypatch)
    finally:
        # Later tests in this process expect English.
        set_display_language(Language.ENGLISH)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """main() as the console script runs it: argparse's exits become a status."""
    try:
        status = main(args)
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help_in_welsh_has_no_english_words_left(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = _run(["--language", "cy", "--help"], capsys)
    assert status == 0
    assert out.startswith("defnydd: chair-app")
    assert "Cadeirio a chofnodi cyfarfodydd amddiffyn plant; allforio'r cofnodion." in out
    assert "dangos y neges gymorth hon a gadael" in out
    assert "creu'r teulu enghreifftiol dychmygol" in out
    # Only what the user types stays as it is: option names, metavars and command names.
    typed = re.compile(r"--?[a-z][\w-]*|\b[A-Z][A-Z_.]+\b|chair-app|\{[^}]*\}")
    commands = ("list", "people", "export", "verify", "signing-certificate", "export-record",
                "import-record", "demo", "next-date", "config")
    english = []
    for line in out.splitlines():
        words = typed.sub(" ", line).split()
        described = " ".join(words[1:] if words and words[0] in commands else words)
        if looks_english(described, known=("export", "person:ID")):
            english.append(line)
    assert english == []


def test_next_date_in_welsh_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHAIR_APP_LANGUAGE", "cy")
    status, out, err = _run(
        ["next-date", "--type", "core-group", "--after", "2026-11-25", "--nation", "wales"],
        capsys,
    )
    assert status == 0, err
    first, _explanation, source = out.splitlines()
    assert first == "2027-01-06 (Dydd Mercher 6 Ionawr 2027)"
    assert source.startswith("Ffynhonnell: ")
    assert "(polisi: " in source


def test_a_mistyped_date_is_one_welsh_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(
        ["--language", "cy", "next-date", "--type", "core-group", "--after", "2026-02-30",
         "--nation", "wales"],
        capsys,
    )
    assert status == 2
    assert out == ""
    assert err == (
        "chair-app: dadl --after: nid yw 2026-02-30 yn ddyddiad go iawn: mae 28 diwrnod ym mis "
        "Chwefror 2026\n"
    )


def test_a_missing_argument_is_named_in_welsh(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = _run(["--language", "cy", "export"], capsys)
    assert status == 2
    assert "chair-app export: gwall: mae angen y dadleuon canlynol: MEETING_ID" in err
    assert "the following arguments are required" not in err


def test_list_and_a_missing_meeting_in_welsh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo_folder(tmp_path, capsys)
    status, out, err = _run(["--language", "cy", "list", "--data-dir", str(folder)], capsys)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Teulu 1: ")
    meetings = [line.strip() for line in lines[1:]]
    assert meetings and all(line.startswith("Cyfarfod ") for line in meetings)
    assert any("Grŵp Craidd" in line for line in meetings)
    names = [lines[0].partition(": ")[2]]
    assert [line for line in meetings if looks_english(line, names)] == []

    status, out, err = _run(
        ["--language", "cy", "export", "999", "--format", "pdf", "--output",
         str(tmp_path / "x.pdf"), "--data-dir", str(folder)],
        capsys,
    )
    assert status == 1
    assert err == "chair-app: nid oes cyfarfod 999.\n"
    assert not (tmp_path / "x.pdf").exists()


def test_english_is_the_default_and_comes_back_after_welsh(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _run(["--language", "cy", "--help"], capsys)
    status, out, _err = _run(["--help"], capsys)
    assert status == 0
    assert out.startswith("usage: chair-app")
    assert "Chair and minute child-protection meetings; export the minutes." in out
    assert "show this help message and exit" in out


def test_a_damaged_data_file_is_named_in_welsh_and_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from chair_app.services.storage import database_path

    folder = tmp_path / "data"
    folder.mkdir()
    junk = b"not a database at all, " * 100
    database_path(folder).write_bytes(junk)
    status, out, err = _run(["--language", "cy", "list", "--data-dir", str(folder)], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith(
        f"chair-app: Ni ellir agor y ffeil ddata {database_path(folder)}: nid yw'n gronfa ddata "
        "y gall Chair ei defnyddio"
    )
    assert not looks_english(err, [str(folder)])
    assert database_path(folder).read_bytes() == junk
