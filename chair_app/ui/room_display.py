"""The room display: a second window, for a projector or a television, showing the room what is
being written about them, as it is written.

It shows the meeting, the chair's current step and what is recorded on it in large type, and
follows the chair from step to step. Its words come from ``chair_app.core.room`` (which never
lets a confidential third-party update through), laid over what is typed but not yet saved
(``chair_app.ui.room_live``).

How changes reach it:
    * a step change (``pages.currentChanged``) or a saved change (``record_changed``,
      ``structure_changed``) redraws it at once; ticking "confidential third-party information"
      is a saved change, so a ticked update leaves the screen without waiting;
    * typing (``MeetingController.typed``) redraws it after LIVE_DELAY_MS without further typing,
      so a fast typist does not stall the window, and at the latest LIVE_MAX_WAIT_MS after the
      first keystroke, well before the autosave's own delay.

Blanking ("Blank the room screen", Ctrl+B or F7) swaps in a plain dark page and repaints before
returning: nothing waits on a timer. Locking the main window blanks it too.

Where it opens: full screen on a second screen if there is one (a projector set to extend the
desktop). With one screen (a laptop alone, or a projector mirroring the laptop) it is an
ordinary separate window that never covers the chair's window: beside it if there is room,
else behind it; the chair's window keeps the keyboard, and the status bar says where the room
display went. It is not owned by the main window, so the window manager does not hold it above
the chair's window. A chair mid-meeting expects to keep typing where they were: a window
popping up over the record, taking the keyboard, would stop the meeting, and with a mirrored
projector the room sees the chair's screen anyway.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.agenda import AgendaStep
from chair_app.core.plain_language import PlainStep
from chair_app.core.room import LineKind, RoomView, room_view
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.room_live import live_meeting

logger = logging.getLogger(__name__)

LIVE_DELAY_MS = 150
LIVE_MAX_WAIT_MS = 300
BASE_POINT_SIZE = 30.0
BLANK_SHORTCUTS = ("Ctrl+B", "F7")

BACKGROUND = "#111418"
FOREGROUND = "#f4f4f4"
MUTED = "#c9ccd1"
ACCENT = "#ffd75e"
MIN_BESIDE = QSize(640, 400)  # smaller than this beside the chair's window, it goes behind


def choose_room_screen(screens: Sequence[QScreen], main_screen: QScreen | None) -> QScreen | None:
    """The screen for the room display: one that is not the main window's, if there is one."""
    if len(screens) < 2:
        return None
    return next((screen for screen in screens if screen is not main_screen), None)


def single_screen_place(available: QRect, main: QRect, wanted: QSize) -> QRect | None:
    """Where the room display goes on the only screen: in the larger space left or right of
    the main window (``main``, its frame), at most ``wanted`` in size, if that space is at least
    MIN_BESIDE; None if there is no such space (it then goes behind the main window)."""
    spaces = (
        QRect(main.right() + 1, available.top(), available.right() - main.right(), available.height()),
        QRect(available.left(), available.top(), main.left() - available.left(), available.height()),
    )
    space = max(spaces, key=lambda r: r.width() * r.height())
    if space.width() < MIN_BESIDE.width() or space.height() < MIN_BESIDE.height():
        return None
    size = wanted.boundedTo(space.size())
    return QRect(space.topLeft(), size)


class RoomDisplay(QWidget):
    """The window the room reads. It shows what it is given; ``RoomScreen`` feeds it.

    Signals:
        closed(): the window was closed (by its own close button or Escape).
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("room_display")
        # Opening it leaves the keyboard with the chair's window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Chair: room display"))
        self.setAccessibleName(self.tr("Room display"))
        self.setStyleSheet(
            f"#room_display, #room_display_content, #room_display_blank {{"
            f" background: {BACKGROUND}; }}"
            f" QLabel {{ color: {FOREGROUND}; background: transparent; }}"
            f" QTextBrowser {{ color: {FOREGROUND}; background: {BACKGROUND}; border: none; }}"
            f" QScrollBar:vertical {{ background: {BACKGROUND}; width: 10px; margin: 0; }}"
            " QScrollBar::handle:vertical { background: #3a4049; border-radius: 5px;"
            " min-height: 40px; }"
            " QScrollBar::add-line, QScrollBar::sub-line { height: 0; }"
            " QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
        )
        self._scale = 1.0
        self._view: RoomView | None = None
        self._blanked = False

        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("room_meeting_label")
        self.meeting_label.setWordWrap(True)
        self.counter_label = QLabel()
        self.counter_label.setObjectName("room_counter_label")
        self.step_label = QLabel()
        self.step_label.setObjectName("room_step_label")
        self.step_label.setWordWrap(True)
        self.purpose_label = QLabel()
        self.purpose_label.setObjectName("room_purpose_label")
        self.purpose_label.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("room_display_text")
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        content.setObjectName("room_display_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(12)
        column.addWidget(self.meeting_label)
        column.addWidget(self.counter_label)
        column.addWidget(self.step_label)
        column.addWidget(self.purpose_label)
        rule = QWidget()
        rule.setFixedHeight(3)
        rule.setStyleSheet(f"background: {ACCENT};")
        column.addWidget(rule)
        column.addWidget(self.text, 1)

        self.blank_label = QLabel(self.tr("Screen paused"))
        self.blank_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blank_label.setStyleSheet("color: #5f6670;")
        blank = QWidget()
        blank.setObjectName("room_display_blank")
        blank_layout = QVBoxLayout(blank)
        blank_layout.addWidget(self.blank_label)

        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(blank)
        self._content, self._blank = content, blank
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for name, sequences, step in (
            ("room_larger_action", ("Ctrl++", "Ctrl+="), 0.1),
            ("room_smaller_action", ("Ctrl+-",), -0.1),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(s) for s in sequences])
            action.triggered.connect(lambda _=False, step=step: self.set_scale(self._scale + step))
            self.addAction(action)
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        self._apply_fonts()
        self.resize(1100, 720)

    # What it shows

    @property
    def is_blanked(self) -> bool:
        return self._blanked

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        """Make the type larger or smaller (Ctrl++ and Ctrl+- on the display)."""
        self._scale = min(2.0, max(0.6, round(scale, 2)))
        self._apply_fonts()
        if self._view is not None:
            self._render(self._view)

    def shown_text(self) -> str:
        """Every word the room can read now: nothing but the pause notice when blanked."""
        if self._blanked or self.stack.currentWidget() is self._blank:
            return self.blank_label.text()
        parts = [
            self.meeting_label.text(),
            self.counter_label.text(),
            self.step_label.text(),
            self.purpose_label.text(),
            self.text.toPlainText(),
        ]
        return "\n".join(parts)

    def set_blanked(self, blanked: bool) -> None:
        """Hide or show the record at once: the screen is repainted before this returns."""
        self._blanked = blanked
        self.stack.setCurrentWidget(self._blank if blanked else self._content)
        if self.isVisible():
            self.repaint()

    def show_view(self, view: RoomView) -> None:
        if view == self._view:
            return
        previous, self._view = self._view, view
        self.meeting_label.setText(f"{view.title} · {view.when}")
        self.counter_label.setText(view.counter)
        self.step_label.setText(view.step_title)
        self.purpose_label.setText(view.purpose)
        self._render(view, previous)

    def _render(self, view: RoomView, previous: RoomView | None = None) -> None:
        point = BASE_POINT_SIZE * self._scale
        parts = []
        for index, line in enumerate(view.lines):
            text = html.escape(line.text)
            anchor = f'<a name="line{index}"></a>'
            match line.kind:
                case LineKind.HEADING:
                    parts.append(
                        f'<p style="margin-top:{point * 0.7:.0f}px; margin-bottom:4px; '
                        f'color:{ACCENT}; font-weight:bold;">{anchor}{text}</p>'
                    )
                case LineKind.NOTE:
                    parts.append(
                        f'<p style="margin:{point * 0.5:.0f}px 0 6px 0; color:{MUTED}; font-style:italic;">'
                        f"{anchor}{text}</p>"
                    )
                case LineKind.ITEM:
                    parts.append(f'<p style="margin-top:{point * 0.45:.0f}px;">{anchor}{text}</p>')
                case LineKind.DETAIL:
                    parts.append(
                        f'<p style="margin:2px 0 4px {point:.0f}px; color:{MUTED}; '
                        f'font-size:{point * 0.8:.1f}pt;">{anchor}{text}</p>'
                    )
                case _:
                    parts.append(f'<p style="margin:6px 0;">{anchor}{text}</p>')
        scroll = self.text.verticalScrollBar()
        kept = scroll.value()
        self.text.setHtml("".join(parts))
        if previous is None or previous.step_title != view.step_title:
            return  # a new step starts at its top
        scroll.setValue(kept)
        # Keep in view what is being written: the end of the line that changed (where the
        # minute-taker types) and, if it fits too, the heading it belongs under.
        changed = _first_changed(previous, view)
        if changed is None:
            return
        heading = next(
            (i for i in range(changed, -1, -1) if view.lines[i].kind is LineKind.HEADING), None
        )
        document = self.text.document()
        targets: list[tuple[int, bool]] = [(changed, True)]
        if heading is not None:
            targets.insert(0, (heading, False))
        for index, at_end in targets:
            block = document.findBlockByNumber(index)
            cursor = QTextCursor(block)
            if at_end:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def _apply_fonts(self) -> None:
        point = BASE_POINT_SIZE * self._scale

        def font(factor: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPointSizeF(point * factor)
            f.setBold(bold)
            return f

        self.meeting_label.setFont(font(0.6))
        self.meeting_label.setStyleSheet(f"color: {MUTED};")
        self.counter_label.setFont(font(0.6))
        self.counter_label.setStyleSheet(f"color: {MUTED};")
        self.step_label.setFont(font(1.3, bold=True))
        self.purpose_label.setFont(font(0.75))
        self.purpose_label.setStyleSheet(f"color: {MUTED};")
        self.text.setFont(font(1.0))
        self.blank_label.setFont(font(0.8))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


def _first_changed(previous: RoomView | None, view: RoomView) -> int | None:
    if previous is None:
        return None
    for index, line in enumerate(view.lines):
        if index >= len(previous.lines) or previous.lines[index] != line:
            return index
    return None


class RoomScreen(QObject):
    """Feeds the room display from the open meeting, and owns its buttons and shortcuts.

    Widgets for the walk-through's header: ``show_button`` (the ``room_display_action``) and
    ``blank_button`` ("Blank the room screen", Ctrl+B or F7, checkable).

    ``plain_step`` gives the plain words of a step when the chair's window shows plain words
    (None otherwise); call ``refresh`` when they are turned on or off.

    Signals:
        told(str): where the display opened, for the status bar.
    """

    told = Signal(str)

    def __init__(
        self,
        controller: MeetingController,
        agenda: tuple[AgendaStep, ...],
        pages: QStackedWidget,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.agenda = agenda
        self.pages = pages
        self._owner = parent
        self._locked = False
        self.plain_step: Callable[[AgendaStep], PlainStep | None] = lambda _step: None
        # No parent widget: a window owned by the main window is held above it.
        self.display = RoomDisplay()
        parent.destroyed.connect(self.display.deleteLater)

        self.show_action = QAction(self.tr("Show room display"), parent)
        self.show_action.setObjectName("room_display_action")
        self.show_action.setCheckable(True)
        self.show_action.setToolTip(
            self.tr(
                "Show the room what is being written, in large type, on a second screen if "
                "there is one"
            )
        )
        self.show_action.toggled.connect(self._on_show_toggled)
        self.show_button = QToolButton()
        self.show_button.setObjectName("room_display_button")
        self.show_button.setDefaultAction(self.show_action)
        self.show_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.blank_button = QPushButton(self.tr("Blank the room screen (Ctrl+B)"))
        self.blank_button.setObjectName("blank_room_button")
        self.blank_button.setCheckable(True)
        self.blank_button.setAccessibleName(self.tr("Blank the room screen at once"))
        self.blank_button.toggled.connect(self._on_blank_toggled)
        self.blank_action = QAction(self.tr("Blank the room screen"), parent)
        self.blank_action.setObjectName("blank_room_action")
        self.blank_action.setShortcuts([QKeySequence(s) for s in BLANK_SHORTCUTS])
        self.blank_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.blank_action.triggered.connect(self.blank_button.toggle)
        parent.addAction(self.blank_action)
        self.display.addAction(self.blank_action)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(LIVE_DELAY_MS)
        self._typing.timeout.connect(self.refresh)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(LIVE_MAX_WAIT_MS)
        self._deadline.timeout.connect(self.refresh)

        pages.currentChanged.connect(self.refresh)
        controller.structure_changed.connect(self.refresh)
        controller.record_changed.connect(self.refresh)
        controller.typed.connect(self._on_typed)
        self.display.closed.connect(self._on_display_closed)
        # Shown while the display is open; the shortcut works whenever the walk-through has focus.
        self.blank_button.setVisible(False)

    # Opening and closing

    def open_display(self) -> QScreen | None:
        """Show the display: full screen on a screen other than the main window's, if there is
        one, else as an ordinary window beside or behind the main window (see the module's
        docstring). Returns the screen chosen, or None."""
        self.refresh(force=True)
        main = self._owner.window()
        main_screen = main.screen()
        screen = choose_room_screen(QGuiApplication.screens(), main_screen)
        if screen is not None:
            self.display.setScreen(screen)
            self.display.move(screen.geometry().topLeft())
            self.display.showFullScreen()
            told = self.tr("The room display is full screen on the second screen.")
        else:
            place = single_screen_place(
                main_screen.availableGeometry(), main.frameGeometry(), self.display.size()
            )
            if place is not None:
                self.display.setGeometry(place)
                told = self.tr("The room display opened beside this window.")
            else:
                told = self.tr(
                    "The room display opened behind this window, as there is one screen: "
                    "switch to it with Alt+Tab, or set the projector to extend the screen and "
                    "open it again to have it full screen there."
                )
            self.display.showNormal()
            if place is None:
                self.display.lower()
            main.activateWindow()
        self.told.emit(told)
        if not self.show_action.isChecked():
            self.show_action.setChecked(True)
        self.blank_button.setVisible(True)
        logger.info("room display opened (%s)", "second screen" if screen else "window")
        return screen

    def _on_display_closed(self) -> None:
        self.show_action.setChecked(False)
        self.blank_button.setVisible(False)

    def close_display(self) -> None:
        self.display.close()

    def _on_show_toggled(self, checked: bool) -> None:
        if checked and not self.display.isVisible():
            self.open_display()
        elif not checked and self.display.isVisible():
            self.display.close()

    # Blanking

    def set_locked(self, locked: bool) -> None:
        """The main window locked or unlocked: a locked window's record leaves the room too."""
        self._locked = locked
        self._apply_blank()

    def _on_blank_toggled(self, _checked: bool) -> None:
        self._apply_blank()

    def _apply_blank(self) -> None:
        self.display.set_blanked(self._locked or self.blank_button.isChecked())

    # Following the chair

    def _on_typed(self) -> None:
        self._typing.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def refresh(self, *_args: object, force: bool = False) -> None:
        """Redraw from the chair's current step, with what is typed on it."""
        self._typing.stop()
        self._deadline.stop()
        if not force and not self.display.isVisible():
            return
        index = self.pages.currentIndex()
        if not 0 <= index < len(self.agenda):
            return
        step = self.agenda[index]
        controller, page = self.controller, self.pages.widget(index)
        meeting = controller.meeting
        if page is not None:
            meeting = live_meeting(step.key, page, meeting, controller.family)
        plain = self.plain_step(step)
        self.display.show_view(room_view(meeting, controller.family, self.agenda, index, plain))
