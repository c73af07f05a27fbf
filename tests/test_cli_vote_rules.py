"""import-record refuses a vote the rules would not count, naming the rule; nothing changes."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from chair_app.cli import main
from chair_app.services.meetings import MeetingService
from chair_app.services.storage import DEMO_PASSPHRASE, open_store

_INCOMING = ("--take", "incoming")


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    return folder


def _vote(person: str, choice: str) -> dict[str, object]:
    return {
        "uuid": str(uuid.uuid4()),
        "person": person,
        "choice": choice,
        "reason": "Typed on the other laptop",
        "reason_withheld": {"family": False, "people": []},
    }


def _draft_with_decision(data: dict, *votes: dict[str, object]) -> None:
    """The draft Core Group (the record's second meeting) gets a decision with these votes."""
    data["meetings"][1]["decisions"] = [
        {"uuid": str(uuid.uuid4()), "position": 1, "question": "Ask for an early review?",
         "votes": list(votes)}
    ]


def _people(data: dict) -> dict[str, str]:
    return {p["name"]: p["uuid"] for p in data["family"]["people"]}


@pytest.mark.parametrize(
    ("who", "rule"),
    [
        ("chair", "The chair does not vote."),
        ("minute_taker", "The minute-taker does not vote."),
        (
            "Kerry Marlowe",
            "Only professionals present vote; Kerry Marlowe is a family member: their view is "
            "heard, not counted.",
        ),
    ],
)
def test_import_record_with_a_vote_the_rules_do_not_count_is_refused_with_exit_2(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], who: str, rule: str
) -> None:
    record = tmp_path / "handover.json"
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(demo_dir)]) == 0
    data = json.loads(record.read_text(encoding="utf-8"))
    person = data["meetings"][1].get(who) or _people(data)[who]
    _draft_with_decision(data, _vote(person, "for"))
    record.write_text(json.dumps(data), encoding="utf-8")
    store = open_store(demo_dir, DEMO_PASSPHRASE)
    before = MeetingService(store.factory).get(2)
    store.close()
    capsys.readouterr()

    # --take incoming: the record's draft wins any difference, so only the rule can refuse it.
    assert main(["import-record", str(record), *_INCOMING, "--data-dir", str(demo_dir)]) == 2

    err = capsys.readouterr().err
    assert rule in err
    assert "Nothing was imported." in err
    store = open_store(demo_dir, DEMO_PASSPHRASE)
    assert MeetingService(store.factory).get(2) == before
    store.close()


def test_import_record_with_a_family_members_view_on_a_decision_is_imported(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "handover.json"
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(demo_dir)]) == 0
    data = json.loads(record.read_text(encoding="utf-8"))
    # What the mother said on the decision is her view: heard, not counted, and not refused.
    _draft_with_decision(data, _vote(_people(data)["Kerry Marlowe"], "not_voted"))
    record.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()

    assert main(["import-record", str(record), *_INCOMING, "--data-dir", str(demo_dir)]) == 0

    store = open_store(demo_dir, DEMO_PASSPHRASE)
    [decision] = MeetingService(store.factory).get(2).decisions
    store.close()
    assert [(v.choice.value, v.reason) for v in decision.votes] == [
        ("not_voted", "Typed on the other laptop")
    ]
