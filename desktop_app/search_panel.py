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
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from content.model import SECTOR_LABELS, SECTORS, STATUTES
from desktop_app.results_model import HitRole, ResultDelegate, ResultsModel, configure_view
from desktop_app.widgets import FlowLayout, chip, name

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
RESULT_LIMIT = 50
EXAMPLES = "consent, police, serious harm, children's aid"


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to read ``message`` politely (Qt 6.8+; silently skipped before)."""
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
    except (ImportError, AttributeError, TypeError):  # pragma: no cover
        pass


class SearchPanel(QWidget):
    """Search box + Contents/Results tabs.

    Signals:
        result_activated(object, str): a hit was opened (Enter or click), with its query.
        searched(int): results for a query were applied; the argument is their count.
    """

    result_activated = Signal(object, str)
    searched = Signal(int)

    CONTENTS_TAB, RESULTS_TAB, PAGE_TAB = 0, 1, 2
    MIN_WIDTH = 240

    def __init__(self, contents: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._index: Any = None
        self._state = "indexing"  # indexing | ready | failed
        self._state_message = ""
        self._seq = 0
        self._applied_seq = 0
        self._statutes: set[str] = set()
        self._sectors: set[str] = set()
        self.results: Any = None  # the SearchResults shown
        self.last_query = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText("Search the guide (Ctrl+K)")
        name(self.box, "Search the guide",
             "Type words or a question; results appear as you type. Down arrow: go to the "
             "results. Enter: open the first result. Escape: clear.")
        self.box.installEventFilter(self)
        layout.addWidget(self.box)

        self.tabs = QTabWidget(self)
        name(self.tabs, "Contents and search results")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(contents, "&Contents")

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(4, 6, 4, 4)
        page_layout.setSpacing(6)
        self.status_label = QLabel("", page)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        name(self.status_label, "Search status")
        page_layout.addWidget(self.status_label)

        self.suggestion_button = QPushButton("", page)
        self.suggestion_button.setProperty("link", True)
        self.suggestion_button.setCursor(Qt.CursorShape.PointingHandCursor)
        name(self.suggestion_button, "Did you mean", "Search for the suggested spelling")
        self.suggestion_button.clicked.connect(self._on_suggestion_clicked)
        self.suggestion_button.hide()
        self.suggestion = ""
        page_layout.addWidget(self.suggestion_button)

        # the chips take room, so they fold away behind a toggle (shown with its state)
        self.filters_toggle = QToolButton(page)
        self.filters_toggle.setCheckable(True)
        self.filters_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.filters_toggle.setAutoRaise(True)
        self.filters_toggle.toggled.connect(self._on_filters_toggled)
        self.filters_toggle.hide()
        page_layout.addWidget(self.filters_toggle)
        self.filters = QWidget(page)
        name(self.filters, "Filters", "Show only results about a law or a sector")
        self._flow = FlowLayout(self.filters)
        self.filters.setLayout(self._flow)
        self.chips: dict[tuple[str, str], QToolButton] = {}
        for kind, keys in (("statutes", STATUTES), ("sectors", SECTORS)):
            for key in keys:
                c = chip(key if kind == "statutes" else SECTOR_LABELS.get(key, key), self.filters)
                c.toggled.connect(lambda on, k=kind, v=key: self._on_chip_toggled(k, v, on))
                c.hide()
                self._flow.addWidget(c)
                self.chips[(kind, key)] = c
        page_layout.addWidget(self.filters)

        self.model = ResultsModel(self)
        self.list_view = QListView(page)
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
        name(self.list_view, "Search results",
             "Up and down arrows move through the results; Enter opens one.")
        self.list_view.activated.connect(self._on_activated)
        self.list_view.clicked.connect(self._on_activated)
        page_layout.addWidget(self.list_view, 1)
        self.tabs.addTab(page, "&Results")
        self.results_page = page
        self._count: int | None = None  # the results' count, for the tab's label
        self.tabs.installEventFilter(self)  # the tabs' labels fit its width

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._on_text_changed)
        self._show_status()

    # -- index state --------------------------------------------------------------------
    def set_index(self, idx: Any) -> None:
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
        self._state_message = f" ({int(100 * done / total)}%)" if total else ""
        if self._index is None:
            self._show_status()

    def clear_index(self) -> None:
        """The index is being replaced (another language): no results until the new one."""
        self._index = None
        self.set_indexing()

    def set_failed(self, message: str) -> None:
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
            res = self._index.search(query, statutes=tuple(sorted(self._statutes)),
                                     sectors=tuple(sorted(self._sectors)), limit=RESULT_LIMIT)
        except Exception as exc:  # noqa: BLE001 - the contract says never, but never crash
            log.exception("search failed")
            self.set_failed(f"the search failed ({type(exc).__name__})")
            return
        log.debug("search took %.1f ms", (time.perf_counter() - started) * 1000)
        self.apply_results(seq, query, res)

    def apply_results(self, seq: int, query: str, res: Any) -> bool:
        """Show ``res`` if ``seq`` is the newest query; return False if it was stale."""
        if seq != self._seq or seq <= self._applied_seq:
            return False
        self._applied_seq = seq
        self._show_results(res, query)
        return True

    # -- showing ----------------------------------------------------------------------------
    def _show_results(self, res: Any, query: str) -> None:
        self.results = res
        self.last_query = query
        self.model.set_results(res.hits if res is not None else ())
        self._update_chips(res)
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
        query = self.box.text().strip()
        if self._state == "failed" and self._index is None:
            text = (f"Search is not available: {self._state_message}. You can still read "
                    "everything from the Contents tab.")
        elif self._index is None:
            text = ("Preparing search" + self._state_message + "… This takes a few seconds "
                    "the first time. You can read the contents meanwhile.")
        elif not query:
            text = f"Type a word or a question, for example: {EXAMPLES}."
        elif self.results is None:
            text = "Searching…"
        elif not self.results.hits:
            text = f"No results for “{query}”."
            if self._statutes or self._sectors:
                text += " Try removing the filters,"
                text += " or use fewer or different words."
            else:
                text += (" Try fewer or different words, or check the spelling. "
                         f"For example: {EXAMPLES}.")
        else:
            total = getattr(self.results, "total", len(self.results.hits))
            shown = len(self.results.hits)
            text = f"{total} result{'s' if total != 1 else ''} for “{query}”"
            if getattr(self.results, "corrected", False) and self.results.suggestion:
                text = (f"{total} result{'s' if total != 1 else ''}, including matches for "
                        f"“{self.results.suggestion}”")
            if shown < total:
                text += f" (best {shown} shown)"
            text += "."
            on = self._filter_names()
            if on:  # filters kept from an earlier search are said, never silently applied
                text += " Filtered by: " + ", ".join(on) + "."
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    def _update_suggestion(self, res: Any, query: str) -> None:
        suggestion = getattr(res, "suggestion", None) if res is not None else None
        if suggestion and suggestion.strip().lower() != query.strip().lower():
            self.suggestion = suggestion
            self.suggestion_button.setText(f"Did you mean “{suggestion}”?")
            self.suggestion_button.setAccessibleName(f"Did you mean {suggestion}?")
            self.suggestion_button.show()
        else:
            self.suggestion = ""
            self.suggestion_button.hide()

    def _on_suggestion_clicked(self) -> None:
        if self.suggestion:
            self.box.setText(self.suggestion)
            self.run_query()

    # -- filters ---------------------------------------------------------------------------
    def _update_chips(self, res: Any) -> None:
        facets = getattr(res, "facets", None) or {}
        for (kind, key), c in self.chips.items():
            selected = key in (self._statutes if kind == "statutes" else self._sectors)
            count = int((facets.get(kind) or {}).get(key, 0)) if res is not None else 0
            label = key if kind == "statutes" else SECTOR_LABELS.get(key, key)
            c.blockSignals(True)
            c.setChecked(selected)
            c.blockSignals(False)
            c.setText(f"{'✓ ' if selected else ''}{label} ({count})")
            # the same width whatever the count or the tick: chips never move under the
            # pointer when a filter is toggled
            fm = c.fontMetrics()
            c.setMinimumWidth(fm.horizontalAdvance(f"✓ {label} (888)") + 24)
            what = "law" if kind == "statutes" else "sector"
            c.setAccessibleName(f"Filter by {what}: {label}, {count} result"
                                f"{'s' if count != 1 else ''}")
            c.setAccessibleDescription("Selected" if selected else "Not selected")
            # a chip with no results is greyed out, not removed, for the same reason
            c.setVisible(res is not None)
            c.setEnabled(count > 0 or selected)
        any_chip = any(not c.isHidden() for c in self.chips.values())
        self.filters_toggle.setVisible(any_chip)
        self.filters.setVisible(any_chip and self.filters_toggle.isChecked())
        self._update_filters_toggle()
        self._flow.invalidate()

    def _filter_names(self) -> list[str]:
        return [k for k in sorted(self._statutes)] + \
            [SECTOR_LABELS.get(k, k) for k in sorted(self._sectors)]

    def _update_filters_toggle(self) -> None:
        on = self._filter_names()
        # short enough never to be cut off; the names are in the status line and tooltip
        text = "Filter by law or sector" if not on else f"Filters on ({len(on)})"
        self.filters_toggle.setText(text)
        self.filters_toggle.setToolTip("Filters on: " + ", ".join(on) if on else
                                       "Filter the results by law or sector")
        self.filters_toggle.setAccessibleName(
            text if not on else "Filters on: " + ", ".join(on))
        self.filters_toggle.setAccessibleDescription(
            "Show or hide the filter buttons" + (" (shown)" if self.filters_toggle.isChecked()
                                                 else " (hidden)"))

    def _on_filters_toggled(self, on: bool) -> None:
        self.filters_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.filters.setVisible(on and self.filters_toggle.isVisible())
        self._update_filters_toggle()

    def show_filters(self, on: bool = True) -> None:
        self.filters_toggle.setChecked(on)

    def _on_chip_toggled(self, kind: str, key: str, on: bool) -> None:
        target = self._statutes if kind == "statutes" else self._sectors
        if on:
            target.add(key)
        else:
            target.discard(key)
        self.run_query()

    def set_filter(self, kind: str, key: str, on: bool) -> None:
        self.chips[(kind, key)].setChecked(on)

    @property
    def active_filters(self) -> dict[str, tuple[str, ...]]:
        return {"statutes": tuple(sorted(self._statutes)), "sectors": tuple(sorted(self._sectors))}

    # -- opening results ---------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            query = self.results.suggestion if getattr(self.results, "corrected", False) and \
                self.results.suggestion else self.last_query
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
        self.tabs.addTab(widget, "On this &page")
        self.tabs.setTabToolTip(self.PAGE_TAB, tooltip)
        self._fit_tabs()

    def _tab_label_sets(self) -> list[list[str]]:
        """The tabs' labels, longest first: the longest that fits is used, so the tab bar
        never needs scroll arrows or cuts a label (at 200% text too)."""
        results = [f"&Results ({self._count})"] if self._count is not None else []
        sets = [["&Contents", r, "On this &page"] for r in results]
        sets += [["&Contents", "&Results", "On this &page"],
                 ["&Contents", "&Results", "This &page"],
                 ["&Contents", "&Results", "&Page"]]
        return [s[:self.tabs.count()] for s in sets]

    def _fit_tabs(self) -> None:
        bar = self.tabs.tabBar()
        fm = bar.fontMetrics()
        n = self.tabs.count()
        if n == 0:
            return
        padding = [max(0, bar.tabSizeHint(i).width()
                       - fm.horizontalAdvance(self.tabs.tabText(i).replace("&", "")))
                   for i in range(n)]

        def width(labels: list[str]) -> int:
            return sum(fm.horizontalAdvance(t.replace("&", "")) + padding[i]
                       for i, t in enumerate(labels))

        sets = self._tab_label_sets()
        room = self.tabs.width() - 4
        chosen = next((s for s in sets if width(s) <= room), sets[-1])
        for i, text in enumerate(chosen):
            if self.tabs.tabText(i) != text:
                self.tabs.setTabText(i, text)
        if self._count is not None:  # the count is said even when the label is short
            self.tabs.setTabToolTip(self.RESULTS_TAB, f"{self._count} results shown")
        # never narrower than the shortest labels
        self.setMinimumWidth(max(self.MIN_WIDTH, width(sets[-1]) + 8))

    PLACEHOLDERS = ("Search the guide (Ctrl+K)", "Search the guide", "Search")

    def _fit_placeholder(self) -> None:
        """The longest placeholder that fits the box: never a cut-off "Search the gu…"."""
        room = self.box.contentsRect().width() - 2 * self.box.fontMetrics().averageCharWidth()
        if self.box.isClearButtonEnabled():
            room -= self.box.height()
        for text in self.PLACEHOLDERS:
            if self.box.fontMetrics().horizontalAdvance(text) <= room:
                break
        self.box.setPlaceholderText(text)

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
        for key in list(self.chips):
            c = self.chips[key]
            c.blockSignals(True)
            c.setChecked(False)
            c.blockSignals(False)
        self._statutes.clear()
        self._sectors.clear()
        self.filters_toggle.setChecked(False)
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
