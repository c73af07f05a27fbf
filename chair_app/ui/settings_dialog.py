"""Settings: the nation whose bank holidays count, the timescale policy, how many backups are
kept, how long the window waits unused before it locks, and the text size and contrast."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from chair_app.core.timescales import Nation
from chair_app.ui.context import AppContext
from chair_app.ui.dialogs import _FormDialog


class SettingsDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__("Settings", parent)
        self.setObjectName("settings_dialog")
        self._ctx = ctx
        schedule = ctx.schedule
        self.nation_combo = QComboBox()
        self.nation_combo.setObjectName("nation_combo")
        self.nation_combo.setAccessibleName("Nation: whose bank holidays count as closed days")
        for nation in Nation:
            self.nation_combo.addItem(nation.label, nation)
        self.nation_combo.setCurrentIndex(self.nation_combo.findData(schedule.nation()))
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policy_combo")
        self.policy_combo.setAccessibleName("Timescale policy")
        self.policy_combo.addItem("The nation's default", "")
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
            "Some policy files could not be used:\n" + "\n".join(problems) if problems else ""
        )
        self.problems_label.setVisible(bool(problems))
        self.form.addRow("Nation", self.nation_combo)
        self.form.addRow("Timescales", self.policy_combo)
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
        self.backups_spin.setAccessibleName("Number of backups kept")
        self.backups_spin.setRange(1, 100)
        self.backups_spin.setValue(schedule.settings.backups_kept())
        self.form.addRow("Backups kept", self.backups_spin)
        from chair_app.services.backup import BACKUP_DAYS_RANGE, BACKUP_WEEKS_RANGE

        # Older generations, so restarts never push every older backup out.
        self.backup_days_spin = QSpinBox()
        self.backup_days_spin.setObjectName("backup_days_spin")
        self.backup_days_spin.setAccessibleName("Days for which one backup a day is kept")
        self.backup_days_spin.setRange(*BACKUP_DAYS_RANGE)
        self.backup_days_spin.setSuffix(" days")
        self.backup_days_spin.setValue(schedule.settings.backup_days())
        self.form.addRow("Also one a day for", self.backup_days_spin)
        self.backup_weeks_spin = QSpinBox()
        self.backup_weeks_spin.setObjectName("backup_weeks_spin")
        self.backup_weeks_spin.setAccessibleName("Weeks for which one backup a week is kept")
        self.backup_weeks_spin.setRange(*BACKUP_WEEKS_RANGE)
        self.backup_weeks_spin.setSuffix(" weeks")
        self.backup_weeks_spin.setValue(schedule.settings.backup_weeks())
        self.form.addRow("And one a week for", self.backup_weeks_spin)
        from chair_app.services.record_limits import RECORD_SIZE_LIMIT_RANGE_MB

        self.record_limit_spin = QSpinBox()
        self.record_limit_spin.setObjectName("record_size_limit_spin")
        self.record_limit_spin.setAccessibleName("Largest meeting record imported, in megabytes")
        self.record_limit_spin.setRange(*RECORD_SIZE_LIMIT_RANGE_MB)
        self.record_limit_spin.setSuffix(" MB")
        self.record_limit_spin.setValue(schedule.settings.record_size_limit_mb())
        self.form.addRow("Largest record imported", self.record_limit_spin)
        self.lock_spin = QSpinBox()
        self.lock_spin.setObjectName("lock_minutes_spin")
        self.lock_spin.setAccessibleName("Minutes without use before Chair locks")
        self.lock_spin.setRange(*LOCK_MINUTES_RANGE)
        self.lock_spin.setSuffix(" minutes")
        self.lock_spin.setValue(schedule.settings.lock_minutes())
        self.form.addRow("Lock after", self.lock_spin)
        from chair_app.services.settings import TEXT_SCALE_RANGE

        self.text_scale_spin = QSpinBox()
        self.text_scale_spin.setObjectName("text_scale_spin")
        self.text_scale_spin.setAccessibleName("Text size, in per cent")
        self.text_scale_spin.setAccessibleDescription("From 100% to 200% of the usual text size")
        self.text_scale_spin.setRange(*TEXT_SCALE_RANGE)
        self.text_scale_spin.setSingleStep(25)
        self.text_scale_spin.setSuffix("%")
        self.text_scale_spin.setValue(schedule.settings.text_scale())
        self.form.addRow("Text size", self.text_scale_spin)
        self.high_contrast_check = QCheckBox("High contrast")
        self.high_contrast_check.setObjectName("high_contrast_check")
        self.high_contrast_check.setAccessibleDescription(
            "Black text on white, black borders and a yellow highlight on the focused control"
        )
        self.high_contrast_check.setChecked(schedule.settings.high_contrast())
        self.form.addRow("", self.high_contrast_check)
        self.nation_combo.currentIndexChanged.connect(self._describe)
        self.policy_combo.currentIndexChanged.connect(self._describe)
        self.setMinimumWidth(560)
        self._describe()

    def _describe(self) -> None:
        schedule = self._ctx.schedule
        name = self.policy_combo.currentData()
        nation = self.nation_combo.currentData()
        policy = schedule.catalogue.get(name) if name else schedule.catalogue.default_for(nation)
        lines = [f"• {rule.describe(nation)}" for rule in policy.rules.values()]
        if policy.pre_birth:
            lines.append("• After a pre-birth initial conference, the earlier of:")
            lines += [f"    – {rule.describe(nation)}" for rule in policy.pre_birth.values()]
        rules = "\n".join(lines)
        self.description_label.setText(f"{policy.name}: {policy.description}\n{rules}")

    def problem(self) -> str:
        name = self.policy_combo.currentData()
        if name:
            policy = self._ctx.schedule.catalogue.get(name)
            if policy.nation is not self.nation_combo.currentData():
                return (
                    f"The policy {policy.name} is for {policy.nation.label}. Choose "
                    f"{policy.nation.label} as the nation, or another policy."
                )
        return ""

    def save(self) -> None:
        settings = self._ctx.schedule.settings
        settings.set_nation(self.nation_combo.currentData())
        settings.set_policy_name(self.policy_combo.currentData())
        settings.set_backups_kept(self.backups_spin.value())
        settings.set_backup_days(self.backup_days_spin.value())
        settings.set_backup_weeks(self.backup_weeks_spin.value())
        settings.set_record_size_limit_mb(self.record_limit_spin.value())
        settings.set_lock_minutes(self.lock_spin.value())
        settings.set_text_scale(self.text_scale_spin.value())
        settings.set_high_contrast(self.high_contrast_check.isChecked())
        from chair_app.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Live: every open window takes the new size and contrast at once.
            apply_theme(app, settings.text_scale() / 100, settings.high_contrast())
