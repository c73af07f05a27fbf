"""A real PostgreSQL server for the team-server tests: the distribution's own binaries, a fresh
cluster in a temporary folder, on a free local port, with TLS from a certificate authority made
for the run (so ``sslmode=verify-full`` is exercised, as in a council).

One cluster per test process (per xdist worker); each test gets its own database (and its own
role prefix, because roles belong to the whole cluster). As root (CI), the server runs as the
``postgres`` user that the distribution's package creates: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ADMIN_USER = "chair_admin"
ADMIN_PASSWORD = "admin-" + uuid.uuid4().hex[:12]


def postgres_bin() -> Path:
    """The newest PostgreSQL the distribution installed (Debian: /usr/lib/postgresql/N/bin)."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError(
        "PostgreSQL is not installed: apt-get install postgresql (scripts/test installs it)"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _make_tls(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for localhost and 127.0.0.1 signed by it."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Chair test council CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = folder / "ca.crt"
    cert_file = folder / "server.crt"
    key_file = folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    return ca_file, cert_file, key_file


@dataclass
class Cluster:
    folder: Path
    port: int
    ca_file: Path
    bin: Path
    run_as: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, user: str = ADMIN_USER, password: str | None = ADMIN_PASSWORD,
            database: str = "postgres", host: str = "localhost") -> str:
        """A SQLAlchemy URL (psycopg 3) with TLS verified against the run's CA."""
        from sqlalchemy import URL

        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host=host,
            port=self.port,
            database=database,
            query={"sslmode": "verify-full", "sslrootcert": str(self.ca_file)},
        ).render_as_string(hide_password=False)

    def _command(self, *args: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._command(str(self.bin / "pg_ctl"), "-D", str(self.data), *args),
            capture_output=True,
            text=True,
            check=check,
            timeout=60,
        )

    def start(self) -> None:
        self.pg_ctl("-w", "-l", str(self.folder / "server.log"), "start")

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-w", "-m", mode, "stop", check=False)

    def is_running(self) -> bool:
        return self.pg_ctl("status", check=False).returncode == 0

    def admin_sql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host="localhost", port=self.port, user=ADMIN_USER, password=ADMIN_PASSWORD,
            dbname=database, sslmode="verify-full", sslrootcert=str(self.ca_file),
            autocommit=True,
        ) as connection:
            connection.execute(sql.encode())


def start_cluster() -> Cluster:
    binaries = postgres_bin()
    run_as = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="chair-pg-"))
    folder.chmod(0o755)
    ca_file, cert_file, key_file = _make_tls(folder)
    ca_file.chmod(0o644)
    cert_file.chmod(0o644)
    if run_as:
        entry = pwd.getpwnam(run_as)
        for path in (folder, cert_file, key_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    password_file = folder / "pw"
    password_file.write_text(ADMIN_PASSWORD)
    if run_as:
        os.chown(password_file, pwd.getpwnam(run_as).pw_uid, -1)
    cluster = Cluster(folder, _free_port(), ca_file, binaries, run_as)
    subprocess.run(
        cluster._command(
            str(binaries / "initdb"), "-D", str(cluster.data), "-U", ADMIN_USER,
            "--pwfile", str(password_file), "-A", "scram-sha-256", "-E", "UTF8",
            "--locale", "C.UTF-8", "--no-sync",
        ),
        capture_output=True, text=True, check=True, timeout=120,
    )
    password_file.unlink()
    settings = (
        f"port = {cluster.port}\n"
        "listen_addresses = '127.0.0.1'\n"
        f"unix_socket_directories = '{folder}'\n"
        "ssl = on\n"
        f"ssl_cert_file = '{cert_file}'\n"
        f"ssl_key_file = '{key_file}'\n"
        "fsync = off\n"
        "max_connections = 200\n"
    )
    with open(cluster.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(settings)
    # Only TLS over TCP with a password, as a council's server would be.
    (cluster.data / "pg_hba.conf").write_text(
        "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
    )
    cluster.start()
    deadline = time.monotonic() + 30
    while not cluster.is_running() and time.monotonic() < deadline:
        time.sleep(0.1)
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.folder, ignore_errors=True)


def _main(argv: list[str]) -> int:
    """``pg_cluster.py start FILE``: start a cluster with a database ``chair`` and write what
    reaches it (port, CA file, admin user and password, folder) to FILE as JSON;
    ``pg_cluster.py stop FILE``: stop it and remove its folder (scripts/plain_install_check)."""
    import json

    action, info_file = argv
    if action == "start":
        cluster = start_cluster()
        cluster.admin_sql("CREATE DATABASE chair")
        Path(info_file).write_text(
            json.dumps(
                {
                    "folder": str(cluster.folder),
                    "port": cluster.port,
                    "ca_file": str(cluster.ca_file),
                    "bin": str(cluster.bin),
                    "run_as": cluster.run_as,
                    "admin_user": ADMIN_USER,
                    "admin_password": ADMIN_PASSWORD,
                }
            )
        )
        return 0
    info = json.loads(Path(info_file).read_text())
    remove_cluster(
        Cluster(Path(info["folder"]), info["port"], Path(info["ca_file"]), Path(info["bin"]),
                info["run_as"])
    )
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
