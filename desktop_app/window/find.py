"""Highlights in the open page: the search's hits (the hit bar) and Find in page (the find
bar), and moving between them (F3, Shift+F3)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop_app.reader import Reader
from desktop_app.reader_bars import FindBar, HitBar

if TYPE_CHECKING:
    from desktop_app.window.navigation import HistoryEntry
    from index.searcher import SearchIndex

log = logging.getLogger(__name__)


class Highlights:
    """The search's hits and Find's matches in the reader.

    ``current`` gives the history entry shown (its ``query`` is the search whose hits are
    highlighted); ``search_index`` the index once it is open (it finds stemmed matches).
    """

    def __init__(self, reader: Reader, hit_bar: HitBar, find_bar: FindBar, *,
                 current: Callable[[], HistoryEntry],
                 search_index: Callable[[], SearchIndex | None]):
        self.reader, self.hit_bar, self.find_bar = reader, hit_bar, find_bar
        self.current = current
        self.search_index = search_index
        reader.highlights_changed.connect(self.update_bars)
        find_bar.text_changed.connect(self.on_find_text)
        find_bar.next_requested.connect(self.next_hit)
        find_bar.previous_requested.connect(self.previous_hit)
        find_bar.closed.connect(self.on_find_closed)

    def next_hit(self) -> None:
        self.reader.next_highlight()

    def previous_hit(self) -> None:
        self.reader.previous_highlight()

    def clear_hits(self) -> None:
        self.current().query = None
        self.reader.set_hit_spans([])
        self.hit_bar.clear()

    def highlight_query(self, query: str, *, keep_position: bool = False) -> None:
        text = self.reader.plain_text()
        spans: list[tuple[int, int]] = []
        idx = self.search_index()
        if idx is not None:
            try:
                spans = list(idx.highlight_spans(query, text))
            except Exception:  # noqa: BLE001 - highlighting is a nicety, never a crash
                log.exception("highlight_spans failed")
        if not spans:  # index not ready (or no stemmed match): plain word matches
            for word in {w for w in query.split() if len(w) >= 3}:
                spans += self.reader.find_all(word)
        self.reader.set_hit_spans(spans)
        if keep_position and self.reader.hit_spans:
            self.reader.set_current(self.reader.first_at_or_after(
                self.reader.textCursor().position()), scroll=False)

    def open_find(self) -> None:
        self.find_bar.open_bar()
        if self.find_bar.edit.text():
            self.on_find_text(self.find_bar.edit.text())

    def refind(self) -> None:
        """A new page: find the open find bar's words in it."""
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.on_find_text(self.find_bar.edit.text())

    def on_find_text(self, text: str) -> None:
        spans = self.reader.find_all(text.strip()) if text.strip() else []
        self.reader.set_find_spans(spans)
        if spans:
            self.reader.set_current(self.reader.first_at_or_after(
                self.reader.textCursor().position()))

    def on_find_closed(self) -> None:
        self.reader.set_find_spans([])
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_bars(self) -> None:
        finds = self.reader.find_spans
        cur = self.reader.current_index
        self.find_bar.set_count(cur if finds else -1, len(finds))
        query = self.current().query
        if query:
            hits = self.reader.hit_spans
            self.hit_bar.set_state(query, -1 if finds else cur, len(hits))
        else:
            self.hit_bar.clear()

    def forget(self) -> None:
        """Quick exit, idle: no words left in the find box (nor its undo history)."""
        self.find_bar.edit.setText("")  # setText also empties the undo history
        self.find_bar.hide()
        self.hit_bar.clear()
