"""Reading exported minutes back as a reader would: the words of a DOCX or of each PDF page,
without the page furniture (marking, page numbers, footer), so that a paragraph broken across
pages still reads as one."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from pypdf import PdfReader

# The version note printed under every page footer.
NOTE = re.compile(r"Version (\d+) \(([^)]*)\) · SHA-256 ([0-9a-f]{64})")
_FURNITURE = (
    re.compile(r"^OFFICIAL-SENSITIVE$"),
    re.compile(r"^Page \d+ of \d+$"),
    NOTE,
)


def one_line(text: str) -> str:
    return " ".join(text.split())


def docx_body(path: Path) -> str:
    """Every paragraph and table cell of a DOCX, in one line of words."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return one_line("\n".join(parts))


def docx_footers(path: Path) -> list[str]:
    """The footer of every section of a DOCX, each as one line."""
    document = docx.Document(str(path))
    return [one_line("\n".join(p.text for p in s.footer.paragraphs)) for s in document.sections]


def docx_first_lines(path: Path, count: int = 3) -> list[str]:
    document = docx.Document(str(path))
    return [p.text.strip() for p in document.paragraphs if p.text.strip()][:count]


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_body(path: Path, footer_label: str) -> str:
    """The words of every page of a PDF, without the marking, footer and version note."""
    lines = []
    for page in pdf_pages(path):
        for line in page.splitlines():
            line = line.strip()
            if line == footer_label or any(p.search(line) for p in _FURNITURE):
                continue
            lines.append(line)
    return one_line("\n".join(lines))


def words(text: str) -> list[str]:
    return sorted(re.findall(r"\w+", text.casefold()))
