"""The app opens no sockets: a whole meeting chaired in the window, closed (with its backup)
and exported to DOCX and PDF (with the chart of scores) uses no network at all.

Python's audit hooks see every socket the interpreter creates, binds or connects and every name
lookup, whichever library asks. A hook cannot be removed once added, so it records into a list
that is only filled while ``watching_sockets()`` is active.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
import pytest
from full_meeting_run import chair_full_meeting
from pytestqt.qtbot import QtBot

from chair_app.models.db import SessionFactory

# Every audit event of the socket module starts with "socket.": __new__, bind, connect,
# getaddrinfo, gethostbyname, gethostbyname_ex, gethostbyaddr, getnameinfo, sendto, sendmsg,
# getservbyname, getservbyport, sethostname, gethostname, if_nameindex ...
_SOCKET_EVENT_PREFIX = "socket."

_watching = False
_seen: list[tuple[str, str]] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _watching and event.startswith(_SOCKET_EVENT_PREFIX):
        _seen.append((event, repr(args)[:200]))


sys.addaudithook(_audit)


@contextmanager
def watching_sockets() -> Iterator[list[tuple[str, str]]]:
    """Record every socket event until the block ends; yields the list of (event, arguments)."""
    global _watching
    _seen.clear()
    _watching = True
    try:
        yield _seen
    finally:
        _watching = False


def test_the_watch_sees_a_socket_opened_inside_it_and_nothing_outside() -> None:
    # Outside the watch, nothing is recorded.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM):
        pass
    assert _seen == []
    with watching_sockets() as seen:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
        socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
    events = [event for event, _ in seen]
    assert "socket.__new__" in events
    assert "socket.bind" in events
    assert "socket.getaddrinfo" in events


def test_a_whole_meeting_and_its_export_open_no_socket(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, tmp_path: Path
) -> None:
    qt_network_before = "PySide6.QtNetwork" in sys.modules
    with watching_sockets() as seen:
        window, written = chair_full_meeting(qtbot, factory, data_dir, tmp_path)
        window.close()
    assert seen == [], f"the app used the network: {seen}"
    # Qt's own networking is out of sight of Python's audit hooks: it must not even be loaded.
    if not qt_network_before:
        assert "PySide6.QtNetwork" not in sys.modules, "the app loaded Qt's network module"
    # The run really did the work being watched: both files, the DOCX with the chart in it.
    docx_file, pdf_file = written
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert len(docx.Document(str(docx_file)).inline_shapes) >= 1, "no chart in the minutes"
    assert list((data_dir / "backups").iterdir()), "closing the meeting made no backup"


@pytest.fixture(autouse=True)
def _stop_watching() -> Iterator[None]:
    yield
    global _watching
    _watching = False


def test_signing_and_checking_the_agreed_pdf_open_no_network_socket(
    factory: SessionFactory, tmp_path: Path
) -> None:
    """pyHanko runs its signing and checking on an asyncio event loop, whose only socket is
    the loop's own wake-up pair inside the process (AF_UNIX): nothing is fetched (no
    certificate revocation lists, no time stamp), nothing is looked up or connected."""
    from conftest import TODAY

    from chair_app.core.domain import MeetingStatus
    from chair_app.services.demo import ensure_demo_family
    from chair_app.services.export_minutes import ExportFormat
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import MinutesService, VerifyKind

    ensure_demo_family(factory, TODAY)
    closed = next(
        m.id for m in MeetingService(factory).list_meetings() if m.status is MeetingStatus.CLOSED
    )
    minutes = MinutesService(factory)
    minutes.agree(closed, None, TODAY)
    with watching_sockets() as seen:
        pdf = minutes.export(closed, ExportFormat.PDF, tmp_path / "agreed.pdf", today=TODAY)
        result = minutes.verify(pdf)
    assert result.kind is VerifyKind.AGREED
    assert b"/ByteRange" in pdf.read_bytes()
    network = [
        (event, args)
        for event, args in seen
        if not (event == "socket.__new__" and f", {int(socket.AF_UNIX)}, " in args)
    ]
    assert network == [], f"signing or checking used the network: {network}"


# With a team server configured (issue 18), a sync connects to that server and nothing else.


def _tcp_peers() -> set[tuple[str, int]]:
    """The remote (address, port) of every TCP socket this process holds open now: its socket
    inodes (/proc/self/fd) looked up in /proc/self/net/tcp and tcp6."""
    import os

    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    peers = set()
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[9] in inodes and fields[3] != "0A":  # 0A: listening
                address, port = fields[2].split(":")
                peers.add((address, int(port, 16)))
    return peers


def _allowed(event: str, args: str, host: str, port: int) -> bool:
    """Whether a socket event stays with the team server: the name looked up is the server's
    and the connection goes to its port; a socket being made is not yet a connection."""
    if event == "socket.__new__":
        return True
    if event == "socket.getaddrinfo":
        return args.startswith(f"({host!r}, {port},") or args.startswith(f"({host!r}, '{port}',")
    if event == "socket.connect":
        return f", {port})" in args and ("127.0.0.1" in args or "::1" in args)
    return False


def test_a_sync_with_a_team_server_connects_to_that_server_only(
    qtbot: QtBot, tmp_path: Path, server_engine: object, server_database: object
) -> None:
    import threading
    import time

    import keyring
    from conftest import TODAY
    from keyring.backends import fail
    from pg_cluster import ADMIN_PASSWORD, ADMIN_USER
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QWidget
    from ui_helpers import FakePrompts

    from chair_app.services.demo import create_demo_family
    from chair_app.services.server_settings import save_server
    from chair_app.services.storage import open_factory
    from chair_app.ui.launch import build_context
    from chair_app.ui.main_window import MainWindow

    cluster = server_database.cluster  # type: ignore[attr-defined]
    folder = tmp_path / "laptop"
    folder.mkdir()
    local = open_factory(folder)
    create_demo_family(local, TODAY)
    save_server(
        local,
        f"postgresql://{ADMIN_USER}@localhost:{cluster.port}/{server_database.name}",  # type: ignore[attr-defined]
        str(cluster.ca_file),
    )
    before_keyring = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    peers: set[tuple[str, int]] = set()
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peers.update(_tcp_peers())
            time.sleep(0.002)

    sampler = threading.Thread(target=sample)
    qt_network_before = "PySide6.QtNetwork" in sys.modules
    try:
        with watching_sockets() as seen:
            sampler.start()
            window = MainWindow(build_context(local, folder, FakePrompts()))
            qtbot.addWidget(window)
            window.show()
            window.sync_action.trigger()
            qtbot.waitUntil(lambda: window.findChild(QWidget, "serverPasswordDialog") is not None)
            edit = window.findChild(QLineEdit, "serverPasswordEdit")
            assert edit is not None
            qtbot.keyClicks(edit, ADMIN_PASSWORD)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not window.team_sync.running, timeout=30000)
            stop.set()
            sampler.join()
            window.close()
        events = list(seen)
    finally:
        stop.set()
        keyring.set_keyring(before_keyring)
        local.kw["bind"].dispose()
    assert window.statusBar().currentMessage() == "Families: 0 brought from the server, 1 sent."
    # The name looked up is the server's; nothing else is looked up or connected.
    assert any(event == "socket.getaddrinfo" for event, _ in events), events
    strays = [(e, a) for e, a in events if not _allowed(e, a, "localhost", cluster.port)]
    assert strays == [], f"the sync used the network beyond the team server: {strays}"
    # libpq connects in C, out of the audit hooks' sight: the open connections say where.
    assert peers, "no connection to the server was seen while it synced"
    assert {port for _address, port in peers} == {cluster.port}, peers
    assert {address for address, _port in peers} <= {"0100007F", "00000000000000000000000001000000"}
    if not qt_network_before:
        assert "PySide6.QtNetwork" not in sys.modules


def test_with_no_team_server_the_sync_action_opens_no_socket(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QWidget
    from ui_helpers import FakePrompts

    from chair_app.ui.launch import build_context
    from chair_app.ui.main_window import MainWindow

    # Connections other tests of this process left open are not this test's.
    before = _tcp_peers()
    with watching_sockets() as seen:
        window = MainWindow(build_context(factory, data_dir, FakePrompts()))
        qtbot.addWidget(window)
        window.show()
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: window.findChild(QWidget, "teamServerDialog") is not None)
        window.team_view_action.trigger()
        tcp = _tcp_peers()
        window.close()
    assert seen == [], f"the sync action used the network: {seen}"
    assert tcp - before == set()
    assert window.findChild(QWidget, "serverPasswordDialog") is None
