"""The languages of the minutes in the window: the "Language of their copy" of each person in
the network (English, Cymraeg, or both), and the Settings choice of how a copy in both
languages is laid out (Welsh first, or side by side)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from chair_app.core.language import BilingualLayout, Language, MinutesLanguage

if TYPE_CHECKING:
    from chair_app.services.minutes import MinutesService
    from chair_app.services.settings import SettingsService


class CopyLanguageChoice(QComboBox):
    """English, Cymraeg or both, for one person's copy of the minutes. It shows the language
    their copy is in now: the one chosen for them, or the settings' default (both languages in
    Wales) for someone whose language was never chosen."""

    def __init__(
        self, parent: QWidget | None, chosen: MinutesLanguage | None, default: MinutesLanguage
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_copy_language_combo")
        # The languages' own names, as their speakers write them (never translated).
        self.addItem(Language.ENGLISH.native_name, MinutesLanguage.ENGLISH)
        self.addItem(Language.WELSH.native_name, MinutesLanguage.WELSH)
        self.addItem(self.tr("Both: Welsh first, then English"), MinutesLanguage.BOTH)
        self.setAccessibleName(self.tr("Language of their copy of the minutes"))
        self.setToolTip(
            self.tr(
                "The language of this person's copy of the minutes. What people said stays as "
                "it was typed."
            )
        )
        self._initial = chosen or default
        self.setCurrentIndex(self.findData(self._initial))
        self._chosen = chosen

    def language(self) -> MinutesLanguage:
        return MinutesLanguage(self.currentData())

    def choice_to_record(self) -> MinutesLanguage | None:
        """The language to record for the person: the one shown, unless nothing was ever
        chosen and it was left at the default (then the person keeps following the default)."""
        if self._chosen is None and self.language() is self._initial:
            return None
        return self.language()


def add_copy_language_choice(
    form: QFormLayout, minutes: MinutesService, settings: SettingsService, person_id: int
) -> CopyLanguageChoice:
    """Add the "Language of their copy" row to a person's form (person_id 0: a new person)."""
    chosen = minutes.chosen_copy_language(person_id) if person_id else None
    combo = CopyLanguageChoice(form.parentWidget(), chosen, settings.default_copy_language())
    form.addRow(QCoreApplication.translate("MinutesLanguage", "Language of their copy"), combo)
    return combo


def save_copy_language(
    combo: CopyLanguageChoice, minutes: MinutesService, person_id: int
) -> None:
    """Record the language chosen in the person's form, once the person is saved."""
    language = combo.choice_to_record()
    if language is not None:
        minutes.set_copy_language(person_id, language)


class BilingualLayoutChoice(QComboBox):
    """How a copy of the minutes in Welsh and English is laid out (a setting)."""

    def __init__(self, parent: QWidget | None, layout: BilingualLayout) -> None:
        super().__init__(parent)
        self.setObjectName("bilingual_layout_combo")
        self.addItem(self.tr("Welsh first, then English"), BilingualLayout.WELSH_FIRST)
        self.addItem(self.tr("Side by side, Welsh on the left"), BilingualLayout.SIDE_BY_SIDE)
        self.setAccessibleName(self.tr("Layout of copies in Welsh and English"))
        self.setToolTip(
            self.tr(
                "Copies of the minutes in both languages follow the Welsh Language Standards: "
                "the whole Welsh text before the English, or the two in columns side by side."
            )
        )
        self._initial = layout
        self.setCurrentIndex(self.findData(layout))

    def layout_chosen(self) -> BilingualLayout:
        return BilingualLayout(self.currentData())

    def changed(self) -> bool:
        return self.layout_chosen() is not self._initial


def add_bilingual_layout_setting(
    form: QFormLayout, settings: SettingsService
) -> BilingualLayoutChoice:
    """Add the bilingual layout row to the Settings form; it is saved with ``save_layout``."""
    combo = BilingualLayoutChoice(form.parentWidget(), settings.bilingual_layout())
    form.addRow(QCoreApplication.translate("MinutesLanguage", "Bilingual copies"), combo)
    return combo


def save_layout(combo: BilingualLayoutChoice, settings: SettingsService) -> None:
    if combo.changed():
        settings.set_bilingual_layout(combo.layout_chosen())
