"""Finding English in the Welsh window: every text a user can see, read from the widgets.

``english_left(widget, known)`` walks the visible widgets under ``widget`` (labels, buttons,
group boxes, tabs, line edits' placeholders, combo items, table and list items and headers,
menus and their actions; tooltips are not read: they show on hover) and returns the texts that
are still English. A text is English when, after the names and typed content in ``known`` are
taken out, either it is an English source text of the Welsh translation files, or it still holds
two or more words that are English and not Welsh.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from chair_app.paths import resources_dir

# Common English words that are not Welsh words (so "a", "i", "am", "to", "plan" are left out).
_ENGLISH_WORD_LIST = """the and of with your you this that what who when which where why how meeting meetings
    child children family families save open close next back add remove date name step steps
    minutes copy not will has have are was were for from there their they been by or its
    into about after before people person worker workers parent parents agreed draft safety
    danger goal goals action actions decision decisions review conference group core need
    show shown choose change changes settings help quit lock file view new check export import
    nobody everyone someone here these those them than then only also must should could would
    our we us his her she him my me no yes cancel ok done more less please type typed enter
    carried since last time said work outcome venue where latest use print spent each ticked
    applies every move up down sources detail everyday words worried exactly happen difference
    made remove edit delete choose chosen keep kept give given agree agrees planned"""
ENGLISH_WORDS = frozenset(_ENGLISH_WORD_LIST.split())
_WORD = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ']+")


@lru_cache(maxsize=1)
def english_sources() -> frozenset[str]:
    """Every English source text the Welsh translation files translate to something else."""
    sources: set[str] = set()
    for path in (resources_dir() / "translations" / "cy").glob("*.ts"):
        for message in ElementTree.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if source and translation and translation != source:
                sources.add(_clean(source))
    return frozenset(sources)


@lru_cache(maxsize=1)
def _english_pieces() -> re.Pattern[str]:
    """Pieces of at least two words of the English sources, between their fill-ins: a sentence
    put together from an English template ("(carried from {date})") is found by its piece."""
    pieces: set[str] = set()
    for source in english_sources():
        for piece in re.split(r"\{[^}]*\}|\n", source):
            piece = piece.strip(" .,:;()“”'\"…▶◀")
            if len(piece) >= 8 and " " in piece:
                pieces.add(piece)
    ordered = sorted(pieces, key=len, reverse=True)
    return re.compile("|".join(re.escape(piece) for piece in ordered))


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


# The same in both languages: the product's name, and Welsh words spelt like English ones.
PROPER_NAMES = frozenset({"Chair", "Post", "Person"})
_STARTS = re.compile(r"^|: |“|\n")


def _without_cut_known(text: str, known: tuple[str, ...]) -> str:
    """``text`` without the typed texts in it that a list or combo cut short with "…"."""
    while True:
        for end in (i for i, char in enumerate(text) if char == "…"):
            starts = [m.end() for m in _STARTS.finditer(text[:end])]
            for start in starts:
                piece = re.sub(r"^\s*\d+\.\s*", "", text[start:end]).strip()
                if len(piece) >= 12 and any(item.startswith(piece) for item in known):
                    text = text[:start] + " " + text[end + 1 :]
                    break
            else:
                continue
            break
        else:
            return text


def looks_english(text: str, known: Iterable[str] = ()) -> bool:
    text = _clean(text)
    if text in PROPER_NAMES:
        return False
    known = tuple(sorted((item for item in known if item), key=len, reverse=True))
    text = _without_cut_known(text, known)
    for item in known:
        text = text.replace(item, " ")
    text = re.sub(r"<[^>]+>", " ", text)  # rich text's tags
    if not text.strip():
        return False
    if text.strip() in english_sources() or _english_pieces().search(text):
        return True
    words = [word.lower() for word in _WORD.findall(text)]
    return sum(word in ENGLISH_WORDS for word in words) >= 2 or (
        len(words) == 1 and words[0] in ENGLISH_WORDS and len(words[0]) > 3
    )


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(objectName or class, text) for every text a user can see under ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        texts: list[str] = []
        if isinstance(widget, QMainWindow):
            texts.append(widget.windowTitle())
            for action in widget.menuBar().actions():
                texts.append(action.text())
                menu = action.menu()
                if menu is not None:
                    texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    texts.append(header.text())
                for row in range(widget.rowCount()):
                    cell = widget.item(row, column)
                    if cell is not None:
                        texts.append(cell.text())
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts.extend(header.text(i) for i in range(header.columnCount()))
        found.extend((name, text) for text in texts if text and text.strip())
    return found


def english_left(root: QWidget, known: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The visible texts under ``root`` that are still English (see the module's docstring)."""
    known = tuple(known)
    return [(name, text) for name, text in visible_texts(root) if looks_english(text, known)]
