"""Layering: an import contract over every module of chair_app, read from the source (ast).

The arrows go one way: cli -> ui -> services -> models / export -> core. ``paths`` and the
package itself are leaves every layer may use. Every import counts: at the top of a module,
inside a function, under ``if TYPE_CHECKING:``, and ``importlib.import_module("...")`` with a
literal name.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

import chair_app

PACKAGE = Path(chair_app.__file__).resolve().parent
NON_UI_LAYERS = ("core", "models", "services", "export")

LEAF = "leaf"
# Which chair_app layers each layer may import (its own included).
ALLOWED: dict[str, frozenset[str]] = {
    LEAF: frozenset({LEAF}),
    "core": frozenset({LEAF, "core"}),
    "models": frozenset({LEAF, "core", "models"}),
    "export": frozenset({LEAF, "core", "export"}),
    "services": frozenset({LEAF, "core", "models", "export", "services"}),
    "ui": frozenset({LEAF, "core", "services", "ui"}),
    "cli": frozenset({LEAF, "core", "services", "ui", "cli"}),
}
# Libraries a layer never imports: the window toolkit below the UI, the database outside
# storage (and the services that use it), the document libraries outside export (and services).
_QT = ("PySide6", "shiboken6")
_DATABASE = ("sqlalchemy", "sqlcipher3", "alembic")
_DOCUMENTS = ("docx", "reportlab", "matplotlib", "pyhanko", "pypdf", "msoffcrypto")
FORBIDDEN_LIBRARIES: dict[str, tuple[str, ...]] = {
    LEAF: (*_QT, *_DATABASE, *_DOCUMENTS),
    "core": (*_QT, *_DATABASE, *_DOCUMENTS),
    "models": (*_QT, *_DOCUMENTS),
    "export": (*_QT, *_DATABASE),
    # Services ask models for rows; they write no SQL of their own.
    "services": (*_QT, "sqlalchemy"),
    "ui": (*_DATABASE, *_DOCUMENTS),
    "cli": (),
}
# Top-level modules: the command line's, and the leaves.
_TOP_LEVEL = {"app": "cli", "__main__": "cli", "paths": LEAF, "resources": LEAF}


def layer_of(module: str) -> str | None:
    """The layer a chair_app module belongs to (None for a module outside chair_app, or one
    no layer claims)."""
    parts = module.split(".")
    if parts[0] != "chair_app":
        return None
    if len(parts) == 1:
        return LEAF
    if parts[1] in ALLOWED and parts[1] != LEAF:
        return parts[1]
    return _TOP_LEVEL.get(parts[1])


def _package_of(path: Path, root: Path) -> str:
    """The dotted package a file belongs to, e.g. chair_app.core for chair_app/core/rules.py."""
    return ".".join(path.parent.relative_to(root.parent).parts)


def _module_of(path: Path, root: Path) -> str:
    """The dotted module of a file, e.g. chair_app.core.rules (chair_app.ui for its __init__)."""
    package = _package_of(path, root)
    return package if path.stem == "__init__" else f"{package}.{path.stem}"


def _imports(source: str, package: str) -> list[tuple[int, str]]:
    """Every module the source imports, anywhere in it (absolute names, relative imports
    resolved against package, import_module("...") with a literal name), with its line."""
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
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id in ("import_module", "__import__"))
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _python_files(layer: str) -> list[Path]:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no Python files found in chair_app/{layer}"
    return files


def _all_python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _matches(module: str, names: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in names)


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    problems = []
    for path in _python_files(layer):
        source = path.read_text(encoding="utf-8")
        for line, module in _imports(source, _package_of(path, PACKAGE)):
            if _matches(module, forbidden):
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return problems


def _parents(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def contract_problems(path: Path, source: str) -> list[str]:
    """Every import in one module's source that breaks the contract, one line each."""
    where = path.relative_to(PACKAGE.parent)
    layer = layer_of(_module_of(path, PACKAGE))
    if layer is None:
        return [f"{where}: belongs to no layer (add it to the contract)"]
    problems: list[str] = []
    seen: set[tuple[int, str]] = set()  # "from a import b" is one import of a (and of a.b)
    for line, module in _imports(source, _package_of(path, PACKAGE)):
        if any((line, name) in seen for name in _parents(module)):
            continue
        seen.add((line, module))
        if module.split(".")[0] == "chair_app":
            target = layer_of(module)
            if target is None:
                problems.append(f"{where}:{line} imports {module}, which belongs to no layer")
            elif target not in ALLOWED[layer]:
                problems.append(f"{where}:{line} imports {module} ({layer} -> {target})")
        elif _matches(module, FORBIDDEN_LIBRARIES[layer]):
            problems.append(f"{where}:{line} imports {module} ({layer} -> {module.split('.')[0]})")
    return problems


@functools.cache
def _contract_problems_by_layer() -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {layer: [] for layer in ALLOWED}
    problems["none"] = []
    for path in _all_python_files():
        layer = layer_of(_module_of(path, PACKAGE)) or "none"
        problems[layer].extend(contract_problems(path, path.read_text(encoding="utf-8")))
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
        "if TYPE_CHECKING:\n"
        "    from chair_app.export.chart import render_scaling_chart\n"
        "importlib.import_module('chair_app.cli.window')\n"
        "import_module('docx')\n"
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
        "chair_app.export.chart",
        "chair_app.cli.window",
        "docx",
    } <= modules


def test_package_of_file_in_subpackage() -> None:
    assert _package_of(PACKAGE / "ui" / "steps" / "base.py", PACKAGE) == "chair_app.ui.steps"


def test_every_module_belongs_to_a_layer() -> None:
    assert _contract_problems_by_layer()["none"] == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_import_contract(layer: str) -> None:
    # Nothing upward, nothing across (ui never reaches models or export; export and models
    # never reach each other), no library a layer has no business with.
    assert _contract_problems_by_layer()[layer] == []


@pytest.mark.parametrize(
    ("file", "line", "expected"),
    [
        # The import the earlier test let through: the domain reaching into the database rows.
        ("core/text.py", "from chair_app.models.orm import FamilyRow", "core -> models"),
        ("core/text.py", "from ..services import storage", "core -> services"),
        ("core/text.py", "import holidays\nimport sqlalchemy", "core -> sqlalchemy"),
        ("models/orm.py", "from chair_app.export.chart import x", "models -> export"),
        ("export/chart.py", "from chair_app.models.orm import MeetingRow", "export -> models"),
        ("services/demo.py", "from chair_app.ui.prompts import Prompts", "services -> ui"),
        ("services/demo.py", "from chair_app.cli import main", "services -> cli"),
        ("services/record_import.py", "from sqlalchemy import select", "services -> sqlalchemy"),
        (
            "ui/launch.py",
            "if TYPE_CHECKING:\n    from chair_app.models.db import SessionFactory",
            "ui -> models",
        ),
        ("ui/steps/scaling.py", "def f():\n    from ...export import chart", "ui -> export"),
        ("ui/launch.py", "from chair_app.cli.parser import parser", "ui -> cli"),
        ("paths.py", "from chair_app.core import text", "leaf -> core"),
    ],
)
def test_contract_fails_on_a_bad_import(file: str, line: str, expected: str) -> None:
    path = PACKAGE / file
    source = path.read_text(encoding="utf-8") + "\n" + line + "\n"
    problems = contract_problems(path, source)
    assert any(f"({expected})" in problem for problem in problems), problems


def test_contract_names_a_module_no_layer_claims() -> None:
    assert contract_problems(PACKAGE / "helpers.py", "import os\n") == [
        "chair_app/helpers.py: belongs to no layer (add it to the contract)"
    ]


@pytest.mark.parametrize("layer", NON_UI_LAYERS)
def test_layer_no_pyside6_or_ui_imports(layer: str) -> None:
    assert _violations(layer, ("PySide6", "chair_app.ui")) == []


def test_core_no_sqlalchemy_imports() -> None:
    assert _violations("core", ("sqlalchemy",)) == []


def test_ui_no_sqlalchemy_or_orm_imports() -> None:
    assert _violations("ui", ("sqlalchemy", "chair_app.models.orm")) == []
