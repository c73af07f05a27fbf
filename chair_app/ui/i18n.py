"""Qt's translation system for every text the window shows.

Widgets write their texts in English through ``self.tr()`` (or ``QCoreApplication.translate``
outside a QObject). ``resources/translations/<variant>/*.ts`` hold the translations; they are
compiled by ``pyside6-lrelease`` (``scripts/translations``, run by ``scripts/test``,
``scripts/build`` and the launch scripts) into ``resources/translations/chair_<variant>.qm``:

- ``cy``: the Welsh interface.
- ``en_plain`` and ``cy_plain``: the plain-words variant of each language (issue 7). Its
  messages are in the ``PlainWords`` context, keyed by the widget's objectName, so installing it
  changes nothing until the plain-words mode asks for them (``plain_text``).

The language can be switched while the app runs (``Translations.switch``); the main window then
rebuilds what it shows (``MainWindow.retranslate``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from chair_app.core.language import Language, set_display_language
from chair_app.paths import resources_dir
from chair_app.services import translations as _catalog  # noqa: F401  (installs the catalog)

logger = logging.getLogger(__name__)

PLAIN_CONTEXT = "PlainWords"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def compiled_file(language: Language, plain: bool = False) -> Path:
    """The compiled translation (.qm) of ``language`` or its plain variant."""
    return translations_dir() / f"chair_{language.value}{'_plain' if plain else ''}.qm"


def _needed_files(language: Language) -> list[Path]:
    files = [compiled_file(language, plain=True)]
    if language is not Language.ENGLISH:
        files.insert(0, compiled_file(language))
    return files


def missing_translation(language: Language) -> str:
    """Why ``language`` cannot be shown ("" when it can): its compiled files are missing."""
    missing = [path.name for path in _needed_files(language) if not path.is_file()]
    if not missing:
        return ""
    return QCoreApplication.translate(
        "Translations",
        "{language} is not installed with this copy of Chair: {files} missing. "
        "Reinstall Chair, or run scripts/translations in its folder.",
    ).format(language=language.native_name, files=", ".join(missing))


class Translations:
    """Chair's translators, installed in the running application for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = Language.ENGLISH

    def switch(self, language: Language) -> str:
        """Show ``language`` from now on; returns "" or why it could not (English then stays).

        Widgets already built keep their texts: the caller rebuilds them.
        """
        problem = missing_translation(language)
        if problem:
            logger.warning("translation files missing for %s", language.value)
            if language is not Language.ENGLISH:
                return problem
        translators: list[QTranslator] = []
        for path in _needed_files(language):
            translator = QTranslator()
            if path.is_file() and translator.load(str(path)):
                translators.append(translator)
            elif path.is_file():
                logger.warning("translation file %s could not be loaded", path.name)
                if language is not Language.ENGLISH:
                    return QCoreApplication.translate(
                        "Translations", "{language} could not be loaded: {file} is damaged."
                    ).format(language=language.native_name, file=path.name)
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        self._installed = translators
        self.language = language
        set_display_language(language)
        QLocale.setDefault(QLocale(language.locale_name))
        return ""


def plain_text(key: str) -> str | None:
    """The plain-words text for a widget's objectName in the language shown, or None."""
    text = QCoreApplication.translate(PLAIN_CONTEXT, key)
    return None if text == key else text


_translations: Translations | None = None


def app_translations() -> Translations:
    """The application's one set of translators."""
    global _translations
    if _translations is None:
        _translations = Translations()
    return _translations
