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
