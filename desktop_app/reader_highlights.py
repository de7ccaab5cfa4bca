"""The reader's highlights: search hits and find-in-page matches as character spans of the
page, which one is current (F3 moves through find matches if there are any, else through
the hits), and the ExtraSelections that paint them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from desktop_app.reader_style import ReaderColors

#: find in page stops counting here (a one-letter search in a long page)
MAX_FIND_MATCHES = 5000

Span = tuple[int, int]


class Highlights:
    """The spans of one page; ``current`` indexes :attr:`active` (-1: none is current)."""

    def __init__(self) -> None:
        self.hits: list[Span] = []
        self.finds: list[Span] = []
        self.current = -1

    def clear(self) -> None:
        self.hits, self.finds, self.current = [], [], -1

    @property
    def active(self) -> list[Span]:
        """The spans F3 moves through: find matches if any, else search hits."""
        return self.finds if self.finds else self.hits

    def first_at_or_after(self, pos: int) -> int:
        for i, (start, _end) in enumerate(self.active):
            if start >= pos:
                return i
        return 0

    def selections(self, doc: QTextDocument,
                   colors: ReaderColors | None) -> list[QTextEdit.ExtraSelection]:
        """One ExtraSelection per span; the current one is also underlined (not colour
        alone)."""
        c = colors
        sels = []
        current_spans = self.active
        for kind, spans in (("hit", self.hits), ("find", self.finds)):
            for i, (start, end) in enumerate(spans):
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                fmt = QTextCharFormat()
                is_current = spans is current_spans and i == self.current
                if is_current:
                    fmt.setBackground(QColor(c.current_bg if c else "#ff9632"))
                    fmt.setForeground(QColor(c.current_fg if c else "#000000"))
                    fmt.setFontUnderline(True)
                elif kind == "hit":
                    fmt.setBackground(QColor(c.hit_bg if c else "#ffe066"))
                    fmt.setForeground(QColor(c.hit_fg if c else "#000000"))
                else:
                    fmt.setBackground(QColor(c.find_bg if c else "#9fd3ff"))
                    fmt.setForeground(QColor(c.find_fg if c else "#000000"))
                sel.format = fmt
                sels.append(sel)
        return sels


def clean_spans(spans: Iterable[tuple[int, int]], limit: int) -> list[Span]:
    """Sorted, without duplicates or empty spans, cut to a document of ``limit`` characters."""
    out = sorted({(max(0, int(s)), min(int(e), limit - 1)) for s, e in spans if int(e) > int(s)})
    return [(s, e) for s, e in out if e > s]


def find_all(doc: QTextDocument, text: str) -> list[Span]:
    """Case-insensitive matches of ``text`` in ``doc``, as spans (at most a few thousand)."""
    spans: list[Span] = []
    if not text:
        return spans
    cursor = QTextCursor(doc)
    while True:
        cursor = doc.find(text, cursor, QTextDocument.FindFlag(0))
        if cursor.isNull():
            break
        spans.append((cursor.selectionStart(), cursor.selectionEnd()))
        if len(spans) > MAX_FIND_MATCHES:
            break
    return spans
