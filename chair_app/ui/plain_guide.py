"""Plain words in the walk-through (issue 7): plain step titles, explanations and button labels,
plain headings, field labels and placeholders on the step pages, a guide for a family chair on
each step, and jargon explained on hover.

The plain buttons, labels, placeholders and ground rules are the plain-words variant of Qt's
translations (``resources/translations/en_plain/plain.ts`` and ``cy_plain/plain.ts``, context
``PlainWords``): each is keyed by the objectName of the widget it goes on (a row's objectName ends
with its id, ``child_views_edit_12``, and the key without the id covers every row), the ground rules
by ``ground_rule_1``, ``ground_rule_2``... ``chair_app.ui.i18n.plain_text`` finds them in the
language shown, so Welsh plain words come with the Welsh window. The professional text is whatever the page itself last wrote: each widget keeps it in the property
``professional_text`` and the plain text it was given in ``plain_text_shown``; a shown text that
is not the plain one was written by the page, so it becomes the professional text. Pages that
rebuild rows or renumber headings emit ``StepPage.texts_changed``, and the plain texts go back on
at once; ``{n}`` and ``{name}`` come from the widget's ``plain_n`` and ``plain_name`` properties.

Plain words are on when the chair turns them on for the whole window (View ▸ Plain words) or for
this one meeting (the check box in the walk-through's header). Both choices are kept as settings.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.agenda import AgendaStep
from chair_app.core.plain_language import PlainLanguage, PlainStep, fill_label
from chair_app.ui.glossary_dialog import plain_language_or_problem
from chair_app.ui.i18n import app_translations, compiled_file, plain_text

if TYPE_CHECKING:
    from chair_app.ui.walkthrough import MeetingWalkthrough

GUIDE_WIDTH = 290
PROFESSIONAL_TEXT = "professional_text"
PLAIN_TEXT_SHOWN = "plain_text_shown"
GROUND_RULE_KEY = "ground_rule_{number}"

logger = logging.getLogger(__name__)


def plain_for(object_name: str) -> str | None:
    """The plain text for a widget with that objectName in the language shown, or None.

    A name ending in ``_<digits>`` (a row's id) also finds the key without them.
    """
    if not object_name:
        return None
    text = plain_text(object_name)
    if text is None:
        row = re.fullmatch(r"(.+)_\d+", object_name)
        text = plain_text(row.group(1)) if row else None
    return text


def ground_rules() -> tuple[str, ...]:
    """The ground rules shown to the chair on every step, in the language shown."""
    rules: list[str] = []
    while (rule := plain_text(GROUND_RULE_KEY.format(number=len(rules) + 1))) is not None:
        rules.append(rule)
    return tuple(rules)


_early_translator: QTranslator | None = None


def _install_plain_words() -> None:
    """Make sure the plain words of the language shown can be found: they are installed
    whenever a language is chosen (``Translations.switch``), but a walk-through built before any
    was (a window started without a saved language, or a test) would find none. Only the plain
    words are installed then, once: the language, the locale and the other translators are left
    as they are. A language chosen later installs its own after it, and those are used first."""
    global _early_translator
    if _early_translator is not None or plain_text(GROUND_RULE_KEY.format(number=1)) is not None:
        return
    translator = QTranslator()
    path = compiled_file(app_translations().language, plain=True)
    if translator.load(str(path)):
        QCoreApplication.installTranslator(translator)
        _early_translator = translator
    else:
        logger.warning("plain-words translation file %s missing or damaged", path.name)


class ChairGuidePanel(QFrame):
    """What to ask on this step, in order, and the ground rules. Shown in plain-words mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chair_guide_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Guide for the chair"))
        heading = QLabel(self.tr("Guide for the chair"))
        heading.setObjectName("chair_guide_heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.ask_label = QLabel(self.tr("What to ask, in this order:"))
        self.ask_label.setObjectName("chair_guide_ask_label")
        self.prompts_label = QLabel()
        self.prompts_label.setObjectName("chair_guide_prompts_label")
        self.prompts_label.setWordWrap(True)
        self.prompts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rules_heading = QLabel(self.tr("Ground rules"))
        rules_heading.setObjectName("chair_guide_rules_heading")
        rules_font = rules_heading.font()
        rules_font.setBold(True)
        rules_heading.setFont(rules_font)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("chair_guide_rules_label")
        self.rules_label.setWordWrap(True)

        content = QWidget()
        content.setObjectName("chair_guide_content")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(heading)
        inner.addWidget(self.ask_label)
        inner.addWidget(self.prompts_label)
        inner.addSpacing(10)
        inner.addWidget(rules_heading)
        inner.addWidget(self.rules_label)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("chair_guide_scroll")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll)
        self.setFixedWidth(GUIDE_WIDTH)

    def show_guide(self, step: PlainStep, rules: tuple[str, ...]) -> None:
        self.prompts_label.setText(
            "\n\n".join(f"{number}. {prompt}" for number, prompt in enumerate(step.prompts, 1))
        )
        self.rules_label.setText("\n".join(f"• {rule}" for rule in rules))


class PlainWords(QObject):
    """Switches one walk-through between the professional texts and plain words, live.

    Signals:
        plain_changed(bool): plain words were turned on or off for this walk-through.
    """

    plain_changed = Signal(bool)

    def __init__(self, walkthrough: MeetingWalkthrough) -> None:
        super().__init__(walkthrough)
        self._walk = walkthrough
        controller = walkthrough.controller
        self._settings = controller.ctx.schedule.settings
        self._meeting_id = controller.meeting_id
        self._meeting_type = controller.meeting.meeting_type
        self.texts: PlainLanguage | None
        self.texts, problem = plain_language_or_problem()
        _install_plain_words()
        self._window_on = self._settings.plain_language()
        self._meeting_on = self._settings.meeting_plain_language(self._meeting_id)
        self._original_button_texts: dict[QAbstractButton, str] = {}

        self.meeting_check = QCheckBox(QCoreApplication.translate("PlainGuide", "Plain words"))
        self.meeting_check.setObjectName("meeting_plain_words_check")
        self.meeting_check.setAccessibleName(
            QCoreApplication.translate(
                "PlainGuide", "Use plain words and the chair's guide for this meeting"
            )
        )
        self.meeting_check.setProperty("always_enabled", True)
        self.guide_panel = ChairGuidePanel()
        self.guide_panel.hide()
        if self.texts is None:
            self.meeting_check.setEnabled(False)
            self.meeting_check.setToolTip(
                QCoreApplication.translate(
                    "PlainGuide", "Plain words cannot be shown: {problem}"
                ).format(problem=problem)
            )
        self.meeting_check.toggled.connect(self._on_meeting_check_toggled)
        for page in walkthrough.step_pages.values():
            page.texts_changed.connect(lambda page=page: self._on_page_texts_changed(page))

    @property
    def is_on(self) -> bool:
        return self.texts is not None and (self._window_on or self._meeting_on)

    def set_window_plain(self, on: bool) -> None:
        """The whole-window choice changed (View ▸ Plain words)."""
        self._window_on = on
        self.apply()

    def plain_step(self, step: AgendaStep) -> PlainStep | None:
        return self.texts.for_agenda_step(step, self._meeting_type) if self.texts else None

    def shown_title(self, step: AgendaStep) -> str:
        plain = self.plain_step(step)
        return plain.title if plain is not None and self.is_on else step.title

    def apply(self) -> None:
        """Show every text in the current mode: step list, current step, buttons, guide."""
        check = self.meeting_check
        check.blockSignals(True)
        check.setChecked(self._window_on or self._meeting_on)
        check.blockSignals(False)
        check.setText(
            QCoreApplication.translate("PlainGuide", "Plain words (all meetings)")
            if self._window_on
            else QCoreApplication.translate("PlainGuide", "Plain words")
        )
        if self.texts is not None:
            check.setEnabled(not self._window_on)
            check.setToolTip(
                QCoreApplication.translate(
                    "PlainGuide", "Plain words are on for the whole window (View menu)."
                )
                if self._window_on
                else QCoreApplication.translate(
                    "PlainGuide", "Show plain titles, plain buttons and a guide for the chair."
                )
            )
        walk = self._walk
        for row, step in enumerate(walk.agenda):
            item = walk.step_list.item(row)
            item.setText(f"{row + 1}. {self.shown_title(step)}")
            item.setToolTip(self._explain_step(step))
        self._apply_buttons()
        for page in walk.step_pages.values():
            self._apply_labels(page)
        self.show_step(walk.current_index)
        self.plain_changed.emit(self.is_on)

    def show_step(self, index: int) -> None:
        """The current step's title and explanation in the current mode, and its guide."""
        walk = self._walk
        if not 0 <= index < len(walk.agenda):
            return
        step = walk.agenda[index]
        plain = self.plain_step(step)
        on = plain is not None and self.is_on
        walk.step_title_label.setText(plain.title if on and plain else step.title)
        walk.purpose_label.setText(plain.explanation if on and plain else step.purpose)
        walk.step_title_label.setToolTip(self._explain_step(step))
        walk.purpose_label.setToolTip(self.explain(step.purpose))
        if on and plain is not None:
            self.guide_panel.show_guide(plain, ground_rules())
        self.guide_panel.setVisible(on)
        page = walk.step_pages[step.key]
        self._apply_labels(page)
        self._explain_page_labels(page)

    def _explain_page_labels(self, page: QWidget) -> None:
        """Headings and notes on the step's page that name jargon ("Safety goal 1") explain it on
        hover. Only tooltips set here are replaced; a page's own tooltips stay."""
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if widget.toolTip() and not widget.property("glossary_tooltip"):
                continue
            professional = widget.property(PROFESSIONAL_TEXT)
            if widget.property(PLAIN_TEXT_SHOWN) and professional:
                # A plain label still tells the chair what the workers will call it.
                meaning = self.explain(professional)
                calls = QCoreApplication.translate("PlainGuide", "Workers call this: {text}")
                meaning = calls.format(text=professional) + (f"\n{meaning}" if meaning else "")
            else:
                meaning = self.explain(widget.text())
            widget.setToolTip(meaning)
            widget.setProperty("glossary_tooltip", bool(meaning))

    def explain(self, text: str) -> str:
        """What the jargon in ``text`` means, for a tooltip; "" if none."""
        return self.texts.glossary.explain(text) if self.texts is not None else ""

    def _explain_step(self, step: AgendaStep) -> str:
        """The tooltip of a step: in plain mode, the workers' name for it too; then any jargon."""
        meaning = self.explain(step.title)
        if self.is_on:
            calls = QCoreApplication.translate("PlainGuide", "Workers call this step: {title}")
            return calls.format(title=step.title) + (f"\n{meaning}" if meaning else "")
        return meaning

    def _apply_buttons(self) -> None:
        if self.texts is None:
            return
        for button in self._walk.findChildren(QAbstractButton):
            plain = plain_for(button.objectName())
            if plain is None:
                continue
            if button not in self._original_button_texts:
                self._original_button_texts[button] = button.text()
            button.setText(plain if self.is_on else self._original_button_texts[button])

    def _apply_labels(self, page: QWidget) -> None:
        """Labels' texts and text boxes' placeholders on ``page``, plain or professional."""
        if self.texts is None:
            return
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLabel):
                shown, put = widget.text(), widget.setText
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                shown, put = widget.placeholderText(), widget.setPlaceholderText
            else:
                continue
            plain = plain_for(widget.objectName())
            if plain is None:
                continue
            plain_shown = widget.property(PLAIN_TEXT_SHOWN)
            if not plain_shown or shown != plain_shown:
                widget.setProperty(PROFESSIONAL_TEXT, shown)  # the page wrote it itself
            filled = (
                fill_label(plain, n=widget.property("plain_n"), name=widget.property("plain_name"))
                if self.is_on
                else None
            )
            put(filled if filled is not None else widget.property(PROFESSIONAL_TEXT))
            widget.setProperty(PLAIN_TEXT_SHOWN, filled or "")

    def _on_page_texts_changed(self, page: QWidget) -> None:
        self._apply_labels(page)
        if page is self._walk.pages.currentWidget():
            self._explain_page_labels(page)

    def _on_meeting_check_toggled(self, on: bool) -> None:
        self._meeting_on = on
        self._settings.set_meeting_plain_language(self._meeting_id, on)
        self.apply()
