"""Password protection for exported minutes sent by email.

DOCX: Office's own encryption (ECMA-376 agile, AES) through msoffcrypto-tool; Word and
LibreOffice ask for the password when the file is opened. PDF: the PDF standard security
handler through reportlab (128-bit; every PDF reader asks for the password).

The password is only passed through: never logged, never stored.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption

# reportlab's strongest without the optional pyaes package (256 needs it).
PDF_STRENGTH = 128


class UnusablePassword(ValueError):
    """The password cannot protect the files; the message says why in plain words."""


def check_password(password: str) -> None:
    """Refuse a password that would protect nothing, or that a PDF reader could not take.

    Raises:
        UnusablePassword: the password is empty or only spaces, or has a character a PDF
            password cannot hold (PDF readers read these passwords as Latin-1).
    """
    if not password.strip():
        raise UnusablePassword("The password is empty. Type a password, or export without one.")
    try:
        password.encode("latin-1")
    except UnicodeEncodeError:
        raise UnusablePassword(
            "The password has a character that a PDF password cannot hold. Use letters, "
            "digits, spaces and punctuation from a UK or Western European keyboard."
        ) from None


def pdf_encryption(password: str) -> StandardEncryption:
    """The encryption for a PDF that opens with password; the owner password (which lifts the
    restrictions) is random and thrown away."""
    check_password(password)
    # As bytes, because reportlab would encode it as UTF-8 and readers type it as Latin-1
    # (PDFDocEncoding), so an accented letter would never match.
    return StandardEncryption(
        password.encode("latin-1"),
        ownerPassword=secrets.token_urlsafe(32),
        strength=PDF_STRENGTH,
    )


def encrypt_docx(plain: bytes, password: str) -> bytes:
    """An encrypted copy of a DOCX held in memory."""
    check_password(password)
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, encrypted)
    return encrypted.getvalue()


def is_protected(path: Path) -> bool:
    """Whether an exported DOCX or PDF is password protected; False for any other file.

    Raises:
        Exception: whatever the PDF or Office reader raises for a damaged file.
    """
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        return bool(PdfReader(str(path)).is_encrypted)
    if suffix == ".docx":
        import olefile

        # A plain DOCX is a zip; Office encryption wraps it in an OLE compound file.
        if not olefile.isOleFile(str(path)):
            return False
        import msoffcrypto

        with open(path, "rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    return False
