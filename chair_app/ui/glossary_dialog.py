"""The glossary: every piece of jargon the app shows, with its meaning in plain words. Also the
``explain`` helper that gives tooltips for any text naming such jargon."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.language import display_language
from chair_app.core.plain_language import Glossary, PlainLanguage, PlainLanguageError
from chair_app.services.plain_language import load_plain_language

logger = logging.getLogger(__name__)


def plain_language_or_problem() -> tuple[PlainLanguage | None, str]:
    """The plain texts, or None and what is wrong with their files (a bug: they ship with us)."""
    try:
        return load_plain_language(language=display_language()), ""
    except PlainLanguageError as error:
        logger.error("plain-language files not usable")
        return None, str(error)


def explain(text: str) -> str:
    """What the jargon in ``text`` means, for a tooltip; "" if none (or no glossary)."""
    plain, _problem = plain_language_or_problem()
    return plain.glossary.explain(text) if plain is not None else ""


class GlossaryDialog(QDialog):
    """A searchable list of the jargon the app uses, each with its meaning in plain words."""

    def __init__(self, parent: QWidget | None, glossary: Glossary) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.setWindowTitle(self.tr("Glossary: what the words mean"))
        self._glossary = glossary
        intro = QLabel(self.tr("Words that workers use at these meetings, and what they mean."))
        intro.setObjectName("glossary_intro_label")
        intro.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("glossary_search_edit")
        self.search_edit.setAccessibleName(self.tr("Look for a word"))
        self.search_edit.setPlaceholderText(self.tr("Look for a word, for example CIN"))
        self.search_edit.setClearButtonEnabled(True)
        # Two columns: the word in bold, then its meaning (and other ways of writing it).
        self.term_list = QTableWidget(len(glossary.terms), 2)
        self.term_list.setObjectName("glossary_list")
        self.term_list.setAccessibleName(self.tr("Words and their meanings"))
        self.term_list.setHorizontalHeaderLabels([self.tr("Word"), self.tr("What it means")])
        self.term_list.verticalHeader().hide()
        self.term_list.setWordWrap(True)
        self.term_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.term_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.term_list.setAlternatingRowColors(True)
        self.term_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.term_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.term_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.term_list.setColumnWidth(0, 150)
        for row, term in enumerate(glossary.terms):
            word = QTableWidgetItem(term.term)
            word.setData(Qt.ItemDataRole.UserRole, term.term)
            font = word.font()
            font.setBold(True)
            word.setFont(font)
            meaning = term.meaning
            if term.also:
                meaning += "\n" + self.tr("Also written: {spellings}.").format(
                    spellings=", ".join(term.also)
                )
            word.setToolTip(term.meaning)
            self.term_list.setItem(row, 0, word)
            self.term_list.setItem(row, 1, QTableWidgetItem(meaning))
        self.empty_label = QLabel(self.tr("No word matches. Try fewer letters."))
        self.empty_label.setObjectName("glossary_empty_label")
        self.empty_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.term_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.resize(620, 560)

    def visible_terms(self) -> list[str]:
        """The terms the list shows now, in order."""
        return [
            term.term
            for row, term in enumerate(self._glossary.terms)
            if not self.term_list.isRowHidden(row)
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.term_list.resizeRowsToContents()  # wrapped meanings need taller rows

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.term_list.resizeRowsToContents()

    def _on_search_text_changed(self, text: str) -> None:
        matches = {term.term for term in self._glossary.search(text)}
        for row, term in enumerate(self._glossary.terms):
            self.term_list.setRowHidden(row, term.term not in matches)
        self.empty_label.setVisible(not matches)
