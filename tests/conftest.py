"""Shared fixtures: a fresh database per test, an app context with scripted prompts."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
# Never read this machine's real IT configuration folder (/etc/xdg/ChairApp): tests that want one
# point CHAIR_APP_SITE_CONFIG at a folder of their own.
os.environ["CHAIR_APP_SITE_CONFIG"] = str(Path(__file__).resolve().parent / "no-site-config")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sample_data, helpers

import datetime as dt

import pytest
from hypothesis import Phase, settings

from chair_app.models.db import SessionFactory
from chair_app.services.storage import open_factory

TODAY = dt.date(2026, 11, 23)

# Hypothesis's "explain" phase traces every line run while it re-runs a failing example; through
# matplotlib and reportlab that turns a failure seconds long into many minutes. Failures are
# still found and shrunk, and reported with their example.
settings.register_profile(
    "chair", phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
)
settings.load_profile("chair")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def factory(data_dir: Path) -> SessionFactory:
    session_factory = open_factory(data_dir)
    yield session_factory
    bind = session_factory.kw.get("bind")
    if bind is not None:
        bind.dispose()
