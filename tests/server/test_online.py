"""Online mode: the whole app on the team server directly (an office desktop). A whole Core
Group chaired in the real window on PostgreSQL, closed and exported, reads back the same as on
a laptop's file."""

from __future__ import annotations

import os
from pathlib import Path

import docx
from full_meeting_run import chair_full_meeting
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

SHOTS = os.environ.get("CHAIR_SCREENSHOTS")


def test_a_whole_meeting_chaired_on_the_server(
    qtbot: QtBot, server_engine: Engine, data_dir: Path, tmp_path: Path
) -> None:
    factory = sessionmaker(bind=server_engine, expire_on_commit=False)
    window, (docx_file, pdf_file) = chair_full_meeting(qtbot, factory, data_dir, tmp_path)
    window.close()
    text = "\n".join(p.text for p in docx.Document(str(docx_file)).paragraphs)
    assert "Core Group" in text
    assert pdf_file.stat().st_size > 0


def _server_with_demo(server_engine: Engine, tmp_path: Path) -> None:
    from sync_helpers import laptop, sync

    sync(laptop(tmp_path / "laptop", with_demo=True), server_engine)


def test_the_command_line_lists_the_servers_families(
    server_database, server_engine: Engine, tmp_path: Path, capsys, monkeypatch
) -> None:
    from cli_harness import in_process_cli
    from pg_cluster import ADMIN_PASSWORD, ADMIN_USER

    from chair_app.cli import main

    gen = in_process_cli(monkeypatch)
    next(gen)
    _server_with_demo(server_engine, tmp_path)
    secret = tmp_path / "pw"
    secret.write_text(ADMIN_PASSWORD)
    url = server_database.cluster.url(user=ADMIN_USER, password=None, database=server_database.name)
    common = ["--database", url, "--database-password-file", str(secret),
              "--data-dir", str(tmp_path / "desk")]
    assert main([*common, "list"]) == 0
    assert "Marlowe family" in capsys.readouterr().out
    # What works on a laptop's own file only is refused, with the reason.
    assert main([*common, "sync"]) == 2
    assert "sync works on this laptop's data; leave out --database." in capsys.readouterr().err
    secret.write_text("wrong")
    assert main([*common, "list"]) == 2
    err = capsys.readouterr().err
    assert "did not accept the user name and password" in err and "Traceback" not in err


def test_the_window_on_the_server_shows_its_families_and_offers_no_local_backup(
    qtbot: QtBot, server_database, server_engine: Engine, tmp_path: Path
) -> None:
    from pg_cluster import ADMIN_PASSWORD, ADMIN_USER

    from chair_app.models.server_db import ServerAddress
    from chair_app.ui.launch import open_server_into
    from chair_app.ui.main_window import MainWindow

    _server_with_demo(server_engine, tmp_path)
    url = server_database.cluster.url(user=ADMIN_USER, password=None, database=server_database.name)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    open_server_into(window, ServerAddress.from_url(url), tmp_path / "desk", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: window.context_or_none() is not None, timeout=20000)
    assert "Working on the team server" in window.statusBar().currentMessage()
    assert not window.restore_backup_action.isEnabled()
    assert not window.change_passphrase_action.isEnabled()
    assert window.lock_action.isEnabled()
    families = window.ctx.families.list_families()
    assert [f.name for f in families] == ["Marlowe family"]
    # Locked, it asks for the server's password: there is no passphrase in online mode.
    window.lock_action.trigger()
    page = window.passphrase_page
    assert window.stack.currentWidget() is page
    shown = " ".join(
        label.text() for label in (page.title_label, page.explanation_label, page.passphrase_label)
    )
    assert "team server's password" in shown and "passphrase" not in shown.lower(), shown
    assert page.passphrase_edit.accessibleName() == "Password"
    qtbot.keyClicks(page.passphrase_edit, "not-the-password")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert page.problem_label.text().startswith("That is not the team server's password.")
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "online-locked.png"))
    qtbot.keyClicks(page.passphrase_edit, ADMIN_PASSWORD)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is not page
    # The window's own background reads end before the connections are closed.
    window.ctx.background.wait()
    window.close()
    window.ctx.close_store()
