"""The first screen: the families list is shown from one small read of the data file, before the
rest of Chair has loaded; until the rest is there the window says so and nothing in it acts on
the data. Only fictional people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from chair_app.core.domain import Child, PlanType
from chair_app.services.families import FamilyService
from chair_app.services.storage import open_store
from chair_app.ui.launch import open_data_into
from chair_app.ui.main_window import MainWindow
from tests.rekey_kill import cheap_keys
from tests.ui_helpers import find, shown_window, type_text

PASSPHRASE = "plum orchard lantern"


@pytest.fixture(autouse=True)
def cheap_key_derivation() -> Iterator[None]:
    # Every store here is made and opened in this process, so SQLCipher's key derivation can
    # be cheap for all of them: what the first screen shows, and when, does not depend on it.
    # Set up before, and put back after, the window.
    with cheap_keys():
        yield


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot)


@pytest.fixture
def stored(data_dir: Path) -> Path:
    store = open_store(data_dir, PASSPHRASE)
    families = FamilyService(store.factory)
    family_id = families.create_family("Brackenridge")
    families.save_child(
        family_id, Child(0, "Rowan Brackenridge", dt.date(2019, 4, 2), PlanType.CHILD_PROTECTION)
    )
    families.create_family("ashdown-Vale")  # the list is in alphabetical order, any case
    store.close()
    return data_dir


def _type_passphrase(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    page = find(window, QWidget, "passphrase_page")
    type_text(qtbot, find(page, QLineEdit, "passphrase_edit"), passphrase)
    qtbot.mouseClick(find(page, QPushButton, "passphrase_submit_button"), Qt.MouseButton.LeftButton)


def _rows(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


DATA_ACTIONS = (
    "new_family_action", "settings_action", "verify_action", "export_record_action",
    "import_record_action", "restore_backup_action", "change_passphrase_action", "lock_action",
)


def test_the_families_show_first_and_nothing_acts_until_the_rest_has_loaded(
    qtbot: QtBot, window: MainWindow, stored: Path
) -> None:
    open_data_into(window, stored, demo=False, wait=False)
    _type_passphrase(qtbot, window, PASSPHRASE)

    # At once, before the rest of Chair is there: the families, in the list's order.
    first = find(window, QWidget, "first_screen_page")
    assert window.stack.currentWidget() is first
    assert _rows(find(first, QListWidget, "first_screen_family_list")) == [
        "ashdown-Vale", "Brackenridge\nRowan Brackenridge",
    ]
    status = find(first, QLabel, "first_screen_status_label")
    assert status.isVisible() and "Opening" in status.text()
    assert window.context_or_none() is None
    for name in DATA_ACTIONS:
        assert not getattr(window, name).isEnabled(), f"{name} acts before the data is ready"

    # Then the rest: the families page, the same families, and the actions.
    with qtbot.waitSignal(window.context_attached, timeout=20000):
        pass
    assert window.stack.currentWidget() is window.family_page
    assert _rows(window.family_page.family_list) == [
        "ashdown-Vale", "Brackenridge\nRowan Brackenridge",
    ]
    for name in DATA_ACTIONS:
        assert getattr(window, name).isEnabled(), f"{name} still off once the data is ready"


def test_the_family_chosen_on_the_first_screen_stays_chosen(
    qtbot: QtBot, window: MainWindow, stored: Path
) -> None:
    open_data_into(window, stored, demo=False, wait=False)
    _type_passphrase(qtbot, window, PASSPHRASE)
    listing = find(window, QListWidget, "first_screen_family_list")
    listing.setCurrentRow(1)
    with qtbot.waitSignal(window.context_attached, timeout=20000):
        pass
    assert window.family_page.family is not None
    assert window.family_page.family.name == "Brackenridge"


def test_a_newer_versions_file_shows_no_families_only_why(
    qtbot: QtBot, window: MainWindow, stored: Path
) -> None:
    from chair_app.models.db import connect

    connection = connect(stored / "chair.sqlite3", PASSPHRASE)
    connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.commit()
    connection.close()
    open_data_into(window, stored, demo=False, wait=False)
    _type_passphrase(qtbot, window, PASSPHRASE)
    assert window.findChild(QWidget, "first_screen_page") is None or not find(
        window, QWidget, "first_screen_page"
    ).isVisible()
    qtbot.waitUntil(lambda: not window.is_opening, timeout=20000)
    label = find(window, QLabel, "loading_label")
    assert "newer version" in label.text()
    assert "Brackenridge" not in label.text()
    assert window.context_or_none() is None


@pytest.fixture
def app_theme(qapp):  # type: ignore[no-untyped-def]
    """The platform's look before and after: other tests may have left a theme applied."""
    from chair_app.ui.theme import clear_theme

    clear_theme(qapp)
    yield qapp.font().pointSizeF()
    clear_theme(qapp)


def _save_theme(data_dir: Path, percent: int, high_contrast: bool) -> None:
    from chair_app.services.settings import SettingsService

    store = open_store(data_dir, PASSPHRASE)
    SettingsService(store.factory).set_text_scale(percent)
    SettingsService(store.factory).set_high_contrast(high_contrast)
    store.close()


def _first_screen_look(qtbot: QtBot, window: MainWindow, stored: Path) -> dict[str, object]:
    """How the families list looks at the moment the families are listed."""
    from PySide6.QtGui import QPalette

    seen: dict[str, object] = {}

    def listed() -> None:
        listing = find(window, QListWidget, "first_screen_family_list")
        seen["size"] = listing.font().pointSizeF()
        seen["highlight"] = listing.palette().color(QPalette.ColorRole.Highlight).name()

    window.families_listed.connect(listed)
    open_data_into(window, stored, demo=False, wait=False)
    _type_passphrase(qtbot, window, PASSPHRASE)
    assert seen, "the families were not listed first"
    return seen


def test_the_first_screen_is_already_in_the_saved_text_size_and_contrast(
    qtbot: QtBot, window: MainWindow, stored: Path, app_theme: float
) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    _save_theme(stored, 200, True)
    seen = _first_screen_look(qtbot, window, stored)
    # Large text and high contrast from the first frame, not after a second of small grey text.
    assert seen["size"] == pytest.approx(2 * app_theme)
    assert seen["highlight"] == "#000000"

    # Once the rest has loaded the screen is not restyled: the look was already right.
    restyles: list[QEvent.Type] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is QApplication.instance() and event.type() in (
                QEvent.Type.ApplicationFontChange, QEvent.Type.ApplicationPaletteChange,
            ):
                restyles.append(event.type())
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        with qtbot.waitSignal(window.context_attached, timeout=20000):
            pass
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert restyles == []
    assert window.family_page.family_list.font().pointSizeF() == pytest.approx(2 * app_theme)


def test_a_text_size_fixed_by_it_wins_on_the_first_screen_too(
    qtbot: QtBot,
    window: MainWindow,
    stored: Path,
    app_theme: float,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from chair_app.paths import SITE_CONFIG_VARIABLE

    _save_theme(stored, 200, False)  # the chair's own choice, made before IT fixed it
    site = tmp_path / "site"
    site.mkdir()
    (site / "settings.json").write_text(
        json.dumps({"defaults": {"text_size": 150}, "fixed": ["text_size"]}), encoding="utf-8"
    )
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(site))
    seen = _first_screen_look(qtbot, window, stored)
    assert seen["size"] == pytest.approx(1.5 * app_theme)
    with qtbot.waitSignal(window.context_attached, timeout=20000):
        pass
    assert window.family_page.family_list.font().pointSizeF() == pytest.approx(1.5 * app_theme)


def test_the_families_list_does_not_move_when_the_families_page_replaces_the_first_screen(
    qtbot: QtBot, window: MainWindow, stored: Path
) -> None:
    window.resize(1280, 800)
    open_data_into(window, stored, demo=False, wait=False)
    _type_passphrase(qtbot, window, PASSPHRASE)
    first = find(window, QListWidget, "first_screen_family_list")
    qtbot.waitUntil(first.isVisible)
    before = first.mapTo(window, first.rect().topLeft()), first.width()
    with qtbot.waitSignal(window.context_attached, timeout=20000):
        pass
    listing = window.family_page.family_list
    qtbot.waitUntil(listing.isVisible)
    after = listing.mapTo(window, listing.rect().topLeft()), listing.width()
    # The same left column: where the eye found the families, they stay.
    assert abs(before[0].x() - after[0].x()) <= 4
    assert abs(before[1] - after[1]) <= 8, (before, after)
    assert before[1] < window.width() / 2
