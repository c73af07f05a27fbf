"""Kill a change of passphrase at a named stage: a forked child re-keys with
``CHAIR_FAULT=rekey:<stage>`` set and SIGKILLs itself there (services.rekey._fault), as a power
cut or kill -9 would stop it. No cleanup runs in the child."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path


def killed_during_rekey(data_dir: Path, old: str, new: str, stage: str) -> bool:
    """Re-key the folder's closed store in a child killed at ``stage``. Returns whether the
    child was killed (False: it finished without reaching the stage)."""
    from chair_app.services.storage import open_store

    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.environ["CHAIR_FAULT"] = f"rekey:{stage}"
            open_store(data_dir, old).change_passphrase(old, new)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0, "the re-key failed in the child"
    return False


@contextlib.contextmanager
def cheap_keys(iterations: int = 4000) -> Iterator[None]:
    """SQLCipher's key derivation made cheap for the stores made inside (its default iterations
    lowered for the whole process, then put back): what a kill leaves behind does not depend
    on it."""
    _set_kdf_iterations(iterations)
    try:
        yield
    finally:
        _set_kdf_iterations(256_000)


def _set_kdf_iterations(count: int) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(":memory:")
    connection.execute(f"PRAGMA cipher_default_kdf_iter = {count}")
    connection.close()
