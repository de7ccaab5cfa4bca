"""Zoom and colours. Zoom is for the whole app, not only the reader; the colours follow
the preference (system, light, dark, high contrast) and, on "system", the OS scheme."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app import theme
from desktop_app.reader import Reader
from desktop_app.settings import ZOOM_DEFAULT, Settings, clamp_zoom
from desktop_app.window.contents import Contents

if TYPE_CHECKING:
    from desktop_app.decision.panel import DecisionPanel

translate = QCoreApplication.translate


class Appearance:
    """Collaborators: the ``settings`` holding the preferences (this class sets them; the
    window applies them when ``settings.updated`` says so); the ``reader``; the
    ``contents`` (their signs take the theme's colours); ``rerender()`` shows the open page
    again; ``fit_status_bar()``; ``decision_panel``, once it has joined the window."""

    def __init__(self, context: QWidget, settings: Settings, reader: Reader, zoom_label: QLabel,
                 contents: Contents, *, rerender: Callable[[], None],
                 fit_status_bar: Callable[[], None],
                 decision_panel: Callable[[], DecisionPanel | None]):
        self.context, self.settings, self.reader = context, settings, reader
        self.zoom_label, self.contents = zoom_label, contents
        self.rerender, self.fit_status_bar = rerender, fit_status_bar
        self.decision_panel = decision_panel
        self.theme: theme.Theme | None = None
        self._applying_theme = False

    # -- zoom ----------------------------------------------------------------------------
    def change_zoom(self, delta: int) -> None:
        self.set_zoom(self.settings.zoom + delta)

    def reset_zoom(self) -> None:
        self.set_zoom(ZOOM_DEFAULT)

    def set_zoom(self, percent: int) -> None:
        self.settings.zoom = clamp_zoom(percent)

    def apply_zoom(self) -> None:
        self.reader.set_zoom(self.settings.zoom)
        self.apply_ui_zoom()
        self.update_zoom_label()

    def apply_ui_zoom(self) -> None:
        """Zoom is for the whole app, not only the reader: the results, the contents, the
        decision helper, menus and dialogs take the same percentage of their normal size."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        base = app.property("ipvUiPointSize")
        if not base:
            return  # fonts not set up by desktop_app.app (a bare test window)
        size = max(8.0, float(base) * self.settings.zoom / 100.0)
        if abs(app.font().pointSizeF() - size) < 0.01:
            return
        font = app.font()
        font.setPointSizeF(size)
        app.setFont(font)
        # with an app style sheet, widgets that exist already keep their old font until
        # they are polished again
        sheet = app.styleSheet()
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
        panel = self.decision_panel()
        if panel is not None:
            panel.refresh_fonts()
        self.fit_status_bar()
        # once every label has its new font
        QTimer.singleShot(0, self.context, self.fit_status_bar)

    def update_zoom_label(self) -> None:
        zoom = self.settings.zoom
        self.zoom_label.setText(translate("WindowAppearance", "Text {zoom}%").format(zoom=zoom))
        self.zoom_label.setAccessibleName(translate(
            "WindowAppearance", "Text size {zoom} percent").format(zoom=zoom))
        self.fit_status_bar()

    # -- colours -------------------------------------------------------------------------
    def set_theme(self, key: str) -> None:
        self.settings.theme = key

    def set_high_contrast(self, on: bool) -> None:
        self.settings.high_contrast = bool(on)

    def on_os_scheme_changed(self, *_args: object) -> None:
        if self.settings.theme == "system" and not self._applying_theme:
            self.apply_theme()

    def apply_theme(self) -> None:
        """Apply the preferred colours to the app and re-render the page in them."""
        if self._applying_theme:
            return
        self._applying_theme = True
        try:
            t = theme.resolve(self.settings.theme, self.settings.high_contrast)
            self.theme = t
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, t)
            self.contents.refresh_check_icons(t)
            if t.reader is not None:
                self.reader.set_colors(t.reader)
            if self.reader.document().characterCount() > 1:
                self.rerender()
        finally:
            self._applying_theme = False
