"""The agreed PDF is signed with the council's own certificate when IT provides one in the
signing folder, and an export that cannot sign as IT asked writes and records nothing."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path

import pytest
from conftest import TODAY
from row_snapshot import every_row

from chair_app.core.domain import MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFailed, ExportFormat
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import MinutesService, VerifyKind
from chair_app.services.signing import APP_KEY_SETTING

COUNCIL = "Northfield Council minutes signing"
KEY_PASSWORD = "council key password 7"


def _council_files(folder: Path) -> bytes:
    """A certificate and a password-protected key, as IT would provide; returns the
    certificate (PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, COUNCIL)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    ).public_bytes(serialization.Encoding.PEM)
    folder.mkdir()
    (folder / "signing-certificate.pem").write_bytes(certificate)
    (folder / "signing-key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(KEY_PASSWORD.encode()),
        )
    )
    (folder / "signing-key-password.txt").write_text(KEY_PASSWORD + "\n", encoding="utf-8")
    return certificate


def _agreed(factory: SessionFactory) -> int:
    """The demo's closed meeting, its minutes agreed (the test uses ``with_demo_family``)."""
    closed = next(
        m.id for m in MeetingService(factory).list_meetings() if m.status is MeetingStatus.CLOSED
    )
    MinutesService(factory).agree(closed, None, TODAY)
    return closed


def _signer(pdf: Path, certificate: bytes) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.keys import load_cert_from_pemder
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

    trust = pdf.parent / "trust.pem"
    trust.write_bytes(certificate)
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    status = validate_pdf_signature(
        reader.embedded_signatures[0],
        ValidationContext(trust_roots=[load_cert_from_pemder(str(trust))], allow_fetching=False),
    )
    assert status.bottom_line, status.pretty_print_details()
    return status.signing_cert.subject.human_friendly


def test_the_councils_certificate_signs_instead_of_the_apps(
    factory: SessionFactory, with_demo_family: None, tmp_path: Path
) -> None:
    closed = _agreed(factory)
    certificate = _council_files(tmp_path / "signing")
    minutes = MinutesService(factory, signing_folder=tmp_path / "signing")

    pdf = minutes.export(closed, ExportFormat.PDF, tmp_path / "agreed.pdf", today=TODAY)

    assert COUNCIL in _signer(pdf, certificate)
    assert minutes.verify(pdf).kind is VerifyKind.AGREED
    assert minutes.signing_certificate() == certificate
    # The app made no key of its own.
    from chair_app.models.repositories import SettingsRepository

    assert SettingsRepository(factory).get(APP_KEY_SETTING) == ""


@pytest.mark.parametrize("problem", ["no key file", "wrong password"])
def test_an_unusable_council_key_refuses_the_export_and_changes_nothing(
    factory: SessionFactory, with_demo_family: None, tmp_path: Path, problem: str
) -> None:
    closed = _agreed(factory)
    folder = tmp_path / "signing"
    _council_files(folder)
    if problem == "no key file":
        (folder / "signing-key.pem").unlink()
    else:
        (folder / "signing-key-password.txt").write_text("not it\n", encoding="utf-8")
    minutes = MinutesService(factory, signing_folder=folder)
    out = tmp_path / "out"
    out.mkdir()
    before = every_row(factory)

    with pytest.raises(ExportFailed) as refused:
        minutes.export(closed, ExportFormat.PDF, out / "agreed.pdf", today=TODAY)

    assert str(folder) in str(refused.value)
    assert ("signing-key.pem is missing" if problem == "no key file" else "password") in str(
        refused.value
    )
    assert list(out.iterdir()) == []
    assert every_row(factory) == before
