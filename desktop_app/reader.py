"""The reader: a :class:`QTextBrowser` that shows one page (a section, the glossary or the
start page), never loads anything from outside, and highlights search hits and
find-in-page matches with ExtraSelections.

The HTML for each page is built here from ``content.render.to_html`` and the library.
Links are never followed by the widget itself (``setOpenLinks(False)``): the main window
handles ``anchorClicked`` (``section:``, ``glossary:``, ``home:``, ``https:``...).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import resources
from string import Template
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from content.agency import agency_of
from content.html_escape import esc
from content.model import Library, Section
from desktop_app.agency_view import agency_block_html
from desktop_app.i18n import untranslated_html, untranslated_note
from desktop_app.section_view import (  # noqa: F401 - format_date, NOT_LEGAL_ADVICE: re-exported
    CHECK_LABEL,
    NOT_LEGAL_ADVICE,
    PROVISIONS_HEADING,
    RELATED_HEADING,
    SOURCES_HEADING,
    format_date,
    section_view,
)

READER_DESCRIPTION = ("The text of the open page. Tab moves from link to link; Enter opens "
                      "one. Its headings and links are listed under On this page "
                      "(Ctrl+Shift+O).")
READABLE_LINE_CHARS = 90  # about 15 words a line, then the text is centred
MIN_SIDE_MARGIN = 16.0
TOP_MARGIN = 12.0



# -- pages -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """What the reader shows: ``kind`` is ``home``, ``section`` or ``glossary``."""

    kind: str
    id: str = ""

    @property
    def url(self) -> str:
        return f"{self.kind}:{self.id}"


HOME = Page("home")
GLOSSARY = Page("glossary")




def section_html(library: Library, section: Section) -> str:
    """The full page for one section (see the issue's "Each section page shows"). The
    words around the body come from :mod:`desktop_app.section_view`, shared with print."""
    v = section_view(library, section)
    parts: list[str] = []
    crumbs = ['<a href="home:">Contents</a>']
    crumbs += [f'<a href="section:{esc(sid)}">{esc(title)}</a>' for sid, title in v.crumbs]
    parts.append(f'<p class="crumbs">{" &rsaquo; ".join(crumbs)}</p>')
    parts.append(f"<h1>{esc(v.title)}</h1>")
    if section.untranslated:  # the French guide: this section is still in English
        parts.append(untranslated_html())
    if v.origin:
        parts.append(f'<p class="summary"><b>{esc(v.origin)}</b></p>')
    if v.tags:
        parts.append(f'<p class="tags">{esc(" · ".join(v.tags))}</p>')
    if v.summary:
        parts.append(f'<p class="summary">{esc(v.summary)}</p>')
    if v.check_note:
        parts.append(
            '<table class="notice" width="100%" cellspacing="0" cellpadding="10" border="1">'
            f'<tr><td class="notice"><b>&#9888; {esc(CHECK_LABEL)}</b> '
            f"{esc(v.check_note)}</td></tr></table>")
    from content import render  # Markdown is needed only once a section opens, after start-up

    parts.append('<div class="body">')
    parts.append(render.to_html(section.body))
    parts.append("</div>")

    parts.append(f"<h2>{esc(PROVISIONS_HEADING)}</h2>")
    if v.provisions:
        parts.append("<ul>" + "".join(f"<li>{esc(p)}</li>" for p in v.provisions) + "</ul>")
    else:
        parts.append(f"<p>{esc(v.no_provisions)}</p>")

    if v.sources:
        parts.append(f"<h2>{esc(SOURCES_HEADING)}</h2>")
        for src in v.sources:
            line = esc(src.citation)
            if src.url:
                line += f' &mdash; <a href="{esc(src.url)}">{esc(src.url)}</a>'
            if src.note:
                line += f" <i>({esc(src.note)})</i>"
            parts.append(f'<p class="source">{line}</p>')

    if v.related:
        parts.append(f"<h2>{esc(RELATED_HEADING)}</h2><ul>")
        for rid, title in v.related:
            parts.append(f'<li><a href="section:{esc(rid)}">{esc(title)}</a></li>')
        parts.append("</ul>")

    parts.append(f'<p class="legal">{esc(NOT_LEGAL_ADVICE)}<br/>{esc(v.meta)}</p>')
    return "\n".join(parts)


def term_anchor(term_id: str) -> str:
    return f"term-{term_id}"


def glossary_html(library: Library) -> str:
    """All glossary terms, A to Z, grouped by first letter."""
    parts = ['<p class="crumbs"><a href="home:">Contents</a> &rsaquo; Glossary</p>',
             "<h1>Glossary</h1>",
             '<p class="summary">The words this guide uses, in plain language, A to Z.</p>']
    terms = sorted(library.glossary, key=lambda t: t.term.casefold())
    if not terms:
        parts.append("<p>There are no glossary terms in this content.</p>")
    letter = ""
    for t in terms:
        first = (t.term[:1] or "#").upper()
        if first != letter:
            letter = first
            parts.append(f"<h2>{esc(letter)}</h2>")
        parts.append(f'<p class="term"><a name="{esc(term_anchor(t.id))}"></a>'
                     f"<b>{esc(t.term)}</b><br/>{esc(t.definition)}")
        if t.untranslated:
            parts.append(f'<br/><i>{esc(untranslated_note())}</i>')
        extras = []
        if t.provisions:
            extras.append("Provisions: " + esc(", ".join(t.provisions)))
        see = [library.section(s) for s in t.see if library.has_section(s)]
        if see:
            extras.append("See: " + ", ".join(
                f'<a href="section:{esc(s.id)}">{esc(s.title)}</a>' for s in see))
        if extras:
            parts.append('<br/><span class="tags">' + "<br/>".join(extras) + "</span>")
        parts.append("</p>")
    parts.append(f'<p class="legal">{esc(NOT_LEGAL_ADVICE)}</p>')
    return "\n".join(parts)


def home_html(library: Library) -> str:
    """The start page: what this is, how to use it, the top-level contents."""
    m = library.manifest
    parts = [f"<h1>{esc(m.title)}</h1>"]
    if m.guidance_title:
        parts.append('<p class="summary">When Ontario privacy law lets you share information '
                     "in situations involving intimate partner violence. "
                     "A plain-language companion to "
                     f"<i>{esc(m.guidance_title)}</i> ({esc(m.guidance_publisher)}"
                     f"{', ' + str(m.guidance_date.year) if m.guidance_date else ''}).</p>")
    if m.provenance:
        parts.append(f'<p class="summary">{esc(m.provenance)}</p>')
    agency = agency_block_html(agency_of(library))
    if agency:  # the agency's own contacts (agency.yaml): only when there is one
        parts.append(agency)
    parts.append("<h2>How to use this guide</h2><ul>"
                 "<li><b>Search</b>: press <b>Ctrl+K</b> and type a few words, for example "
                 "<i>police asking for records</i>. Spelling mistakes are fine.</li>"
                 "<li><b>Browse</b>: pick a topic from the contents on the left, or below.</li>"
                 "<li><b>Leave quickly</b>: press <b>Shift</b> three times, or "
                 "<b>Ctrl+Shift+Q</b>, or the <b>Quick exit</b> button.</li>"
                 "<li>All keyboard shortcuts: <b>F1</b>.</li></ul>")
    top = library.children(None)
    if top:
        parts.append("<h2>Contents</h2><ul>")
        for s in top:
            summary = f" &mdash; {esc(s.summary)}" if s.summary else ""
            parts.append(f'<li><a href="section:{esc(s.id)}">{esc(s.title)}</a>{summary}</li>')
        parts.append('<li><a href="glossary:">Glossary (A to Z)</a></li></ul>')
    parts.append('<h2>Your privacy</h2><p>This app works entirely offline: nothing you type '
                 "or read leaves this computer, and nothing is saved except your display "
                 "preferences. Searches and pages you visit are forgotten when you close it "
                 "or press Quick exit.</p>")
    meta = f"Content version {esc(m.content_version)}"
    if m.content_date:
        meta += f" ({esc(format_date(m.content_date))})"
    if m.statutes_current_to:
        meta += f". Statutes current to {esc(format_date(m.statutes_current_to))}"
    parts.append(f'<p class="legal">{esc(m.disclaimer or NOT_LEGAL_ADVICE)}<br/>{meta}.</p>')
    return "\n".join(parts)


# -- stylesheet ------------------------------------------------------------------------

@dataclass(frozen=True)
class ReaderColors:
    text: str
    background: str
    link: str
    muted: str
    notice_bg: str
    notice_border: str
    hit_bg: str
    hit_fg: str
    current_bg: str
    current_fg: str
    find_bg: str
    find_fg: str


def read_resource(name: str) -> str:
    """Text of ``desktop_app/resources/<name>``; ``name`` must be a plain relative file name."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a plain resource name: {name!r}")
    return (resources.files("desktop_app") / "resources" / name).read_text(encoding="utf-8")


def reader_css(colors: ReaderColors) -> str:
    return Template(read_resource("reader.css")).safe_substitute(colors.__dict__)


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
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName("Reader")
        self.setAccessibleDescription(READER_DESCRIPTION)
        self.refused_resources: list[str] = []
        self.page: Page = HOME
        self._base_point_size = 12.0
        self._zoom = 100
        self._hits: list[tuple[int, int]] = []
        self._finds: list[tuple[int, int]] = []
        self._current = -1
        self._colors: ReaderColors | None = None
        self._pin: tuple[int, float] | None = None  # (position, until) kept in view
        self._pinning = False
        #: (position, until): the line that was at the top before a zoom, kept there
        self._top_pin: tuple[int, float] | None = None
        self.verticalScrollBar().actionTriggered.connect(self._on_user_scroll)
        self.verticalScrollBar().rangeChanged.connect(self._apply_top_pin)

    # -- never load anything from outside ---------------------------------------------
    def loadResource(self, type_: int, name: QUrl) -> Any:  # noqa: N802 - Qt override
        """Refuse every resource (images, stylesheets): pages are self-contained HTML."""
        self.refused_resources.append(name.toString())
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
        self._hits, self._finds, self._current = [], [], -1
        self.setHtml(page_html)
        self._repair_links()
        self._apply_zoom()
        self._update_margins()
        self.setExtraSelections([])
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.highlights_changed.emit()

    def _repair_links(self) -> None:
        """Qt's HTML import gives a paragraph's anchor (``<a name="b4"></a>`` before a
        link that opens the paragraph) to the link's first letter only: the rest of the
        link keeps its address but is not a link (a click on it does nothing, Tab selects
        "L" of "Law-enforcement"). Make the whole link a link again."""
        doc = self.document()
        fixes: list[tuple[int, int]] = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            prev: tuple[str, int] | None = None  # (href, end) of the link just before
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                href = fmt.anchorHref()
                end = frag.position() + frag.length()
                if href and not fmt.isAnchor() and prev == (href, frag.position()):
                    fixes.append((frag.position(), end))
                prev = (href, end) if href and (fmt.isAnchor() or prev is not None) else None
                it += 1
            block = block.next()
        if not fixes:
            return
        anchor = QTextCharFormat()
        anchor.setAnchor(True)
        cursor = QTextCursor(doc)
        for start, end in fixes:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(anchor)

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def anchor_position(self, name: str) -> int | None:
        """Document position of ``<a name=...>``, or None."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and name in frag.charFormat().anchorNames():
                    return frag.position()
                it += 1
            block = block.next()
        return None

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

    def paragraph_target(self, pos: int) -> tuple[float, float, float]:
        """(heading top, paragraph top, paragraph bottom) in document coordinates."""
        doc = self.document()
        layout = doc.documentLayout()
        block = doc.findBlock(pos)
        para = layout.blockBoundingRect(block)
        heading = block
        b = block
        while b.isValid():
            if b.blockFormat().headingLevel() > 0:
                heading = b
                break
            b = b.previous()
        head = layout.blockBoundingRect(heading)
        return head.top(), para.top(), para.bottom()

    def _apply_pin(self) -> None:
        if self._pin is None:
            return
        pos, until = self._pin
        if time.monotonic() > until:
            self._pin = None
            return
        head_top, para_top, para_bottom = self.paragraph_target(pos)
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

    def _line_top(self, pos: int) -> float:
        """Top of the line holding ``pos``, in document coordinates."""
        doc = self.document()
        block = doc.findBlock(pos)
        top = doc.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        if layout is not None and layout.lineCount():
            line = layout.lineForTextPosition(max(0, pos - block.position()))
            if line.isValid():
                top += line.y()
        return top

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
        top = 0.0 if pos < 0 else self._line_top(
            min(pos, self.document().characterCount() - 1))
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

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
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

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._pin = None
        zoom_keys = (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal, Qt.Key.Key_0,
                     Qt.Key.Key_Control)
        if not (event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in zoom_keys):  # Ctrl++ zooms: the line stays on top
            self._top_pin = None
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._pin = None
        self._top_pin = None
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
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
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_top()  # the app's font changed (a zoom): keep the reading position
            self._apply_zoom()
            self._apply_top_pin()

    # -- highlights ------------------------------------------------------------------------
    def set_hit_spans(self, spans: list[tuple[int, int]]) -> None:
        """Highlight search hits (character spans in :meth:`plain_text`)."""
        self._hits = _clean_spans(spans, self.document().characterCount())
        self._current = -1
        self._refresh_selections()

    def set_find_spans(self, spans: list[tuple[int, int]]) -> None:
        """Highlight find-in-page matches; while there are any, F3 moves through them."""
        self._finds = _clean_spans(spans, self.document().characterCount())
        self._current = -1
        self._refresh_selections()

    @property
    def hit_spans(self) -> list[tuple[int, int]]:
        return list(self._hits)

    @property
    def find_spans(self) -> list[tuple[int, int]]:
        return list(self._finds)

    @property
    def active_spans(self) -> list[tuple[int, int]]:
        """The spans F3 moves through: find matches if any, else search hits."""
        return self._finds if self._finds else self._hits

    @property
    def current_index(self) -> int:
        return self._current

    def set_current(self, i: int, *, scroll: bool = True) -> None:
        spans = self.active_spans
        if not spans:
            self._current = -1
        else:
            self._current = i % len(spans)
            start, end = spans[self._current]
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
        for i, (start, _end) in enumerate(self.active_spans):
            if start >= pos:
                return i
        return 0

    def next_highlight(self) -> bool:
        if not self.active_spans:
            return False
        self.set_current(self._current + 1 if self._current >= 0 else
                         self.first_at_or_after(self.textCursor().position()))
        return True

    def previous_highlight(self) -> bool:
        if not self.active_spans:
            return False
        self.set_current(self._current - 1 if self._current >= 0 else -1)
        return True

    def _refresh_selections(self) -> None:
        c = self._colors
        sels = []
        current_spans = self.active_spans
        for kind, spans in (("hit", self._hits), ("find", self._finds)):
            for i, (start, end) in enumerate(spans):
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                fmt = QTextCharFormat()
                is_current = spans is current_spans and i == self._current
                if is_current:
                    fmt.setBackground(QColor(c.current_bg if c else "#ff9632"))
                    fmt.setForeground(QColor(c.current_fg if c else "#000000"))
                    # not colour alone: the current one is also underlined
                    fmt.setFontUnderline(True)
                elif kind == "hit":
                    fmt.setBackground(QColor(c.hit_bg if c else "#ffe066"))
                    fmt.setForeground(QColor(c.hit_fg if c else "#000000"))
                else:
                    fmt.setBackground(QColor(c.find_bg if c else "#9fd3ff"))
                    fmt.setForeground(QColor(c.find_fg if c else "#000000"))
                sel.format = fmt
                sels.append(sel)
        self.setExtraSelections(sels)
        self.highlights_changed.emit()

    def find_all(self, text: str) -> list[tuple[int, int]]:
        """Case-insensitive matches of ``text`` in the page, as spans."""
        spans: list[tuple[int, int]] = []
        if not text:
            return spans
        doc = self.document()
        cursor = QTextCursor(doc)
        while True:
            cursor = doc.find(text, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            spans.append((cursor.selectionStart(), cursor.selectionEnd()))
            if len(spans) > 5000:
                break
        return spans


def _clean_spans(spans, limit: int) -> list[tuple[int, int]]:  # noqa: ANN001
    out = sorted({(max(0, int(s)), min(int(e), limit - 1)) for s, e in spans if int(e) > int(s)})
    return [(s, e) for s, e in out if e > s]
