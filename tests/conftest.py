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

from chair_app.app import open_store
from chair_app.models.db import SessionFactory

TODAY = dt.date(2026, 11, 23)

# Hypothesis's "explain" phase traces every line run while it re-runs a failing example; through
# matplotlib and reportlab that turns a failure seconds long into many minutes. Failures are
# still found and shrunk, and reported with their example.
from hypothesis import Phase, settings

_PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
# Every run tries a quarter of Hypothesis's standard 100 examples per property (and a quarter of
# a test's own count, see hypothesis_budget.py); ``--hypothesis-profile=thorough`` tries twice
# the standard, for a search before a release or after changing a rule.
settings.register_profile("chair", max_examples=25, phases=_PHASES)
settings.register_profile("thorough", max_examples=200, phases=_PHASES)
settings.load_profile("chair")  # Hypothesis's own plugin loads a --hypothesis-profile after this


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
    session_factory = open_store(data_dir)
    yield session_factory
    bind = session_factory.kw.get("bind")
    if bind is not None:
        bind.dispose()
