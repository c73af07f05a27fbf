"""The Unicode bidirectional algorithm (python-bidi) as the renderers need it: a paragraph's base
direction, each character's resolved level, and a text cut into runs of one direction."""

from __future__ import annotations

import re

from bidi import algorithm as bidi_algorithm
from bidi import get_display as bidi_get_display

# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko ...) and their
# presentation forms, and the explicit right-to-left marks and embeddings.
# python-bidi's algorithm knows the embeddings but not the isolates (Unicode 6.3): each isolate
# is read as the embedding closest to it, which keeps the text's order all but identical.
_ISOLATES_AS_EMBEDDINGS = str.maketrans("\u2066\u2067\u2068\u2069", "\u202a\u202b\u202a\u202c")
_RTL = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff]")


def has_rtl(text: str) -> bool:
    """Whether the text holds anything right-to-left (False for most texts, quickly)."""
    return not text.isascii() and _RTL.search(text) is not None


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph's base direction is right-to-left: its first strong letter is
    (rule P2 of UAX #9)."""
    return has_rtl(text) and bidi_algorithm.get_base_level(text) == 1


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def levels(line: str, base_level: int) -> list[int]:
    """The resolved embedding level of each character of a line (rules X1-I2 of UAX #9; odd is
    right-to-left), with the paired brackets (N0) and isolates of Unicode 6.3 and later, from
    python-bidi's Rust implementation; spaces at the end of the line take the base level (L1).
    """
    resolved = _current_levels(line, base_level)
    if resolved is None:
        return _legacy_levels(line, base_level)
    end = len(line)
    while end and line[end - 1] in " \t":
        end -= 1
        resolved[end] = base_level
    return resolved


def _current_levels(line: str, base_level: int) -> list[int] | None:
    """The levels from python-bidi's Rust implementation (the unicode-bidi crate). It gives them
    only in its debug report, one per UTF-8 byte; None if that report is not as expected (the
    older algorithm is used then)."""
    if not line:
        return []
    try:
        report = str(bidi_get_display(line, base_dir=("L", "R")[base_level], debug=True))
    except Exception:  # noqa: BLE001 - any failure of the library: the older algorithm serves
        return None
    start = report.find("levels:")
    end = report.find("paragraphs:", start)
    if start < 0 or end < 0:
        return None
    per_byte = [int(level) for level in _LEVEL.findall(report[start:end])]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    result = []
    offset = 0
    for char in line:
        result.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return result


def _legacy_levels(line: str, base_level: int) -> list[int]:
    """The levels by python-bidi's older Python algorithm (no paired brackets, isolates read as
    embeddings). Controls the algorithm removes (X9) take the level before them, and spaces at
    the end of the line the base level (L1). Should the algorithm fail on some odd sequence of
    controls, the whole line takes the base level: it prints, perhaps in the wrong order."""
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    resolved: list[int | None] = [None] * len(line)
    try:
        bidi_algorithm.get_embedding_levels(line.translate(_ISOLATES_AS_EMBEDDINGS), storage)
        for index, char in enumerate(storage["chars"]):
            char["index"] = index
        bidi_algorithm.explicit_embed_and_overrides(storage, False)
        bidi_algorithm.resolve_weak_types(storage, False)
        bidi_algorithm.resolve_neutral_types(storage, False)
        bidi_algorithm.resolve_implicit_levels(storage, False)
    except (AssertionError, IndexError, KeyError):
        storage["chars"] = []
    for char in storage["chars"]:
        resolved[char["index"]] = char["level"]
    result = []
    previous = base_level
    for level in resolved:
        previous = previous if level is None else level
        result.append(previous)
    end = len(line)
    while end and line[end - 1] in " \t":
        end -= 1
        result[end] = base_level
    return result


def direction_runs(text: str) -> list[tuple[str, bool]]:
    """The text in runs of one direction, in typed order: (text, right-to-left). A text with
    nothing right-to-left is one left-to-right run."""
    if not has_rtl(text):
        return [(text, False)]
    resolved = levels(text, 1 if base_is_rtl(text) else 0)
    runs: list[tuple[str, bool]] = []
    for ch, level in zip(text, resolved, strict=True):
        rtl = level % 2 == 1
        if runs and runs[-1][1] == rtl:
            runs[-1] = (runs[-1][0] + ch, rtl)
        else:
            runs.append((ch, rtl))
    return runs
