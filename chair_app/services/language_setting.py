"""The window's language (English or Cymraeg), kept in the data folder beside the database but
outside it: the passphrase page is shown before the database can be opened, and it must already
be in the user's language.

The file ``<data_dir>/language`` holds just ``en`` or ``cy``. IT may give a default, or fix the
language, in its ``settings.json`` (services.site_config, field ``language``): a fixed language
always wins, and Settings shows it greyed out. Anything unknown or unreadable gives English (the
app must start); the log names the problem, never the file's content.
"""

from __future__ import annotations

import logging
from pathlib import Path

from chair_app.core.language import DEFAULT_LANGUAGE, Language, translate

logger = logging.getLogger(__name__)

LANGUAGE_FILE = "language"
SITE_FIELD = "language"  # its name (and key) in IT's settings.json
_MAX_BYTES = 64
# services.site_config.SETTINGS_FILE, named here so that start-up on a laptop without one does
# not load that module (and the timescale rules it imports) before the window shows.
SITE_SETTINGS_FILE = "settings.json"


def _site_language() -> tuple[Language | None, bool]:
    """IT's language (or None) and whether IT fixed it."""
    from chair_app.paths import site_config_dir

    if not (site_config_dir() / SITE_SETTINGS_FILE).exists():
        return None, False  # most laptops: and start-up need not load the rules behind the file
    from chair_app.services.site_config import load_site_defaults

    site = load_site_defaults()
    value = site.values.get(SITE_FIELD)
    if value is None:
        return None, False
    return Language(value), SITE_FIELD in site.fixed


def language_fixed() -> bool:
    """Whether IT fixed the language (Settings then shows it greyed out)."""
    return _site_language()[1]


def saved_language(data_dir: Path) -> Language:
    """The language to show: IT's fixed one, else the one saved here, else IT's default, else
    English."""
    site, fixed = _site_language()
    if site is not None and fixed:
        return site
    path = data_dir / LANGUAGE_FILE
    try:
        with path.open("rb") as stream:
            data = stream.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return site or DEFAULT_LANGUAGE
    except OSError as error:
        logger.warning("language setting unreadable (%s); English is shown", type(error).__name__)
        return DEFAULT_LANGUAGE
    try:
        text = data.decode("ascii").strip().lower()
        return Language(text)
    except (UnicodeDecodeError, ValueError):
        logger.warning("language setting not understood; English is shown")
        return DEFAULT_LANGUAGE


def save_language(data_dir: Path, language: Language) -> str:
    """Keep ``language`` for the next start; "" or why it could not be kept (in the language
    shown, which the caller has already switched to for this run)."""
    from chair_app.services.key_tags import write_atomically

    try:
        write_atomically(data_dir / LANGUAGE_FILE, f"{Language(language).value}\n")
    except OSError as error:
        logger.warning("language setting not saved (%s)", type(error).__name__)
        return translate(
            "LanguageSetting",
            "The language is changed for now, but Chair could not keep the choice in its data "
            "folder ({folder}): it will open in the earlier language next time.",
        ).format(folder=data_dir)
    return ""
