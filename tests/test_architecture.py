"""Layering: the domain, storage, services and export never depend on the window, and the
window never reaches into the database's rows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import chair_app

PACKAGE = Path(chair_app.__file__).resolve().parent
NON_UI_LAYERS = ("core", "models", "services", "export")


def _package_of(path: Path, root: Path) -> str:
    """The dotted package a file belongs to, e.g. chair_app.core for chair_app/core/rules.py."""
    return ".".join(path.parent.relative_to(root.parent).parts)


def _imports(source: str, package: str) -> list[tuple[int, str]]:
    """Every module the source imports, anywhere in it (absolute names, relative imports
    resolved against package), with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # "from chair_app import ui" imports the module chair_app.ui.
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _python_files(layer: str) -> list[Path]:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no Python files found in chair_app/{layer}"
    return files


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    problems = []
    for path in _python_files(layer):
        source = path.read_text(encoding="utf-8")
        for line, module in _imports(source, _package_of(path, PACKAGE)):
            if any(module == name or module.startswith(name + ".") for name in forbidden):
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return problems


def test_imports_every_form_of_import_seen() -> None:
    # The checker must see every form of import, or the tests below prove nothing.
    source = (
        "import PySide6.QtWidgets\n"
        "from PySide6 import QtCore\n"
        "from .. import ui\n"
        "from ..ui.main_window import MainWindow\n"
        "from .rules import tally\n"
        "def later():\n"
        "    import sqlalchemy.orm as orm\n"
        "if True:\n"
        "    from chair_app.models import orm\n"
    )
    modules = {module for _, module in _imports(source, "chair_app.core")}
    assert {
        "PySide6.QtWidgets",
        "PySide6",
        "chair_app.ui",
        "chair_app.ui.main_window",
        "chair_app.core.rules",
        "sqlalchemy.orm",
        "chair_app.models.orm",
    } <= modules


def test_package_of_file_in_subpackage() -> None:
    assert _package_of(PACKAGE / "ui" / "steps" / "base.py", PACKAGE) == "chair_app.ui.steps"


@pytest.mark.parametrize("layer", NON_UI_LAYERS)
def test_layer_no_pyside6_or_ui_imports(layer: str) -> None:
    assert _violations(layer, ("PySide6", "chair_app.ui")) == []


def test_core_no_sqlalchemy_imports() -> None:
    assert _violations("core", ("sqlalchemy",)) == []


def test_ui_no_sqlalchemy_or_orm_imports() -> None:
    assert _violations("ui", ("sqlalchemy", "chair_app.models.orm")) == []
