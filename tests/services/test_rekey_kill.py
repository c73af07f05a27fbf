"""A change of passphrase killed (SIGKILL) at each of its stages: at the next start, with the old
and then the new passphrase, nothing is lost (every row of every table as before), nothing intact
is called damaged or set aside, and the change is either finished or undone, with a message that
says which. Only fictional people.

A forked child re-keys and kills itself at the stage (tests/rekey_kill.py). The key derivation is
made cheap here (SQLCipher's default iterations lowered for this module's stores only): what a
kill leaves behind does not depend on it, and tests/ui/test_rekey_interrupted.py runs one kill at
the real setting.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chair_app.core.errors import WrongPassphrase
from chair_app.models.db import quick_check
from chair_app.services.backup import list_backups, made_under_earlier_passphrase
from chair_app.services.families import FamilyService
from chair_app.services.rekey import JOURNAL_FILE_NAME, RekeyInterrupted
from chair_app.services.storage import damaged_but_backups_open, open_store
from tests.rekey_kill import cheap_keys, killed_during_rekey
from tests.row_snapshot import every_row

OLD = "plum orchard lantern"
NEW = "quiet harbour morning"

# In the order they are reached, with two backups.
BEFORE_IT_TAKES_EFFECT = [
    "journal-written",
    "data-copy-written",
    "data-copy-checked",
    "backup-1-copy-written",
    "backup-1-copy-checked",
    "backup-2-copy-checked",
    "copies-complete",
]
AFTER_IT_TAKES_EFFECT = [
    "data-renamed",
    "main-tagged",
    "backup-1-renamed",
    "backup-2-renamed",
    "journal-removed",
]


@pytest.fixture(scope="module")
def cheap():  # type: ignore[no-untyped-def]
    with cheap_keys():
        yield


@pytest.fixture(scope="module")
def template(cheap, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A small store under OLD with two backups, and every row it holds."""
    folder = tmp_path_factory.mktemp("rekey") / "data"
    store = open_store(folder, OLD)
    families = FamilyService(store.factory)
    families.create_family("Ashdown-Vale")
    store.backup("startup")
    families.create_family("Brightwater")
    store.backup("meeting-closed")
    rows = every_row(store.factory)
    store.close()
    assert len(list_backups(folder)) == 2
    return folder, rows


@pytest.fixture
def folder(template, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    copy = tmp_path / "data"
    shutil.copytree(template[0], copy)
    return copy


def _nothing_set_aside_or_left(folder: Path) -> None:
    assert not list(folder.glob("damaged-*"))
    assert not (folder / JOURNAL_FILE_NAME).exists()
    assert not [p for p in folder.rglob("*.rekey")]


@pytest.mark.parametrize("stage", BEFORE_IT_TAKES_EFFECT)
@pytest.mark.slow
def test_killed_before_it_takes_effect_the_change_is_undone(
    folder: Path, template, stage: str  # type: ignore[no-untyped-def]
) -> None:
    assert killed_during_rekey(folder, OLD, NEW, stage)

    store = open_store(folder, OLD)
    assert "undone" in store.notice
    assert every_row(store.factory) == template[1]
    store.close()
    _nothing_set_aside_or_left(folder)
    with pytest.raises(WrongPassphrase) as refused:
        open_store(folder, NEW)
    assert "damaged" not in str(refused.value).split(".")[0]
    assert not damaged_but_backups_open(folder, NEW)
    assert all(quick_check(b.path, OLD) for b in list_backups(folder))
    assert not list(folder.glob("damaged-*"))


@pytest.mark.parametrize("stage", AFTER_IT_TAKES_EFFECT)
@pytest.mark.slow
def test_killed_after_it_takes_effect_the_change_is_finished(
    folder: Path, template, stage: str  # type: ignore[no-untyped-def]
) -> None:
    assert killed_during_rekey(folder, OLD, NEW, stage)

    with pytest.raises(WrongPassphrase) as refused:
        open_store(folder, OLD)
    message = str(refused.value)
    if stage != "journal-removed":
        assert isinstance(refused.value, RekeyInterrupted)
        assert "interrupted" in message and "new passphrase" in message
    assert "file is damaged" not in message
    # The app would not call the file damaged, though OLD may still open some backups.
    assert not damaged_but_backups_open(folder, OLD)
    assert not list(folder.glob("damaged-*"))

    store = open_store(folder, NEW)
    assert every_row(store.factory) == template[1]
    store.close()
    _nothing_set_aside_or_left(folder)
    backups = list_backups(folder)
    assert len(backups) == 2
    assert all(quick_check(b.path, NEW) for b in backups)
    assert not any(made_under_earlier_passphrase(folder, b) for b in backups)


@pytest.mark.slow
def test_copies_ready_but_not_renamed_the_new_passphrase_finishes_it(
    folder: Path, template  # type: ignore[no-untyped-def]
) -> None:
    assert killed_during_rekey(folder, OLD, NEW, "copies-complete")
    with pytest.raises(RekeyInterrupted) as refused:
        open_store(folder, "neither of the two")
    assert "Type the old or the new passphrase" in str(refused.value)
    assert (folder / JOURNAL_FILE_NAME).exists()  # a wrong passphrase changes nothing

    store = open_store(folder, NEW)
    assert "finished" in store.notice
    assert every_row(store.factory) == template[1]
    store.close()
    _nothing_set_aside_or_left(folder)
    assert all(quick_check(b.path, NEW) for b in list_backups(folder))


def test_a_backup_left_under_the_old_passphrase_is_listed_as_such_not_damaged(
    folder: Path, template, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from chair_app.core.errors import StorageUnavailable
    from chair_app.services import rekey
    from chair_app.services.backup import restore_backup

    older, newer = sorted(list_backups(folder), key=lambda b: b.taken_at)
    # The older backup's copy fails its check: it stays under OLD.
    copy = rekey._copy_under_new_key

    def failing_for_older(path: Path, *args: str) -> Path:
        if path == older.path:
            raise StorageUnavailable("The copy did not pass its check.")
        return copy(path, *args)

    monkeypatch.setattr(rekey, "_copy_under_new_key", failing_for_older)
    store = open_store(folder, OLD)
    store.change_passphrase(OLD, NEW)
    store.close()

    assert made_under_earlier_passphrase(folder, older)
    assert not made_under_earlier_passphrase(folder, newer)
    assert quick_check(older.path, OLD) and quick_check(newer.path, NEW)
    with pytest.raises(StorageUnavailable) as refused:
        restore_backup(folder, older.path, NEW)
    assert "earlier passphrase" in str(refused.value)
    assert "not damaged" in str(refused.value)
    # The old passphrase opens that backup, not the file: an earlier passphrase, not damage.
    with pytest.raises(WrongPassphrase):
        open_store(folder, OLD)
    assert not damaged_but_backups_open(folder, OLD)
    store = open_store(folder, NEW)
    assert every_row(store.factory) == template[1]
    store.close()
