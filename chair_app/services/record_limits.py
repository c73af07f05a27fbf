"""The bounds an imported record (or package) must keep, so that a hostile or broken file is
refused with a message instead of exhausting memory, time or the interpreter's stack.

Chair's own records are far inside every bound: a family's whole history is a few hundred
kilobytes, nested about a dozen levels, with tens of items of each kind.

* ``MAX_RECORD_BYTES``: a record file, or what a package unpacks to (checked before the file is
  read whole, and while a package is decompressed). The default of the setting
  ``record_size_limit_mb`` (services.settings), which a council may lower or raise.
* ``MAX_NESTING``: lists and objects inside one another (checked before the JSON is parsed;
  Python's json module recurses once per level).
* ``MAX_ITEMS`` and ``MAX_TEXT``: items in any one list, characters in any one text field
  (``maxItems`` / ``maxLength`` in the record's JSON Schema, which must keep these numbers; a
  test checks it).
"""

from __future__ import annotations

import re

MAX_RECORD_BYTES = 50 * 1024 * 1024
RECORD_SIZE_LIMIT_KEY = "record_size_limit_mb"
RECORD_SIZE_LIMIT_RANGE_MB = (1, 500)
MAX_NESTING = 64
MAX_ITEMS = 10_000
MAX_TEXT = 200_000

# A JSON string, escapes included (the "unrolled loop" form: no nested repetition to backtrack).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def nesting_depth(data: bytes, limit: int = MAX_NESTING) -> int:
    """How deeply the JSON in ``data`` nests lists and objects, counting no further than just
    past ``limit`` (brackets inside strings are not counted). Cheap: strings are dropped by one
    regular expression and the brackets left are counted; nothing is parsed."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = deepest = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        else:
            depth -= 1
    return deepest
