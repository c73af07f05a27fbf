"""The Tab order a chair expects on each step, read from resources/focus_order.json and laid
over what a page shows now (see that file's "about" for the notation)."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from chair_app.paths import resources_dir

Entry = str | dict[str, Any]


@cache
def focus_order() -> dict[str, list[Entry]]:
    data = json.loads((resources_dir() / "focus_order.json").read_text(encoding="utf-8"))
    return data["steps"]


def field_name(widget: QWidget | None) -> str:
    """The name a chair's field goes by: the widget's own, or its nearest named parent's (a
    spin box's or an editable drop-down's inner line)."""
    while widget is not None:
        name = widget.objectName()
        if name and not name.startswith("qt_") or name == "qt_tabwidget_tabbar":
            return name
        widget = widget.parentWidget()
    return ""


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _position(page: QWidget, widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(page, QPoint(0, 0))
    return point.y(), point.x()


def _matching(page: QWidget, pattern: str) -> list[tuple[QWidget, re.Match[str]]]:
    """Shown controls whose name matches ``pattern`` ({word} a number, * anything), in reading
    order."""
    regex = _regex(pattern)
    found = []
    for widget in page.findChildren(QWidget):
        match = regex.fullmatch(widget.objectName())
        if match and shown(widget):
            found.append((widget, match))
    return sorted(found, key=lambda pair: _position(page, pair[0]))


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    regex = re.escape(pattern).replace(r"\*", ".*?")
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>\\d+)", regex))


def expected_order(page: QWidget, step_key: str) -> tuple[list[str], list[str]]:
    """The names Tab should visit on ``page`` now, and the required names that are not shown."""
    order: list[str] = []
    missing: list[str] = []

    def expand(entries: list[Entry], bound: dict[str, str]) -> None:
        for entry in entries:
            if isinstance(entry, dict):
                each = entry["each"].format_map(_Keep(bound))
                for _widget, match in _matching(page, each):
                    expand(entry["fields"], {**bound, entry["as"]: match.group(entry["as"])})
                continue
            optional = entry.endswith("?")
            name = entry.rstrip("?").format_map(_Keep(bound))
            if "*" in name:
                order.extend(w.objectName() for w, _m in _matching(page, name))
                continue
            widget = page.findChild(QWidget, name)
            if widget is not None and shown(widget):
                order.append(name)
            elif not optional:
                missing.append(name)

    expand(focus_order()[step_key], {})
    return order, missing


class _Keep(dict[str, str]):
    """Leaves {word} in place when the word is not bound yet."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@cache
def above_the_fold() -> dict[str, list[str]]:
    data = json.loads((resources_dir() / "focus_order.json").read_text(encoding="utf-8"))
    return data["above_the_fold"]


def first_shown(page: QWidget, pattern: str) -> QWidget | None:
    found = _matching(page, pattern)
    return found[0][0] if found else None
