"""The window's frame: its first size, the side tabs on the right, and the size, place
and pane widths kept between runs."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop_app.accessible import name
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

MAX_START_SIZE = (1600, 1000)  # the first window, before the user sizes it


def start_size(avail_width: int, avail_height: int) -> tuple[int, int]:
    """The first window's size on a screen with this much room: most of it, up to
    :data:`MAX_START_SIZE`. At 1366x768 the reader, the contents and the decision helper
    all need the width (a fixed 1220 px left 146 px of it unused)."""
    return (min(MAX_START_SIZE[0], avail_width - 40), min(MAX_START_SIZE[1], avail_height - 40))


class SideTabs(QTabWidget):
    """The right-hand panel: hidden while it has no tabs. A tab added with
    :meth:`add_tab` is named again when the language changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sideTabs")
        self._titles: dict[QWidget, Callable[[], str]] = {}
        self.retranslate_ui()
        self.setDocumentMode(True)
        self.setMinimumWidth(260)  # readable, and the three panes fit an 800x600 screen
        self.setVisible(False)

    def add_tab(self, widget: QWidget, title: Callable[[], str]) -> int:
        """Add ``widget`` under ``title()`` (said in the language of the moment)."""
        self._titles[widget] = title
        return self.addTab(widget, title())

    def retranslate_ui(self) -> None:
        name(self, QCoreApplication.translate("WindowLayout", "Side panel"))
        for widget, title in self._titles.items():
            index = self.indexOf(widget)
            if index >= 0:
                self.setTabText(index, title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def tabInserted(self, index: int) -> None:  # noqa: N802 - Qt override
        super().tabInserted(index)
        self.setVisible(True)

    def tabRemoved(self, index: int) -> None:  # noqa: N802 - Qt override
        super().tabRemoved(index)
        self.setVisible(self.count() > 0)


def column(parent: QWidget, *widgets: tuple[QWidget, int], margins: int = 0,
           spacing: int = 4) -> tuple[QWidget, QVBoxLayout]:
    """A widget holding ``widgets`` (each with its stretch) top to bottom."""
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(margins, margins, margins, 0)
    lay.setSpacing(spacing)
    for w, stretch in widgets:
        lay.addWidget(w, stretch)
    return box, lay


def panes(parent: QWidget, left: QWidget, centre: QWidget, right: QWidget) -> QSplitter:
    """Left, centre and right side by side; only the centre grows with the window."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setChildrenCollapsible(False)
    for i, (pane, stretch) in enumerate(((left, 0), (centre, 1), (right, 0))):
        splitter.addWidget(pane)
        splitter.setStretchFactor(i, stretch)
    splitter.setSizes([340, 700, 420])
    return splitter


def restore_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """The size, place and pane widths of the last run; the first time, most of the
    screen, centred."""
    geo = settings.geometry
    restored = bool(geo) and window.restoreGeometry(geo)
    if not restored:
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        w, h = MAX_START_SIZE
        if avail is not None:
            w, h = start_size(avail.width(), avail.height())
            w, h = max(w, window.minimumWidth()), max(h, window.minimumHeight())
            window.resize(w, h)
            window.move(avail.center() - window.rect().center())
        else:
            window.resize(w, h)
    split = settings.splitter
    if split:
        splitter.restoreState(split)


def save_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Keep the size, place and pane widths for the next run (a failure is only logged)."""
    try:
        settings.prefs.geometry = bytes(window.saveGeometry().data())
        settings.prefs.splitter = bytes(splitter.saveState().data())
        settings.save()
    except OSError as exc:
        log.warning("could not save settings: %s", exc)
