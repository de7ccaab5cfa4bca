"""The left-hand navigation: the search box (always visible at the top), and below it two
tabs, "Contents" (the table of contents, given by the window) and "Results".

Search as you type: ``textChanged`` restarts a 150 ms single-shot timer; when it fires the
query runs with a new sequence number, and results are applied only if their number is
still the newest (stale results are dropped). Searching runs on the GUI thread with the
index's long-lived searcher (Whoosh answers this corpus in milliseconds).

Nothing typed here is stored anywhere: :meth:`SearchPanel.clear` forgets it all.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.accessible import announce, name
from desktop_app.fit_labels import fit_tab_labels, longest_fitting
from desktop_app.i18n import Words, said
from desktop_app.results_model import HitRole, ResultDelegate, ResultsModel, configure_view
from desktop_app.search_filters import SearchFilters
from desktop_app.search_status import placeholders, status_text, tab_label_sets

if TYPE_CHECKING:
    from index.searcher import SearchIndex
    from index.types import Hit, SearchResults

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
RESULT_LIMIT = 50


class SearchPanel(QWidget):
    """Search box + Contents/Results tabs.

    Signals:
        result_activated(object, str): a hit was opened (Enter or click), with its query.
        searched(int): results for a query were applied; the argument is their count.
    """

    result_activated = Signal(object, str)
    searched = Signal(int)

    CONTENTS_TAB, RESULTS_TAB, PAGE_TAB = 0, 1, 2
    MIN_WIDTH = 220  # with the reader and the side panel: the panes fit an 800x600 screen

    def __init__(self, contents: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._state = "indexing"  # indexing | ready | failed
        self._state_message: Words = ""
        self._percent: int | None = None  # how far the index is built, while it is
        self._seq = 0
        self._applied_seq = 0
        self.results: SearchResults | None = None  # the results shown
        self.last_query = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        layout.addWidget(self.box)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(contents, self.tr("&Contents"))

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(4, 6, 4, 4)
        page_layout.setSpacing(6)
        self.status_label = QLabel("", page)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        page_layout.addWidget(self.status_label)

        self.suggestion_button = QPushButton("", page)
        self.suggestion_button.setProperty("link", True)
        self.suggestion_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.suggestion_button.clicked.connect(self._on_suggestion_clicked)
        self.suggestion_button.hide()
        self.suggestion = ""
        page_layout.addWidget(self.suggestion_button)

        self._filters = SearchFilters(page)
        self._filters.changed.connect(self.run_query)
        self.filters_toggle = self._filters.toggle
        self.filters = self._filters.box
        self.chips = self._filters.chips
        page_layout.addWidget(self.filters_toggle)
        page_layout.addWidget(self.filters)

        self.model = ResultsModel(self)
        self.list_view = QListView(page)
        for part, object_name in zip((self.tabs, page, self.list_view, self.status_label), (
                "searchTabs", "resultsPage", "resultsList", "searchStatus"), strict=True):
            part.setObjectName(object_name)
        self.list_view.setModel(self.model)
        self.delegate = ResultDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        configure_view(self.list_view)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.clicked.connect(self._on_activated)
        page_layout.addWidget(self.list_view, 1)
        self.tabs.addTab(page, self.tr("&Results"))
        self.results_page = page
        self._count: int | None = None  # the results' count, for the tab's label
        self.tabs.installEventFilter(self)  # the tabs' labels fit its width

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._on_text_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the interface's language, the counts and the status recomputed."""
        name(self.box, self.tr("Search the guide"),
             self.tr("Type words or a question; results appear as you type. Down arrow: go "
                     "to the results. Enter: open the first result. Escape: clear."))
        name(self.tabs, self.tr("Contents and search results"))
        name(self.status_label, self.tr("Search status"))
        name(self.suggestion_button, self.tr("Did you mean"),
             self.tr("Search for the suggested spelling"))
        name(self.list_view, self.tr("Search results"),
             self.tr("Up and down arrows move through the results; Enter opens one."))
        self._filters.retranslate_ui()
        self._show_suggestion()
        self._fit_placeholder()
        self._fit_tabs()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- index state --------------------------------------------------------------------
    def set_index(self, idx: SearchIndex) -> None:
        """Search becomes available; a query typed while indexing runs now."""
        self._index = idx
        self._state = "ready"
        self._state_message = ""
        if self.box.text().strip():
            self.run_query()
        else:
            self._show_status()

    def set_indexing(self, done: int = 0, total: int = 0) -> None:
        self._state = "indexing"
        self._state_message = ""
        self._percent = int(100 * done / total) if total else None
        if self._index is None:
            self._show_status()

    def clear_index(self) -> None:
        """The index is being replaced (another language): no results until the new one."""
        self._index = None
        self.set_indexing()

    def set_failed(self, message: Words) -> None:  # why; a callable: said again in a new language
        self._state = "failed"
        self._state_message = message
        self._show_status()

    @property
    def ready(self) -> bool:
        return self._index is not None

    # -- typing ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self.tabs.setCurrentIndex(self.RESULTS_TAB)
            self._timer.start()
        else:
            self._timer.stop()
            self._seq += 1  # anything still pending is stale now
            self._show_results(None, "")
            self.tabs.setCurrentIndex(self.CONTENTS_TAB)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def run_query(self) -> None:
        """Search for the box's text now (the debounce timer calls this)."""
        self._timer.stop()
        query = self.box.text().strip()
        self._seq += 1
        seq = self._seq
        if not query:
            self._show_results(None, "")
            return
        if self._index is None:
            self.last_query = query
            self._show_status()
            return
        started = time.perf_counter()
        try:
            active = self._filters.active
            res = self._index.search(query, statutes=active["statutes"],
                                     sectors=active["sectors"], limit=RESULT_LIMIT)
        except Exception as exc:  # noqa: BLE001 - the contract says never, but never crash
            log.exception("search failed")
            kind = type(exc).__name__
            self.set_failed(lambda: self.tr("the search failed ({error})").format(error=kind))
            return
        log.debug("search took %.1f ms", (time.perf_counter() - started) * 1000)
        self.apply_results(seq, query, res)

    def apply_results(self, seq: int, query: str, res: SearchResults) -> bool:
        """Show ``res`` if ``seq`` is the newest query; return False if it was stale."""
        if seq != self._seq or seq <= self._applied_seq:
            return False
        self._applied_seq = seq
        self._show_results(res, query)
        return True

    # -- showing ----------------------------------------------------------------------------
    def _show_results(self, res: SearchResults | None, query: str) -> None:
        self.results = res
        self.last_query = query
        self.model.set_results(res.hits if res is not None else ())
        self._filters.update_counts(res)
        self._update_suggestion(res, query)
        self._show_status()
        count = len(res.hits) if res is not None else 0
        self._count = count if res is not None else None
        self._fit_tabs()
        if res is not None and count:
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        if res is not None:
            announce(self.status_label, self.status_label.text())
            self.searched.emit(count)

    def _show_status(self) -> None:
        text = status_text(ready=self._index is not None, failed=self._state == "failed",
                           state_message=said(self._state_message), query=self.box.text().strip(),
                           results=self.results, filters_on=self._filters.names(),
                           percent=self._percent)
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    def _update_suggestion(self, res: SearchResults | None, query: str) -> None:
        suggestion = res.suggestion if res is not None else None
        self.suggestion = suggestion if suggestion and \
            suggestion.strip().lower() != query.strip().lower() else ""
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        if self.suggestion:
            self.suggestion_button.setText(
                self.tr("Did you mean “{suggestion}”?").format(suggestion=self.suggestion))
            self.suggestion_button.setAccessibleName(
                self.tr("Did you mean {suggestion}?").format(suggestion=self.suggestion))
            self.suggestion_button.show()
        else:
            self.suggestion_button.hide()

    def _on_suggestion_clicked(self) -> None:
        if self.suggestion:
            self.box.setText(self.suggestion)
            self.run_query()

    # -- filters ---------------------------------------------------------------------------
    def show_filters(self, on: bool = True) -> None:
        self.filters_toggle.setChecked(on)

    def set_filter(self, kind: str, key: str, on: bool) -> None:
        self._filters.set_filter(kind, key, on)

    @property
    def active_filters(self) -> dict[str, tuple[str, ...]]:
        return self._filters.active

    # -- opening results ---------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        hit: Hit | None = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            res = self.results
            query = res.suggestion if res is not None and res.corrected and res.suggestion \
                else self.last_query
            self.result_activated.emit(hit, query)

    def open_current(self) -> bool:
        """Open the selected result (or the first); False if there is none."""
        if self.pending:
            self.run_query()
        idx = self.list_view.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0, 0)
        if idx.isValid():
            self._on_activated(idx)
            return True
        return False

    def add_page_tab(self, widget: QWidget, tooltip: str = "") -> None:
        """The third tab, "On this page" (the window gives it)."""
        self.tabs.addTab(widget, self.tr("On this &page"))
        self.tabs.setTabToolTip(self.PAGE_TAB, tooltip)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        if self.tabs.count() == 0:
            return
        sets = [s[:self.tabs.count()] for s in tab_label_sets(self._count)]
        shortest = fit_tab_labels(self.tabs, sets)
        if self._count is not None:  # the count is said even when the label is short
            self.tabs.setTabToolTip(self.RESULTS_TAB, self.tr("1 result shown")
                                    if self._count == 1 else
                                    self.tr("{count} results shown").format(count=self._count))
        # never narrower than the shortest labels
        self.setMinimumWidth(max(self.MIN_WIDTH, shortest + 8))

    def _fit_placeholder(self) -> None:
        """The longest placeholder that fits the box: never a cut-off "Search the gu…"."""
        texts = placeholders()
        room = self.box.contentsRect().width() - 2 * self.box.fontMetrics().averageCharWidth()
        if self.box.isClearButtonEnabled():
            room -= self.box.height()
        # not laid out yet: the longest, until the box gets its width
        self.box.setPlaceholderText(longest_fitting(self.box.fontMetrics(), texts, room)
                                    if self.box.isVisible() else texts[0])

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if obj is self.box and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._fit_placeholder()
        if obj is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange,
                                                 QEvent.Type.StyleChange):
            self._fit_tabs()
        if obj is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                if self.pending:
                    self.run_query()
                self.tabs.setCurrentIndex(self.RESULTS_TAB)
                self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self.model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.box.setText("")
                return True
        return super().eventFilter(obj, event)

    # -- privacy ------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the query, the results and the filters."""
        self._timer.stop()
        self._seq += 1
        self._filters.clear()
        # not with signals blocked: the box's own clear button hides on textChanged, and
        # a blocked signal left it showing over the empty box after a quick exit.
        # setText(), unlike clear(), also empties the undo history.
        self.box.setText("")
        self.box.setModified(False)
        # the clear button fades out over a few frames; made again, it is hidden at once
        self.box.setClearButtonEnabled(False)
        self.box.setClearButtonEnabled(True)
        self._show_results(None, "")
        self.last_query = ""
        self.suggestion = ""
        self.suggestion_button.setText("")
        self.suggestion_button.hide()
        self.delegate.clear_cache()  # laid-out rows held the snippets
        self.tabs.setCurrentIndex(self.CONTENTS_TAB)
