"""Run start-up work after the window's first real paint, not merely "soon".

``QTimer.singleShot(0, work)`` right after ``window.show()`` runs *before* the first paint:
the zero timer is already queued when the window's expose and paint events arrive, so the
work (loading the decision flows, building the side panels, opening the search index)
delays the first frame. :func:`after_first_paint` waits until a widget of the window has
been painted, lets that frame finish (flush to the screen), then runs the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: If the window is never painted (started hidden, or a platform without paint events),
#: the work still runs after this long.
FALLBACK_MS = 3000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None], fallback_ms: int):
        super().__init__(window)
        self.window, self.work = window, work
        self.done = False
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.run)
        self.fallback.start(fallback_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and obj.window() is self.window:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # queued from inside the paint: runs once this frame is painted and flushed
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        self.fallback.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.work()


def after_first_paint(window: QWidget, work: Callable[[], None], *,
                      fallback_ms: int = FALLBACK_MS) -> QObject:
    """Call ``work()`` once ``window`` has been painted for the first time. Call it before
    ``window.show()`` or right after it (before the event loop runs)."""
    watcher = _FirstPaint(window, work, fallback_ms)
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("after_first_paint needs a QApplication")
    app.installEventFilter(watcher)
    return watcher
