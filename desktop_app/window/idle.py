"""The idle clear: after the chosen number of minutes without input (a preference, or
never) the screen is cleared; a minute before, a bar says so and any input keeps it.

What counts as input is decided once for the app (``desktop_app.activity``); the window
calls :meth:`IdleClear.note_activity` for each.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton, QStatusBar

from desktop_app.settings import Settings
from desktop_app.widgets import MessageBar


class IdleClear(QObject):
    """Collaborators: the ``settings`` (``idle_timeout_minutes``); the ``idle_bar`` and its
    Keep working button; the ``status_bar``; ``has_sensitive_state()`` (is anything on
    screen worth clearing?) and ``clear()`` (clear it)."""

    def __init__(self, parent: QObject, settings: Settings, idle_bar: MessageBar,
                 keep_button: QPushButton, status_bar: QStatusBar, *,
                 has_sensitive_state: Callable[[], bool], clear: Callable[[], None]):
        super().__init__(parent)
        self.settings, self.idle_bar, self.keep_button = settings, idle_bar, keep_button
        self.status_bar = status_bar
        self.has_sensitive_state, self.clear = has_sensitive_state, clear
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_idle)
        self.warn_timer = QTimer(self)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self.on_warning)
        self.warning_up = False
        self.apply_timeout()

    def note_activity(self) -> None:
        if self.timer.interval() > 0 and self.settings.idle_timeout_minutes:
            self.timer.start()
            self.warn_timer.start()
        if self.warning_up:  # any input keeps what is on screen
            self.forget()

    def forget(self) -> None:
        self.warning_up = False
        self.idle_bar.hide()

    def on_warning(self) -> None:
        if not self.has_sensitive_state():
            return
        secs = max(1, round(self.timer.remainingTime() / 1000))
        left = "1 minute" if 45 <= secs < 90 else (f"{round(secs / 60)} minutes" if secs >= 90
                                                  else f"{secs} seconds")
        self.idle_bar.set_message(
            f"For privacy, the screen will be cleared in about {left} because the app has "
            "not been used: the search, the open page and the decision helper's answers and "
            "record. Press any key or click to keep them.")
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
            minutes = max(1, round(self.timer.interval() / 60_000))
            text = (f"For privacy, the screen was cleared after {minutes} minute"
                    f"{'s' if minutes != 1 else ''} without use. Nothing was saved.")
            self.idle_bar.set_message(text)
            self.keep_button.hide()
            self.idle_bar.show()
            self.status_bar.showMessage(text, 15000)
