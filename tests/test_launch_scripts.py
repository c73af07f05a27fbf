"""scripts/demo, scripts/run and scripts/test install into .venv only when it is missing or
pyproject.toml changed; otherwise they start at once, with no network.

Each test runs the real scripts on a copy of the project, with stand-ins on PATH for python3,
dpkg-query, apt-get and sudo, and a stand-in .venv whose python and chair-app record how they
were called: pip is "run" when the .venv python is called with ``-m pip``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the real shell scripts

ROOT = Path(__file__).resolve().parent.parent

# The .venv's python: records its arguments; "pip install -e" puts chair-app in place (or
# fails when FAKE_PIP_FAILS is set, as it does with no network).
VENV_PYTHON = """#!/bin/bash
echo "python $*" >> "$FAKE_LOG"
if [ "$1 $2 $3" = "-m pip install" ]; then
  [ -n "${FAKE_PIP_FAILS:-}" ] && { echo "ERROR: No matching distribution (no network)" >&2; exit 1; }
  bin="$(dirname "$0")"
  printf '#!/bin/bash\\necho "chair-app $*" >> "$FAKE_LOG"\\n' > "$bin/chair-app"
  chmod +x "$bin/chair-app"
fi
exit 0
"""

# System python3: only "python3 -m venv DIR" is expected; it makes DIR/bin/python.
SYSTEM_PYTHON = """#!/bin/bash
echo "python3 $*" >> "$FAKE_LOG"
if [ "$1 $2" = "-m venv" ]; then
  mkdir -p "$3/bin" && cp "$FAKE_BIN/venv-python" "$3/bin/python" && chmod +x "$3/bin/python"
  exit 0
fi
exit 1
"""

# "dpkg-query -W -f=FORMAT PACKAGE...": every system package is installed, but FAKE_MISSING.
DPKG_QUERY = """#!/bin/bash
for package in "$@"; do
  case "$package" in -*|"${FAKE_MISSING:-}") ;; *) echo "$package install ok installed" ;; esac
done
"""


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.log = root / "calls.log"
        self.bin = root / "fake-bin"

    @property
    def venv(self) -> Path:
        return self.root / ".venv"

    def run(
        self, script: str, *args: str, pip_fails: bool = False, missing: str = ""
    ) -> subprocess.CompletedProcess:
        env = {
            "FAKE_MISSING": missing,
            "PATH": f"{self.bin}:/usr/bin:/bin",
            "HOME": str(self.root),
            "FAKE_LOG": str(self.log),
            "FAKE_BIN": str(self.bin),
        }
        if pip_fails:
            env["FAKE_PIP_FAILS"] = "1"
        self.log.write_text("")
        return subprocess.run(
            ["bash", str(self.root / "scripts" / script), *args],
            env=env, capture_output=True, text=True, timeout=30, cwd=self.root, check=False,
        )

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()

    def pip_calls(self) -> list[str]:
        return [call for call in self.calls() if call.startswith("python -m pip")]

    def install_venv(self, stamp: str | None) -> None:
        """A .venv as an earlier launch left it, with this stamp (None: no stamp)."""
        (self.venv / "bin").mkdir(parents=True)
        for name, text in (("python", VENV_PYTHON),
                           ("chair-app", '#!/bin/bash\necho "chair-app $*" >> "$FAKE_LOG"\n')):
            path = self.venv / "bin" / name
            path.write_text(text)
            path.chmod(0o755)
        if stamp is not None:
            (self.venv / "chair-installed").write_text(stamp)

    def pyproject_hash(self) -> str:
        return hashlib.sha256((self.root / "pyproject.toml").read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "chair"
    (root / "scripts").mkdir(parents=True)
    for name in ("common.sh", "demo", "run", "test", "build", "check"):
        if (ROOT / "scripts" / name).exists():
            shutil.copy(ROOT / "scripts" / name, root / "scripts" / name)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    fake = Project(root)
    fake.bin.mkdir()
    for name, text in (
        ("python3", SYSTEM_PYTHON),
        ("venv-python", VENV_PYTHON),
        ("dpkg-query", DPKG_QUERY),
        ("apt-get", '#!/bin/bash\necho "apt-get $*" >> "$FAKE_LOG"\nexit 1\n'),
        ("sudo", '#!/bin/bash\necho "sudo $*" >> "$FAKE_LOG"\nexit 1\n'),
    ):
        (fake.bin / name).write_text(text)
        os.chmod(fake.bin / name, 0o755)
    return fake


def test_demo_installed_and_unchanged_starts_at_once_without_pip(project: Project) -> None:
    project.install_venv(f"{project.pyproject_hash()} base\n")
    result = project.run("demo", "--data-dir", "/somewhere")
    assert result.returncode == 0, result.stderr
    assert project.calls() == ["chair-app --demo --data-dir /somewhere"]
    assert "Installing" not in result.stdout


def test_demo_installs_when_pyproject_changed_then_not_again(project: Project) -> None:
    project.install_venv("0123abcd base\n")  # installed from an older pyproject.toml
    result = project.run("demo")
    assert result.returncode == 0, result.stderr
    assert project.pip_calls() == [
        "python -m pip install --quiet --upgrade pip",
        f"python -m pip install --quiet -e {project.root}",
    ]
    assert project.calls()[-1] == "chair-app --demo"
    assert project.run("demo").returncode == 0
    assert project.calls() == ["chair-app --demo"]


def test_demo_installs_when_the_venv_is_missing(project: Project) -> None:
    result = project.run("demo")
    assert result.returncode == 0, result.stderr
    assert project.calls()[0] == f"python3 -m venv {project.venv}"
    assert f"python -m pip install --quiet -e {project.root}" in project.pip_calls()
    assert project.calls()[-1] == "chair-app --demo"


def test_a_venv_from_before_the_stamp_is_installed_once(project: Project) -> None:
    project.install_venv(None)
    assert project.run("demo").returncode == 0
    assert project.pip_calls()
    assert project.run("demo").returncode == 0
    assert project.pip_calls() == []


def test_run_opens_own_data_without_pip(project: Project) -> None:
    project.install_venv(f"{project.pyproject_hash()} base\n")
    result = project.run("run", "list")
    assert result.returncode == 0, result.stderr
    assert project.calls() == ["chair-app list"]


def test_test_script_adds_the_test_extras_once(project: Project) -> None:
    """A .venv made by the demo lacks pytest: the test script installs [test] once, and after
    that neither script installs anything."""
    project.install_venv(f"{project.pyproject_hash()} base\n")
    result = project.run("test", "-q")
    assert result.returncode == 0, result.stderr
    assert project.pip_calls()[-1] == f"python -m pip install --quiet -e {project.root}[test]"
    assert project.calls()[-1] == "python -m pytest -n auto --dist worksteal -q"
    assert project.run("test").returncode == 0
    assert project.calls() == ["python -m pytest -n auto --dist worksteal"]
    assert project.run("demo").returncode == 0
    assert project.calls() == ["chair-app --demo"]


def test_check_script_runs_ruff_and_mypy_and_fails_on_a_finding_of_either(
    project: Project,
) -> None:
    """scripts/check installs [test] once, then runs ruff and mypy (their settings are in
    pyproject.toml); a finding of either fails it, and the other still reports."""
    project.install_venv(f"{project.pyproject_hash()} base\n")
    ruff = project.venv / "bin" / "ruff"
    ruff.write_text('#!/bin/bash\necho "ruff $*" >> "$FAKE_LOG"\n')
    ruff.chmod(0o755)
    result = project.run("check")
    assert result.returncode == 0, result.stderr
    assert project.pip_calls()[-1] == f"python -m pip install --quiet -e {project.root}[test]"
    assert project.calls()[-2:] == ["ruff check", "python -m mypy"]
    ruff.write_text('#!/bin/bash\necho "ruff $*" >> "$FAKE_LOG"\necho "F841 x unused"; exit 1\n')
    result = project.run("check")
    assert result.returncode == 1
    assert "F841 x unused" in result.stdout
    assert project.calls() == ["ruff check", "python -m mypy"]


def test_test_script_on_a_fresh_clone_installs_the_test_extras(project: Project) -> None:
    result = project.run("test")
    assert result.returncode == 0, result.stderr
    assert project.pip_calls()[-1] == f"python -m pip install --quiet -e {project.root}[test]"
    assert project.calls()[-1] == "python -m pytest -n auto --dist worksteal"


def test_build_adds_the_build_extras_once_and_builds_from_the_spec(project: Project) -> None:
    """scripts/build installs [build] (PyInstaller) once, then builds dist/chair from the spec
    checked in; a second build installs nothing."""
    project.install_venv(f"{project.pyproject_hash()} base\n")
    pyinstaller = project.venv / "bin" / "pyinstaller"
    pyinstaller.write_text('#!/bin/bash\necho "pyinstaller $*" >> "$FAKE_LOG"\n')
    pyinstaller.chmod(0o755)
    result = project.run("build")
    assert result.returncode == 0, result.stderr
    assert project.pip_calls()[-1] == f"python -m pip install --quiet -e {project.root}[build]"
    build = project.calls()[-1]
    assert build.startswith("pyinstaller ") and build.endswith(" packaging/chair.spec")
    assert f"--distpath {project.root}/dist " in build
    assert "dist/chair/chair" in result.stdout
    assert project.run("build").returncode == 0
    assert project.pip_calls() == []


def test_a_failed_install_says_why_and_is_tried_again_next_time(project: Project) -> None:
    project.install_venv("0123abcd base\n")
    result = project.run("demo", pip_fails=True)
    assert result.returncode == 1
    assert "could not be installed" in result.stderr and "network" in result.stderr
    assert not any(call.startswith("chair-app") for call in project.calls())
    assert project.run("demo").returncode == 0
    assert project.pip_calls()  # not marked as installed by the failed attempt


def test_a_missing_system_package_is_installed_first(project: Project) -> None:
    project.install_venv(f"{project.pyproject_hash()} base\n")
    result = project.run("demo", missing="libxcb-cursor0")
    assert "Installing system packages: libxcb-cursor0" in result.stdout
    # As root the script calls apt-get itself (which fails here); otherwise through sudo.
    assert any("update" in call for call in project.calls()), project.calls()
    assert result.returncode != 0
    assert not any(call.startswith("chair-app") for call in project.calls())
