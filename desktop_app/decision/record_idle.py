"""The decision record's own idle clear: answers and record are wiped after a while
without input, with a warning a minute before ("Keep working").

The countdown restarts on :attr:`desktop_app.activity.ActivityMonitor.activity`, the same
input that keeps the screen (the main window's idle timer): keys, clicks, the wheel, touch,
a pen, input-method typing.

A part of :class:`~desktop_app.decision.panel.DecisionPanel` (see :mod:`.parts`): every
method runs on the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from desktop_app.decision.parts import PanelParts

DEFAULT_IDLE_MS = 10 * 60_000
IDLE_WARNING_MS = 60_000  # the warning shows this long before the idle clear
translate = QCoreApplication.translate


class RecordIdle(PanelParts):
    """The record's idle timer and its warning (part of the decision panel)."""

    def set_idle_timeout(self, ms: int,
                         warn_before_ms: int = IDLE_WARNING_MS) -> None:
        """Clear after ``ms`` without user input (0: never; the window may do it instead),
        with a warning ``warn_before_ms`` earlier (half the time when that is shorter)."""
        self._idle_ms = max(0, int(ms))
        self._idle.setInterval(self._idle_ms)
        warn_at = self._idle_ms - warn_before_ms if self._idle_ms > 2 * warn_before_ms \
            else self._idle_ms // 2
        self._idle_warn.setInterval(max(1, warn_at))
        self._touch()

    @property
    def idle_timeout_ms(self) -> int:
        return self._idle_ms

    def has_state(self) -> bool:
        """True while there is something to forget (answers, ticks or a typed record)."""
        return self._has_state()

    def _has_state(self) -> bool:
        return bool(self._typed or self._risk_factors
                    or (self.session is not None and self.session.answers))

    def _touch(self) -> None:
        if self._idle_ms and self._has_state():
            self._idle.start()
            self._idle_warn.start()
        else:
            self._idle.stop()
            self._idle_warn.stop()
        self._hide_idle_warning()

    @property
    def idle_warning_shown(self) -> bool:
        return self._warning_up

    def _on_idle_warning(self) -> None:
        if not self._has_state():
            return
        secs = max(1, round(self._idle.remainingTime() / 1000))
        self.notice_bar.show_message(  # callables: said again if the language changes
            lambda: self._warning_text(secs), lambda: translate("DecisionHelper",
                                                                "Keep working"),
            self._touch, action_name=lambda: translate("DecisionHelper",
                                                       "Keep my answers and the record"))
        self._warning_up = True

    @staticmethod
    def _warning_text(secs: int) -> str:
        minutes = round(secs / 60)
        if secs >= 90:  # whole sentences (no plural built from pieces): 2 minutes or more
            return translate(
                "DecisionHelper", "For privacy, your answers and the decision record will be "
                "cleared in about {n} minutes because the app has not been used. Press any "
                "key or click to keep them.").format(n=minutes)
        if secs == 1:
            return translate(
                "DecisionHelper", "For privacy, your answers and the decision record will be "
                "cleared in about 1 second because the app has not been used. Press any key "
                "or click to keep them.")
        return translate(
            "DecisionHelper", "For privacy, your answers and the decision record will be "
            "cleared in about {n} seconds because the app has not been used. Press any "
            "key or click to keep them.").format(n=secs)

    def _hide_idle_warning(self) -> None:
        if self._warning_up:
            self._warning_up = False
            self.notice_bar.discard()

    def _on_idle(self) -> None:
        if self._has_state():
            minutes = max(1, round(self._idle_ms / 60_000))
            from desktop_app import dialogs

            dialogs.close_all()  # a print preview of the record, waiting in its exec()
            self.clear()
            self.notice_bar.show_message(lambda: self._cleared_text(minutes))

    @staticmethod
    def _cleared_text(minutes: int) -> str:
        if minutes == 1:
            return translate("DecisionHelper", "For privacy, your answers and the decision "
                             "record were cleared after 1 minute without use. Nothing was "
                             "saved.")
        return translate("DecisionHelper", "For privacy, your answers and the decision "
                         "record were cleared after {n} minutes without use. Nothing "
                         "was saved.").format(n=minutes)

    def _on_activity(self) -> None:
        if self._idle.isActive():
            # any input anywhere in the app resets the countdown and keeps the record
            self._idle.start()
            self._idle_warn.start()
            if self._warning_up:
                QTimer.singleShot(0, self._hide_idle_warning)
