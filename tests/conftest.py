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
import shutil
from collections.abc import Callable, Iterator

import pytest
from hypothesis import Phase, settings
from server_fixtures import pg_cluster, server_database, server_engine  # noqa: F401

from chair_app.models.db import SessionFactory
from chair_app.services.storage import open_factory

TODAY = dt.date(2026, 11, 23)

# Hypothesis's "explain" phase traces every line run while it re-runs a failing example; through
# matplotlib and reportlab that turns a failure seconds long into many minutes. Failures are
# still found and shrunk, and reported with their example.

_PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
# Every run tries a quarter of Hypothesis's standard 100 examples per property (and a quarter of
# a test's own count, see hypothesis_budget.py); ``--hypothesis-profile=thorough`` tries twice
# the standard, for a search before a release or after changing a rule.
settings.register_profile("chair", max_examples=25, phases=_PHASES)
settings.register_profile("thorough", max_examples=200, phases=_PHASES)
settings.load_profile("chair")  # Hypothesis's own plugin loads a --hypothesis-profile after this


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "store_template(kind, make): the test's store starts as a copy of one this process made"
        " once by calling make(factory) on an empty store (see StoreTemplates)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    yield
    # pytest-qt closes a test's widgets and asks Qt to delete them later, which without an
    # event loop is often never: every later theme or text-size change then restyles each of
    # them again (a thousand widgets a window). Delete them now.
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Work a closed window left running keeps automatic collection off (ui.background) until a
    # runner hands results over; a test that ends then turns it back on here, on this thread.
    background = sys.modules.get("chair_app.ui.background")
    if background is not None:
        background.release_collection()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


class StoreTemplates:
    """Data folders made once per test process (per xdist worker) and copied into each test's
    own folder: a copy costs a millisecond where making the schema costs a tenth of a second and
    the demo family most of a second. Each is made by the app's own code, as a test would.

    Besides the three kinds here, a test file may name its own with the ``store_template``
    marker: ``pytest.mark.store_template("kind", make)`` gives the marked tests' ``factory`` a
    copy of a store made once by ``make(factory)`` on an empty one."""

    KINDS = ("empty", "demo", "demo_unsent")

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[str, Path] = {}

    def copy_into(
        self, kind: str, folder: Path, make: Callable[[SessionFactory], object] | None = None
    ) -> None:
        template = self._made.get(kind) or self._make(kind, make)
        shutil.copytree(template, folder, dirs_exist_ok=True)

    def _make(self, kind: str, make: Callable[[SessionFactory], object] | None) -> Path:
        from chair_app.services.demo import create_demo_family

        assert (kind in self.KINDS) != (make is not None), kind
        folder = self._root / kind
        folder.mkdir()
        session_factory = open_factory(folder)
        try:
            if make is not None:
                make(session_factory)
            elif kind != "empty":
                create_demo_family(session_factory, TODAY, minutes_sent=kind == "demo")
        finally:
            session_factory.kw["bind"].dispose()
        # Closed: the log is folded into the file, so the folder is the file alone.
        assert [p.name for p in folder.iterdir()] == ["chair.sqlite3"], list(folder.iterdir())
        self._made[kind] = folder
        return folder


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplates:
    return StoreTemplates(tmp_path_factory.mktemp("store-templates"))


@pytest.fixture
def factory(
    request: pytest.FixtureRequest, data_dir: Path, store_templates: StoreTemplates
) -> Iterator[SessionFactory]:
    """The test's plain store in data_dir, schema made; holding the demo family (made on TODAY)
    when the test uses the ``with_demo_family`` fixture, or its unsent variant with
    ``with_demo_family_unsent``; or the store its ``store_template`` marker names."""
    marker = request.node.get_closest_marker("store_template")
    make = None
    if marker is not None:
        kind, make = marker.args
    elif "with_demo_family" in request.fixturenames:
        kind = "demo"
    elif "with_demo_family_unsent" in request.fixturenames:
        kind = "demo_unsent"
    else:
        kind = "empty"
    store_templates.copy_into(kind, data_dir, make)
    session_factory = open_factory(data_dir)
    yield session_factory
    bind = session_factory.kw.get("bind")
    if bind is not None:
        bind.dispose()


@pytest.fixture
def with_demo_family(factory: SessionFactory) -> None:
    """The demo family, made on TODAY, is in ``factory``'s store (copied in with it)."""
    from chair_app.services.families import FamilyService

    assert FamilyService(factory).list_families(), "the demo family was not copied in"


@pytest.fixture
def with_demo_family_unsent(factory: SessionFactory) -> None:
    """The demo family with its held meeting's minutes not yet sent (tests/unsent_demo.py) is in
    ``factory``'s store (copied in with it)."""
    from chair_app.services.families import FamilyService

    assert FamilyService(factory).list_families(), "the demo family was not copied in"
