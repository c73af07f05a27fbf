"""File > Settings says where each value comes from when IT has deployed a configuration folder,
and a setting IT fixed is greyed out and is not changed by the dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chair_app.models.db import SessionFactory
from chair_app.paths import SITE_CONFIG_VARIABLE
from chair_app.services.settings import SettingsService
from chair_app.ui.launch import build_context
from chair_app.ui.settings_dialog import SettingsDialog


def test_settings_show_where_each_value_comes_from_and_grey_out_fixed_ones(
    qtbot: QtBot,
    factory: SessionFactory,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "settings.json").write_text(
        json.dumps(
            {
                "defaults": {"lock_after_minutes": 3, "backups_kept": 12, "nation": "wales"},
                "fixed": ["lock_after_minutes"],
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(site))
    SettingsService(factory).set_text_scale(125)
    ctx = build_context(factory, data_dir)
    dialog = SettingsDialog(None, ctx)
    qtbot.addWidget(dialog)

    assert dialog.lock_spin.value() == 3
    assert not dialog.lock_spin.isEnabled()
    assert dialog.source_label("lock_after_minutes").text() == "Set by your IT department"
    assert dialog.backups_spin.value() == 12
    assert dialog.source_label("backups_kept").text() == "Your IT department's default"
    assert dialog.source_label("text_size").text() == "Chosen here"
    assert dialog.source_label("high_contrast").text() == ""

    dialog.backups_spin.setValue(15)
    dialog.save()
    settings = SettingsService(factory)
    assert settings.backups_kept() == 15
    assert settings.lock_minutes() == 3
    # Unchanged values stay IT's defaults, so a later change by IT still reaches this laptop.
    assert dialog_source(settings, "nation") == "IT_DEFAULT"


def dialog_source(settings: SettingsService, name: str) -> str:
    return settings.source(name).name
