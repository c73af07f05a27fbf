"""Settings: the nation whose bank holidays count, the timescale policy, how many backups are
kept, how long the window waits unused before it locks, and the text size and contrast.

Beside each value a small label says where it comes from when IT's configuration folder has a say
(services.site_config): set by IT (greyed out), IT's default, or chosen here. Only values the
user changes are saved, so the others keep following IT's defaults."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from chair_app.core.language import Language, display_language
from chair_app.core.timescales import Nation
from chair_app.services.settings import SettingSource
from chair_app.ui.context import AppContext
from chair_app.ui.dialogs import _FormDialog
from chair_app.ui.minutes_language import add_bilingual_layout_setting, save_layout


class SettingsDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(QCoreApplication.translate("SettingsDialog", "Settings"), parent)
        self.setObjectName("settings_dialog")
        self._ctx = ctx
        self._fields: dict[str, QWidget] = {}
        self._source_labels: dict[str, QLabel] = {}
        schedule = ctx.schedule
        self.nation_combo = QComboBox()
        self.nation_combo.setObjectName("nation_combo")
        self.nation_combo.setAccessibleName(self.tr("Nation: whose bank holidays count as closed days"))
        for nation in Nation:
            self.nation_combo.addItem(nation.label, nation)
        self.nation_combo.setCurrentIndex(self.nation_combo.findData(schedule.nation()))
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policy_combo")
        self.policy_combo.setAccessibleName(self.tr("Timescale policy"))
        self.policy_combo.addItem(self.tr("The nation's default"), "")
        for name in schedule.catalogue.names():
            self.policy_combo.addItem(name, name)
        chosen = schedule.settings.policy_name()
        index = self.policy_combo.findData(chosen)
        self.policy_combo.setCurrentIndex(max(index, 0))
        self.description_label = QLabel()
        self.description_label.setObjectName("policy_description_label")
        self.description_label.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("policy_problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #a40000;")
        problems = schedule.catalogue.problems
        self.problems_label.setText(
            self.tr("Some policy files could not be used:") + "\n" + "\n".join(problems)
            if problems
            else ""
        )
        self.problems_label.setVisible(bool(problems))
        self.form.addRow(self.tr("Nation"), self._with_source("nation", self.nation_combo))
        self.form.addRow(self.tr("Timescales"), self._with_source("timescale_policy", self.policy_combo))
        # The policy's rules are long: they scroll in their own box, so at large text sizes they
        # neither overlap the fields nor push the buttons off the screen.
        description_scroll = QScrollArea()
        description_scroll.setObjectName("policy_description_scroll")
        description_scroll.setWidgetResizable(True)
        description_scroll.setFrameShape(QFrame.Shape.NoFrame)
        description_scroll.setWidget(self.description_label)
        description_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.form.addRow(description_scroll)
        self.form.addRow(self.problems_label)
        from chair_app.services.settings import LOCK_MINUTES_RANGE

        self.backups_spin = QSpinBox()
        self.backups_spin.setObjectName("backups_kept_spin")
        self.backups_spin.setAccessibleName(self.tr("Number of backups kept"))
        self.backups_spin.setRange(1, 100)
        self.backups_spin.setValue(schedule.settings.backups_kept())
        self.form.addRow(self.tr("Backups kept"), self._with_source("backups_kept", self.backups_spin))
        from chair_app.services.backup import BACKUP_DAYS_RANGE, BACKUP_WEEKS_RANGE

        # Older generations, so restarts never push every older backup out.
        self.backup_days_spin = QSpinBox()
        self.backup_days_spin.setObjectName("backup_days_spin")
        self.backup_days_spin.setAccessibleName(self.tr("Days for which one backup a day is kept"))
        self.backup_days_spin.setRange(*BACKUP_DAYS_RANGE)
        self.backup_days_spin.setSuffix(self.tr(" days"))
        self.backup_days_spin.setValue(schedule.settings.backup_days())
        self.form.addRow(self.tr("Also one a day for"), self._with_source("backup_days", self.backup_days_spin))
        self.backup_weeks_spin = QSpinBox()
        self.backup_weeks_spin.setObjectName("backup_weeks_spin")
        self.backup_weeks_spin.setAccessibleName(self.tr("Weeks for which one backup a week is kept"))
        self.backup_weeks_spin.setRange(*BACKUP_WEEKS_RANGE)
        self.backup_weeks_spin.setSuffix(self.tr(" weeks"))
        self.backup_weeks_spin.setValue(schedule.settings.backup_weeks())
        self.form.addRow(self.tr("And one a week for"), self._with_source("backup_weeks", self.backup_weeks_spin))
        from chair_app.services.record_limits import RECORD_SIZE_LIMIT_RANGE_MB

        self.record_limit_spin = QSpinBox()
        self.record_limit_spin.setObjectName("record_size_limit_spin")
        self.record_limit_spin.setAccessibleName(self.tr("Largest meeting record imported, in megabytes"))
        self.record_limit_spin.setRange(*RECORD_SIZE_LIMIT_RANGE_MB)
        self.record_limit_spin.setSuffix(" MB")
        self.record_limit_spin.setValue(schedule.settings.record_size_limit_mb())
        self.form.addRow(self.tr("Largest record imported"), self._with_source("record_size_limit_mb", self.record_limit_spin))
        self.lock_spin = QSpinBox()
        self.lock_spin.setObjectName("lock_minutes_spin")
        self.lock_spin.setAccessibleName(self.tr("Minutes without use before Chair locks"))
        self.lock_spin.setRange(*LOCK_MINUTES_RANGE)
        self.lock_spin.setSuffix(self.tr(" minutes"))
        self.lock_spin.setValue(schedule.settings.lock_minutes())
        self.form.addRow(self.tr("Lock after"), self._with_source("lock_after_minutes", self.lock_spin))
        from chair_app.services.settings import TEXT_SCALE_RANGE

        self.text_scale_spin = QSpinBox()
        self.text_scale_spin.setObjectName("text_scale_spin")
        self.text_scale_spin.setAccessibleName(self.tr("Text size, in per cent"))
        self.text_scale_spin.setAccessibleDescription(self.tr("From 100% to 200% of the usual text size"))
        self.text_scale_spin.setRange(*TEXT_SCALE_RANGE)
        self.text_scale_spin.setSingleStep(25)
        self.text_scale_spin.setSuffix("%")
        self.text_scale_spin.setValue(schedule.settings.text_scale())
        self.form.addRow(self.tr("Text size"), self._with_source("text_size", self.text_scale_spin))
        self.high_contrast_check = QCheckBox(self.tr("High contrast"))
        self.high_contrast_check.setObjectName("high_contrast_check")
        self.high_contrast_check.setAccessibleDescription(
            self.tr("Black text on white, black borders and a yellow highlight on the focused control")
        )
        self.high_contrast_check.setChecked(schedule.settings.high_contrast())
        self.form.addRow("", self._with_source("high_contrast", self.high_contrast_check))
        self.bilingual_layout_combo = add_bilingual_layout_setting(self.form, schedule.settings)
        site_problems = schedule.settings.site_problems()
        self.site_problems_label = QLabel(
            self.tr("Your IT department's settings file could not all be used:")
            + "\n"
            + "\n".join(site_problems)
        )
        self.site_problems_label.setObjectName("site_problems_label")
        self.site_problems_label.setWordWrap(True)
        self.site_problems_label.setStyleSheet("color: #a40000;")
        self.site_problems_label.setVisible(bool(site_problems))
        self.form.addRow(self.site_problems_label)
        # The language (issue 17): kept outside the data (services.language_setting), each
        # named in its own language.
        from chair_app.services.language_setting import language_fixed

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        self.language_combo.setAccessibleName(self.tr("Language of the window"))
        for language in Language:
            self.language_combo.addItem(language.native_name, language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(display_language()))
        self._initial_language = display_language()
        language_row = QWidget()
        language_layout = QHBoxLayout(language_row)
        language_layout.setContentsMargins(0, 0, 0, 0)
        language_layout.addWidget(self.language_combo, 1)
        self.language_source_label = QLabel()
        self.language_source_label.setObjectName("language_source_label")
        self.language_source_label.setStyleSheet("color: palette(placeholder-text);")
        language_layout.addWidget(self.language_source_label)
        if language_fixed():
            self.language_combo.setEnabled(False)
            self.language_source_label.setText(self._source_text(SettingSource.FIXED))
        self.language_source_label.setVisible(bool(self.language_source_label.text()))
        self.form.insertRow(0, self.tr("Language"), language_row)
        self._initial = self._values()
        self.nation_combo.currentIndexChanged.connect(self._describe)
        self.policy_combo.currentIndexChanged.connect(self._describe)
        self.setMinimumWidth(560)
        self._describe()

    def _with_source(self, name: str, widget: QWidget) -> QWidget:
        """The widget with a small label beside it saying where its value comes from; greyed
        out when IT fixed it."""
        source = self._ctx.schedule.settings.source(name)
        label = QLabel(self._source_text(source))
        label.setObjectName(f"{name}_source_label")
        label.setStyleSheet("color: palette(placeholder-text);")
        label.setVisible(bool(source.value))
        self._fields[name] = widget
        self._source_labels[name] = label
        if source.value:
            widget.setAccessibleDescription(
                " ".join(
                    filter(None, (widget.accessibleDescription(), f"{self._source_text(source)}."))
                )
            )
        if source is SettingSource.FIXED:
            widget.setEnabled(False)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        layout.addWidget(label)
        return row

    def _source_text(self, source: SettingSource) -> str:
        """Where a value comes from, in the language shown."""
        return {
            SettingSource.FIXED: self.tr("Set by your IT department"),
            SettingSource.IT_DEFAULT: self.tr("Your IT department's default"),
            SettingSource.CHOSEN: self.tr("Chosen here"),
        }.get(source, "")

    def chosen_language(self) -> Language | None:
        """The language chosen here, if it is not the one shown (the window switches to it)."""
        language = self.language_combo.currentData()
        if not self.language_combo.isEnabled() or language is self._initial_language:
            return None
        return Language(language)

    def source_label(self, name: str) -> QLabel:
        """The label saying where the setting ``name`` (as in IT's settings.json) comes from."""
        return self._source_labels[name]

    def _values(self) -> dict[str, object]:
        return {
            "nation": self.nation_combo.currentData(),
            "timescale_policy": self.policy_combo.currentData(),
            "backups_kept": self.backups_spin.value(),
            "backup_days": self.backup_days_spin.value(),
            "backup_weeks": self.backup_weeks_spin.value(),
            "record_size_limit_mb": self.record_limit_spin.value(),
            "lock_after_minutes": self.lock_spin.value(),
            "text_size": self.text_scale_spin.value(),
            "high_contrast": self.high_contrast_check.isChecked(),
        }

    def _describe(self) -> None:
        schedule = self._ctx.schedule
        name = self.policy_combo.currentData()
        nation = self.nation_combo.currentData()
        policy = schedule.catalogue.get(name) if name else schedule.catalogue.default_for(nation)
        policy = policy.in_language(display_language())
        lines = [f"• {rule.describe(nation)}" for rule in policy.rules.values()]
        if policy.pre_birth:
            lines.append("• " + self.tr("After a pre-birth initial conference, the earlier of:"))
            lines += [f"    – {rule.describe(nation)}" for rule in policy.pre_birth.values()]
        rules = "\n".join(lines)
        self.description_label.setText(f"{policy.name}: {policy.description}\n{rules}")

    def problem(self) -> str:
        name = self.policy_combo.currentData()
        if name:
            policy = self._ctx.schedule.catalogue.get(name)
            if policy.nation is not self.nation_combo.currentData():
                return self.tr(
                    "The policy {policy} is for {nation}. Choose {nation} as the nation, or "
                    "another policy."
                ).format(policy=policy.name, nation=policy.nation.label)
        return ""

    def save(self) -> None:
        settings = self._ctx.schedule.settings
        setters = {
            "nation": settings.set_nation,
            "timescale_policy": settings.set_policy_name,
            "backups_kept": settings.set_backups_kept,
            "backup_days": settings.set_backup_days,
            "backup_weeks": settings.set_backup_weeks,
            "record_size_limit_mb": settings.set_record_size_limit_mb,
            "lock_after_minutes": settings.set_lock_minutes,
            "text_size": settings.set_text_scale,
            "high_contrast": settings.set_high_contrast,
        }
        for name, value in self._values().items():
            # Only what the user changed: the rest keeps following IT's defaults. A setting IT
            # fixed is greyed out, so it cannot have changed.
            if value != self._initial[name] and not settings.is_fixed(name):
                setters[name](value)  # type: ignore[operator]
        save_layout(self.bilingual_layout_combo, settings)
        from chair_app.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Live: every open window takes the new size and contrast at once.
            apply_theme(app, settings.text_scale() / 100, settings.high_contrast())
