"""Which key signs the agreed minutes' PDF, and which certificates ``verify`` trusts.

The app's own key: an EC P-256 key with a self-signed certificate "Chair minutes signing key",
made the first time an agreed PDF is exported (or its certificate asked for) and kept in the
data file, which SQLCipher encrypts with a key derived from the passphrase. It is never written
anywhere else; it goes with the data into its (encrypted) backups and a changed passphrase
re-encrypts it with the rest.

A council's own certificate: IT puts ``signing-certificate.pem`` (the certificate, then any
issuing certificates) and ``signing-key.pem`` (PKCS#8 or traditional PEM, encrypted or not) in
the signing folder: ``signing`` in the data folder, or the folder named by the environment
variable ``CHAIR_APP_SIGNING_DIR``. The key's password, if it has one, is the first line of
``signing-key-password.txt`` in that folder or the environment variable
``CHAIR_APP_SIGNING_KEY_PASSWORD``. When both files are there, they sign instead of the app's
own key; the app's own certificate stays trusted for the files it signed before.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from chair_app.core.language import translate
from chair_app.export.pdf_signing import (
    SigningKey,
    SigningProblem,
    certificate_pem,
    load_signing_key,
    new_signing_key,
)
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import SettingsRepository
from chair_app.services.export_minutes import ExportFailed

APP_KEY_SETTING = "signing_key"  # the app's key (PKCS#8 PEM) followed by its certificate (PEM)
COUNCIL_CERTIFICATE_FILE = "signing-certificate.pem"
COUNCIL_KEY_FILE = "signing-key.pem"
COUNCIL_PASSWORD_FILE = "signing-key-password.txt"
PASSWORD_VARIABLE = "CHAIR_APP_SIGNING_KEY_PASSWORD"
_CERTIFICATE_START = b"-----BEGIN CERTIFICATE-----"


class SigningUnavailable(ExportFailed):
    """The council's key or certificate cannot be used; the message says why and where."""


class SigningService:
    def __init__(self, factory: SessionFactory, council_folder: Path | None = None) -> None:
        self._settings = SettingsRepository(factory)
        self._council_folder = council_folder
        self._lock = threading.Lock()
        self._app_key: SigningKey | None = None

    # The council's own certificate

    def _council_paths(self) -> tuple[Path, Path] | None:
        """The council's certificate and key files, when IT has put both in place.

        Raises:
            SigningUnavailable: only one of the two is there.
        """
        if self._council_folder is None:
            return None
        certificate = self._council_folder / COUNCIL_CERTIFICATE_FILE
        key = self._council_folder / COUNCIL_KEY_FILE
        if not certificate.exists() and not key.exists():
            return None
        if not certificate.is_file() or not key.is_file():
            missing = key if certificate.is_file() else certificate
            raise SigningUnavailable(
                translate(
                    "Signing",
                    "The council's signing files in {folder} are incomplete: "
                    "{missing} is missing. Ask IT to put both {certificate} and {key} there.",
                ).format(
                    folder=self._council_folder,
                    missing=missing.name,
                    certificate=COUNCIL_CERTIFICATE_FILE,
                    key=COUNCIL_KEY_FILE,
                )
            )
        return certificate, key

    def _council_password(self) -> bytes | None:
        assert self._council_folder is not None
        from_env = os.environ.get(PASSWORD_VARIABLE)
        if from_env:
            return from_env.encode("utf-8")
        file = self._council_folder / COUNCIL_PASSWORD_FILE
        if not file.is_file():
            return None
        lines = file.read_text(encoding="utf-8").splitlines()
        return lines[0].encode("utf-8") if lines else None

    def _council_key(self) -> SigningKey | None:
        paths = self._council_paths()
        if paths is None:
            return None
        certificate, key = paths
        try:
            return load_signing_key(
                key.read_bytes(), certificate.read_bytes(), self._council_password()
            )
        except SigningProblem as error:
            raise SigningUnavailable(
                translate(
                    "Signing",
                    "The council's signing key in {folder} cannot be used: {problem} "
                    "Ask IT to check it.",
                ).format(folder=self._council_folder, problem=error)
            ) from None
        except (OSError, UnicodeDecodeError) as error:
            raise SigningUnavailable(
                translate(
                    "Signing", "The council's signing files in {folder} cannot be read: {reason}."
                ).format(
                    folder=self._council_folder,
                    reason=getattr(error, "strerror", None) or type(error).__name__,
                )
            ) from None

    # The app's own key

    def _stored_app_key(self) -> SigningKey | None:
        stored = self._settings.get(APP_KEY_SETTING).encode("ascii")
        if not stored:
            return None
        start = stored.index(_CERTIFICATE_START)
        return load_signing_key(stored[:start], stored[start:])

    def _app_key_made_once(self) -> SigningKey:
        with self._lock:
            if self._app_key is None:
                key = self._stored_app_key()
                if key is None:
                    key_pem, certificate = new_signing_key()
                    self._settings.set_once(APP_KEY_SETTING, (key_pem + certificate).decode())
                    key = self._stored_app_key()  # the one stored, if another was first
                assert key is not None
                self._app_key = key
            return self._app_key

    # What exports and verify use

    def signing_key(self) -> SigningKey:
        """The key that signs: the council's when IT has provided one, else the app's own
        (made now if this is its first use).

        Raises:
            SigningUnavailable: the council's files are there but cannot be used.
        """
        return self._council_key() or self._app_key_made_once()

    def certificate_pem(self) -> bytes:
        """The certificate a recipient checks the signature against (PEM)."""
        key = self.signing_key()
        return b"".join(certificate_pem(c) for c in (key.certificate, *key.chain))

    def trusted_certificates(self) -> tuple[bytes, ...]:
        """The certificates (DER) a signature must be made with: the app's own, if it has
        been made, and the council's. Reads only: no key is made."""
        trusted = []
        if self._app_key is not None:
            trusted.append(self._app_key.certificate)
        else:
            stored = self._stored_app_key()
            if stored is not None:
                trusted.append(stored.certificate)
        council = self._council_certificate()
        if council is not None:
            trusted.append(council)
        return tuple(trusted)

    def _council_certificate(self) -> bytes | None:
        """The council's signing certificate (DER), without its key: checking needs no
        password. None when there is none, or it cannot be read."""
        try:
            paths = self._council_paths()
        except SigningUnavailable:
            return None
        if paths is None:
            return None
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        try:
            first = x509.load_pem_x509_certificates(paths[0].read_bytes())[0]
        except (OSError, ValueError):
            return None
        return first.public_bytes(serialization.Encoding.DER)
