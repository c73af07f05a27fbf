"""``chair-app next-date``: the statutory timescales from the command line, as a user runs it.

It needs no data, so it must never create or open a data folder; and because scripts read its
errors, every mistake is one line on stderr and exit status 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair_app.cli import main
from chair_app.paths import resources_dir

TYPES = (
    "initial-conference",
    "first-core-group",
    "core-group",
    "first-review-conference",
    "review-conference",
    "cin-meeting",
    "first-lac-review",
    "second-lac-review",
    "lac-review",
    "minutes",
)


@pytest.fixture(autouse=True)
def data_dir_must_stay_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the data folder somewhere that must still not exist after each test."""
    folder = tmp_path / "chair-data"
    monkeypatch.setenv("CHAIR_APP_DATA_DIR", str(folder))
    yield folder
    assert not folder.exists(), "next-date created the data folder"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """main() as the console script runs it: argparse's exits become a status."""
    try:
        status = main(args)
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_next_date_core_group_prints_date_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(
        ["next-date", "--type", "core-group", "--after", "2026-11-25", "--nation", "england"],
        capsys,
    )
    assert (status, err) == (0, "")
    assert out == (
        "2026-12-23 (Wednesday 23 December 2026)\n"
        "Next Core Group by Wednesday 23 December 2026: within 28 days of the previous Core Group "
        "on 25 November 2026.\n"
        "Source: Barnsley core group guidance (policy: England default).\n"
    )


def test_next_date_over_christmas_skips_bank_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        ["next-date", "--type", "first-core-group", "--after", "2026-12-18", "--nation", "england"],
        capsys,
    )
    assert status == 0
    first_line, explanation = out.splitlines()[:2]
    assert first_line == "2027-01-06 (Wednesday 6 January 2027)"
    assert "within 10 working days (England bank holidays skipped)" in explanation
    assert "Friday 25 December 2026 (Christmas Day)" in explanation
    assert "Monday 28 December 2026 (substitute day for Boxing Day)" in explanation


def test_next_date_nation_changes_the_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    # 5 working days after Monday 22 March 2027: 23-25, then Good Friday (26th) is closed
    # everywhere, but Easter Monday (29th) is a working day in Scotland only.
    args = ["next-date", "--type", "minutes", "--after", "2027-03-22"]
    assert _run([*args, "--nation", "england"], capsys)[1].startswith("2027-03-31 ")
    assert _run([*args, "--nation", "scotland"], capsys)[1].startswith("2027-03-30 ")


def test_next_date_wales_uses_the_wales_policy(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        ["next-date", "--type", "core-group", "--after", "2026-11-25", "--nation", "wales"], capsys
    )
    assert status == 0
    assert out.startswith("2027-01-06 (Wednesday 6 January 2027)\n")
    assert "within 6 weeks of the previous Core Group" in out
    assert "(policy: Wales default)" in out


def test_next_date_local_policy_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads((resources_dir() / "policies" / "england.json").read_text(encoding="utf-8"))
    data["name"] = "Leeds local"
    data["rules"]["core-group"].update(limit=3, unit="weeks", source="Leeds procedures (test)")
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "leeds.json").write_text(json.dumps(data), encoding="utf-8")
    status, out, err = _run(
        [
            "next-date",
            "--type",
            "core-group",
            "--after",
            "2026-11-25",
            "--nation",
            "england",
            "--policy",
            "leeds local",
            "--policy-folder",
            str(folder),
        ],
        capsys,
    )
    assert (status, err) == (0, "")
    assert out.startswith("2026-12-16 (Wednesday 16 December 2026)\n")
    assert "Source: Leeds procedures (test) (policy: Leeds local)." in out


def test_next_date_help_lists_every_type_with_its_meaning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(["next-date", "--help"], capsys)
    assert status == 0
    for type_name in TYPES:
        lines = [line for line in out.splitlines() if line.split()[:1] == [type_name]]
        assert len(lines) == 1, f"{type_name} not listed once in --help"
        assert len(lines[0].split()) > 3, f"{type_name} has no meaning in --help"
    assert "first core group, from the initial conference" in out


def test_main_help_lists_next_date(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["--help"], capsys)
    assert status == 0
    assert "next-date" in out


GOOD = {"--type": "core-group", "--after": "2026-11-25", "--nation": "england"}


def _args(**changes: str | None) -> list[str]:
    args = ["next-date"]
    for option, value in {**GOOD, **{f"--{k}": v for k, v in changes.items()}}.items():
        if value is not None:
            args += [option, value]
    return args


@pytest.mark.parametrize(
    ("args", "in_message"),
    [
        pytest.param(_args(type="core-groups"), "unknown type 'core-groups'", id="unknown-type"),
        pytest.param(_args(after="2026-02-30"), "February 2026 has 28 days", id="30-february"),
        pytest.param(_args(after="2026-13-01"), "there is no month 13", id="month-13"),
        pytest.param(_args(after="25/11/2026"), "'25/11/2026' is not a date", id="uk-form"),
        pytest.param(_args(after="tomorrow"), "YYYY-MM-DD", id="words"),
        pytest.param(_args(after="0000-01-01"), "between 1900 and 2200", id="year-0"),
        pytest.param(_args(nation="france"), "unknown nation 'france'", id="unknown-nation"),
        pytest.param(_args(nation="England"), "unknown nation 'England'", id="capital"),
        pytest.param(_args(nation=None), "required: --nation", id="missing-nation"),
        pytest.param(["next-date"], "required: --type, --after, --nation", id="nothing"),
        pytest.param([*_args(), "--colour", "blue"], "--colour blue", id="unknown-option"),
        pytest.param(_args(policy="Leeds"), "there is no policy called 'Leeds'", id="policy"),
        pytest.param(_args(**{"policy-folder": "/no/such/dir"}), "/no/such/dir", id="folder"),
    ],
)
def test_next_date_bad_argument_one_line_error_exit_2(
    args: list[str], in_message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(args, capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("chair-app: ")
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert in_message in err


def test_next_date_broken_local_policy_warns_and_still_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    status, out, err = _run([*_args(), "--policy-folder", str(tmp_path)], capsys)
    assert status == 0
    assert out.startswith("2026-12-23 ")
    assert err.startswith(f"chair-app: warning: {tmp_path / 'broken.json'}: not valid JSON")


@pytest.mark.slow
def test_python_m_chair_app_next_date_works_without_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "never"
    env = dict(os.environ, CHAIR_APP_DATA_DIR=str(folder))
    result = subprocess.run(
        [sys.executable, "-m", "chair_app", *_args(nation="northern-ireland")],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2026-12-23 (Wednesday 23 December 2026)\n")
    assert not folder.exists()


@pytest.mark.slow
def test_import_cli_does_not_load_the_holiday_calendars(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys, chair_app.cli; print('holidays' in sys.modules)"],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


PRE_BIRTH = ["next-date", "--type", "pre-birth-review-conference", "--after", "2026-11-02"]


def test_next_date_pre_birth_before_the_birth_counts_from_the_expected_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run([*PRE_BIRTH, "--expected", "2027-01-05", "--nation", "england"], capsys)
    assert (status, err) == (0, "")
    first, explanation, source = out.splitlines()
    # 10 working days after 5 January 2027, earlier than 3 months after the conference.
    assert first == "2027-01-19 (Tuesday 19 January 2027)"
    assert explanation.startswith(
        "First Review Child Protection Conference (pre-birth) by Tuesday 19 January 2027: the "
        "pre-birth rule, the earlier of 3 months after the pre-birth Initial Child Protection "
        "Conference on 2 November 2026 (Tuesday 2 February 2027) and 10 working days"
    )
    assert "counted from the expected date of delivery, 5 January 2027" in explanation
    assert "The baby is not born yet" in explanation
    assert source.startswith("Source: Tees pre-birth procedures")
    assert source.endswith("(policy: England default).")


def test_next_date_pre_birth_after_the_birth_counts_from_the_birth(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run([*PRE_BIRTH, "--born", "2027-01-04", "--nation", "england"], capsys)
    assert status == 0
    assert out.startswith("2027-01-18 (Monday 18 January 2027)\n")
    assert "after the birth on 4 January 2027 (Monday 18 January 2027)." in out
    assert "not born yet" not in out


def test_next_date_pre_birth_in_scotland_is_three_months_from_the_cppm(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run([*PRE_BIRTH, "--born", "2026-11-20", "--nation", "scotland"], capsys)
    assert status == 0
    assert out.startswith("2027-02-02 (Tuesday 2 February 2027)\n")
    assert "This policy counts no limit from the birth." in out


def test_next_date_help_lists_the_pre_birth_types(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["next-date", "--help"], capsys)
    assert status == 0
    for type_name in ("pre-birth-review-conference", "review-after-birth"):
        assert [line for line in out.splitlines() if line.split()[:1] == [type_name]]
    assert "--expected 2027-01-05" in out


@pytest.mark.parametrize(
    ("args", "in_message"),
    [
        pytest.param(
            [*PRE_BIRTH, "--born", "2027-01-04", "--expected", "2027-01-05", "--nation", "england"],
            "not allowed with argument",
            id="born-and-expected",
        ),
        pytest.param(
            _args(born="2027-01-04"),
            "--born and --expected are only for --type pre-birth-review-conference",
            id="born-with-core-group",
        ),
        pytest.param(
            [*PRE_BIRTH, "--expected", "2027-02-30", "--nation", "england"],
            "February 2027 has 28 days",
            id="expected-not-a-date",
        ),
        pytest.param(
            _args(type="review-after-birth", nation="scotland"),
            "the policy 'Scotland default' sets no 'review-after-birth' timescale",
            id="scotland-no-birth-rule",
        ),
    ],
)
def test_next_date_pre_birth_bad_argument_one_line_error_exit_2(
    args: list[str], in_message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(args, capsys)
    assert (status, out) == (2, "")
    assert err.startswith("chair-app: ") and err.count("\n") == 1
    assert in_message in err
