"""The window's language, kept in the data folder outside the encrypted database (issue 17): what
a user chose comes back at the next start; anything else gives English and never stops Chair; IT
may set a default or fix it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from chair_app.core.language import Language
from chair_app.paths import SITE_CONFIG_VARIABLE
from chair_app.services.language_setting import (
    LANGUAGE_FILE,
    language_fixed,
    save_language,
    saved_language,
)


def test_the_chosen_language_comes_back(tmp_path: Path) -> None:
    assert saved_language(tmp_path) is Language.ENGLISH  # nothing chosen yet
    assert save_language(tmp_path, Language.WELSH) == ""
    assert (tmp_path / LANGUAGE_FILE).read_text(encoding="utf-8") == "cy\n"
    assert saved_language(tmp_path) is Language.WELSH
    assert not list(tmp_path.glob(".*"))  # written whole: no temporary file left behind


@pytest.mark.parametrize(
    "content", [b"klingon", b"\xff\xfe garbage", b"cy" * 100, b""], ids=["unknown", "binary", "long", "empty"]
)
def test_anything_else_gives_english_and_the_log_holds_no_content(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / LANGUAGE_FILE).write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert saved_language(tmp_path) is Language.ENGLISH
    assert "klingon" not in caplog.text and "garbage" not in caplog.text


def test_a_folder_that_cannot_be_written_keeps_the_choice_for_now_and_says_so(tmp_path: Path) -> None:
    (tmp_path / LANGUAGE_FILE).mkdir()  # the file cannot be replaced, as in a read-only folder
    problem = save_language(tmp_path, Language.WELSH)
    assert "could not keep the choice" in problem and str(tmp_path) in problem
    assert saved_language(tmp_path) is Language.ENGLISH


def test_it_can_set_a_default_or_fix_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(site))
    data = tmp_path / "data"
    data.mkdir()
    (site / "settings.json").write_text(json.dumps({"defaults": {"language": "cy"}}))
    assert saved_language(data) is Language.WELSH and not language_fixed()
    save_language(data, Language.ENGLISH)
    assert saved_language(data) is Language.ENGLISH  # the user's choice wins over a default
    (site / "settings.json").write_text(
        json.dumps({"defaults": {"language": "cy"}, "fixed": ["language"]})
    )
    assert saved_language(data) is Language.WELSH and language_fixed()
    (site / "settings.json").write_text(json.dumps({"defaults": {"language": "fr"}}))
    from chair_app.services.site_config import load_site_defaults

    assert saved_language(data) is Language.ENGLISH
    assert any("'fr' is not a language" in problem for problem in load_site_defaults().problems)


def test_the_site_settings_file_is_the_one_site_config_reads() -> None:
    from chair_app.services import language_setting, site_config

    assert language_setting.SITE_SETTINGS_FILE == site_config.SETTINGS_FILE
