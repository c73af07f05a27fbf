"""The command line's language: ``--language cy`` (or ``CHAIR_APP_LANGUAGE=cy``) before the
command gives its help, messages and argparse's own words in Welsh; English by default.

The language is chosen before the parser is built (its help texts are translated as it is
built), so ``--language`` is looked for in the arguments first, then in the environment.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence

from chair_app.core.language import (
    DEFAULT_LANGUAGE,
    Language,
    display_language,
    parse_language,
    set_display_language,
    translate,
)

LANGUAGE_OPTION = "--language"
LANGUAGE_VARIABLE = "CHAIR_APP_LANGUAGE"


def chosen_language(argv: Sequence[str], environ: dict[str, str] | None = None) -> Language:
    """The language asked for by ``--language CODE`` / ``--language=CODE`` (the last one given),
    else by CHAIR_APP_LANGUAGE, else English. An unknown code gives English: the parser then
    names it (``--language`` accepts en or cy)."""
    asked = (os.environ if environ is None else environ).get(LANGUAGE_VARIABLE, "")
    items = list(argv)
    for index, item in enumerate(items):
        if item == "--":
            break
        if item == LANGUAGE_OPTION and index + 1 < len(items):
            asked = items[index + 1]
        elif item.startswith(LANGUAGE_OPTION + "="):
            asked = item.partition("=")[2]
    return parse_language(asked, DEFAULT_LANGUAGE)


def use_language(language: Language) -> None:
    """Give every text of this process in ``language``: the catalog of texts written outside the
    window is installed, and argparse's own words go through it too."""
    import chair_app.services.translations  # noqa: F401  (installs the catalog)

    set_display_language(language)
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


def _argparse_text(text: str) -> str:
    translated = _ARGPARSE_TEXTS.get(text)
    return translated() if translated else text


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    english = singular if count == 1 else plural
    if singular == "expected %s argument" and display_language() is not Language.ENGLISH:
        # Welsh puts the singular noun after a number: one text serves every count.
        return translate("Argparse", "expected %s argument(s)")
    return english


# argparse's own words (Python's gettext texts), each translated when it is used.
_ARGPARSE_TEXTS: dict[str, Callable[[], str]] = {
    "usage: ": lambda: translate("Argparse", "usage: "),
    "positional arguments": lambda: translate("Argparse", "positional arguments"),
    "options": lambda: translate("Argparse", "options"),
    "show this help message and exit": lambda: translate(
        "Argparse", "show this help message and exit"
    ),
    "%(prog)s: error: %(message)s\n": lambda: translate(
        "Argparse", "%(prog)s: error: %(message)s\n"
    ),
    "the following arguments are required: %s": lambda: translate(
        "Argparse", "the following arguments are required: %s"
    ),
    "unrecognized arguments: %s": lambda: translate("Argparse", "unrecognized arguments: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": lambda: translate(
        "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": lambda: translate(
        "Argparse", "argument %(argument_name)s: %(message)s"
    ),
    "expected one argument": lambda: translate("Argparse", "expected one argument"),
    "expected at most one argument": lambda: translate(
        "Argparse", "expected at most one argument"
    ),
    "expected at least one argument": lambda: translate(
        "Argparse", "expected at least one argument"
    ),
    "invalid %(type)s value: %(value)r": lambda: translate(
        "Argparse", "invalid %(type)s value: %(value)r"
    ),
    "not allowed with argument %s": lambda: translate("Argparse", "not allowed with argument %s"),
    "one of the arguments %s is required": lambda: translate(
        "Argparse", "one of the arguments %s is required"
    ),
    "ambiguous option: %(option)s could match %(matches)s": lambda: translate(
        "Argparse", "ambiguous option: %(option)s could match %(matches)s"
    ),
    "ignored explicit argument %r": lambda: translate("Argparse", "ignored explicit argument %r"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": lambda: translate(
        "Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
    ),
}
