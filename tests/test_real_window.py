"""A Core Group chaired in the real window, as a chair at a council laptop does it: Chair runs as
its own process on an X server (Xvfb, 1366x768, the window filling the screen as when maximised)
and xdotool sends real key presses to whatever has the keyboard focus. Nothing is looked up by
name: the demo family's next Core Group is opened with Tab and Space, started, five steps are
typed on (Alt+Right between steps), the meeting is closed and the minutes are exported through
the real folder dialog.

Every step is photographed (xwd); a step whose page shows nothing, or whose typing shows nowhere
on the page, fails the test. Afterwards the data (opened with the demo's passphrase) holds what
was typed, and the exported Word file and PDF read back. The screenshots stay in the test's
tmp_path (pytest keeps the last few runs) for looking at.

There is no window manager: the test does its one job, giving the keyboard to a new dialog and
back to the main window when the dialog closes. CI installs Xvfb, xdotool and xwd (.ci/run,
scripts/common.sh); the test is skipped, saying which is missing, only where they are not.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pypdf
import pytest
from PIL import Image, ImageChops

import chair_app as chair_app_package
from chair_app.core.domain import AttendanceStatus, MeetingStatus, MeetingType
from chair_app.services.meetings import MeetingService
from chair_app.services.storage import DEMO_PASSPHRASE, open_store_read_only

pytestmark = [pytest.mark.xwindow, pytest.mark.slow]

TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xwd": "x11-apps"}
WIDTH, HEIGHT = 1366, 768
# The walk-through's step page at 1366x768: right of the step list, below the step's title and
# clocks, above Back / Show turns / Next.
PAGE = (268, 195, WIDTH - 24, HEIGHT - 62)
# A drawn page has text, boxes and borders; an empty white (or grey) area has next to no edges.
MIN_EDGES = 0.002
WHOLE_WALK_S = 60

REASONS = "Ellie told her teacher about shouting at home last week"
UPDATE = "Kerry has kept every appointment since the last meeting"
HOW_GATHERED = "Drawing with Ellie at school"
WORRIES = "Arguments late at night when Dean has been drinking"
CONTINGENCY = "If the plan stops working Ellie and Jacob stay with Maureen"
SUMMARY = "The plan stays as it is until the review conference"


@dataclass
class Desk:
    """The X server, the app and what the test saw."""

    display: str
    shots: Path
    main_window: str = ""
    taken: list[Path] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def xdo(self, *args: str) -> str:
        # "search" finding nothing exits 1: the callers look at what it printed.
        done = subprocess.run(
            ["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=20,
            check=False,
        )
        return done.stdout

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def grab(self) -> Image.Image:
        """The whole screen, from xwd's dump of the root window (24-bit TrueColor)."""
        data = subprocess.run(
            ["xwd", "-root", "-silent", "-display", self.display],
            capture_output=True, check=True, timeout=20,
        ).stdout
        header = struct.unpack(">25I", data[:100])
        header_size, width, height = header[0], header[4], header[5]
        byte_order, bits_per_pixel, bytes_per_line, colours = (
            header[7], header[11], header[12], header[19]
        )
        raw_mode = {(0, 32): "BGRX", (1, 32): "XRGB", (0, 24): "BGR", (1, 24): "RGB"}
        start = header_size + colours * 12
        pixels = data[start:start + height * bytes_per_line]
        return Image.frombuffer(
            "RGB", (width, height), pixels, "raw",
            raw_mode[(byte_order, bits_per_pixel)], bytes_per_line, 1,
        )

    def settle(self, quiet: float = 0.12, timeout: float = 8.0) -> Image.Image:
        """Wait until the screen has not changed for ``quiet`` seconds (a blinking text cursor
        aside)."""
        end = time.monotonic() + timeout
        before, since = self.grab(), time.monotonic()
        while time.monotonic() < end:
            time.sleep(0.06)
            now = self.grab()
            box = ImageChops.difference(before, now).getbbox()
            if box is not None and (box[2] - box[0] > 4 or box[3] - box[1] > 40):
                before, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return now
        return before

    def key(self, *keys: str) -> Image.Image:
        self.xdo("key", "--delay", "40", *keys)
        return self.settle()

    def type(self, text: str) -> Image.Image:
        self.xdo("type", "--delay", "12", text)
        return self.settle()

    def shoot(self, name: str, image: Image.Image | None = None) -> Image.Image:
        image = image or self.settle()
        path = self.shots / f"{len(self.taken) + 1:02d}-{name}.png"
        image.save(path)
        self.taken.append(path)
        return image

    def windows(self) -> dict[str, str]:
        ids = self.xdo("search", "--onlyvisible", "--name", ".").split()
        return {window: self.xdo("getwindowname", window).strip() for window in ids}

    def dialog(self, title: str, timeout: float = 15.0) -> str:
        """Wait for the dialog and give it the keyboard, as a window manager does."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for window, name in self.windows().items():
                if name == title:
                    self.xdo("windowfocus", "--sync", window)
                    self.settle()
                    return window
            time.sleep(0.1)
        raise AssertionError(f"no {title!r} dialog; windows: {list(self.windows().values())}")

    def dialog_closes(self, window: str, timeout: float = 15.0) -> None:
        """Wait for the dialog to go and give the keyboard back to the main window."""
        end = time.monotonic() + timeout
        while window in self.windows():
            assert time.monotonic() < end, f"the dialog {window} is still open"
            time.sleep(0.1)
        self.xdo("windowfocus", "--sync", self.main_window)
        # What the dialog asked for may take a moment (closing the meeting makes a backup):
        # the window draws itself again once it is done.
        gone = self.grab()
        end = time.monotonic() + 10
        while not ImageChops.difference(gone, self.grab()).getbbox() and time.monotonic() < end:
            time.sleep(0.05)
        self.settle(quiet=0.3)


def _missing_tools() -> list[str]:
    return [f"{tool} (apt-get install {package})"
            for tool, package in TOOLS.items() if shutil.which(tool) is None]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    missing = _missing_tools()
    if missing:
        pytest.skip("needs " + ", ".join(missing) + "; .ci/run installs them")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:  # Xvfb picks a free display and writes its number
            number = numbers.readline().strip()
        assert number, "Xvfb did not start"
        shots = tmp_path / "screens"
        shots.mkdir()
        yield Desk(f":{number}", shots)
    finally:
        _stop(server)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextlib.contextmanager
def chair_app(desk: Desk, tmp_path: Path, data_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Chair on the demo, in its own process on the desk's display; stopped however the test
    ends."""
    home = tmp_path / "home"
    home.mkdir()
    log = tmp_path / "chair.log"
    env = {**desk.env(), "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("XDG_RUNTIME_DIR", None)
    # The same Chair as this test imports (a worktree's, with PYTHONPATH, not the installed one).
    source = str(Path(chair_app_package.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (source, env.get("PYTHONPATH"))))
    with log.open("wb") as output:
        app = subprocess.Popen(
            [sys.executable, "-m", "chair_app", "--demo", "--data-dir", str(data_dir)],
            env=env, cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            yield app
        finally:
            _stop(app)


def edges(image: Image.Image) -> float:
    """The share of the page's pixels that differ clearly from the pixel to their right: text,
    box borders and buttons; (nearly) none on an empty area."""
    grey = image.crop(PAGE).convert("L")
    shifted = grey.crop((1, 0, grey.width, grey.height))
    difference = ImageChops.difference(grey.crop((0, 0, grey.width - 1, grey.height)), shifted)
    histogram = difference.histogram()
    return sum(histogram[40:]) / (difference.width * difference.height)


def assert_drawn(desk: Desk, step: str, image: Image.Image) -> None:
    share = edges(image)
    assert share >= MIN_EDGES, (
        f"{step}: the step's page is blank ({share:.4f} of it drawn); see {desk.taken[-1]}"
    )


def assert_typing_shows(desk: Desk, step: str, before: Image.Image, after: Image.Image) -> None:
    """What was typed appears on the step's page, where the chair is looking (the step's clock
    above the page ticks meanwhile)."""
    changed = ImageChops.difference(before.crop(PAGE), after.crop(PAGE)).getbbox()
    assert changed is not None, (
        f"{step}: the typing shows nowhere on the step's page; see {desk.taken[-1]}"
    )


def open_the_window(desk: Desk, app: subprocess.Popen[bytes]) -> None:
    end = time.monotonic() + 30
    while not desk.main_window:
        assert app.poll() is None, f"Chair ended with {app.returncode} before its window showed"
        assert time.monotonic() < end, "no Chair window after 30 s"
        found = [w for w, name in desk.windows().items() if name == "Chair"]
        desk.main_window = found[0] if found else ""
        time.sleep(0.1)
    # Maximised on a 1366x768 laptop: the window fills the screen.
    desk.xdo("windowsize", "--sync", desk.main_window, str(WIDTH), str(HEIGHT))
    desk.xdo("windowfocus", "--sync", desk.main_window)
    # "Opening your meetings…" until the families show, then the rest of the family page. A
    # screen caught half painted can look like a page, so it counts once it stays the same.
    previous, unchanged = None, 0
    while True:
        assert time.monotonic() < end, "the family page did not show within 30 s"
        screen = desk.grab().convert("L")
        dark = sum(screen.histogram()[:128]) / (WIDTH * HEIGHT)
        changed = None if previous is None else ImageChops.difference(previous, screen).getbbox()
        # The text cursor blinks: a change smaller than a few characters is no change.
        same = previous is not None and (
            changed is None or (changed[2] - changed[0]) * (changed[3] - changed[1]) < 600
        )
        unchanged = unchanged + 1 if same else 0
        if 0.02 < dark < 0.5 and unchanged >= 2:  # the same for a second
            break
        previous = screen
        time.sleep(0.5)


def chair_the_meeting(desk: Desk) -> None:
    family = desk.shoot("family")
    # The search box has the focus; Tab goes through the families and the deadlines to the
    # meetings table (the next Core Group is selected), New meeting, Open meeting.
    opened = desk.key(*["Tab"] * 8, "space")
    assert ImageChops.difference(family, opened).getbbox(), "Tab x8, Space opened nothing"
    desk.shoot("meeting-opened", opened)
    # From the step list back over the header's buttons to Start meeting.
    desk.key(*["shift+Tab"] * 4)
    step = desk.shoot("01-attendance", desk.key("space"))
    assert_drawn(desk, "attendance", step)
    for _person in range(8):  # everyone came: Present, then on past Invited and Details
        desk.key("Down", "Tab", "Tab", "Tab")
    # On past the two children's "at the meeting" boxes and the exclusions to the step's last
    # field, at the bottom of the page: the next step must still open at its top.
    desk.shoot("01-attendance-filled", desk.key("Tab", "Tab", "Tab"))

    typed_on = {
        2: ("reasons", REASONS),
        3: ("updates", UPDATE),
        4: ("child-views", HOW_GATHERED),
        8: ("three-columns", WORRIES),
        10: ("contingency", CONTINGENCY),
    }
    names = ("", "", "", "", "plan-review", "danger-statements", "scaling", "", "actions", "",
             "decisions", "next-meeting", "close")
    for number in range(2, 14):
        name, text = typed_on.get(number, (names[number - 1], ""))
        before = desk.shoot(f"{number:02d}-{name}", desk.key("alt+Right"))
        assert_drawn(desk, name, before)
        if text:
            after = desk.shoot(f"{number:02d}-{name}-typed", desk.type(text))
            assert_typing_shows(desk, name, before, after)

    # Close: from the list of what is missing to the chair's summary, then on to Close the
    # meeting (past "Print the time spent").
    before = desk.key("Tab")
    after = desk.shoot("13-close-summary-typed", desk.type(SUMMARY))
    assert_typing_shows(desk, "close", before, after)
    desk.key("Tab", "Tab")
    desk.xdo("key", "space")
    question = desk.dialog("Close the meeting")
    desk.shoot("13-close-asked")
    desk.xdo("key", "Return")
    desk.dialog_closes(question)
    desk.shoot("13-closed")


def export_the_minutes(desk: Desk, folder: Path) -> None:
    # Closing leaves the focus on Export minutes.
    desk.xdo("key", "space")
    chooser = desk.dialog("Choose the folder for the minutes")
    desk.type(str(folder))
    desk.shoot("14-export-folder")
    desk.xdo("key", "Return")
    protect = desk.dialog("Protect the minutes?")
    desk.shoot("14-export-protect")
    desk.xdo("key", "Return")  # Export, without a password
    assert chooser not in desk.windows()
    done = desk.dialog("Minutes exported", timeout=30)
    desk.shoot("14-exported")
    assert protect not in desk.windows()
    desk.xdo("key", "Return")
    desk.dialog_closes(done)


def test_a_core_group_chaired_in_the_real_window(desk: Desk, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    out = tmp_path / "minutes"
    out.mkdir()
    log = tmp_path / "chair.log"
    with chair_app(desk, tmp_path, data_dir) as app:
        try:
            open_the_window(desk, app)
            chair_the_meeting(desk)
            export_the_minutes(desk, out)
            desk.xdo("key", "ctrl+q")
            app.wait(timeout=20)
        except BaseException:
            print(log.read_text(errors="replace")[-3000:])
            raise
    seconds = time.monotonic() - desk.started
    assert app.returncode == 0, log.read_text(errors="replace")[-3000:]

    store = open_store_read_only(data_dir, DEMO_PASSPHRASE)
    try:
        meetings = MeetingService(store.factory)
        # The demo's next Core Group, the latest meeting, chaired above.
        latest = max(meetings.list_meetings(), key=lambda m: m.date)
        assert latest.meeting_type is MeetingType.CORE_GROUP
        meeting = meetings.get(latest.id)
    finally:
        store.close()
    assert meeting.status is MeetingStatus.CLOSED
    assert {e.status for e in meeting.attendance} == {AttendanceStatus.PRESENT}
    assert meeting.reasons == REASONS
    assert UPDATE in [update.text for update in meeting.updates]
    assert HOW_GATHERED in [views.how_gathered for views in meeting.child_views]
    assert meeting.columns.worries == WORRIES
    assert meeting.contingency == CONTINGENCY
    assert meeting.chair_summary == SUMMARY

    word = next(out.glob("*.docx"))
    pdf = next(out.glob("*.pdf"))
    document = docx.Document(str(word))
    words = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert WORRIES in words and CONTINGENCY in words
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Marlowe" in " ".join(text.split())
    assert seconds < WHOLE_WALK_S, f"the walk took {seconds:.0f} s"
