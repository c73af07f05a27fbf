"""Logs never contain names, notes or other content of a record.

Every log record, from every logger at DEBUG level, is captured while a user chairs a whole
meeting in the window, closes it (with its backup) and exports it, while a backup is made by
hand, while a damaged data file is refused, and while the ``list`` and ``export`` commands run.
No name of a fictional person, child or family, no text typed into the meeting and not the
passphrase may appear in any log message or in the exception text attached to a record.

``sqlalchemy`` keeps its own WARNING level (SQLAlchemy sets it on import), as it does when a user
sets ``CHAIR_APP_LOG_LEVEL=DEBUG``; raising it by hand would log every SQL parameter by design.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from full_meeting_run import chair_full_meeting, full_meeting_script
from pytestqt.qtbot import QtBot

from chair_app import cli
from chair_app.core.domain import MeetingStatus
from chair_app.core.errors import StorageUnavailable
from chair_app.models.db import DATABASE_FILE_NAME, SessionFactory
from chair_app.services.backup import make_backup
from chair_app.services.families import FamilyService
from chair_app.services.storage import open_factory

_FORMATTER = logging.Formatter()
PASSPHRASE = "lantern by the blue door"


def _record_texts(record: logging.LogRecord) -> Iterator[tuple[str, str]]:
    """Everything a log handler could write for the record: the formatted message, the
    exception's text (message and traceback) and any stack."""
    yield "message", record.getMessage()
    exc_text = record.exc_text
    if not exc_text and record.exc_info:
        exc_text = _FORMATTER.formatException(record.exc_info)
    if exc_text:
        yield "exception", exc_text
    if record.stack_info:
        yield "stack", record.stack_info


def private_text_in(
    records: Iterable[logging.LogRecord], secrets: Iterable[str]
) -> list[tuple[str, str, str]]:
    """(logger name, where, secret) for each private text found in the records. Case is
    ignored: a name logged in capitals is still the name."""
    found = []
    folded = {secret: secret.casefold() for secret in secrets if secret.strip()}
    for record in records:
        for where, text in _record_texts(record):
            lowered = text.casefold()
            found += [(record.name, where, s) for s, f in folded.items() if f in lowered]
    return found


def _name_words(name: str) -> list[str]:
    """A name and each word of it long enough not to be an everyday word ("PC", "Nan")."""
    return [name, *(word for word in re.split(r"[\s,]+", name) if len(word) >= 4)]


@pytest.fixture
def umask_kept() -> Iterator[None]:
    # cli.main() sets a private umask for the process; give the test process its own back.
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


def test_the_detector_finds_a_name_in_a_message_and_in_exception_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("chair_app.some_module")
    log.info("saved %s", "Dana Quill")
    try:
        raise ValueError("cannot save the note 'Poppy is hungry at school'")
    except ValueError:
        log.exception("save failed")
    log.debug("meeting %s saved", 12)
    found = private_text_in(caplog.records, ["Dana Quill", "Poppy is hungry at school", "Quill"])
    assert ("chair_app.some_module", "message", "Dana Quill") in found
    assert ("chair_app.some_module", "message", "Quill") in found
    assert ("chair_app.some_module", "exception", "Poppy is hungry at school") in found
    assert private_text_in(caplog.records, ["Rory Quill"]) == []


def test_logs_hold_no_names_or_notes_through_meeting_export_backup_bad_file_and_commands(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, tmp_path: Path,
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str], umask_kept: None,
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every logger that does not set its own

    # A whole meeting in the window: typed, closed (a backup is made), exported to DOCX and PDF.
    window, _ = chair_full_meeting(qtbot, factory, data_dir, tmp_path)
    window.close()
    # A backup made by hand.
    assert make_backup(data_dir, "manual").is_file()
    # A damaged data file, refused at open, by the app and by a command.
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / DATABASE_FILE_NAME).write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    with pytest.raises(StorageUnavailable):
        open_factory(damaged)
    assert cli.main(["list", "--data-dir", str(damaged)]) != 0
    # The commands, in this process, with the passphrase from a file: the plain data the window
    # wrote is encrypted first (after a backup), then listed and exported.
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    family = FamilyService(factory).get_family(1)
    closed = [m.id for m in family.meetings if m.status is MeetingStatus.CLOSED]
    factory.kw["bind"].dispose()
    key = ["--data-dir", str(data_dir), "--passphrase-file", str(secret)]
    assert cli.main(["list", *key]) == 0
    out = tmp_path / "cli"
    out.mkdir()
    for fmt in ("docx", "pdf"):
        argv = ["export", str(closed[-1]), "--format", fmt, "--output", str(out / f"m.{fmt}")]
        assert cli.main([*argv, *key]) == 0
    printed = capsys.readouterr().out
    assert family.name in printed  # the list went to the screen, where it belongs
    assert (out / "m.docx").is_file() and (out / "m.pdf").is_file()

    # The run did log: the detector had something to look at.
    events = " | ".join(r.getMessage() for r in caplog.records if r.name.startswith("chair_app"))
    assert "database opened" in events and "exported" in events, events
    assert any(r.levelno >= logging.WARNING for r in caplog.records), "the bad file left no log"

    script = full_meeting_script()
    typed = [
        value for key, value in vars(script).items()
        if key.isupper() and isinstance(value, str) and len(value) > 8
    ]
    assert len(typed) >= 12, typed
    secrets = [*_name_words(family.name), *typed]
    for person in family.people:
        secrets += _name_words(person.name)
        secrets += [t for t in (person.phone, person.email) if t]
    for child in family.children:
        secrets += _name_words(child.name)
    secrets.append(PASSPHRASE)
    secrets += ["Brookfield Primary, Room 4", "Northfield Family Centre", "Weight is back on track"]
    leaks = private_text_in(caplog.records, secrets)
    assert leaks == [], f"private text in the log: {leaks}"
