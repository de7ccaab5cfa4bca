"""Quick exit and forgetting: Shift pressed three times (``ShiftTriple``, watched by the
app-wide ``AppEventFilter``), the blank ``QuickExitCover`` for desktops that cannot
minimize, and ``Privacy``, which clears everything typed or read in this run."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QToolTip, QWidget

from desktop_app import errors
from desktop_app.first_paint import FALLBACK_MS
from desktop_app.search_panel import SearchPanel

if TYPE_CHECKING:
    from desktop_app.window.find import Highlights
    from desktop_app.window.help import Citation
    from desktop_app.window.idle import IdleClear
    from desktop_app.window.links import Links
    from desktop_app.window.navigation import Navigation
    from index.searcher import SearchIndex

log = logging.getLogger(__name__)


class ShiftTriple:
    """Detects Shift pressed ``presses`` times within ``window_s`` seconds, nothing between.

    The same physical key press can reach an application event filter several times (once
    per widget it propagates through); a press only counts after a release, so duplicates
    and auto-repeat are ignored. Any other key press starts the count again, so typing
    capital letters never triggers it.
    """

    def __init__(self, presses: int = 3, window_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic):
        self.presses, self.window_s, self.clock = presses, window_s, clock
        self._times: list[float] = []
        self._down = False

    def press(self) -> bool:
        if self._down:
            return False
        self._down = True
        now = self.clock()
        self._times = [t for t in self._times if now - t <= self.window_s] + [now]
        if len(self._times) >= self.presses:
            self._times = []
            return True
        return False

    def release(self) -> None:
        self._down = False

    def reset(self) -> None:
        self._times = []
        self._down = False


class QuickExitCover(QWidget):
    """A blank, neutral view over the whole window after a quick exit, for desktops where
    the window cannot be minimized. It names nothing; a click or a key removes it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._win = window
        self.setObjectName("quickExitCover")
        self.setAutoFillBackground(True)
        # it never takes focus: keyboard focus stays where it was (the search box after a
        # quick exit); the window's event filter removes the cover on a key or a click
        self.retranslate_ui()
        self.restored_by_desktop = False
        self.hide()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("WindowPrivacy", "Blank screen"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "WindowPrivacy", "Click or press a key to come back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def cover(self) -> None:
        win = self._win
        self.setGeometry(win.rect())
        self.raise_()
        self.show()
        # minimized now, and restored later by the desktop: the cover goes then
        self.restored_by_desktop = win.isMinimized()

    def uncover(self) -> None:
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.uncover()


class AppEventFilter(QObject):
    """Application-wide: Shift x3 quick exit, mouse back/forward buttons, idle tracking,
    and a key or click taking the cover away."""

    def __init__(self, window: QMainWindow, cover: QuickExitCover, *,
                 quick_exit: Callable[[], None], activity: Callable[[], None],
                 back: Callable[[], object], forward: Callable[[], object]):
        super().__init__(window)
        self.window, self.cover = window, cover
        self.quick_exit, self.activity, self.back, self.forward = \
            quick_exit, activity, back, forward
        self.shift = ShiftTriple()
        self.watching = False  # every event of the application (else the window's paint)
        self.installed = False

    def install(self) -> None:
        """Watch every event of the application (until :meth:`uninstall`) from the window's
        first paint on. Until the window is painted nothing can be typed into it or clicked
        on it, and each of the thousand-odd events of the start-up would only have gone
        through this filter (issue 15: a few percent of the start-up). The app also says
        when its first paint is done (:meth:`watch_all`), and after
        :data:`~desktop_app.first_paint.FALLBACK_MS` it watches everything whatever
        happened."""
        self.installed = True
        if self.window.isVisible():  # painted already, or about to be
            self.watch_all()
            return
        self.window.installEventFilter(self)  # its own events only: a few dozen
        QTimer.singleShot(FALLBACK_MS, self, self.watch_all)

    def watch_all(self) -> None:
        """From now on, every event of the application (once installed)."""
        if not self.installed:
            return  # uninstalled meanwhile (the window closed)
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
            self.watching = True

    def uninstall(self) -> None:
        self.installed = False
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.watching = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        t = event.type()
        if not self.watching:
            if t == QEvent.Type.Paint and obj is self.window:
                self.watch_all()
            return False
        key = event.key() if isinstance(event, QKeyEvent) else None
        if self.cover.isVisible() and (
                t == QEvent.Type.MouseButtonPress or (
                    t == QEvent.Type.KeyPress and key not in (
                        Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt))):
            self.cover.uncover()  # back at the desk (Shift: maybe counting to three again)
        if t == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.activity()
            if key == Qt.Key.Key_Shift:
                if not event.isAutoRepeat() and self.shift.press():
                    self.quick_exit()
            else:
                self.shift.reset()
        elif t == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            if key == Qt.Key.Key_Shift and not event.isAutoRepeat():
                self.shift.release()
        elif t == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.activity()
            self.shift.reset()
            button = event.button()
            if button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton) and \
                    isinstance(obj, QWidget) and obj.window() is self.window:
                if button == Qt.MouseButton.BackButton:
                    self.back()
                else:
                    self.forward()
                return True
        elif t == QEvent.Type.Wheel:
            self.activity()
        return False


class Privacy:
    """Forgets what was on screen (quick exit, the idle clear) and hides the window.

    Each collaborator forgets its own part: the ``search_panel``, the ``highlights`` (the
    find box), the ``links`` (tooltip, definition), the ``navigation`` (history, back to
    the start page), the ``citation`` (off the clipboard), the ``idle`` warning, the
    ``search_index``'s caches; then every function given to :meth:`register_clearable`
    (the decision helper's answers, the print controller's last folder).
    """

    def __init__(self, window: QMainWindow, cover: QuickExitCover, search_panel: SearchPanel,
                 highlights: Highlights, links: Links, navigation: Navigation,
                 citation: Citation, idle: IdleClear, *,
                 search_index: Callable[[], SearchIndex | None],
                 exited: Callable[[], None]):
        self.window, self.cover, self.search_panel = window, cover, search_panel
        self.highlights, self.links, self.navigation = highlights, links, navigation
        self.citation, self.idle = citation, idle
        self.search_index, self.exited = search_index, exited
        self.clearables: list[Callable[[], None]] = []

    def register_clearable(self, clear: Callable[[], None]) -> Callable[[], None]:
        """``clear`` is called whenever the screen must forget what was on it."""
        self.clearables.append(clear)
        return clear

    def clear_sensitive_state(self) -> None:
        """Forget everything typed or read in this run; show the neutral start page."""
        QToolTip.hideText()
        dialogs = sys.modules.get("desktop_app.dialogs")  # never imported: none is open
        if dialogs is not None:
            dialogs.close_all()
        for dlg in list(errors.open_dialogs):
            dlg.close()
        self.search_panel.clear()
        self.highlights.forget()
        self.links.forget()
        self.navigation.forget()
        self.window.statusBar().clearMessage()
        self.idle.forget()
        self.citation.forget()
        idx = self.search_index()
        if idx is not None:  # it keeps recent query strings in memory, for speed
            idx.clear_caches()
        for clear in list(self.clearables):
            try:
                clear()
            except Exception:  # noqa: BLE001 - one panel's failure must not stop the rest
                log.exception("a registered clearable failed")

    def quick_exit(self) -> None:
        """Hide at once, forget everything, minimize."""
        window = self.window
        window.hide()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            nxt = QApplication.activePopupWidget()
            popup = None if nxt is popup else nxt
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not window:
            modal.close()
        for other in QApplication.topLevelWidgets():  # print preview, any other window
            if isinstance(other, QDialog) and other.isVisible():
                other.hide()
                other.close()
        self.clear_sensitive_state()
        window.showMinimized()
        # Where minimizing is not honoured (no window manager, kiosk, some remote
        # sessions) the window comes straight back: cover it with a blank view until the
        # user comes back to it (a click or a key on the cover).
        self.cover.cover()
        QTimer.singleShot(400, window, self._check_minimized)
        self.exited()

    def _check_minimized(self) -> None:
        if self.window.isMinimized() or not self.window.isVisible():
            return  # hidden by the desktop; the cover goes when the window is restored
        self.cover.cover()
