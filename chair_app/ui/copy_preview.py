"""Preview before sending: one reader's copy beside the full record, with what is withheld from
that reader highlighted in the full record (by colour and by words, never colour alone).

The copy shown is the one MinutesService builds for that reader, so the preview shows exactly
what would be sent; the highlighting comes from the record's withholdings and the one rule of
who may see what (core.copies.may_see).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.copies import FAMILY_READER, Reader, may_see
from chair_app.core.domain import Family, Meeting
from chair_app.core.minutes import (
    Block,
    BulletList,
    FieldList,
    Figure,
    MinutesDocument,
    Paragraph,
    Subheading,
    Table,
)
from chair_app.core.withholding import WithholdableItem, withholdable_items
from chair_app.services.minutes import CopyKind, CopyRequest

# The mark of a withheld item in the English window (withheld_label() gives the language shown).
WITHHELD_LABEL = "[withheld from this copy]"
# A pale amber that keeps black text well above 7:1; the words label says the same thing.
HIGHLIGHT = "#ffe08a"
FIRST_WITHHELD = "first-withheld"


def withheld_label() -> str:
    """The mark of a withheld item, in the language shown."""
    return QCoreApplication.translate("CopyPreview", "[withheld from this copy]")


@dataclass(frozen=True, slots=True)
class PreviewReader:
    """One choice in the preview's list: the copy to build, and who reads it."""

    label: str
    copy: CopyRequest
    reader: Reader


def preview_readers(family: Family) -> list[PreviewReader]:
    """Everyone in the network (as recorded for the meeting), then the family summary."""
    readers = [
        PreviewReader(
            (
                QCoreApplication.translate("CopyPreview", "Copy for {name} ({role})").format(
                    name=p.name, role=p.role
                )
                if p.role.strip()
                else QCoreApplication.translate("CopyPreview", "Copy for {name}").format(
                    name=p.name
                )
            ),
            CopyRequest(CopyKind.PERSON, p.id),
            Reader.person(family, p.id),
        )
        for p in family.people
    ]
    readers.append(
        PreviewReader(
            QCoreApplication.translate("CopyPreview", "Family summary"),
            CopyRequest(CopyKind.FAMILY_SUMMARY),
            FAMILY_READER,
        )
    )
    return readers


def withheld_from(meeting: Meeting, family: Family, reader: Reader) -> list[WithholdableItem]:
    """The items of the meeting the reader's copy may not hold."""
    return [
        item for item in withholdable_items(meeting, family) if not may_see(item.withheld, reader)
    ]


class _Marker:
    """Decides whether a piece of the document's text is one of the withheld items."""

    def __init__(self, items: Sequence[WithholdableItem]) -> None:
        self._texts = [item.text.strip() for item in items if item.text.strip()]
        # The family summary and the three columns print an item line by line.
        self._lines = {
            line.strip() for text in self._texts for line in text.splitlines() if line.strip()
        }

    def marks(self, text: str) -> bool:
        text = text.strip()
        if not text:
            return False
        return text in self._lines or any(item in text for item in self._texts)


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _highlighted(inner: str) -> str:
    return (
        f"<table width='98%' cellpadding='4' cellspacing='0'><tr><td bgcolor='{HIGHLIGHT}'>"
        f"<b>{withheld_label()}</b> {inner}</td></tr></table>"
    )


def _section_anchor(title: str) -> str:
    return "section-" + "".join(c if c.isalnum() else "-" for c in title.lower())


def _block_html(block: Block, marker: _Marker) -> str:
    match block:
        case Subheading(text=text):
            return f"<h4>{_text(text)}</h4>"
        case Paragraph(text=text, emphasis=emphasis):
            inner = f"<i>{_text(text)}</i>" if emphasis else _text(text)
            return _highlighted(inner) if marker.marks(text) else f"<p>{inner}</p>"
        case FieldList(items=items):
            rows = "".join(
                f"<tr><td><b>{_text(label)}</b></td><td>"
                + (f"<b>{withheld_label()}</b> " if marker.marks(value) else "")
                + f"{_text(value)}</td></tr>"
                for label, value in items
            )
            return f"<table cellpadding='2'>{rows}</table>"
        case Table(headers=headers, rows=rows):
            head = "".join(f"<th align='left'>{_text(h)}</th>" for h in headers)
            body = ""
            for row in rows:
                marked = any(marker.marks(cell) for cell in row)
                colour = f" bgcolor='{HIGHLIGHT}'" if marked else ""
                cells = "".join(
                    "<td>"
                    + (f"<b>{withheld_label()}</b> " if marker.marks(cell) else "")
                    + f"{_text(cell)}</td>"
                    for cell in row
                )
                body += f"<tr{colour}>{cells}</tr>"
            return (
                "<table border='1' cellspacing='0' cellpadding='3' width='98%'>"
                f"<tr>{head}</tr>{body}</table>"
            )
        case BulletList(items=items):
            entries = "".join(
                f"<li style='background-color: {HIGHLIGHT};'><b>{withheld_label()}</b> "
                f"{_text(item)}</li>"
                if marker.marks(item)
                else f"<li>{_text(item)}</li>"
                for item in items
            )
            return f"<ul>{entries}</ul>"
        case Figure(caption=caption):
            chart = QCoreApplication.translate("CopyPreview", "[Chart: {caption}]").format(
                caption=caption
            )
            return f"<p><i>{_text(chart)}</i></p>"
    raise TypeError(f"unknown block {type(block).__name__}")


def document_html(document: MinutesDocument, withheld: Sequence[WithholdableItem] = ()) -> str:
    """The document as simple read-only HTML; the withheld items' text highlighted."""
    marker = _Marker(withheld)
    parts = [
        f"<p><small>{_text(document.marking)}</small></p>",
        f"<h2>{_text(document.title)}</h2>",
        f"<p><b>{_text(document.copy_label)}</b></p>",
        _block_html(document.heading, marker),
    ]
    first_marked = True
    for section in document.sections:
        parts.append(f"<a name='{_section_anchor(section.title)}'></a>")
        parts.append(f"<h3>{_text(section.title)}</h3>")
        heading_at = len(parts)
        for block in section.blocks:
            rendered = _block_html(block, marker)
            if first_marked and withheld_label() in rendered:
                # The preview opens the full record here, at the item's own heading if it has one.
                parts.insert(heading_at, f"<a name='{FIRST_WITHHELD}'></a>")
                first_marked = False
            heading_at = len(parts) if isinstance(block, Subheading) else len(parts) + 1
            parts.append(rendered)
    if document.footer_note:
        parts.append(f"<p><small>{_text(document.footer_note)}</small></p>")
    return "".join(parts)


class CopyPreviewDialog(QDialog):
    """A reader's copy beside the full record. ``build(copy)`` gives a copy's document (the
    minutes service's preview); the meeting and family give the withholdings."""

    def __init__(
        self,
        parent: QWidget,
        meeting: Meeting,
        family: Family,
        build: Callable[[CopyRequest], MinutesDocument],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("copy_preview_dialog")
        self.setWindowTitle(self.tr("Preview a copy before sending"))
        self._meeting = meeting
        self._family = family
        self._build = build
        self._readers = preview_readers(family)
        self.reader_combo = QComboBox()
        self.reader_combo.setObjectName("preview_reader_combo")
        self.reader_combo.setAccessibleName(self.tr("Whose copy to preview"))
        for reader in self._readers:
            self.reader_combo.addItem(reader.label)
        reader_label = QLabel(self.tr("&Whose copy:"))
        reader_label.setBuddy(self.reader_combo)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("preview_summary_label")
        self.summary_label.setWordWrap(True)
        self.copy_heading = QLabel()
        self.copy_heading.setObjectName("preview_copy_heading")
        font = self.copy_heading.font()
        font.setBold(True)
        self.copy_heading.setFont(font)
        full_heading = QLabel(
            self.tr("The full record, with what this copy leaves out highlighted")
        )
        full_heading.setObjectName("preview_full_heading")
        full_heading.setFont(font)
        full_heading.setWordWrap(True)
        self.copy_view = QTextBrowser()
        self.copy_view.setObjectName("preview_copy_view")
        self.full_view = QTextBrowser()
        self.full_view.setObjectName("preview_full_view")
        self.full_view.setAccessibleName(self.tr("The full record"))
        for view in (self.copy_view, self.full_view):
            view.setOpenLinks(False)
            view.setMinimumWidth(360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("dialog_buttons")
        buttons.rejected.connect(self.reject)
        top = QGridLayout()
        top.addWidget(reader_label, 0, 0)
        top.addWidget(self.reader_combo, 0, 1)
        top.setColumnStretch(2, 1)
        views = QGridLayout()
        views.addWidget(self.copy_heading, 0, 0)
        views.addWidget(full_heading, 0, 1)
        views.addWidget(self.copy_view, 1, 0)
        views.addWidget(self.full_view, 1, 1)
        views.setColumnStretch(0, 1)
        views.setColumnStretch(1, 1)
        views.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addLayout(views, 1)
        layout.addWidget(buttons)
        self.resize(1150, 720)
        self._full = build(CopyRequest())
        self.reader_combo.currentIndexChanged.connect(self._show)
        self._show(self.reader_combo.currentIndex())

    def choose(self, copy: CopyRequest) -> None:
        """Show the given reader's copy."""
        index = next(i for i, r in enumerate(self._readers) if r.copy == copy)
        self.reader_combo.setCurrentIndex(index)

    def _scroll_to(self, section: str) -> None:
        self.copy_view.scrollToAnchor(_section_anchor(section))
        self.full_view.scrollToAnchor(FIRST_WITHHELD)

    def _first_marked_section(self, withheld: Sequence[WithholdableItem]) -> str:
        """The title of the full record's first part that holds a withheld item ("" if none)."""
        for section in self._full.sections:
            label = withheld_label()
            if any(label in _block_html(b, _Marker(withheld)) for b in section.blocks):
                return section.title
        return ""

    def _show(self, index: int) -> None:
        if index < 0:
            return
        chosen = self._readers[index]
        withheld = withheld_from(self._meeting, self._family, chosen.reader)
        self.copy_heading.setText(chosen.label)
        self.copy_view.setAccessibleName(chosen.label)
        self.copy_view.setHtml(document_html(self._build(chosen.copy)))
        self.full_view.setHtml(document_html(self._full, withheld))
        # Both open where the first withheld item is: the copy at the same part, if it has it.
        # (After the views are laid out: a view not shown yet cannot scroll.)
        section = self._first_marked_section(withheld)
        if section:
            QTimer.singleShot(0, self, lambda: self._scroll_to(section))
        if withheld:
            listed = "; ".join(item.label for item in withheld)
            # A label may end in its own question mark ("What are we worried about?").
            end = "" if listed.endswith(("?", ".", "!")) else "."
            self.summary_label.setText(
                self.tr(
                    "Withheld from this copy ({count}), highlighted in the full record and "
                    "marked {mark}: {items}"
                ).format(count=len(withheld), mark=withheld_label(), items=listed)
                + end
            )
        else:
            self.summary_label.setText(
                self.tr("Nothing the meeting recorded is withheld from this copy.")
            )
