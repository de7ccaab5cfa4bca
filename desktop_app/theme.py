"""Light, dark and high-contrast themes: the Qt palette, the app stylesheet and the
reader's colours, decided from the user's preference and the OS colour scheme.

Fusion is used everywhere so the palettes look the same on Windows, macOS and Linux.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Template

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.reader_style import ReaderColors, read_resource


@dataclass(frozen=True)
class Theme:
    """One set of colours: the interface's (``ui``, for the palette and the style sheet)
    and the reader's."""

    name: str  # light | dark | hc-light | hc-dark
    dark: bool
    high_contrast: bool
    ui: dict[str, str] = field(default_factory=dict)
    reader: ReaderColors | None = None


_LIGHT_UI = dict(
    window="#f3f4f6", window_text="#1f2328", base="#ffffff", alt_base="#f3f5f7",
    text="#1f2328", button="#e8ebef", button_text="#1f2328", highlight="#1f5fbf",
    highlighted_text="#ffffff", link="#0b57d0", placeholder="#5b636b", tooltip_bg="#ffffe1",
    tooltip_fg="#000000", border="#6e7781", focus="#1f5fbf", accent="#1f5fbf",
    accent_fg="#ffffff", chip_bg="#ffffff", danger_bg="#b3261e", danger_fg="#ffffff",
    danger_border="#8c1d18", bar_bg="#fff4d6", bar_fg="#1f2328", bar_border="#9a6700",
    disabled="#8b949e",
)
_DARK_UI = dict(
    window="#202327", window_text="#e8eaed", base="#17191c", alt_base="#1f2226",
    text="#e8eaed", button="#2e3238", button_text="#e8eaed", highlight="#3d6fb6",
    highlighted_text="#ffffff", link="#8ab4f8", placeholder="#a5adb6", tooltip_bg="#2e3238",
    tooltip_fg="#e8eaed", border="#848d97", focus="#8ab4f8", accent="#8ab4f8",
    accent_fg="#0d1117", chip_bg="#17191c", danger_bg="#e35d52", danger_fg="#000000",
    danger_border="#ffb4ab", bar_bg="#3a2f12", bar_fg="#f3e6c4", bar_border="#d29922",
    disabled="#6e7681",
)
_HC_LIGHT_UI = dict(
    window="#ffffff", window_text="#000000", base="#ffffff", alt_base="#ffffff",
    text="#000000", button="#ffffff", button_text="#000000", highlight="#000080",
    highlighted_text="#ffffff", link="#0000ee", placeholder="#000000", tooltip_bg="#ffffff",
    tooltip_fg="#000000", border="#000000", focus="#000080", accent="#000080",
    accent_fg="#ffffff", chip_bg="#ffffff", danger_bg="#a00000", danger_fg="#ffffff",
    danger_border="#000000", bar_bg="#ffffff", bar_fg="#000000", bar_border="#000000",
    disabled="#767676",
)
_HC_DARK_UI = dict(
    window="#000000", window_text="#ffffff", base="#000000", alt_base="#000000",
    text="#ffffff", button="#000000", button_text="#ffffff", highlight="#1aebff",
    highlighted_text="#000000", link="#ffff00", placeholder="#ffffff", tooltip_bg="#000000",
    tooltip_fg="#ffffff", border="#ffffff", focus="#1aebff", accent="#1aebff",
    accent_fg="#000000", chip_bg="#000000", danger_bg="#ff6e6e", danger_fg="#000000",
    danger_border="#ffffff", bar_bg="#000000", bar_fg="#ffffff", bar_border="#ffffff",
    disabled="#8f8f8f",
)

_READER = {
    "light": ReaderColors(text="#1f2328", background="#ffffff", link="#0b57d0", muted="#57606a",
                          notice_bg="#fff4d6", notice_border="#9a6700", hit_bg="#ffe066",
                          hit_fg="#000000", current_bg="#ff9632", current_fg="#000000",
                          find_bg="#9fd3ff", find_fg="#000000"),
    "dark": ReaderColors(text="#e8eaed", background="#17191c", link="#8ab4f8", muted="#a5adb6",
                         notice_bg="#3a2f12", notice_border="#d29922", hit_bg="#e6c229",
                         hit_fg="#000000", current_bg="#ff9632", current_fg="#000000",
                         find_bg="#5fb3ff", find_fg="#000000"),
    "hc-light": ReaderColors(text="#000000", background="#ffffff", link="#0000ee",
                             muted="#000000", notice_bg="#ffffff", notice_border="#000000",
                             hit_bg="#ffff00", hit_fg="#000000", current_bg="#000000",
                             current_fg="#ffff00", find_bg="#00ffff", find_fg="#000000"),
    "hc-dark": ReaderColors(text="#ffffff", background="#000000", link="#ffff00",
                            muted="#ffffff", notice_bg="#000000", notice_border="#ffffff",
                            hit_bg="#ffff00", hit_fg="#000000", current_bg="#1aebff",
                            current_fg="#000000", find_bg="#ff9cff", find_fg="#000000"),
}
_UI = {"light": _LIGHT_UI, "dark": _DARK_UI, "hc-light": _HC_LIGHT_UI, "hc-dark": _HC_DARK_UI}


def theme_labels() -> dict[str, str]:
    """The View > Colours menu's items in the current language, with their mnemonics (one
    letter each, none twice in the menu): ``system``, ``light``, ``dark`` (the theme
    preferences) and ``high_contrast``."""
    translate = QCoreApplication.translate
    return {"system": translate("Theme", "Follow &system"),
            "light": translate("Theme", "&Light"),
            "dark": translate("Theme", "&Dark"),
            "high_contrast": translate("Theme", "&High contrast")}


def os_prefers_dark() -> bool:
    """True when the OS colour scheme is dark (Qt 6.5+); False when unknown."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    try:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # pragma: no cover - Qt < 6.5
        return False


def resolve(theme_pref: str, high_contrast: bool, os_dark: bool | None = None) -> Theme:
    """The theme for a preference (``system``/``light``/``dark``) and the high-contrast flag."""
    dark = (os_prefers_dark() if os_dark is None else os_dark) if theme_pref == "system" \
        else theme_pref == "dark"
    name = ("hc-" if high_contrast else "") + ("dark" if dark else "light")
    return Theme(name, dark, high_contrast, dict(_UI[name]), _READER[name])


def palette(theme: Theme) -> QPalette:
    c = {k: QColor(v) for k, v in theme.ui.items()}
    p = QPalette()
    R = QPalette.ColorRole
    for role, key in ((R.Window, "window"), (R.WindowText, "window_text"), (R.Base, "base"),
                      (R.AlternateBase, "alt_base"), (R.Text, "text"), (R.Button, "button"),
                      (R.ButtonText, "button_text"), (R.Highlight, "highlight"),
                      (R.HighlightedText, "highlighted_text"), (R.Link, "link"),
                      (R.LinkVisited, "link"), (R.PlaceholderText, "placeholder"),
                      (R.ToolTipBase, "tooltip_bg"), (R.ToolTipText, "tooltip_fg"),
                      (R.BrightText, "danger_bg")):
        p.setColor(role, c[key])
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c["disabled"])
    # Fusion draws frames with these
    p.setColor(R.Light, c["base"])
    p.setColor(R.Midlight, c["button"])
    p.setColor(R.Mid, c["border"])
    p.setColor(R.Dark, c["border"])
    p.setColor(R.Shadow, c["border"])
    return p


def stylesheet(theme: Theme) -> str:
    return Template(read_resource("app.qss")).safe_substitute(theme.ui)


def apply(app: QApplication, theme: Theme) -> None:
    """Style, palette and stylesheet for the whole app."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
