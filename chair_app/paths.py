"""Where the app keeps its data and finds its resources.

Order of precedence for the data folder: ``--data-dir``, then ``CHAIR_APP_DATA_DIR``, then the
user's data folder from platformdirs. The demo family lives in a folder of its own, so that trying
the app never mixes fictional people with real records.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ChairApp"
DATA_DIR_VARIABLE = "CHAIR_APP_DATA_DIR"
SIGNING_DIR_VARIABLE = "CHAIR_APP_SIGNING_DIR"
SITE_CONFIG_VARIABLE = "CHAIR_APP_SITE_CONFIG"
# The data file in the data folder (models.db opens it).
DATABASE_FILE_NAME = "chair.sqlite3"
# The demo family's folder is marked, and opens with a published passphrase: its people are
# fictional, and trying the app must stay one command (services.storage).
DEMO_MARKER_FILE = "demo-folder"
DEMO_PASSPHRASE = "demo"


def resources_dir() -> Path:
    """The app's data (agendas, policies, plain-language texts, fonts, the demo family). It is
    package data, so a plain ``pip install`` carries it; ``resources/`` at the top of the
    repository is a link to it."""
    return Path(__file__).resolve().parent / "resources"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def site_config_dir() -> Path:
    """IT's machine-wide configuration folder (services.site_config): ``CHAIR_APP_SITE_CONFIG``,
    else the platform's (``/etc/xdg/ChairApp``, ``%PROGRAMDATA%\\ChairApp``). It may not exist."""
    from_env = os.environ.get(SITE_CONFIG_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().resolve()
    from platformdirs import site_config_dir as platform_site_config_dir

    return Path(platform_site_config_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | None, *, demo: bool = False) -> Path:
    """The data folder to use, as an absolute path (not created here)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_VARIABLE)
    base = Path(from_env).expanduser().resolve() if from_env else default_data_dir()
    return base / "demo" if demo else base

# Folders in the data folder for a local authority's own files. An agenda file there replaces
# the bundled agenda of its meeting type; a policy file there is an extra timescale policy,
# chosen by name in Settings.
LOCAL_AGENDAS_FOLDER = "agendas"
LOCAL_POLICIES_FOLDER = "policies"
LOCAL_SIGNING_FOLDER = "signing"


def signing_folder(data_dir: Path) -> Path:
    """Where IT may put the council's own certificate and key for signing the agreed minutes
    (services.signing): ``CHAIR_APP_SIGNING_DIR``, else ``signing`` in the data folder if there
    is one, else ``signing`` in IT's configuration folder if there is one, else the data folder's
    (which need not exist)."""
    from_env = os.environ.get(SIGNING_DIR_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().resolve()
    own = data_dir / LOCAL_SIGNING_FOLDER
    site = site_config_dir() / LOCAL_SIGNING_FOLDER
    return site if not own.is_dir() and site.is_dir() else own
