"""Read-only tables sized to their text, as the family page shows them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableWidget,
)


class FittedTable(QTableWidget):
    """A read-only table sized to its text at any text size.

    Columns not in ``wrapped`` are as wide as their longest cell; the ``wrapped`` columns share
    what is left, never narrower than their longest word, and long text in them wraps onto more
    lines. Only when even that does not fit does the table scroll sideways. Rows are as tall as
    their (wrapped) text, and the table is tall enough for ``rows_shown`` rows, so the page
    around it scrolls rather than squashing it.
    """

    def __init__(self, headers: tuple[str, ...], wrapped: tuple[int, ...], rows_shown: int) -> None:
        super().__init__(0, len(headers))
        self._wrapped = wrapped
        self._rows_shown = rows_shown
        self.setHorizontalHeaderLabels(headers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.verticalHeader().sectionResized.connect(lambda *_: self._fit_height())

    def fit(self) -> None:
        """Share the width between the columns, then size the rows and the table's height."""
        header = self.horizontalHeader()
        columns = range(self.columnCount())
        one_line = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns]
        widths = list(one_line)
        for column in self._wrapped:
            widths[column] = max(header.sectionSizeHint(column), self._longest_word(column))
        spare = self.viewport().width() - sum(widths)
        wanted = {c: one_line[c] - widths[c] for c in self._wrapped}
        if spare > 0 and self._wrapped:
            if sum(wanted.values()) <= spare:
                extra = (spare - sum(wanted.values())) // len(self._wrapped)
                for column in self._wrapped:
                    widths[column] = one_line[column] + extra
            else:
                total = sum(wanted.values())
                for column in self._wrapped:
                    widths[column] += wanted[column] * spare // total
        for column, width in zip(columns, widths, strict=True):
            header.resizeSection(column, width)
        self.resizeRowsToContents()
        self._fit_height()

    def _longest_word(self, column: int) -> int:
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        margin = 2 * (frame + 1)  # the text margin Qt leaves each side of a cell
        longest = 0
        for row in range(self.rowCount()):
            item = self.item(row, column)
            if item is not None and item.text():
                metrics = QFontMetrics(item.font())
                longest = max(longest, *(metrics.horizontalAdvance(w) for w in item.text().split()))
        return longest + margin + 1 if longest else 0

    def _fit_height(self) -> None:
        count = min(self._rows_shown, self.rowCount())
        rows = sum(self.rowHeight(row) for row in range(count))
        rows = max(rows, self.fontMetrics().lineSpacing() + 8)  # an empty table: one line
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if self.horizontalHeader().length() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setMinimumHeight(height)

    def sizeHint(self) -> QSize:  # Qt override
        # No taller than it needs: when the page scrolls, it is not padded with empty rows.
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed in Settings
            self.fit()


def fitted_table(
    name: str,
    accessible: str,
    headers: tuple[str, ...],
    wrapped: tuple[int, ...],
    rows_shown: int = 3,
) -> FittedTable:
    table = FittedTable(headers, wrapped, rows_shown)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


@contextmanager
def filling(table: FittedTable) -> Iterator[None]:
    """Fill a table quickly: the columns and rows are measured once at the end, not after
    every cell (which makes a family with years of meetings slow to show)."""
    table.setUpdatesEnabled(False)
    try:
        yield
    finally:
        table.fit()
        table.setUpdatesEnabled(True)


def named_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button
