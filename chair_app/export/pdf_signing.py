"""The digital signature of the agreed minutes' PDF (PAdES, through pyHanko), and checking it.

The signature is a certification signature that allows no changes: a PDF reader (Adobe
Reader's signature panel) and pyHanko both report any later change, whether the file was
rewritten (the signature no longer matches) or added to (an incremental update: a comment,
an annotation, a drawing over a page).

Pure: keys and certificates come in as bytes, and nothing here reads the data or opens the
network (certificate revocation is not fetched; the trust anchor is given).
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SIGNER_NAME = "Chair minutes signing key"
SIGNATURE_FIELD = "ChairAgreedMinutes"
SIGNATURE_REASON = "The agreed minutes, as exported by Chair"
# How long the app's own certificate lasts: agreed minutes are kept for decades.
CERTIFICATE_YEARS = 30


class SigningProblem(ValueError):
    """A key or certificate cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class SigningKey:
    """A private key and its certificate, held in memory for signing only."""

    certificate: bytes  # DER
    private_key: bytes = field(repr=False)  # PKCS#8 DER, unencrypted: never written anywhere
    chain: tuple[bytes, ...] = ()  # DER certificates of the issuers, embedded in the signature

    @property
    def subject(self) -> str:
        from cryptography import x509

        return x509.load_der_x509_certificate(self.certificate).subject.rfc4514_string()


def _pyhanko() -> dict[str, Any]:
    """pyHanko's parts, imported on first use (they take a moment). Its import warns that
    cryptography deprecates DSA, which Chair does not use; its diff analysis logs a traceback
    for every change it finds, which this module reports in words instead."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            from cryptography.utils import CryptographyDeprecationWarning

            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        except ImportError:  # pragma: no cover - older cryptography
            pass
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign import fields, signers
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko.sign.validation.status import SignatureCoverageLevel
        from pyhanko_certvalidator import ValidationContext
        from pyhanko_certvalidator.registry import SimpleCertificateStore
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    return {
        "IncrementalPdfFileWriter": IncrementalPdfFileWriter,
        "PdfFileReader": PdfFileReader,
        "fields": fields,
        "signers": signers,
        "validate_pdf_signature": validate_pdf_signature,
        "SignatureCoverageLevel": SignatureCoverageLevel,
        "ValidationContext": ValidationContext,
        "SimpleCertificateStore": SimpleCertificateStore,
    }


def new_signing_key(now: dt.datetime | None = None) -> tuple[bytes, bytes]:
    """A new EC P-256 key and its self-signed certificate "Chair minutes signing key".

    Returns:
        (the private key as unencrypted PKCS#8 PEM, the certificate as PEM). The caller keeps
        the key encrypted.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = now or dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, SIGNER_NAME),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Chair"),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * CERTIFICATE_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM)


def load_signing_key(
    key_pem: bytes, certificates_pem: bytes, password: bytes | None = None
) -> SigningKey:
    """A key and its certificate from PEM (the certificate first, then any issuers).

    Raises:
        SigningProblem: a file is not PEM, the password is wrong or missing, or the key is
            not the certificate's.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        certificates = x509.load_pem_x509_certificates(certificates_pem)
    except ValueError:
        raise SigningProblem("The signing certificate is not a PEM certificate.") from None
    try:
        key = serialization.load_pem_private_key(key_pem, password=password)
    except TypeError:
        raise SigningProblem(
            "The signing key is protected with a password, and none was given."
            if password is None
            else "The signing key is not protected with a password, but one was given."
        ) from None
    except ValueError:
        raise SigningProblem(
            "The signing key cannot be read: it is not a PEM private key, or the password "
            "is not right."
        ) from None
    der = serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(serialization.Encoding.DER, der) != certificates[
        0
    ].public_key().public_bytes(serialization.Encoding.DER, der):
        raise SigningProblem("The signing key is not the key of the signing certificate.")
    return SigningKey(
        certificates[0].public_bytes(serialization.Encoding.DER),
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        tuple(c.public_bytes(serialization.Encoding.DER) for c in certificates[1:]),
    )


def certificate_pem(der: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


def sign_pdf(data: bytes, key: SigningKey, *, password: str | None = None) -> bytes:
    """The PDF with a certification signature that allows no changes, added as an incremental
    update (the drawn bytes are kept as they are). A password-protected PDF is opened with its
    password and stays protected with it."""
    parts = _pyhanko()
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    signer = parts["signers"].SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(key.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_key),
        cert_registry=parts["SimpleCertificateStore"].from_certs(
            [asn1_x509.Certificate.load(c) for c in key.chain]
        ),
    )
    writer = parts["IncrementalPdfFileWriter"](io.BytesIO(data))
    if password is not None:
        # AES-256 (export.protect): the password as UTF-8, as the file was encrypted with it.
        writer.encrypt(password.encode("utf-8"))
    metadata = parts["signers"].PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        reason=SIGNATURE_REASON,
        md_algorithm="sha256",
        subfilter=parts["fields"].SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=parts["fields"].MDPPerm.NO_CHANGES,
    )
    output = io.BytesIO()
    parts["signers"].sign_pdf(writer, metadata, signer=signer, output=output)
    return output.getvalue()


class SignatureState(enum.Enum):
    UNSIGNED = "unsigned"
    SIGNED = "signed"  # intact, by a trusted key, covering the whole file, nothing added
    CHANGED = "changed"  # changed or added to after it was signed
    OTHER_KEY = "other key"  # intact, but signed with a key that is not trusted here
    UNREADABLE = "unreadable"  # protected with a password, or too damaged to find out


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    state: SignatureState
    signer: str = ""  # the signing certificate's subject, as people read it


def check_pdf_signature(data: bytes, trusted: Sequence[bytes]) -> SignatureCheck:
    """Whether a PDF carries a signature by one of the trusted certificates (DER) that still
    covers the whole file, unchanged. The first signature is the one checked: a later
    signature is itself a change made after it."""
    parts = _pyhanko()
    try:
        reader = parts["PdfFileReader"](io.BytesIO(data), strict=False)
        if reader.encrypted:
            return SignatureCheck(SignatureState.UNREADABLE)
        signatures = reader.embedded_signatures
    except Exception:  # noqa: BLE001 - a damaged file of any kind: the caller says so
        return SignatureCheck(SignatureState.UNREADABLE)
    if not signatures:
        return SignatureCheck(SignatureState.UNSIGNED)
    from asn1crypto import x509 as asn1_x509

    context = parts["ValidationContext"](
        trust_roots=[asn1_x509.Certificate.load(c) for c in trusted], allow_fetching=False
    )
    first = signatures[0]
    try:
        status = parts["validate_pdf_signature"](first, context)
    except Exception:  # noqa: BLE001 - a signature too damaged to check does not match
        return SignatureCheck(SignatureState.CHANGED)
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else ""
    if not (status.intact and status.valid):
        return SignatureCheck(SignatureState.CHANGED, signer)
    if not status.trusted:
        return SignatureCheck(SignatureState.OTHER_KEY, signer)
    whole = status.coverage is parts["SignatureCoverageLevel"].ENTIRE_FILE
    if len(signatures) > 1 or not whole or not status.docmdp_ok:
        return SignatureCheck(SignatureState.CHANGED, signer)
    return SignatureCheck(SignatureState.SIGNED, signer)
