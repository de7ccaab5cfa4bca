"""The idle clear: after the chosen number of minutes without input (a preference, or
never) the screen is cleared; a minute before, a bar says so and any input keeps it.

What counts as input is decided once for the app (``desktop_app.activity``); the window
calls :meth:`IdleClear.note_activity` for each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPushButton, QStatusBar

from desktop_app.settings import Settings
from desktop_app.window.navigation import Navigation
from desktop_app.window_bars import MessageBar

if TYPE_CHECKING:
    from desktop_app.decision.panel import DecisionPanel

translate = QCoreApplication.translate


class IdleClear(QObject):
    """Collaborators: the ``settings`` (``idle_timeout_minutes``); the ``idle_bar`` and its
    Keep working button; the ``status_bar``; what may hold something worth clearing (the
    ``search_box``, the ``navigation``'s history, the ``decision_panel`` once it has joined
    the window); ``clear()`` clears the screen."""

    def __init__(self, parent: QObject, settings: Settings, idle_bar: MessageBar,
                 keep_button: QPushButton, status_bar: QStatusBar, *, search_box: QLineEdit,
                 navigation: Navigation, decision_panel: Callable[[], DecisionPanel | None],
                 clear: Callable[[], None]):
        super().__init__(parent)
        self.settings, self.idle_bar, self.keep_button = settings, idle_bar, keep_button
        self.status_bar, self.search_box, self.navigation = status_bar, search_box, navigation
        self.decision_panel, self.clear = decision_panel, clear
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_idle)
        self.warn_timer = QTimer(self)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self.on_warning)
        self.warning_up = False
        #: what the bar says: ("warning", seconds left) or ("cleared", minutes idle)
        self.notice: tuple[str, int] | None = None
        self.apply_timeout()

    def note_activity(self) -> None:
        if self.timer.interval() > 0 and self.settings.idle_timeout_minutes:
            self.timer.start()
            self.warn_timer.start()
        if self.warning_up:  # any input keeps what is on screen
            self.forget()

    def has_sensitive_state(self) -> bool:
        """Is anything on screen worth clearing (typed, opened, answered)?"""
        panel = self.decision_panel()
        return bool(self.search_box.text() or self.navigation.has_history()
                    or (panel is not None and panel.has_state()))

    def forget(self) -> None:
        self.warning_up = False
        self.notice = None
        self.idle_bar.hide()

    def retranslate_ui(self) -> None:
        """Say the notice on the bar again, in the language now installed."""
        if self.notice is not None:
            self.idle_bar.set_message(self._message(*self.notice))

    @staticmethod
    def _message(kind: str, n: int) -> str:
        if kind == "cleared":
            if n == 1:
                return translate("WindowIdle", "For privacy, the screen was cleared after 1 "
                                 "minute without use. Nothing was saved.")
            return translate("WindowIdle", "For privacy, the screen was cleared after "
                             "{minutes} minutes without use. Nothing was saved.").format(
                                 minutes=n)
        if 45 <= n < 90:
            return translate("WindowIdle", "For privacy, the screen will be cleared in about 1 "
                             "minute because the app has not been used: the search, the open "
                             "page and the decision helper's answers and record. Press any "
                             "key or click to keep them.")
        if n >= 90:
            return translate("WindowIdle", "For privacy, the screen will be cleared in about "
                             "{minutes} minutes because the app has not been used: the "
                             "search, the open page and the decision helper's answers and "
                             "record. Press any key or click to keep them.").format(
                                 minutes=round(n / 60))
        return translate("WindowIdle", "For privacy, the screen will be cleared in about "
                         "{seconds} seconds because the app has not been used: the search, "
                         "the open page and the decision helper's answers and record. Press "
                         "any key or click to keep them.").format(seconds=n)

    def on_warning(self) -> None:
        if not self.has_sensitive_state():
            return
        self.notice = ("warning", max(1, round(self.timer.remainingTime() / 1000)))
        self.idle_bar.set_message(self._message(*self.notice))
        self.keep_button.show()
        self.idle_bar.show()
        self.warning_up = True

    def set_idle_timeout(self, minutes: int) -> None:
        self.settings.idle_timeout_minutes = int(minutes)

    def apply_timeout(self, warn_before_ms: int = 60_000) -> None:
        minutes = int(self.settings.idle_timeout_minutes or 0)
        if minutes:
            self.set_interval(minutes * 60_000, warn_before_ms)
        else:
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.timer.setInterval(0)
        self.warn_timer.stop()

    def set_interval(self, ms: int, warn_before_ms: int = 60_000) -> None:
        """Clear after ``ms`` without input, warning ``warn_before_ms`` before (half the
        time when that is shorter). The preference is in minutes; tests use milliseconds."""
        self.timer.setInterval(ms)
        warn_at = ms - warn_before_ms if ms > 2 * warn_before_ms else ms // 2
        self.warn_timer.setInterval(max(1, warn_at))
        self.timer.start()
        self.warn_timer.start()

    def on_idle(self) -> None:
        had_state = self.has_sensitive_state()
        self.clear()
        if had_state:
            self.notice = ("cleared", max(1, round(self.timer.interval() / 60_000)))
            notice = self.notice
            self.idle_bar.set_message(lambda: self._message(*notice))
            self.keep_button.hide()
            self.idle_bar.show()
            # said again in the new language if the language changes while it shows
            say = getattr(self.status_bar, "say", None)
            if say is not None:
                say(lambda: self._message(*notice), 15000)
            else:
                self.status_bar.showMessage(self._message(*notice), 15000)
