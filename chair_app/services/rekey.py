"""A change of passphrase (re-key) that a crash at any moment cannot spoil.

Nothing is re-keyed in place. In order:

1. The data file's write-ahead log is folded into it, and a journal, ``rekey-journal.json``, is
   written in the data folder (stage ``copying``; the old and new key tags, never a passphrase).
2. A copy of the data file under the new passphrase is written beside it
   (``.chair.sqlite3.rekey``, by ``sqlcipher_export``), then checked: it opens with the new
   passphrase, passes ``integrity_check``, and holds the same rows (a digest of every row).
   Each backup is copied and checked the same way (``backups/.<name>.rekey``).
3. The journal's stage becomes ``copied``, with the names of the backups whose copies are ready.
4. The copy is renamed over the data file (the moment the change takes effect), then each
   backup's copy over the backup; each file's key tag (services.key_tags) follows it.
5. The journal is removed.

A crash before 4 leaves the data file as it was, under the old passphrase; after it, the data file
is whole under the new one. At the next start (``finish_or_undo``) the journal says which: the
change is undone (the copies removed) when the old passphrase is typed and finished (the
remaining renames) when the new one is. A backup that could not be re-keyed keeps the old key's
tag, so it is shown as made under an earlier passphrase, never as damaged.

The environment variable ``CHAIR_FAULT=rekey:<stage>`` makes the process SIGKILL itself at that
stage (tests/services/test_rekey_kill.py).
"""

from __future__ import annotations

import json
import logging
import os
import signal
from dataclasses import dataclass
from pathlib import Path

from chair_app.core.errors import StorageUnavailable, WrongPassphrase
from chair_app.core.language import translate
from chair_app.models.db import (
    DATABASE_FILE_NAME,
    connect,
    database_errors,
    no_other_writer,
    passphrase_opens,
)
from chair_app.models.keys import forget_keys
from chair_app.services.backup import _content_digest, backups_folder, list_backups
from chair_app.services.key_tags import (
    new_tag,
    read_tag,
    write_atomically,
    write_tag,
)
from chair_app.services.output_files import sync_to_disk

logger = logging.getLogger(__name__)

JOURNAL_FILE_NAME = "rekey-journal.json"
COPY_SUFFIX = ".rekey"
FAULT_VARIABLE = "CHAIR_FAULT"

def undone() -> str:
    return translate(
        "Rekey",
        "A change of passphrase was interrupted before it took effect, so Chair has undone it: "
        "the data still opens with the passphrase it had before. Nothing was lost.",
    )


def finished() -> str:
    return translate(
        "Rekey",
        "A change of passphrase was interrupted; Chair has now finished it: the data and its "
        "backups open with the new passphrase. Nothing was lost.",
    )


class RekeyInterrupted(WrongPassphrase):
    """A change of passphrase was cut short and the passphrase typed opens neither side of it;
    nothing was changed."""


@dataclass(frozen=True)
class Journal:
    stage: str  # "copying", then "copied" once every copy is written and checked
    old_tag: str
    new_tag: str
    backups: tuple[str, ...] = ()  # the backups whose copies under the new passphrase are ready


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE_NAME


def copy_path(path: Path) -> Path:
    """Where the copy of a file under the new passphrase is written."""
    return path.with_name(f".{path.name}{COPY_SUFFIX}")


def read_journal(data_dir: Path) -> Journal | None:
    """The journal of a change of passphrase under way, or None. A journal that cannot be read
    counts as one at its first stage (nothing renamed yet can only be undone)."""
    path = journal_path(data_dir)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Journal(
            str(data["stage"]),
            str(data["old_tag"]),
            str(data["new_tag"]),
            tuple(str(name) for name in data.get("backups", ())),
        )
    except (OSError, ValueError, KeyError, TypeError):
        logger.warning("re-key journal unreadable")
        return Journal("copying", "", "")


def _write_journal(data_dir: Path, journal: Journal) -> None:
    text = json.dumps(
        {
            "stage": journal.stage,
            "old_tag": journal.old_tag,
            "new_tag": journal.new_tag,
            "backups": list(journal.backups),
        }
    )
    write_atomically(journal_path(data_dir), text)


def _fault(stage: str) -> None:
    """Fault injection for the kill tests: die here, as a power cut or kill -9 would."""
    if os.environ.get(FAULT_VARIABLE) == f"rekey:{stage}":
        os.kill(os.getpid(), signal.SIGKILL)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"



def _digest(connection: object) -> str:
    version = connection.execute("PRAGMA user_version").fetchone()[0]  # type: ignore[attr-defined]
    return f"{version}:{_content_digest(connection)}"  # type: ignore[arg-type]


def _copy_under_new_key(source_path: Path, current: str, new: str, stage: str) -> Path:
    """Write the file's copy under the new passphrase and check it.

    Raises:
        StorageUnavailable: the file does not open with ``current``, or the copy failed its
            check (the copy is then removed; the file is never changed).
    """
    target = copy_path(source_path)
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        source = connect(source_path, current)
        try:
            source.execute(
                f"ATTACH DATABASE {_literal(str(target))} AS rekeyed KEY {_literal(new)}"
            )
            # A scratch file until it is checked, synced and renamed (and removed on any
            # failure): no rollback journal and no sync per statement. With them the export
            # syncs once per table and index, about 60 times slower.
            source.execute("PRAGMA rekeyed.journal_mode = OFF")
            source.execute("PRAGMA rekeyed.synchronous = OFF")
            source.execute("SELECT sqlcipher_export('rekeyed')")
            version = source.execute("PRAGMA main.user_version").fetchone()[0]
            source.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            source.commit()
            source.execute("DETACH DATABASE rekeyed")
            expected = _digest(source)
        finally:
            source.close()
        _fault(f"{stage}-copy-written")
        copy = connect(target, new, read_only=True)
        try:
            healthy = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            same = _digest(copy) == expected
        finally:
            copy.close()
        if not (healthy and same):
            raise StorageUnavailable(
                translate("Rekey", "The copy of {name} did not pass its check.").format(
                    name=source_path.name
                )
            )
        sync_to_disk(target)
        _fault(f"{stage}-copy-checked")
    except database_errors() as error:
        target.unlink(missing_ok=True)
        raise StorageUnavailable(
            translate("Rekey", "{name} could not be copied.").format(name=source_path.name)
        ) from error
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _undo(data_dir: Path) -> None:
    """Remove the journal first (without it the copies are leftovers), then the copies."""
    journal_path(data_dir).unlink(missing_ok=True)
    sync_to_disk(data_dir)
    remove_copies(data_dir)


def remove_copies(data_dir: Path) -> int:
    """Remove copies left by an undone or abandoned change of passphrase. Returns how many."""
    removed = 0
    folders = (data_dir, backups_folder(data_dir))
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(COPY_SUFFIX):
                try:
                    if entry.is_file(follow_symlinks=False):
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    logger.warning("a re-key copy could not be removed")
    return removed


def _finish(data_dir: Path, journal: Journal) -> None:
    """Once the data file is under the new passphrase: rename the backups' copies over them,
    record the new key tag beside each, and remove the journal. Needs no passphrase, and can be
    run again after a crash part-way."""
    database = data_dir / DATABASE_FILE_NAME
    write_tag(database, journal.new_tag)
    _fault("main-tagged")
    folder = backups_folder(data_dir)
    for number, name in enumerate(journal.backups, start=1):
        backup = folder / name
        copy = copy_path(backup)
        if copy.exists():
            if not backup.exists():  # removed meanwhile: its copy is not brought back
                copy.unlink()
                continue
            os.replace(copy, backup)
            sync_to_disk(folder)
            _fault(f"backup-{number}-renamed")
        if backup.exists():
            write_tag(backup, journal.new_tag)
    journal_path(data_dir).unlink(missing_ok=True)
    sync_to_disk(data_dir)
    _fault("journal-removed")


def change_passphrase(data_dir: Path, current: str, new: str) -> int:
    """Re-key the data file and its backups under ``new`` (the store closed). Returns how many
    backups could not be re-keyed (they stay under ``current``, and are tagged so).

    Raises:
        StorageUnavailable: the data file could not be re-keyed; it is as it was, under
            ``current``, and no backup has changed.
    """
    from chair_app.services.storage import fold_wal  # storage opens rekey: imported here

    database = data_dir / DATABASE_FILE_NAME
    if read_journal(data_dir) is not None:
        raise StorageUnavailable(
            translate(
                "Rekey",
                "An earlier change of passphrase is not finished. Close Chair and open it again.",
            )
        )
    try:
        fold_wal(database, current)
    except database_errors() as error:
        raise StorageUnavailable(
            translate(
                "Rekey",
                "The data could not be made ready to re-key; it still opens with the old "
                "passphrase.",
            )
        ) from error
    old_tag = read_tag(database)
    if old_tag is None:  # the first change of passphrase here: the old key gets its tag now
        old_tag = new_tag()
        write_tag(database, old_tag)
    journal = Journal("copying", old_tag, new_tag())
    backups = list_backups(data_dir)
    _write_journal(data_dir, journal)
    _fault("journal-written")
    ready: list[str] = []
    left_under_old = 0
    try:
        main_copy = _copy_under_new_key(database, current, new, "data")
        for number, backup in enumerate(backups, start=1):
            try:
                _copy_under_new_key(backup.path, current, new, f"backup-{number}")
                ready.append(backup.path.name)
            except StorageUnavailable:
                # Made under an older passphrase still, or damaged: it is left as it is.
                logger.warning("a backup could not be re-keyed")
                left_under_old += 1
                if read_tag(backup.path) is None and passphrase_opens(backup.path, current):
                    write_tag(backup.path, old_tag)
        journal = Journal("copied", old_tag, journal.new_tag, tuple(ready))
        _write_journal(data_dir, journal)
        _fault("copies-complete")
    except StorageUnavailable:
        _undo(data_dir)
        raise StorageUnavailable(
            translate(
                "Rekey",
                "The data could not be re-keyed, so it has been left as it was: it still opens "
                "with the old passphrase.",
            )
        ) from None
    except BaseException:
        _undo(data_dir)
        raise
    os.replace(main_copy, database)  # from here on the data opens with the new passphrase
    sync_to_disk(data_dir)
    _fault("data-renamed")
    _finish(data_dir, journal)
    forget_keys()  # the old passphrase's keys are not kept once it no longer opens the data
    logger.info("passphrase changed; %d backups left under the old one", left_under_old)
    return left_under_old


def finish_or_undo(data_dir: Path, passphrase: str | None) -> str:
    """At start-up: finish or undo a change of passphrase that a crash cut short, by what the
    files say and which side the passphrase opens. Returns a sentence for the user ("" when no
    change was under way).

    Raises:
        RekeyInterrupted: the passphrase opens neither side; nothing was changed.
        StorageUnavailable: another copy of Chair has the folder, and may be re-keying now.
    """
    journal = read_journal(data_dir)
    if journal is None:
        return ""
    if not no_other_writer(data_dir):
        raise StorageUnavailable(
            translate(
                "Rekey",
                "Another copy of Chair is changing the passphrase of this data. Try again when it "
                "has finished.",
            )
        )
    database = data_dir / DATABASE_FILE_NAME
    main_copy = copy_path(database)
    wal = database.with_name(database.name + "-wal")
    logger.warning("an interrupted change of passphrase found (stage %s)", journal.stage)
    if journal.stage != "copied" or (main_copy.exists() and wal.exists()):
        # The copies were not all written (or the data changed since): only undoing is safe,
        # and the data file has not been touched.
        _undo(data_dir)
        if passphrase is not None and not passphrase_opens(database, passphrase):
            raise RekeyInterrupted(
                undone()
                + " "
                + translate("Rekey", "Type the passphrase it had before the change was started.")
            )
        return undone()
    if passphrase is None:
        raise RekeyInterrupted(
            translate(
                "Rekey", "A change of passphrase was interrupted. Type the old or the new passphrase."
            )
        )
    if main_copy.exists():  # every copy ready, none renamed: either way is safe
        if passphrase_opens(database, passphrase):
            _undo(data_dir)
            return undone()
        if passphrase_opens(main_copy, passphrase):
            os.replace(main_copy, database)
            sync_to_disk(data_dir)
            _finish(data_dir, journal)
            return finished()
        raise RekeyInterrupted(
            translate(
                "Rekey",
                "A change of passphrase was interrupted. Type the old or the new passphrase: with "
                "the old one Chair undoes the change, with the new one it finishes it. The data "
                "is not damaged, and nothing has been changed.",
            )
        )
    # The data file was renamed: it is under the new passphrase.
    if passphrase_opens(database, passphrase):
        _finish(data_dir, journal)
        return finished()
    raise RekeyInterrupted(
        translate(
            "Rekey",
            "A change of passphrase was interrupted after it took effect: the data now opens "
            "with the new passphrase only. Type the new passphrase, and Chair finishes the "
            "change. The data is not damaged, and nothing has been changed.",
        )
    )
