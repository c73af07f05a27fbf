"""Every text the code translates has a Welsh translation that keeps its fill-ins.

The code is read with ``ast``: ``self.tr("...")`` (its context is the class it is written in),
``QCoreApplication.translate("Context", "...")`` and ``translate("Context", "...")`` from
core.language. Each must be in the Welsh translation files (``resources/translations/cy``), with
a Welsh text that is not empty, not the English, and holds the same ``{fill-ins}``; a ``tr()`` of
anything but a string literal could never be translated and is refused too.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from chair_app.services.translations import catalog

PACKAGE = Path(__file__).resolve().parents[1] / "chair_app"
_TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
# Texts that are the same in Welsh (names of languages are written in their own language).
SAME_IN_WELSH = frozenset(
    {"English", "Cymraeg", "Chair", "PDF", "OK", "DOCX", "%", "Post", "JSON (*.json)", "Person"}
)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translated_calls() -> tuple[list[tuple[str, str, str]], list[str]]:
    """((file:line, context, English) for every translated literal, problems)."""
    found: list[tuple[str, str, str]] = []
    problems: list[str] = []

    class Visitor(ast.NodeVisitor):
        def __init__(self, where: str, source: str) -> None:
            self.where = where
            self.classes: list[str] = []
            self.source = source

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            place = f"{self.where}:{node.lineno}"
            if name == "tr" and isinstance(func, ast.Attribute) and node.args:
                text = _literal(node.args[0])
                if text is None:
                    problems.append(f"{place}: tr() of something that is not a string literal")
                elif self.classes:
                    found.append((place, self.classes[-1], text))
            elif name in _TRANSLATE_NAMES and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    found.append((place, context, text))
                elif context is not None and f'QT_TRANSLATE_NOOP("{context}"' not in everything:
                    # Texts marked with QT_TRANSLATE_NOOP in that context may be translated
                    # later from a variable; anything else could never be found by lupdate.
                    problems.append(f"{place}: translate() of something that is not a literal")
            self.generic_visit(node)

    everything = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for path in sorted(PACKAGE.rglob("*.py")):
        where = str(path.relative_to(PACKAGE.parent))
        source = path.read_text(encoding="utf-8")
        Visitor(where, source).visit(ast.parse(source))
    return found, problems


def _fill_ins(text: str) -> set[str]:
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def test_every_translated_text_of_the_code_has_welsh_that_keeps_its_fill_ins() -> None:
    welsh = catalog("cy")
    found, problems = translated_calls()
    assert len(found) > 30, "the code translates almost nothing: is the reader broken?"
    for place, context, text in found:
        translation = welsh.get((context, text))
        if not translation:
            problems.append(f"{place}: no Welsh for [{context}] {text!r}")
        elif translation == text and text not in SAME_IN_WELSH and re.search(r"[a-z]{3}", text):
            problems.append(f"{place}: the Welsh is the English: [{context}] {text!r}")
        elif _fill_ins(translation) != _fill_ins(text):
            problems.append(
                f"{place}: the Welsh of [{context}] {text!r} has fill-ins "
                f"{sorted(_fill_ins(translation))}, not {sorted(_fill_ins(text))}"
            )
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:200])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("class A:\n    def f(self):\n        return self.tr(name)\n", "not a string literal"),
        ("def f():\n    return translate('Ctx', text)\n", "not a literal"),
    ],
)
def test_a_text_that_could_never_be_translated_is_refused(
    tmp_path: Path, code: str, expected: str
) -> None:
    package = tmp_path / "chair_app"
    package.mkdir()
    (package / "sample.py").write_text(code, encoding="utf-8")
    globals()["PACKAGE"] = package
    try:
        _found, problems = translated_calls()
    finally:
        globals()["PACKAGE"] = Path(__file__).resolve().parents[1] / "chair_app"
    assert len(problems) == 1 and expected in problems[0]


def test_no_text_is_given_two_welsh_translations_in_different_files() -> None:
    """lrelease keeps one of two messages with the same context and English: which one would be
    shown is chance, so a text is translated in one file only."""
    import xml.etree.ElementTree as ElementTree
    from collections import defaultdict

    places: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in sorted((PACKAGE / "resources" / "translations" / "cy").glob("*.ts")):
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                places[(name, message.findtext("source") or "")].add(path.name)
    twice = {key: sorted(files) for key, files in places.items() if len(files) > 1}
    assert twice == {}


def test_the_readme_says_how_many_welsh_texts_are_reviewed() -> None:
    """The README's count is the one Help > About Chair shows (services.translations)."""
    from chair_app.core.language import Language
    from chair_app.services.translations import review_counts

    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    reviewed, translated = review_counts(Language.WELSH)
    assert f"**{reviewed:,} of {translated:,}**" in readme
