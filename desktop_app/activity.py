"""One activity monitor for the whole app: every idle timer listens to it.

Two things clear themselves when nobody uses the app: the screen (the main window's idle
timer, a preference) and the decision record (the decision panel's own timer). Both must
agree on what "somebody used the app" means, or one keeps what the other clears: when
only the record's timer counted touch and input-method (IME) typing, a touch screen or a
Chinese keyboard kept the record alive while the screen cleared around it.

So there is one app-wide event filter, :class:`ActivityMonitor`, and one list of input
that counts, :data:`USER_INPUT`; each idle timer connects to :attr:`ActivityMonitor.activity`.
Pointer movement alone does not count (a bumped mouse is not somebody at the desk).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

#: Input that shows a person is using the app: keys (also those a shortcut takes, which
#: arrive as ShortcutOverride only), clicks, the wheel, touch, a pen on a tablet, and text
#: composed with an input method.
USER_INPUT = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


class ActivityMonitor(QObject):
    """An application-wide event filter that emits :attr:`activity` on user input.

    Signals:
        activity(): somebody pressed a key, clicked, scrolled, touched the screen, used a
            pen or typed through an input method, anywhere in the app.
    """

    activity = Signal()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in USER_INPUT:
            self.activity.emit()
        return False  # it only watches; the event goes on to where it was going


_monitor: ActivityMonitor | None = None


def activity_monitor() -> ActivityMonitor:
    """The app's one monitor, made and installed on the running application on first use
    (again if that application was replaced, as between test sessions)."""
    global _monitor
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("activity_monitor() needs a running QApplication")
    if _monitor is None or not shiboken6.isValid(_monitor) or _monitor.parent() is not app:
        _monitor = ActivityMonitor(app)
        app.installEventFilter(_monitor)
    return _monitor


__all__ = ["USER_INPUT", "ActivityMonitor", "activity_monitor"]
