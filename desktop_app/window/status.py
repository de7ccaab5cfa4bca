"""What the status bar and the bars over the reader say about the app itself: the search
index starting up (opened or built in the background; the window stays usable), whether
search is ready, the content version, the text size, "offline", and the content problems."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from content.model import Library
from desktop_app import errors, workers
from desktop_app.accessible import name
from desktop_app.content_words import format_date
from desktop_app.search_panel import SearchPanel
from desktop_app.window_bars import MessageBar, StatusBar

if TYPE_CHECKING:
    from index.searcher import SearchIndex

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


class StatusLabels:
    """The status bar's permanent labels, and which of them fit."""

    def __init__(self, window: QMainWindow, library: Callable[[], Library]):
        # messages in an eliding label: never drawn over "Search ready" or the version
        window.setStatusBar(StatusBar(window))
        self.bar = sb = window.statusBar()
        self.library = library
        self.index_label = QLabel(sb)
        self.zoom_label = QLabel("", sb)
        self.version_label = QLabel(sb)
        self.offline_label = QLabel(sb)
        for label, object_name in ((self.index_label, "searchState"),
                                   (self.zoom_label, "zoomLevel"),
                                   (self.version_label, "contentVersion"),
                                   (self.offline_label, "offline")):
            label.setObjectName(object_name)
        self.offline_label.setObjectName("statusOffline")
        for w in (self.index_label, self.zoom_label, self.version_label, self.offline_label):
            sb.addPermanentWidget(w)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The labels' names, the content version and "Offline" (the search status and
        the text size are said by their controllers)."""
        name(self.index_label, translate("WindowStatus", "Search status"))
        name(self.zoom_label, translate("WindowStatus", "Text size"))
        m = self.library().manifest
        version = translate("WindowStatus", "Content {version}").format(
            version=m.content_version)
        if m.content_date:
            version += f" · {format_date(m.content_date)}"
        self.version_label.setText(version)
        name(self.version_label, translate("WindowStatus", "Content version"), version)
        offline = translate("WindowStatus", "Offline — nothing leaves this computer")
        self.offline_label.setText(offline)
        name(self.offline_label, offline)

    def fit(self) -> None:
        """At large text sizes the status bar cannot hold everything: rather than cut words
        off, leave out what is least needed (the text size, then the content version, which
        Help > About also shows). "Offline" and the search status always stay, and a
        message (a hovered result, "Saved to ...") keeps some room, elided to fit with its
        full text in its tooltip."""
        sb = self.bar
        labels = (self.index_label, self.offline_label, self.version_label, self.zoom_label)
        for w in labels:
            w.ensurePolished()
            w.setVisible(True)
        spacing = sb.style().pixelMetric(sb.style().PixelMetric.PM_LayoutHorizontalSpacing)
        spacing = max(spacing, 6) + 6
        room = sb.width() - 40 - min(320, sb.width() // 4)  # the grip; a message's room
        need = sum(w.sizeHint().width() + spacing for w in labels)
        for w in (self.zoom_label, self.version_label):
            if need <= room:
                break
            w.setVisible(False)
            need -= w.sizeHint().width() + spacing


def failure_reason(exc: BaseException) -> str:
    """Why search could not start, in the current language (a reason inside a sentence).

    The index layer has no words of its own for people (no Qt there): its
    ``IndexBuildError`` wraps the error that stopped it, and that error is what is said."""
    from index.types import IndexBuildCancelled, IndexBuildError

    if isinstance(exc, ImportError):
        return translate("WindowStatus", "the search engine is not installed")
    cause = exc.__cause__
    if isinstance(exc, IndexBuildError) and not isinstance(exc, IndexBuildCancelled) \
            and cause is not None:
        return errors.describe(cause)
    return errors.describe(exc)


class IndexStatus(QObject):
    """Opens or builds the search index in the background and says how that goes.

    ``adopt(index)`` is called first when the index is open.

    Signals:
        ready(object): the index is open (an ``index.searcher.SearchIndex``).
        failed(str): it could not be opened or built (why, in plain words).
    """

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, context: QWidget, library: Callable[[], Library],
                 search_panel: SearchPanel, labels: StatusLabels, index_bar: MessageBar, *,
                 adopt: Callable[[SearchIndex], None]):
        super().__init__(context)
        self.context, self.library, self.search_panel = context, library, search_panel
        self.labels, self.index_bar, self.adopt = labels, index_bar, adopt
        #: the job opening the index, while it runs
        self.token: workers.CancelToken | None = None
        #: "preparing", "ready" or "failed"; how far preparing is; why it failed
        self.state, self.progress, self.reason = "preparing", -1, ""
        self.error: BaseException | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Say how search is, in the words of the language now installed."""
        label = self.labels.index_label
        if self.state == "ready":
            label.setText(translate("WindowStatus", "Search ready"))
        elif self.state == "failed":
            if self.error is not None:
                self.reason = failure_reason(self.error)
            label.setText(translate("WindowStatus", "Search unavailable"))
            self.index_bar.set_message(translate(
                "WindowStatus", "Search is not available ({reason}). You can still read every "
                "section from the contents.").format(reason=self.reason))
        elif self.progress >= 0:
            label.setText(translate("WindowStatus", "Preparing search… {percent}%").format(
                percent=self.progress))
        else:
            label.setText(translate("WindowStatus", "Preparing search…"))

    def start(self) -> None:
        """Open or build the search index in the background; the window stays usable."""
        if self.token is not None:
            return
        self.index_bar.hide()
        self.search_panel.set_indexing()
        self.state, self.progress = "preparing", -1
        self.retranslate_ui()
        lang = self.library().language  # a switch of language drops this job's late answer

        def on_result(idx: SearchIndex) -> None:
            if lang == self.library().language:
                self.on_ready(idx)

        def on_error(exc: BaseException) -> None:
            if lang == self.library().language:
                self.on_error(exc)

        self.token = workers.run_in_pool(
            workers.open_index_job, self.library(), on_result=on_result, on_error=on_error,
            on_progress=self.on_progress, context=self.context)

    def restart(self) -> None:
        """Another library (the guide in another language): its own index, from the start."""
        if self.token is not None:
            self.token.cancel()  # its late answer is dropped (another language)
            self.token = None
        self.search_panel.clear_index()
        self.start()

    def on_progress(self, done: int, total: int) -> None:
        self.search_panel.set_indexing(done, total)
        if total:
            self.state, self.progress = "preparing", int(100 * done / total)
            self.retranslate_ui()

    def on_ready(self, idx: SearchIndex) -> None:
        self.token = None
        self.adopt(idx)  # the window's, before the panel searches with it
        self.search_panel.set_index(idx)
        self.state = "ready"
        self.retranslate_ui()
        self.labels.fit()
        self.ready.emit(idx)

    def on_error(self, exc: BaseException) -> None:
        self.token = None
        log.warning("search index unavailable: %s", exc)
        # why, said again in each language (the exception kept, not its words)
        self.search_panel.set_failed(lambda: failure_reason(exc))
        self.state, self.error = "failed", exc
        self.retranslate_ui()
        message = self.reason
        self.labels.fit()
        self.index_bar.show()
        self.failed.emit(message)

    def stop(self) -> None:
        """Cancel an index build in progress and wait for it to stop (on close or quit)."""
        if self.token is not None:
            workers.shutdown(None, self.token)
            self.token = None
