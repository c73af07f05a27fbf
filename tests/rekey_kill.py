"""Kill a change of passphrase at a named stage: a forked child re-keys with
``CHAIR_FAULT=rekey:<stage>`` set and SIGKILLs itself there (services.rekey._fault), as a power
cut or kill -9 would stop it. No cleanup runs in the child."""

from __future__ import annotations

import os
import signal
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
