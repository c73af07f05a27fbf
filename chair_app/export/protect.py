"""Password protection for exported minutes sent by email.

DOCX: Office's own encryption (ECMA-376 agile, AES) through msoffcrypto-tool; Word and
LibreOffice ask for the password when the file is opened. PDF: the PDF standard security
handler with AES-256 (revision 6, as PDF 2.0 defines it) through pypdf, applied in memory to
the drawn bytes; every PDF reader asks for the password.

The password is only passed through: never logged, never stored.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass, field
from pathlib import Path

# pypdf's name for the standard security handler's revision 6: AES-256 (/V 5, /R 6, /AESV3).
PDF_ALGORITHM = "AES-256"


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


@dataclass(frozen=True, slots=True)
class PdfEncryption:
    """The encryption for a PDF that opens with a password."""

    password: str = field(repr=False)

    def apply(self, plain: bytes) -> bytes:
        """An encrypted copy of a PDF held in memory. The owner password (which lifts the
        restrictions) is random and thrown away. AES-256 passwords are UTF-8 (after SASLprep),
        as every PDF 2.0 reader types them."""
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
        writer.encrypt(
            user_password=self.password,
            owner_password=secrets.token_urlsafe(32),
            algorithm=PDF_ALGORITHM,
        )
        encrypted = io.BytesIO()
        writer.write(encrypted)
        return encrypted.getvalue()


def pdf_encryption(password: str) -> PdfEncryption:
    """The encryption for a PDF that opens with password (checked first).

    Raises:
        UnusablePassword: see check_password.
    """
    check_password(password)
    return PdfEncryption(password)


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
