"""A plain ``pip install`` carries everything the app reads at run time: the wheel holds the
agendas, policies, plain-language texts, fonts, demo family, record schema and migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from chair_app.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_resources_live_inside_the_package() -> None:
    assert resources_dir().parent == ROOT / "chair_app"
    assert (resources_dir() / "demo" / "demo_family.json").is_file()


@pytest.mark.slow
def test_the_wheel_holds_every_resource_file(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--verbose", "--no-deps", "-w", str(tmp_path),
         str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    # Installing (pip install -e ., as the launch scripts do) builds the same way: no
    # deprecation warnings from setuptools about pyproject.toml.
    build_output = built.stdout + built.stderr
    for warning in ("SetuptoolsDeprecationWarning", "BuildBackendWarning"):
        assert warning not in build_output, build_output[build_output.find(warning) - 200 :][:900]
    (wheel,) = tmp_path.glob("chair_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "chair_app/" + path.relative_to(ROOT / "chair_app").as_posix()
        for path in resources_dir().rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected and expected <= names, sorted(expected - names)[:5]
    assert any(name.startswith("chair_app/models/migrations/versions/") for name in names)
