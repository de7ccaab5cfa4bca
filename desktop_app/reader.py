"""The reader: a :class:`QTextBrowser` that shows one page (a section, the glossary, the
start page or a decision result), never loads anything from outside, and highlights search
hits and find-in-page matches with ExtraSelections.

The pages' HTML is built in :mod:`desktop_app.reader_pages` (and, for a decision result,
:mod:`desktop_app.decision.outcome_page`); the highlights' state is in
:mod:`desktop_app.reader_highlights`, what the widget reads of its document in
:mod:`desktop_app.reader_document`. Links are never followed by the widget itself
(``setOpenLinks(False)``): the main window handles ``anchorClicked`` (``section:``,
``glossary:``, ``home:``, ``https:``...).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app import reader_document
from desktop_app.reader_highlights import Highlights, clean_spans, find_all
from desktop_app.reader_pages import HOME, Page
from desktop_app.reader_style import ReaderColors, reader_css

if TYPE_CHECKING:  # not imported at start: making Qt's QUrl type costs its start a little
    from PySide6.QtCore import QUrl

#: What the reader is, for screen readers (translated when set: :meth:`Reader.description`)
READER_DESCRIPTION = QT_TRANSLATE_NOOP("Reader", "The text of the open page. Tab moves from "
                                       "link to link; Enter opens one. Its headings and links "
                                       "are listed under On this page (Ctrl+Shift+O).")
READABLE_LINE_CHARS = 90  # about 15 words a line, then the text is centred
MIN_SIDE_MARGIN = 16.0
TOP_MARGIN = 12.0







# -- the widget ------------------------------------------------------------------------

class Reader(QTextBrowser):
    """Read-only page view.

    Signals:
        zoom_requested(int): +1 / -1 from Ctrl+mouse wheel (the window owns the zoom level).
        highlights_changed(): the hit or find highlights, or the current one, changed.
    """

    zoom_requested = Signal(int)
    highlights_changed = Signal()
    #: Tab or Shift+Tab put the keyboard on a link: (its address, its words)
    link_focused = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.retranslate_ui()
        self.refused_resources: list[str] = []
        self.page: Page = HOME
        self._base_point_size = 12.0
        self._zoom = 100
        self._marks = Highlights()
        self._colors: ReaderColors | None = None
        self._pin: tuple[int, float] | None = None  # (position, until) kept in view
        self._pinning = False
        #: (position, until): the line that was at the top before a zoom, kept there
        self._top_pin: tuple[int, float] | None = None
        self.verticalScrollBar().actionTriggered.connect(self._on_user_scroll)
        self.verticalScrollBar().rangeChanged.connect(self._apply_top_pin)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Reader"))
        self.setAccessibleDescription(self.description())

    def description(self) -> str:
        """The reader's accessible description, in the interface's language."""
        return self.tr(str(READER_DESCRIPTION))

    # -- never load anything from outside ---------------------------------------------
    def loadResource(self, type_: int, name: QUrl | str) -> None:  # noqa: N802 - Qt override
        """Refuse every resource (images, stylesheets): pages are self-contained HTML."""
        self.refused_resources.append(name if isinstance(name, str) else name.toString())
        return None

    # -- showing pages ---------------------------------------------------------------------
    def set_colors(self, colors: ReaderColors) -> None:
        self._colors = colors
        self.document().setDefaultStyleSheet(reader_css(colors))

    def show_page(self, page: Page, page_html: str) -> None:
        """Replace the document; highlights are cleared."""
        self.page = page
        self._pin = None
        self._top_pin = None
        self._marks.clear()
        self.setHtml(page_html)
        reader_document.repair_links(self.document())
        self._apply_zoom()
        self._update_margins()
        self.setExtraSelections([])
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.highlights_changed.emit()

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def anchor_position(self, name: str) -> int | None:
        """Document position of ``<a name=...>``, or None."""
        return reader_document.anchor_position(self.document(), name)

    def scroll_to_position(self, pos: int, *, top_margin: int = 24) -> None:
        """Scroll so ``pos`` sits near the top of the view and put the caret there."""
        self._top_pin = None
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(pos, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - top_margin)

    def scroll_to_paragraph(self, pos: int, *, pin_ms: int = 1500) -> None:
        """Bring the paragraph at ``pos`` into view with the heading above it (when both fit
        the view), and keep it there while the window settles: for ``pin_ms``, a resize
        (the panes re-laying out when the first section opens, which re-wraps the text) puts
        it back, until the user scrolls, types or clicks."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(pos, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self._top_pin = None
        self._pin = (cursor.position(), time.monotonic() + pin_ms / 1000.0)
        self._apply_pin()

    def _apply_pin(self) -> None:
        if self._pin is None:
            return
        pos, until = self._pin
        if time.monotonic() > until:
            self._pin = None
            return
        head_top, para_top, para_bottom = reader_document.paragraph_target(self.document(),
                                                                           pos)
        view = self.viewport().height()
        margin = 8
        if para_bottom - head_top + 2 * margin <= view:
            top = head_top - margin  # the heading and the whole paragraph
        else:
            top = para_top - min(view // 4, 3 * margin)  # the paragraph first
        self._pinning = True
        try:
            self.verticalScrollBar().setValue(int(max(0, top)))
        finally:
            self._pinning = False

    def scroll_to_anchor(self, anchor: str) -> bool:
        pos = self.anchor_position(anchor)
        if pos is None:
            return False
        self.scroll_to_position(pos)
        return True

    def is_position_visible(self, pos: int) -> bool:
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        rect = self.cursorRect(cursor)
        return self.viewport().rect().intersects(rect)

    # -- zoom ------------------------------------------------------------------------------
    def set_base_point_size(self, points: float) -> None:
        self._base_point_size = points
        self._apply_zoom()

    def set_zoom(self, percent: int) -> None:
        """Text size in percent; the line at the top of the view stays at the top."""
        self._keep_top()
        self._zoom = percent
        self._apply_zoom()
        self._apply_top_pin()

    # -- the reading position across a zoom --------------------------------------------
    def top_position(self) -> int:
        """The document position of the first line at the top of the view."""
        x = int(self.document().rootFrame().frameFormat().leftMargin()) + 2 - \
            self.horizontalScrollBar().value()
        return self.cursorForPosition(QPoint(max(0, x), 2)).position()

    def _keep_top(self, ms: int = 1500) -> None:
        """Hold the line now at the top of the view there while the text re-wraps (a zoom,
        the app's font changing, the panes re-laying out after it), until the user
        scrolls, types or clicks, or ``ms`` have passed."""
        until = time.monotonic() + ms / 1000.0
        if self._top_pin is not None and time.monotonic() <= self._top_pin[1]:
            # already held: keep the line from before the first change, a while longer
            self._top_pin = (self._top_pin[0], until)
            return
        if self.document().characterCount() <= 1:
            return
        self._pin = None  # a zoom wins over "land on the paragraph"
        pos = -1 if self.verticalScrollBar().value() == 0 else self.top_position()
        self._top_pin = (pos, until)
        QTimer.singleShot(0, self, self._apply_top_pin)
        QTimer.singleShot(200, self, self._apply_top_pin)

    def _apply_top_pin(self, *_args: object) -> None:
        if self._top_pin is None:
            return
        pos, until = self._top_pin
        if time.monotonic() > until:
            self._top_pin = None
            return
        top = 0.0 if pos < 0 else reader_document.line_top(
            self.document(), min(pos, self.document().characterCount() - 1))
        self._pinning = True
        try:
            self.verticalScrollBar().setValue(int(round(top)))
        finally:
            self._pinning = False

    @property
    def zoom(self) -> int:
        return self._zoom

    def _apply_zoom(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size * self._zoom / 100.0)
        self.document().setDefaultFont(font)
        self._update_margins()

    def _update_margins(self) -> None:
        """Keep lines to a readable length: centre the text with wide margins on wide views."""
        fm = QFontMetricsF(self.document().defaultFont())
        ideal = fm.averageCharWidth() * READABLE_LINE_CHARS
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - ideal) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and fmt.topMargin() == TOP_MARGIN:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(TOP_MARGIN)
        fmt.setBottomMargin(2 * TOP_MARGIN)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_margins()
        self._apply_pin()
        self._apply_top_pin()

    def _on_user_scroll(self, _action: int) -> None:
        if not self._pinning:
            self._pin = None
            self._top_pin = None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        """Tab and Shift+Tab move from link to link in the page; say which one."""
        moved = super().focusNextPrevChild(next)
        if moved and self.hasFocus():
            cursor = self.textCursor()
            label = " ".join(cursor.selectedText().split())
            probe = QTextCursor(cursor)
            probe.setPosition(min(cursor.selectionStart() + 1,
                                  self.document().characterCount() - 1))
            href = probe.charFormat().anchorHref()
            if label:
                self.link_focused.emit(href, label)
        return moved

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        self._pin = None
        zoom_keys = (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal, Qt.Key.Key_0,
                     Qt.Key.Key_Control)
        if not (event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in zoom_keys):  # Ctrl++ zooms: the line stays on top
            self._top_pin = None
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._pin = None
        self._top_pin = None
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        self._pin = None
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._top_pin = None
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_top()  # the app's font changed (a zoom): keep the reading position
            self._apply_zoom()
            self._apply_top_pin()

    # -- highlights ------------------------------------------------------------------------
    def set_hit_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Highlight search hits (character spans in :meth:`plain_text`)."""
        self._marks.hits = clean_spans(spans, self.document().characterCount())
        self._marks.current = -1
        self._refresh_selections()

    def set_find_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Highlight find-in-page matches; while there are any, F3 moves through them."""
        self._marks.finds = clean_spans(spans, self.document().characterCount())
        self._marks.current = -1
        self._refresh_selections()

    @property
    def hit_spans(self) -> list[tuple[int, int]]:
        return list(self._marks.hits)

    @property
    def find_spans(self) -> list[tuple[int, int]]:
        return list(self._marks.finds)

    @property
    def active_spans(self) -> list[tuple[int, int]]:
        """The spans F3 moves through: find matches if any, else search hits."""
        return self._marks.active

    @property
    def current_index(self) -> int:
        return self._marks.current

    def set_current(self, i: int, *, scroll: bool = True) -> None:
        spans = self.active_spans
        if not spans:
            self._marks.current = -1
        else:
            self._marks.current = i % len(spans)
            start, end = spans[self._marks.current]
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            if scroll and not self.is_position_visible(start):
                self.scroll_to_position(start, top_margin=self.viewport().height() // 3)
            # the caret goes to the start of the current hit (screen readers read from there)
            cursor.setPosition(start)
            self.setTextCursor(cursor)
        self._refresh_selections()

    def first_at_or_after(self, pos: int) -> int:
        return self._marks.first_at_or_after(pos)

    def next_highlight(self) -> bool:
        if not self.active_spans:
            return False
        current = self._marks.current
        self.set_current(current + 1 if current >= 0 else
                         self.first_at_or_after(self.textCursor().position()))
        return True

    def previous_highlight(self) -> bool:
        if not self.active_spans:
            return False
        current = self._marks.current
        self.set_current(current - 1 if current >= 0 else -1)
        return True

    def _refresh_selections(self) -> None:
        self.setExtraSelections(self._marks.selections(self.document(), self._colors))
        self.highlights_changed.emit()

    def find_all(self, text: str) -> list[tuple[int, int]]:
        """Case-insensitive matches of ``text`` in the page, as spans."""
        return find_all(self.document(), text)
