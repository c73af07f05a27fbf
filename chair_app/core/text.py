"""Text hygiene for documents. Stored text is never altered; only what goes into a file is."""

from __future__ import annotations

import re
import unicodedata

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates and
# U+FFFE/U+FFFF; python-docx (lxml) refuses the rest, and text pasted from other programs
# (vertical tabs from Word, NULs, escape codes) often carries them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def document_safe(text: str) -> str:
    """Text that every document format can hold: XML-invalid characters removed.

    Vertical tab and form feed (Word's line and page breaks) become newlines so that the words
    either side stay apart.
    """
    text = text.replace("\x0b", "\n").replace("\x0c", "\n").replace("\r\n", "\n")
    text = text.replace("\r", "\n")
    return _XML_INVALID.sub("", text)


_FILE_NAME_CHARACTER = re.compile(r"[\w\s\-.,()&']")


def _in_file_name(ch: str) -> bool:
    # Letters of every script with their vowel signs, viramas and other combining marks, and
    # the joiners Urdu and Indic names need ("प्रिया" must not become "परय").
    return (
        _FILE_NAME_CHARACTER.match(ch) is not None
        or unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ch in "\u200c\u200d"
    )


def safe_file_stem(text: str, limit: int = 80) -> str:
    """A file name stem from free text: letters (of any script, with their marks), digits,
    spaces and a few marks only, NFC."""
    text = unicodedata.normalize("NFC", document_safe(text))
    cleaned = "".join(ch for ch in text if _in_file_name(ch))
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:limit].strip(" .") or "minutes"
