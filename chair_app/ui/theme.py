"""The application's look for accessibility: text size, a high-contrast palette, and a focus
ring that is always visible.

``apply_theme`` is called at start-up (``launch.run_window``; then from the saved settings, read
with the first screen's families so that it shows in them) and again whenever File > Settings
changes the text size or the contrast; it works live, and does nothing when nothing changes.

The high-contrast theme is black on white with black borders and a yellow focused field. White
rather than black was chosen so the dark text colours set on individual labels (greys of at
least 7:1 contrast and dark reds on white) stay readable in both themes.

Names in every script (issue 17): Qt shapes Arabic, Urdu, Bengali, Gurmukhi, Devanagari and
Chinese text with HarfBuzz, but a laptop may have no font for them, and a missing font shows
boxes. ``register_bundled_fonts`` (run by ``apply_theme``, so at start-up) adds the Noto fonts
bundled in ``resources/fonts/Noto*`` to the application and puts their families after the
application font's own, so that a character the main font lacks is drawn in a bundled font on any
platform (fontconfig would find an application font by itself; Windows and macOS look only at
the families a font names and their own fallback lists).
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QFontInfo, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyle, QWidget

from chair_app.paths import resources_dir

logger = logging.getLogger(__name__)

SCALE_RANGE = (1.0, 2.0)
FOCUS_COLOUR = "#005fcc"
HIGH_CONTRAST_FOCUS = "#ffff00"

# Every control that can take focus shows a 2px ring in a strong colour when it has it. Check
# boxes and radio buttons always keep room for the ring (a transparent border and a little
# padding), so it never covers their indicator nor makes the control jump when focused. Buttons
# have the same box focused or not (a 1px frame and 1px more padding become the ring): a button
# is sized unfocused, so a ring added only on focus would cover the ends of its label.
_FOCUS_RULES = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QAbstractItemView:focus {{
    border: 2px solid {ring};{field}
}}
QPushButton, QToolButton {{
    border: 1px solid {frame}; border-radius: 3px; padding: 4px 11px;
    background-color: palette(button);
}}
QPushButton:hover, QToolButton:hover {{ border-color: {ring}; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background-color: palette(mid);
}}
QPushButton:disabled, QToolButton:disabled {{ border-color: palette(midlight); }}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {ring}; border-radius: 3px; padding: 3px 10px;
    background-color: {button};{text}
}}
QCheckBox, QRadioButton {{
    border: 2px solid transparent; border-radius: 3px; padding: 1px;
}}
QCheckBox:focus, QRadioButton:focus {{
    border: 2px solid {ring};
}}
"""

# Check boxes, radio buttons and the arrows of spin boxes and drop-down lists are drawn at a
# fixed pixel size by the platform style; at 200% text they would sit tiny next to big labels,
# hard to see and to hit. Above 100% they are sized from the text. Only sizes are set, so the
# platform style still draws them (Fusion and the Windows styles scale into the given size).
_CONTROL_SIZE_RULES = """
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,
QAbstractItemView::indicator {{
    width: {indicator}px; height: {indicator}px;
}}
QCheckBox, QRadioButton {{ spacing: {spacing}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: {arrow}px; }}
QComboBox::drop-down {{ width: {arrow}px; }}
"""

_BASE_SIZE_PROPERTY = "chair_base_point_size"
_SCALE_PROPERTY = "chair_text_scale"
_CONTRAST_PROPERTY = "chair_high_contrast"
_READ_ONLY_PROPERTY = "chair_read_only_look"
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
# Nastaliq is the Urdu style some readers prefer in print; in the window, Naskh is the Arabic
# script's fallback (Nastaliq's tall lines would not fit the window's rows). A CJK collection's
# monospaced families are not wanted either, and its Chinese (SC) family goes first.
_NOT_A_FALLBACK = ("Nastaliq", "Mono")
_CJK_ORDER = (" SC", " TC", " HK", " JP", " KR")
_bundled_families: tuple[str, ...] | None = None


def bundled_font_files(folder: Path | None = None) -> list[Path]:
    """The Noto fonts bundled with the app, for the scripts names are written in."""
    folder = folder or resources_dir() / "fonts"
    return sorted(
        path for path in folder.glob("Noto*") if path.suffix.lower() in _FONT_SUFFIXES
    )


def register_bundled_fonts(app: QApplication) -> tuple[str, ...]:
    """Add the bundled Noto fonts to the application once, and make their families fallbacks
    of the application font. Returns the families added (empty if none is bundled)."""
    global _bundled_families
    if _bundled_families is None:
        families: list[str] = []
        for path in bundled_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                logger.warning("bundled font %s could not be loaded", path.name)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families and not any(w in family for w in _NOT_A_FALLBACK):
                    families.append(family)
        families.sort(key=_cjk_rank)  # stable: only the CJK families move, SC first
        _bundled_families = tuple(families)
    if _bundled_families:
        font = app.font()
        own = font.families() or [font.family()]
        # The family the font resolves to goes first, not a generic name ("Sans Serif"): a
        # generic name would not match, and the first bundled family would become the main
        # font, changing every line's height.
        primary = QFontInfo(font).family()
        wanted = list(dict.fromkeys([primary, *own[1:], *_bundled_families]))
        if wanted != own:
            font.setFamilies(wanted)
            app.setFont(font)
    return _bundled_families


def _cjk_rank(family: str) -> int:
    return next(
        (rank for rank, tag in enumerate(_CJK_ORDER, 1) if family.endswith(tag)),
        0,
    )


def clamp_scale(scale: float) -> float:
    low, high = SCALE_RANGE
    return min(high, max(low, scale))


def focus_style(high_contrast: bool) -> str:
    """The style sheet rules drawing the focus ring."""
    if high_contrast:
        # A yellow field with a thick black ring: unmissable, and black text stays legible.
        return (
            _FOCUS_RULES.format(
                ring="#000000",
                frame="#000000",
                field=f" background-color: {HIGH_CONTRAST_FOCUS}; color: #000000;",
                button=HIGH_CONTRAST_FOCUS,
                text=" color: #000000;",
            )
            .replace("2px solid", "3px solid")
            .replace("padding: 4px 11px", "padding: 5px 12px")
        )
    return _FOCUS_RULES.format(
        ring=FOCUS_COLOUR, frame="#8a8a8a", field="", button="palette(button)", text=""
    )


def control_size_style(app: QApplication, scale: float) -> str:
    """The style sheet rules sizing indicators and arrows to the text; none at 100%.

    Args:
        scale: the text scale already applied to ``app``'s font.
    """
    if scale <= 1.0 + 1e-6:
        return ""
    style = app.style()
    native = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    text_height = QFontMetrics(app.font()).height()
    # At least the platform size grown with the text, and never much smaller than a capital.
    indicator = max(round(native * scale), math.ceil(0.85 * text_height))
    arrow = max(16, round(0.8 * text_height))
    spacing = max(4, round(0.3 * text_height))
    return _CONTROL_SIZE_RULES.format(indicator=indicator, arrow=arrow, spacing=spacing)


def high_contrast_palette() -> QPalette:
    black, white = QColor("#000000"), QColor("#ffffff")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, white),
            (QPalette.ColorRole.WindowText, black),
            (QPalette.ColorRole.Base, white),
            (QPalette.ColorRole.AlternateBase, QColor("#f0f0f0")),
            (QPalette.ColorRole.Text, black),
            (QPalette.ColorRole.Button, white),
            (QPalette.ColorRole.ButtonText, black),
            (QPalette.ColorRole.ToolTipBase, white),
            (QPalette.ColorRole.ToolTipText, black),
            (QPalette.ColorRole.Highlight, black),
            (QPalette.ColorRole.HighlightedText, QColor("#ffff00")),
            (QPalette.ColorRole.PlaceholderText, QColor("#404040")),
            (QPalette.ColorRole.Link, QColor("#00007a")),
            (QPalette.ColorRole.Light, white),
            (QPalette.ColorRole.Midlight, black),
            (QPalette.ColorRole.Mid, black),
            (QPalette.ColorRole.Dark, black),
            (QPalette.ColorRole.Shadow, black),
        ):
            palette.setColor(group, role, colour)
    disabled = QColor("#595959")  # still 7:1 on white
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, white)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#f0f0f0"))
    return palette


def read_only_look(widget: QWidget, read_only: bool) -> None:
    """Draw a disabled value (a drop-down, spin box or check box on a closed meeting) in the
    normal text colour, so that a read-only record stays readable: the platform greys it to
    about 1.6:1. Only the text colour of the disabled state is set (a style sheet rule, as the
    application's style sheet would override a palette), so the rest follows the theme.
    ``read_only=False`` gives the widget back the theme's own disabled look."""
    if not read_only:
        if widget.property(_READ_ONLY_PROPERTY):
            widget.setStyleSheet("")
            widget.setProperty(_READ_ONLY_PROPERTY, False)
        return
    role = QPalette.ColorRole.WindowText if isinstance(widget, QAbstractButton) else QPalette.ColorRole.Text
    colour = QApplication.palette(widget).color(QPalette.ColorGroup.Active, role).name()
    rule = f"*:disabled {{ color: {colour}; }}"
    if widget.styleSheet() != rule:
        widget.setStyleSheet(rule)
    widget.setProperty(_READ_ONLY_PROPERTY, True)


def apply_theme(app: QApplication, scale: float = 1.0, high_contrast: bool = False) -> None:
    """Scale the text, choose the palette and draw the focus ring, for every window now and later.

    Args:
        scale: 1.0 (100%) to 2.0 (200%) of the platform's font size; clamped to that range.
        high_contrast: black on white, black borders, yellow focus.
    """
    scale = clamp_scale(scale)
    register_bundled_fonts(app)
    if theme_is(app, scale, high_contrast):
        return  # already so: setting it again would restyle every widget for nothing
    base = app.property(_BASE_SIZE_PROPERTY)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE_PROPERTY, base)
        app.setProperty(_SCALE_PROPERTY, 1.0)
    previous = float(app.property(_SCALE_PROPERTY) or 1.0)
    font = app.font()
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)
    if abs(previous - scale) > 1e-6:
        # Widgets given their own font (titles set bold and larger) keep their proportion.
        ratio = scale / previous
        for widget in app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                own = widget.font()
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)
    app.setProperty(_SCALE_PROPERTY, scale)
    app.setProperty(_CONTRAST_PROPERTY, high_contrast)
    palette = high_contrast_palette() if high_contrast else app.style().standardPalette()
    app.setPalette(palette)
    # The platform style outlines check boxes and radio buttons in a shade of the window
    # colour: pale grey on white, too faint in high contrast. Darkening the window colour for
    # these two classes only makes their outline black (their background is not painted).
    indicators = QPalette(palette)
    if high_contrast:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            indicators.setColor(group, QPalette.ColorRole.Window, QColor("#000000"))
    for class_name in ("QCheckBox", "QRadioButton"):
        # PySide6's stubs say bytes, but at run time only str is accepted.
        app.setPalette(indicators, class_name)  # type: ignore[arg-type]
    app.setStyleSheet(focus_style(high_contrast) + control_size_style(app, scale))


def theme_is(app: QApplication, scale: float, high_contrast: bool) -> bool:
    """Whether ``app`` already has this theme, as ``apply_theme`` set it (font, contrast and
    style sheet all unchanged since)."""
    base = app.property(_BASE_SIZE_PROPERTY)
    if base is None or abs(current_scale(app) - clamp_scale(scale)) > 1e-6:
        return False
    if is_high_contrast(app) != high_contrast:
        return False
    if abs(app.font().pointSizeF() - float(base) * clamp_scale(scale)) > 1e-6:
        return False
    expected = focus_style(high_contrast) + control_size_style(app, clamp_scale(scale))
    return app.styleSheet() == expected


def current_scale(app: QApplication) -> float:
    return float(app.property(_SCALE_PROPERTY) or 1.0)


def is_high_contrast(app: QApplication) -> bool:
    return bool(app.property(_CONTRAST_PROPERTY))


def clear_theme(app: QApplication) -> None:
    """Back to the platform's look: 100% text, standard palette, no style sheet."""
    apply_theme(app, 1.0, False)
    app.setStyleSheet("")
