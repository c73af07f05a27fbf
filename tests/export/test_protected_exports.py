"""Password-protected exports for sending by email: the files open only with the password, say
the same as the unprotected ones, and a failure never leaves a file behind."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

import docx
import msoffcrypto
import pytest
from conftest import TODAY
from docx.opc.exceptions import PackageNotFoundError
from msoffcrypto.exceptions import InvalidKeyError
from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError

from chair_app.core.domain import MeetingStatus
from chair_app.export import protect
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFailed, ExportFormat, ExportService
from chair_app.services.families import FamilyService
from chair_app.services.minutes import PROTECTED_MESSAGE, MinutesService, VerifyKind

PASSWORD = "Heron-Lantern-82"
OLDER = b"Older minutes that someone already sent out.\n" * 20
# From the demo's closed Core Group: the class teacher's written report.
CONTENT = "She is enjoying reading club and has made a new friend."


@pytest.fixture
def demo(factory: SessionFactory, with_demo_family: None) -> tuple[ExportService, int]:
    return ExportService(factory), _closed(factory)


def _closed(factory: SessionFactory) -> int:
    """The demo family's closed Core Group."""
    (family,) = FamilyService(factory).list_families()
    meetings = FamilyService(factory).get_family(family.id).meetings
    return next(m.id for m in meetings if m.status is MeetingStatus.CLOSED)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _pdf_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx_text(source: Path | io.BytesIO) -> str:
    document = docx.Document(str(source) if isinstance(source, Path) else source)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _decrypt_docx(path: Path, password: str) -> io.BytesIO:
    plain = io.BytesIO()
    with open(path, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password=password)
        office.decrypt(plain)
    plain.seek(0)
    return plain


def _assert_aes_256(reader: PdfReader) -> None:
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/Filter"], encrypt["/V"], encrypt["/R"], encrypt["/Length"]) == (
        "/Standard", 5, 6, 256
    )
    filters = encrypt["/CF"]["/StdCF"]
    assert (filters["/CFM"], encrypt["/StmF"], encrypt["/StrF"]) == ("/AESV3", "/StdCF", "/StdCF")


def test_protected_pdf_opens_only_with_the_password_and_reads_as_the_plain_one(
    demo, out_dir: Path
) -> None:
    service, closed = demo
    plain = service.export(closed, ExportFormat.PDF, out_dir / "plain.pdf")
    path = service.export(closed, ExportFormat.PDF, out_dir / "protected.pdf", password=PASSWORD)

    locked = PdfReader(str(path))
    assert locked.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        locked.pages[0].extract_text()
    assert PdfReader(str(path)).decrypt("heron-lantern-82") == PasswordType.NOT_DECRYPTED

    reader = PdfReader(str(path))
    assert reader.decrypt(PASSWORD) == PasswordType.USER_PASSWORD
    text = _pdf_text(reader)
    assert "Marlowe family" in text
    assert CONTENT in " ".join(text.split())
    assert text == _pdf_text(PdfReader(str(plain)))
    # AES-256 (PDF 2.0's standard security handler, revision 6), not RC4; the password opens
    # it as a reader, not as the owner.
    _assert_aes_256(reader)
    assert PASSWORD.encode() not in path.read_bytes()


def test_protected_docx_opens_only_with_the_password_and_reads_as_the_plain_one(
    demo, out_dir: Path
) -> None:
    service, closed = demo
    plain = service.export(closed, ExportFormat.DOCX, out_dir / "plain.docx")
    path = service.export(
        closed, ExportFormat.DOCX, out_dir / "protected.docx", password=PASSWORD
    )

    assert not zipfile.is_zipfile(path)
    with pytest.raises(PackageNotFoundError):
        docx.Document(str(path))
    with open(path, "rb") as handle:
        assert msoffcrypto.OfficeFile(handle).is_encrypted()
    with pytest.raises(InvalidKeyError):
        _decrypt_docx(path, "heron-lantern-82")

    text = _docx_text(_decrypt_docx(path, PASSWORD))
    assert "Marlowe family" in text
    assert CONTENT in text
    assert text == _docx_text(plain)
    assert PASSWORD.encode() not in path.read_bytes()
    assert PASSWORD.encode("utf-16-le") not in path.read_bytes()


def test_protected_pdf_with_an_accented_password_opens_with_it(demo, out_dir: Path) -> None:
    service, closed = demo
    path = service.export(closed, ExportFormat.PDF, out_dir / "m.pdf", password="Café Brontë 4")
    assert PdfReader(str(path)).decrypt("Cafe Bronte 4") == PasswordType.NOT_DECRYPTED
    assert PdfReader(str(path)).decrypt("Café Brontë 4") == PasswordType.USER_PASSWORD


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=lambda f: f.value)
@pytest.mark.parametrize("password", ["", "   "], ids=["empty", "spaces"])
def test_export_with_an_empty_password_is_refused_and_writes_nothing(
    demo, out_dir: Path, fmt: ExportFormat, password: str
) -> None:
    service, closed = demo
    with pytest.raises(ExportFailed, match="The password is empty"):
        service.export(closed, fmt, out_dir / f"minutes.{fmt.value}", password=password)
    assert list(out_dir.iterdir()) == []


def test_export_with_a_password_a_pdf_cannot_hold_is_refused_and_writes_nothing(
    demo, out_dir: Path
) -> None:
    service, closed = demo
    with pytest.raises(ExportFailed, match="a PDF password cannot hold"):
        service.export(closed, ExportFormat.DOCX, out_dir / "m.docx", password="Żółw 2026")
    assert list(out_dir.iterdir()) == []


def test_docx_encryption_failure_leaves_no_file_and_says_so(
    demo, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, closed = demo

    def broken(plain: bytes, password: str) -> bytes:
        raise msoffcrypto.exceptions.EncryptionError("Unable to encrypt this file")

    monkeypatch.setattr(protect, "encrypt_docx", broken)
    with pytest.raises(ExportFailed, match="Could not create the Word document: EncryptionError"):
        service.export(closed, ExportFormat.DOCX, out_dir / "minutes.docx", password=PASSWORD)
    assert list(out_dir.iterdir()) == []


def test_pdf_encryption_failure_leaves_the_older_file_unchanged(
    demo, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, closed = demo
    target = out_dir / "minutes.pdf"
    target.write_bytes(OLDER)

    def broken(password: str) -> object:
        raise ValueError("no encryption today")

    monkeypatch.setattr(protect, "pdf_encryption", broken)
    with pytest.raises(ExportFailed, match="Could not create the PDF: ValueError"):
        service.export(closed, ExportFormat.PDF, target, overwrite=True, password=PASSWORD)
    assert target.read_bytes() == OLDER
    assert list(out_dir.iterdir()) == [target]


def test_the_password_is_never_logged(
    demo, out_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service, closed = demo
    caplog.set_level(logging.DEBUG)
    for fmt in ExportFormat:
        service.export(closed, fmt, out_dir / f"m.{fmt.value}", password=PASSWORD)
    assert caplog.records  # the exports were logged ...
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert PASSWORD not in logged  # ... without the password


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=lambda f: f.value)
def test_verify_a_protected_file_says_it_cannot_check_it(
    demo, factory: SessionFactory, out_dir: Path, fmt: ExportFormat
) -> None:
    service, closed = demo
    minutes = MinutesService(factory)
    plain = service.export(closed, fmt, out_dir / f"plain.{fmt.value}")
    protected = service.export(closed, fmt, out_dir / f"sent.{fmt.value}", password=PASSWORD)

    result = minutes.verify(protected)
    assert result.kind is VerifyKind.UNKNOWN
    assert result.message == PROTECTED_MESSAGE.format(name=f"sent.{fmt.value}")
    assert "protected with a password" in result.message
    # The unprotected copy of the same minutes is still checked.
    assert minutes.verify(plain).kind is VerifyKind.DRAFT


def test_agreed_protected_pdf_is_aes_256_signed_and_its_signature_holds(
    factory: SessionFactory, with_demo_family: None, out_dir: Path
) -> None:
    """The agreed copy is signed after it is protected: it opens with the password only, it
    is AES-256, and once opened its signature still covers the whole file."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.keys import load_cert_from_pemder
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

    closed = _closed(factory)
    minutes = MinutesService(factory)
    minutes.agree(closed, None, TODAY)
    password = "Café Brontë 4"
    path = minutes.export(closed, ExportFormat.PDF, out_dir / "agreed.pdf", today=TODAY,
                          password=password)

    assert PdfReader(str(path)).decrypt("Cafe Bronte 4") == PasswordType.NOT_DECRYPTED
    reader = PdfReader(str(path))
    assert reader.decrypt(password) == PasswordType.USER_PASSWORD
    _assert_aes_256(reader)
    assert CONTENT in " ".join(_pdf_text(reader).split())
    checked = minutes.verify(path)  # the file as exported: known byte for byte
    assert checked.kind is VerifyKind.AGREED
    assert "protected with a password" in checked.message

    signed = PdfFileReader(io.BytesIO(path.read_bytes()))
    signed.decrypt(password.encode("utf-8"))
    trust = out_dir.parent / "trust.pem"
    trust.write_bytes(minutes.signing_certificate())
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(trust))],
                                allow_fetching=False)
    status = validate_pdf_signature(signed.embedded_signatures[0], context)
    assert status.bottom_line, status.pretty_print_details()
    assert status.coverage.name == "ENTIRE_FILE"
