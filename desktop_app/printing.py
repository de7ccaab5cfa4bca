"""Printing and PDF export with Qt's own tools (QTextDocument, QPrinter, QPdfWriter).

The HTML comes from :mod:`desktop_app.print_html`. Everything is painted the same way on
every device (a print preview, a real printer, a ``QPrinter`` in PDF mode, or a
``QPdfWriter``): the document is laid out on the device's page minus a footer band, then
painted page by page with a footer the document itself cannot draw ("Not legal advice",
the guidance, the content and app versions, the print date and "Page x of y").

On paper, no table row is cut by a page break (:func:`keep_rows_together`), header rows
repeat, bullets are spaced from their text, and the text has no ligatures (PDF search).
A job may carry an overview diagram (the decision map's), drawn with QPainter on a page of
its own (:func:`draw_overview`).

Public API:

- :func:`render` paints a :class:`~desktop_app.print_html.PrintJob` on a device.
- :func:`pdf_bytes` and :func:`export_pdf` make a PDF (written atomically: a temporary file
  in the target folder, then a rename; never a half-written file at the target).
- :func:`install_print_actions` adds File > Print..., Print preview..., Export PDF... and
  toolbar buttons to the main window.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QMimeData,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextListFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop_app import printouts as print_html  # the printout builders
from desktop_app import safe_text
from desktop_app.file_dialog_guard import no_file_dialog_traces
from desktop_app.printouts import PrintJob, PrintMeta

#: Footer font size in points (the same minimum as the quick reference card).
FOOTER_PT = 9.0
FOOTER_FAMILIES = ["Nimbus Roman", "Times New Roman", "Liberation Serif", "DejaVu Serif", "serif"]
FOOTER_SANS_FAMILIES = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"]
#: Paper sizes offered for export (Letter is the default; agencies also use A4).
PAPER_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
#: PDF resolution: fine enough for hairlines, small enough to lay out quickly.
PDF_DPI = 600


class PrintError(Exception):
    """A printing or export problem, with a message meant for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RenderResult:
    """What :func:`render` did.

    Attributes:
        pages: pages painted.
        total: pages in the document (the "y" of "Page x of y").
        variant: which of ``job.variants`` was used (0: the first).
        overflow: a one-page job did not fit even in its most compact variant, so the
            end of it is not on the page (say so: never a silent loss).
    """

    pages: int
    total: int
    variant: int = 0
    overflow: bool = False


# -- layout and painting --------------------------------------------------------------

def _footer_font(job: PrintJob | None = None) -> QFont:
    font = QFont()
    sans = job is not None and job.footer_sans
    font.setFamilies(FOOTER_SANS_FAMILIES if sans else FOOTER_FAMILIES)
    font.setPointSizeF(job.footer_pt if job is not None else FOOTER_PT)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" as two letters in the PDF's text
    return font


def _wrap(text: str, fm: QFontMetricsF, width: float) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a word wider than
    the line is elided)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and fm.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideMiddle, width) for line in lines]


def _footer_lines(job: PrintJob | None, meta: PrintMeta | None, device: Any, page: int,
                  total: int) -> list[str]:
    fm = QFontMetricsF(_footer_font(job), device)
    if meta is None:
        return ["", ""]
    parts = meta.footer(page, total, job.footer_note if job is not None else "")
    if job is not None and job.footer_sans:  # the card: as few lines as will hold it
        parts = (" \u00b7 ".join(parts),)
    return [line for part in parts for line in _wrap(part, fm, float(device.width()))]


def _footer_height(device: Any, job: PrintJob | None = None,
                   meta: PrintMeta | None = None) -> float:
    """The footer band: its lines (as wrapped for "Page 999 of 999"), a gap and a rule."""
    fm = QFontMetricsF(_footer_font(job), device)
    n = max(2, len(_footer_lines(job, meta, device, 999, 999)))
    return n * fm.lineSpacing() + device.logicalDpiY() * 8 / 72


def _layout(html: str, device: Any, body: QSizeF, *, keep_rows: bool = True) -> QTextDocument:
    doc = QTextDocument()
    # Lay out with the device's own metrics, so what fits is what prints.
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    _no_ligatures(doc)
    _scale_side_margins(doc, device.logicalDpiX() / 96)
    _spaced_bullets(doc, device)
    doc.setPageSize(body)
    if keep_rows:  # a one-page card has no page break to keep rows from
        keep_rows_together(doc, body.height(), px=device.logicalDpiY() / 96)
    return doc


def _tables(frame: QTextFrame) -> list[QTextTable]:
    out: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            out.append(child)
        out.extend(_tables(child))
    return out


def _row_span(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
              ) -> tuple[float, float]:
    layout.documentSize()  # lays out whatever a format change left to do
    top = bottom = None
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        first = layout.blockBoundingRect(cell.firstCursorPosition().block())
        last = layout.blockBoundingRect(cell.lastCursorPosition().block())
        top = first.top() if top is None else min(top, first.top())
        bottom = last.bottom() if bottom is None else max(bottom, last.bottom())
    return float(top or 0), float(bottom or 0)


#: A table row taller than this share of a page may still break across pages.
KEEP_ROW_MAX = 0.6
#: A table shorter than this share of a page (a box, the signature lines) is kept whole.
KEEP_TABLE_MAX = 0.25


def _settle(set_space: Callable[[float], None], base: float, top_of: Callable[[], float],
            target: float, px: float, page_height: float) -> None:
    """Add the least space (``set_space(base + extra)``, in CSS px) that puts ``top_of()``
    at or past ``target`` (the next page). Qt does not add a margin or padding one for
    one across a page break (a frame whose first line no longer fits jumps to the next
    page), so find it by bisection: a few layouts of one document."""
    high = max(1.0, (target - top_of() + 1) / px)
    for _ in range(8):  # make sure ``high`` is enough
        set_space(base + high)
        if top_of() >= target:
            break
        high *= 2
    else:
        return
    low = 0.0
    for _ in range(7):
        mid = (low + high) / 2
        set_space(base + mid)
        if top_of() >= target:
            high = mid
        else:
            low = mid
    set_space(base + high)


def keep_rows_together(doc: QTextDocument, page_height: float, *, px: float = 1.0,
                       limit: int = 80, max_pages: int = 40) -> int:
    """Move every table row that a page break would cut to the next page whole, so no
    row of a record, a list or a box is split between two sheets. A table whose first
    row would be cut (a box, or a table that starts near the foot of a page) starts on
    the next page; a later row is moved by padding the foot of the row above it (that
    row stays whole, with white space under it). Rows taller than :data:`KEEP_ROW_MAX`
    of a page are left to break. Header rows (``<thead>``) repeat on each page, as Qt
    draws them. ``px``: device pixels per CSS px (Qt scales frame margins and cell
    padding by it when it lays out for a printer). At most ``limit`` rows move, and a
    document longer than ``max_pages`` is left as it is (each move lays the document out
    again). Returns the number of rows moved."""
    if page_height <= 0 or doc.pageCount() > max_pages:
        return 0
    layout = doc.documentLayout()
    moved = 0
    for table in _tables(doc.rootFrame()):
        header = table.format().headerRowCount()
        row = 0
        table_moved = False
        first_top = _row_span(layout, table, 0)[0]
        last_bottom = _row_span(layout, table, table.rows() - 1)[1]
        if (last_bottom - first_top < page_height * KEEP_TABLE_MAX
                and int(first_top // page_height) != int((last_bottom - 1) // page_height)):
            # a small table (a box, the signature lines) that a page break would divide,
            # even between rows: it moves whole
            def move_table(extra: float, table: QTextTable = table) -> None:
                fmt = table.format()
                fmt.setTopMargin(extra)
                table.setFormat(fmt)
            _settle(move_table, table.format().topMargin(),
                    lambda t=table: _row_span(layout, t, 0)[0],
                    (int(first_top // page_height) + 1) * page_height, px, page_height)
            moved += 1
            table_moved = True
        while row < table.rows() and moved < limit:
            top, bottom = _row_span(layout, table, row)
            next_page = (int(top // page_height) + 1) * page_height
            if bottom - 1 < next_page or bottom - top >= page_height * KEEP_ROW_MAX:
                row += 1
                continue
            if row <= header:  # nothing above it worth keeping: the table moves
                if table_moved:
                    row += 1
                    continue
                table_moved = True

                def set_space(extra: float, table: QTextTable = table) -> None:
                    fmt = table.format()
                    fmt.setTopMargin(extra)
                    table.setFormat(fmt)
                base = table.format().topMargin()
                check_row = 0
            else:
                cells = [table.cellAt(row - 1, col) for col in range(table.columns())]

                def set_space(extra: float, cells: list = cells) -> None:
                    for cell in cells:
                        fmt = cell.format().toTableCellFormat()
                        fmt.setBottomPadding(extra)
                        cell.setFormat(fmt)
                base = cells[0].format().toTableCellFormat().bottomPadding()
                check_row = row
            _settle(set_space, base, lambda r=check_row, t=table: _row_span(layout, t, r)[0],
                    next_page, px, page_height)
            moved += 1
            row = 0 if check_row == 0 else row + 1
    return moved


def _no_ligatures(doc: QTextDocument) -> None:
    """Set text without ligatures ("fi" as two letters): a PDF's text is searched, copied
    and read aloud, and "signi\ufb01cant" matches none of that."""
    fmt = QTextCharFormat()
    fmt.setFontFeatures({QFont.Tag("liga"): 0, QFont.Tag("clig"): 0})
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(fmt)


_BULLET_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                  QTextListFormat.Style.ListSquare)
_BULLET_GLYPHS = {QTextListFormat.Style.ListDisc: "\u2022",
                  QTextListFormat.Style.ListCircle: "\u25e6",
                  QTextListFormat.Style.ListSquare: "\u25aa"}


def _spaced_bullets(doc: QTextDocument, device: Any) -> None:
    """Bulleted list items as paragraphs with a hanging indent and a real space after
    the bullet. Laid out for a printer, Qt sets its own bullets almost touching the
    text ("\u2022Notice."); the words and their order do not change."""
    factor = device.logicalDpiX() / 96
    block = doc.begin()
    while block.isValid():
        nxt = block.next()
        lst = block.textList()
        if lst is not None and lst.format().style() in _BULLET_STYLES:
            style = lst.format().style()
            level = max(1, lst.format().indent())
            cursor = QTextCursor(block)
            lst.remove(block)
            fmt = block.blockFormat()  # without the list, after remove()
            font = QFontMetricsF(block.charFormat().font(), device)
            hang = font.horizontalAdvance(_BULLET_GLYPHS[style] + "\u2002")
            fmt.setIndent(0)
            fmt.setLeftMargin(fmt.leftMargin() + level * 22 * factor)
            fmt.setTextIndent(-hang)
            cursor.setBlockFormat(fmt)
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.insertText(_BULLET_GLYPHS[style] + "\u2002")
        block = nxt


def _scale_side_margins(doc: QTextDocument, factor: float) -> None:
    """Make CSS px in left/right margins and text-indent 1/96 inch, as elsewhere.

    Laid out for a device, Qt scales px in padding, vertical margins and list indents to
    the device's resolution, but takes a block's left/right margin and text-indent as
    device pixels (invisible at 1200 dpi). Scale them here.
    """
    if abs(factor - 1) < 0.01:
        return
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.leftMargin() or fmt.rightMargin() or fmt.textIndent():
            fmt.setLeftMargin(fmt.leftMargin() * factor)
            fmt.setRightMargin(fmt.rightMargin() * factor)
            fmt.setTextIndent(fmt.textIndent() * factor)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def _draw_footer(painter: QPainter, device: Any, meta: PrintMeta, page: int, total: int,
                 width: float, height: float, job: PrintJob | None = None) -> None:
    font = _footer_font(job)
    fm = QFontMetricsF(font, device)
    lines = _footer_lines(job, meta, device, page, total)
    painter.save()
    painter.setClipping(False)
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, device.logicalDpiY() / 200)))
    top = height - len(lines) * fm.lineSpacing() - device.logicalDpiY() * 3 / 72
    painter.drawLine(QRectF(0, top, width, 0).topLeft(), QRectF(0, top, width, 0).topRight())
    y = top + device.logicalDpiY() * 2 / 72
    for text in lines:
        painter.drawText(QRectF(0, y, width, fm.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        y += fm.lineSpacing()
    painter.restore()


def _body_size(device: Any, job: PrintJob | None = None,
               meta: PrintMeta | None = None) -> QSizeF:
    """The page minus the footer band, in device pixels."""
    return QSizeF(device.width(), device.height() - _footer_height(device, job, meta))


def layout_job(job: PrintJob, device: Any,
               meta: PrintMeta | None = None) -> tuple[QTextDocument, int]:
    """Lay ``job`` out for ``device``; returns the document and the variant used.

    A one-page job tries its variants in order and takes the first that fits on one
    page (the last one if none does; :func:`render` then paints only its first page).
    """
    body = _body_size(device, job, meta)
    doc = None
    for i, html in enumerate(job.variants):
        doc = _layout(html, device, body, keep_rows=not job.one_page)
        if not job.one_page or doc.pageCount() <= 1:
            return doc, i
    assert doc is not None
    return doc, len(job.variants) - 1


def render(job: PrintJob, device: QPagedPaintDevice, meta: PrintMeta, *,
           from_page: int = 0, to_page: int = 0) -> RenderResult:
    """Paint ``job`` on ``device`` (a ``QPrinter`` of any kind, or a ``QPdfWriter``).

    Args:
        from_page, to_page: 1-based page range as a print dialog gives it (0: all pages).

    Raises:
        PrintError: the device cannot be painted on (printer offline, file not writable).
    """
    doc, variant = layout_job(job, device, meta)
    extra = 1 if job.overview and not job.one_page else 0  # the overview diagram's page
    total = 1 if job.one_page else max(1, doc.pageCount()) + extra
    first = max(1, from_page or 1)
    last = min(total, to_page or total)
    if first > last:
        raise PrintError(f"The page range {from_page}-{to_page} is outside this document, "
                         f"which has {total} page(s).")
    width = float(device.width())
    height = float(device.height())
    body = _body_size(device, job, meta)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("The printer or file could not be opened for printing. Check that "
                         "the printer is connected, or choose another file.")
    try:
        layout = doc.documentLayout()
        for page in range(first, last + 1):
            if page > first and not device.newPage():
                raise PrintError("The printer stopped accepting pages. Nothing more was "
                                 "printed.")
            if page <= extra:
                painter.save()
                draw_overview(painter, QRectF(0, 0, body.width(), body.height()),
                              job.overview or {}, device)
                painter.restore()
                _draw_footer(painter, device, meta, page, total, width, height, job)
                continue
            n = page - extra  # the page of the text document
            painter.save()
            clip = QRectF(0, (n - 1) * body.height(), body.width(), body.height())
            painter.translate(0, -(n - 1) * body.height())
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            # A line that starts exactly on the page boundary belongs to the next page,
            # but Qt's inclusive intersection test would draw it here too: hidden by the
            # clip, yet still in the PDF's text (found by search, read by screen readers).
            ctx.clip = clip.adjusted(0, 1, 0, -1)
            ctx.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            layout.draw(painter, ctx)
            painter.restore()
            _draw_footer(painter, device, meta, page, total, width, height, job)
    finally:
        painter.end()
    return RenderResult(pages=last - first + 1, total=total, variant=variant,
                        overflow=job.one_page and doc.pageCount() > 1)


# -- the decision map's overview diagram -------------------------------------------------------

#: A tint and a letter for each kind of outcome: the letters tell them apart in greyscale.
OVERVIEW_COLOURS = {"emergency": "#f4c7c3", "must-report": "#fff2b3", "may-share": "#d3ecd0",
                    "seek-consent": "#cfe0f5", "consent-only": "#e6d5f0",
                    "consult": "#fde1c4", "no-statute": "#e6e6e6"}


def _font(pt: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FOOTER_SANS_FAMILIES)
    font.setPointSizeF(pt)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _fit_text(painter: QPainter, rect: QRectF, text: str, flags: int) -> None:
    """Draw ``text`` wrapped in ``rect``, shortened at a word with "\u2026" if it does
    not fit."""
    fm = QFontMetricsF(painter.font(), painter.device())
    words = text.split()
    shown = text
    while words and fm.boundingRect(rect, flags | int(Qt.TextFlag.TextWordWrap),
                                    shown).height() > rect.height() + 0.5:
        words = words[:-1]
        shown = " ".join(words).rstrip(",;:.") + "\u2026"
    painter.drawText(rect, flags | int(Qt.TextFlag.TextWordWrap), shown)


def draw_overview(painter: QPainter, rect: QRectF, data: dict[str, Any], device: Any) -> None:
    """The decision map on one page: the questions in layers from the first down, arrows
    from each question to the next ones, a lettered chip for each kind of outcome a
    question can end in, and a key listing the outcomes of each kind. Vector text (found
    by search and read by screen readers), no new dependency."""
    dpi = device.logicalDpiY()

    def pt(x: float) -> float:
        return x * dpi / 72

    groups = data.get("groups", [])
    letters = {g["verdict"]: chr(ord("A") + i) for i, g in enumerate(groups)}
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    black = QPen(Qt.GlobalColor.black, max(1.0, pt(0.6)))
    y = rect.top()
    painter.setPen(black)
    painter.setFont(_font(14, bold=True))
    title = f"Overview: {data.get('title', '')}"
    painter.drawText(QRectF(rect.left(), y, rect.width(), pt(20)),
                     int(Qt.AlignmentFlag.AlignLeft), title)
    y += pt(20)
    painter.setFont(_font(9))
    n_q = len(data.get("questions", {}))
    intro = (f"{n_q} questions, {len(groups)} kinds of outcome, {data.get('paths', 0)} paths. "
             "Read down from Q1: each arrow leads to a later question; a lettered chip says "
             "which kinds of outcome a question can end in (key below). The pages after this "
             "one list every path, question and outcome.")
    intro_rect = QRectF(rect.left(), y, rect.width(), pt(36))
    _fit_text(painter, intro_rect, intro, int(Qt.AlignmentFlag.AlignLeft))
    y += pt(40)
    layers = [layer for layer in data.get("layers", []) if layer]
    key_h = rect.height() * 0.32
    flow = QRectF(rect.left() + pt(24), y, rect.width() - pt(48),
                  rect.bottom() - key_h - y - pt(8))
    boxes: dict[str, QRectF] = {}
    row_of: dict[str, int] = {}
    if layers:
        row_h = flow.height() / len(layers)
        box_h = min(row_h * 0.72, pt(40))
        gap = pt(6)
        for i, layer in enumerate(layers):
            k = len(layer)
            box_w = min(flow.width() * 0.55, (flow.width() - (k - 1) * gap) / k)
            left = flow.left() + (flow.width() - (k * box_w + (k - 1) * gap)) / 2
            top = flow.top() + i * row_h + (row_h - box_h) / 2
            for j, qid in enumerate(layer):
                boxes[qid] = QRectF(left + j * (box_w + gap), top, box_w, box_h)
                row_of[qid] = i
    # arrows first, so the boxes drawn on top hide any line that passes behind them; an
    # arrow that skips a row goes round by the left, so it never hides behind a box
    painter.setPen(QPen(Qt.GlobalColor.darkGray, max(1.0, pt(0.7))))
    painter.setBrush(Qt.GlobalColor.darkGray)
    lane = 0
    for a, b in data.get("edges", []):
        if a not in boxes or b not in boxes:
            continue
        if row_of[b] - row_of[a] <= 1:
            start = QPointF(boxes[a].center().x(), boxes[a].bottom())
            end = QPointF(boxes[b].center().x(), boxes[b].top())
            painter.drawLine(start, end)
            _arrow_head(painter, start, end, pt(4))
            continue
        lane += 1
        x = min(boxes[a].left(), boxes[b].left()) - pt(5) * lane
        points = [QPointF(boxes[a].left(), boxes[a].center().y() + pt(3)),
                  QPointF(x, boxes[a].center().y() + pt(3)),
                  QPointF(x, boxes[b].center().y() - pt(3)),
                  QPointF(boxes[b].left(), boxes[b].center().y() - pt(3))]
        for p0, p1 in zip(points, points[1:], strict=False):
            painter.drawLine(p0, p1)
        _arrow_head(painter, points[-2], points[-1], pt(4))
    questions = data.get("questions", {})
    chip = pt(11)
    for qid, box in boxes.items():
        painter.setPen(black)
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRoundedRect(box, pt(3), pt(3))
        inner = box.adjusted(pt(3), pt(2), -pt(3), -pt(2))
        q = questions.get(qid, {})
        narrow = box.width() <= pt(120)
        painter.setFont(_font(7.0 if narrow else 8.0))
        label = f"Q{q.get('n', '?')}" + (f" ({qid})" if narrow else "")  # ids say which law
        _fit_text(painter, inner, f"{label}. {q.get('text', qid)}",
                  int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        painter.setFont(_font(7, bold=True))
        ends = data.get("ends", {}).get(qid, [])
        for e, verdict in enumerate(ends):  # chips in a row to the right of the box
            r = QRectF(box.right() + pt(3) + e * (chip + pt(2)),
                       box.center().y() - chip * 0.4, chip, chip * 0.8)
            if r.right() > rect.right():
                break
            painter.setBrush(QColor(OVERVIEW_COLOURS.get(verdict, "#eeeeee")))
            painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, pt(0.4))))
            painter.drawRect(r)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), letters.get(verdict, "?"))
    # the key: each kind of outcome, its letter and tint, and its outcomes, in two
    # columns filled top to bottom
    key = QRectF(rect.left(), rect.bottom() - key_h, rect.width(), key_h)
    painter.setPen(black)
    painter.setFont(_font(10, bold=True))
    painter.drawText(QRectF(key.left(), key.top(), key.width(), pt(14)),
                     int(Qt.AlignmentFlag.AlignLeft), "Key: kinds of outcome")
    col_w = (key.width() - pt(10)) / 2
    text_w = col_w - pt(18)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    fm = QFontMetricsF(_font(7), device)
    needed = [pt(12) + min(fm.boundingRect(QRectF(0, 0, text_w, 1e6), flags,
                                           "; ".join(g["outcomes"])).height(), pt(80)) + pt(5)
              for g in groups]
    top0 = key.top() + pt(16)
    col, y = 0, top0
    for g, h in zip(groups, needed, strict=True):
        if y + h > key.bottom() and col == 0 and y > top0:
            col, y = 1, top0
        h = min(h, key.bottom() - y)
        cell = QRectF(key.left() + col * (col_w + pt(10)), y, col_w, h)
        y += h
        chip_r = QRectF(cell.left(), cell.top(), pt(14), pt(11))
        painter.setBrush(QColor(OVERVIEW_COLOURS.get(g["verdict"], "#eeeeee")))
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, pt(0.4))))
        painter.drawRect(chip_r)
        painter.setFont(_font(8, bold=True))
        painter.drawText(chip_r, int(Qt.AlignmentFlag.AlignCenter), letters[g["verdict"]])
        painter.drawText(QRectF(chip_r.right() + pt(4), cell.top(), text_w, pt(12)),
                         int(Qt.AlignmentFlag.AlignLeft),
                         f"{g['label']} ({len(g['outcomes'])})")
        painter.setFont(_font(7))
        _fit_text(painter, QRectF(chip_r.right() + pt(4), cell.top() + pt(11), text_w,
                                  max(0.0, cell.height() - pt(14))),
                  "; ".join(g["outcomes"]), int(Qt.AlignmentFlag.AlignLeft))


def _arrow_head(painter: QPainter, start: QPointF, end: QPointF, size: float) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    ux, uy = dx / length, dy / length
    left = QPointF(end.x() - size * ux + size * 0.5 * uy, end.y() - size * uy - size * 0.5 * ux)
    right = QPointF(end.x() - size * ux - size * 0.5 * uy, end.y() - size * uy + size * 0.5 * ux)
    painter.drawPolygon(QPolygonF([end, left, right]))


def setup_page(device: QPagedPaintDevice, job: PrintJob, *, page_size: bool = True,
               paper: str = "letter") -> None:
    """``paper`` ("letter" or "a4"), portrait, and the job's margins (``page_size=False``
    keeps the device's paper, for a printer the user has set up)."""
    if page_size:
        device.setPageSize(QPageSize(PAPER_SIZES[paper]))
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
    left, top, right, bottom = job.margins_in
    device.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Inch)


# -- PDF ----------------------------------------------------------------------------

def pdf_bytes(job: PrintJob, meta: PrintMeta, *, paper: str = "letter") -> bytes:
    """The job as a PDF on ``paper`` ("letter" or "a4"), in memory."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(PDF_DPI)
    writer.setTitle(job.title)
    writer.setCreator(f"{meta.app_title} {meta.app_version}")
    setup_page(writer, job, paper=paper)
    result = render(job, writer, meta)
    del writer
    buf.close()
    if result.overflow:
        raise PrintError(OVERFLOW_MESSAGE.format(title=job.title))
    return bytes(data.data())


OVERFLOW_MESSAGE = ("\u201c{title}\u201d does not fit on one page, even shortened, so it was "
                    "not saved. If your agency added a long procedure to agency.yaml, shorten "
                    "it.")


def describe_os_error(exc: OSError, path: Path, *, creating_folder: bool = False) -> str:
    """Words for an ``OSError`` met while saving ``path`` (or creating its folder)."""
    folder = path.parent
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM) and creating_folder:
        msg = (f"The folder \u201c{folder}\u201d could not be created: you do not have "
               "permission to add folders there. Choose another folder, such as your "
               "Documents folder.")
    elif code in (errno.EACCES, errno.EPERM):
        msg = (f"You do not have permission to save in the folder \u201c{folder}\u201d. "
               "Choose another folder, such as your Documents folder.")
    elif code == errno.EROFS:
        msg = (f"The folder \u201c{folder}\u201d is read-only (for example a locked USB stick "
               "or a network drive you cannot change). Choose another folder.")
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        msg = (f"There is not enough space on the disk to save \u201c{path.name}\u201d. "
               "Free some space or choose another drive.")
    elif code == errno.ENAMETOOLONG:
        msg = "The file name or folder path is too long. Choose a shorter name or folder."
    elif code == errno.EISDIR:
        msg = f"\u201c{path}\u201d is a folder. Type a file name ending in .pdf."
    elif code in (errno.ENOTDIR, errno.EEXIST):
        msg = (f"The folder \u201c{folder}\u201d cannot be used: part of its path is a file, "
               "not a folder.")
    else:
        reason = exc.strerror or str(exc)
        msg = f"The PDF could not be saved to \u201c{path}\u201d: {reason}."
    return msg + " Nothing was saved."


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then
    rename it into place. On any error the target is untouched and the temporary file
    is removed.

    Raises:
        PrintError: with words saying what went wrong.
    """
    path = Path(path)
    refuse_special_target(path)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)  # an existing file keeps its mode
    except OSError:
        mode = 0o600  # a new export is the user's alone: it may hold a decision record
    try:
        if path.is_dir():
            raise OSError(errno.EISDIR, "Is a directory")
        if not path.parent.is_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise PrintError(describe_os_error(exc, path, creating_folder=True)) from exc
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path)) from exc
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem[:40]}.",
                                   suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # some file systems have no permissions
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def refuse_special_target(path: Path) -> None:
    """Refuse an existing folder, FIFO, device or socket as an export target.

    Writing "beside" a folder (``FOLDER.pdf``) is not what was asked for, opening a FIFO
    blocks, and renaming over a device (as an administrator: ``/dev/null``) replaces it.

    Raises:
        PrintError: the path exists and is not a regular file (or a link to one).
    """
    try:
        st = os.stat(path)
    except OSError:
        return  # nothing there (or unreachable): write_atomic says why if it matters
    if stat.S_ISDIR(st.st_mode):
        raise PrintError(f"{path} is a folder. Give a file name, for example "
                         f"{Path(path) / 'guide.pdf'}. Nothing was saved.")
    if not stat.S_ISREG(st.st_mode):
        raise PrintError(f"{path} is not a regular file (it is a device, pipe or socket). "
                         "Choose a file name. Nothing was saved.")


def export_pdf(job: PrintJob, path: str | os.PathLike[str], meta: PrintMeta, *,
               paper: str = "letter") -> Path:
    """Export ``job`` to the PDF file ``path`` (".pdf" is added when there is no
    extension); create missing folders; return the path written.

    Raises:
        PrintError: the file could not be written (the message says why, in words).
    """
    given = Path(path).expanduser()
    refuse_special_target(given)
    if not given.name or given.name in (".", ".."):
        raise PrintError(f"“{path}” is not a file name. Give one, for example guide.pdf. "
                         "Nothing was saved.")
    target = given if given.suffix else given.with_suffix(".pdf")
    refuse_special_target(target)
    data = pdf_bytes(job, meta, paper=paper)
    if not data.startswith(b"%PDF"):
        raise PrintError("The PDF could not be made. Nothing was saved.")
    write_atomic(target, data)
    return target


def ensure_gui_app() -> Any:
    """The running Qt application, or a new ``QGuiApplication`` for command-line use.

    Always offscreen: laying out and writing a PDF needs no display, and a stale
    ``DISPLAY`` (an SSH session, a closed desktop) would make Qt abort.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    global _CLI_APP
    _CLI_APP = QGuiApplication([sys.argv[0] if sys.argv else "ipv-guide"])
    return _CLI_APP


_CLI_APP: Any = None


# -- GUI: what to print, and the File menu actions ----------------------------------------



@dataclass(frozen=True)
class Selection:
    """What the user chose to print.

    Attributes:
        kind: "section", "sections", "search", "decision-summary", "decision-record",
            "quick-reference" or "decision-map".
        section_ids: the sections, for "section" and "sections".
        action: "print", "preview" or "export" when the dialog offered all three
            (opened from the decision helper), else "".
    """

    kind: str
    section_ids: tuple[str, ...] = ()
    action: str = ""


@dataclass(frozen=True)
class Available:
    """What can be printed right now (offered by :class:`WhatToPrintDialog`)."""

    section_id: str | None = None
    section_title: str = ""
    search_query: str | None = None
    decision: bool = False
    decision_map: bool = False
    quick_reference: bool = True


class WhatToPrintDialog(QDialog):
    """Choose what to print: the current section, chosen sections (checkboxes over the
    table of contents), the search results, the decision summary or record, the quick
    reference card, or the decision map.

    Tests replace :meth:`ask`.
    """

    #: The buttons of the all-actions form (opened from the decision helper's button).
    #: Printing always goes through the preview (it has the Print button).
    ACTIONS = (("preview", "Preview and print\u2026"), ("export", "Save as PDF\u2026"),
               ("copy", "Copy as text"))
    #: What "Copy as text" can copy.
    COPYABLE = ("decision-summary", "decision-record")

    def __init__(self, parent: QWidget | None, library: Any, available: Available, verb: str,
                 *, default: str | None = None, all_actions: bool = False):
        super().__init__(parent)
        self.action = ""
        self.setWindowTitle(f"{verb}: what to include")
        self.setAccessibleName("What to print")
        self._library = library
        layout = QVBoxLayout(self)
        question = ("What do you want to save as a PDF?" if "pdf" in verb.lower() else
                    "What do you want to preview?" if "preview" in verb.lower() else
                    "What do you want to print?")
        layout.addWidget(QLabel(question))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}

        def option(kind: str, text: str, enabled: bool) -> QRadioButton:
            b = QRadioButton(text)
            b.setEnabled(enabled)
            self.group.addButton(b)
            self.buttons[kind] = b
            layout.addWidget(b)
            return b

        current = (f"This section: {available.section_title}" if available.section_id
                   else "This section (no section is open)")
        option("section", current, available.section_id is not None)
        option("sections", "Several sections, with their summaries first\u2026", True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Sections to print")
        self.tree.setMinimumHeight(220)
        self._fill_tree(available.section_id)
        tree_row = QHBoxLayout()
        tree_row.addWidget(self.tree, 1)
        tree_buttons = QVBoxLayout()
        all_b = QPushButton("Select all")
        none_b = QPushButton("Clear")
        all_b.clicked.connect(lambda: self._check_all(True))
        none_b.clicked.connect(lambda: self._check_all(False))
        tree_buttons.addWidget(all_b)
        tree_buttons.addWidget(none_b)
        tree_buttons.addStretch(1)
        tree_row.addLayout(tree_buttons)
        layout.addLayout(tree_row)
        q = available.search_query
        option("search", f"Search results for \u201c{q}\u201d" if q
               else "Search results (no search yet)", bool(q))
        option("decision-summary", "Decision summary" if available.decision
               else "Decision summary (no decision yet)", available.decision)
        option("decision-record", "Decision record, with signature and date lines"
               if available.decision else "Decision record (no decision yet)",
               available.decision)
        option("quick-reference", "Quick reference card (one page)", available.quick_reference)
        option("decision-map", "Decision map: every question, path and outcome, for review",
               available.decision_map)
        self.buttons["sections"].toggled.connect(self._sync)
        if default in self.buttons and self.buttons[default].isEnabled():
            first = default
        else:
            # what is on screen: the open section, else the decision on screen, else the
            # search results, else the quick reference card; "several sections" (nothing
            # ticked yet) only when nothing else can be printed
            first = next(k for k in ("section", "decision-summary", "search",
                                     "quick-reference", "sections")
                         if self.buttons[k].isEnabled())
        self.buttons[first].setChecked(True)
        self._sync()
        if all_actions:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.action_buttons: dict[str, QPushButton] = {}
            for action, label in self.ACTIONS:
                b = box.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
                b.clicked.connect(lambda _=False, a=action: self._choose_action(a))
                self.action_buttons[action] = b
            self.action_buttons["copy"].setToolTip(
                "Copy the decision as plain text, to paste into an electronic case file. "
                "Quick exit clears it from the clipboard.")
            self.group.buttonToggled.connect(lambda *_: self._sync())
            self._sync()
            box.rejected.connect(self.reject)
        else:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
            # Print and Preview both open the preview first (it has the Print button)
            box.button(QDialogButtonBox.StandardButton.Ok).setText(
                "Preview\u2026" if verb.lower() in ("print", "preview") else verb)
            box.accepted.connect(self.accept)
            box.rejected.connect(self.reject)
        self.button_box = box
        layout.addWidget(box)

    def _choose_action(self, action: str) -> None:
        self.action = action
        self.accept()

    def _fill_tree(self, current: str | None) -> None:
        def add(parent: Any, node: Any) -> None:
            s = node.section
            item = QTreeWidgetItem(parent, [s.title])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if s.id == current
                               else Qt.CheckState.Unchecked)
            for child in node.children:
                add(item, child)
        for node in self._library.toc():
            add(self.tree, node)
        self.tree.expandToDepth(0)

    def _check_all(self, on: bool) -> None:
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            it.value().setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            it += 1
        self.buttons["sections"].setChecked(True)

    def _sync(self) -> None:
        self.tree.setEnabled(self.buttons["sections"].isChecked())
        copy = getattr(self, "action_buttons", {}).get("copy")
        if copy is not None:
            copy.setEnabled(any(self.buttons[k].isChecked() for k in self.COPYABLE
                                if k in self.buttons))

    def checked_sections(self) -> tuple[str, ...]:
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
            it += 1
        return tuple(out)

    def selection(self) -> Selection | None:
        kind = next((k for k, b in self.buttons.items() if b.isChecked()), None)
        if kind is None:
            return None
        if kind == "sections":
            return Selection("sections", self.checked_sections(), self.action)
        return Selection(kind, action=self.action)

    @classmethod
    def ask(cls, parent: QWidget | None, library: Any, available: Available, verb: str, *,
            default: str | None = None, all_actions: bool = False) -> Selection | None:
        """Show the dialog; the user's choice, or None if cancelled.

        Args:
            default: the printout chosen at first (if it is available).
            all_actions: offer Print..., Preview... and Save as PDF... buttons instead of
                one ``verb`` button; the choice is in ``Selection.action``.
        """
        dialog = cls(parent, library, available, verb, default=default,
                     all_actions=all_actions)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                sel = dialog.selection()
                if sel is not None and (sel.kind != "sections" or sel.section_ids):
                    return sel
                QMessageBox.information(dialog, "Nothing chosen",
                                        "Tick at least one section in the list.")
            return None
        finally:
            dialog.deleteLater()


#: Windows clipboard formats that keep copied text out of clipboard history, cloud
#: clipboard and clipboard monitors (Qt maps this MIME form to the named native format).
WINDOWS_PRIVATE_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def private_mime_data(text: str) -> QMimeData:
    """Plain text for the clipboard, marked private for Windows (no clipboard history,
    no cloud clipboard, no monitors). Other systems ignore the extra formats."""
    data = QMimeData()
    data.setText(text)
    for name, value in WINDOWS_PRIVATE_FORMATS.items():
        data.setData(f'application/x-qt-windows-mime;value="{name}"', QByteArray(value))
    return data


def _value(source: Any) -> Any:
    return source() if callable(source) else source


def readable_preview(dialog: QWidget, window: QWidget | None) -> None:
    """Open the preview at a size where the page can be read: most of the window (or the
    screen), the page fitted to the width, not Qt's small default at about 40%."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    screen = (window.screen() if window is not None else None) or \
        QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        dialog.resize(int(avail.width() * 0.8), int(avail.height() * 0.9))
    for preview in dialog.findChildren(QPrintPreviewWidget):
        preview.fitToWidth()


class PrintController(QObject):
    """The print, print-preview and export actions of one main window.

    Signals:
        exported(str): a PDF was saved (its path).
    """

    exported = Signal(str)

    def __init__(self, window: QWidget, *, library: Any, current_section: Any,
                 current_search: Any, current_decision: Any):
        super().__init__(window)
        self.window = window
        self._library = library
        self._current_section = current_section
        self._current_search = current_search
        self._current_decision = current_decision
        self._printer: QPrinter | None = None
        self._last_folder: Path | None = None  # this session only; never saved
        self._copied_text: str | None = None  # a decision copied as text, until cleared
        app = QGuiApplication.instance()
        if app is not None:  # not kept after the app closes either
            app.aboutToQuit.connect(self._forget_copied_text)
        self.print_action = QAction("&Print\u2026", window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setStatusTip("Print a section, search results, a decision record, "
                                       "the quick reference card or the decision map (a "
                                       "preview first)")
        self.preview_action = QAction("Print pre&view\u2026", window)
        self.preview_action.setStatusTip("See the pages before printing")
        self.export_action = QAction("&Export PDF\u2026", window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip("Save a printout as a PDF file")
        self.print_action.triggered.connect(self.print_dialog)
        self.preview_action.triggered.connect(self.print_preview)
        self.export_action.triggered.connect(self.export_dialog)

    @property
    def actions(self) -> tuple[QAction, QAction, QAction]:
        return (self.print_action, self.preview_action, self.export_action)

    # -- what is current ------------------------------------------------------------
    def library(self) -> Any:
        return _value(self._library)

    def meta(self) -> PrintMeta:
        return PrintMeta.from_library(self.library())

    def available(self) -> Available:
        library = self.library()
        sid = _value(self._current_section)
        if sid is not None and not library.has_section(sid):
            sid = None
        search = _value(self._current_search)
        query = None
        if search is not None:
            results = search[0] if isinstance(search, tuple) else search
            query = str(getattr(results, "query", "")) or None
        flows = library.extras.get("decisions") or {}
        return Available(
            section_id=sid,
            section_title=library.section(sid).title if sid else "",
            search_query=query,
            decision=self.decision_doc() is not None,
            decision_map=bool(hasattr(flows, "get") and flows.get("share") is not None),
            quick_reference=bool(library.statutes),
        )

    def build_job(self, sel: Selection) -> PrintJob:
        """The :class:`PrintJob` for a :class:`Selection` (ValueError/LookupError if it
        cannot be made, with a message for the user)."""
        library = self.library()
        m = library.manifest
        if sel.kind == "section":
            sid = _value(self._current_section)
            if not sid:
                raise LookupError("No section is open.")
            return print_html.sections_job(library, [sid])
        if sel.kind == "sections":
            return print_html.sections_job(library, sel.section_ids)
        if sel.kind == "search":
            search = _value(self._current_search)
            if search is None:
                raise LookupError("There are no search results to print.")
            results, statutes, sectors = (search if isinstance(search, tuple)
                                          else (search, (), ()))
            return print_html.search_job(results, statutes=statutes, sectors=sectors,
                                         library=library)
        if sel.kind in ("decision-summary", "decision-record"):
            doc = self.decision_doc()
            if doc is None:
                raise LookupError("There is no decision to print yet.")
            return print_html.decision_job(doc, record=sel.kind == "decision-record",
                                           manifest_title=m.title)
        if sel.kind == "quick-reference":
            return print_html.quick_reference_job(library)
        if sel.kind == "decision-map":
            return print_html.decision_map_from_library(library)
        raise ValueError(f"Unknown printout: {sel.kind}")

    def decision_doc(self) -> print_html.DecisionDoc | None:
        """The current decision as a DecisionDoc. ``current_decision`` may give a
        DecisionDoc, a ``DecisionSummary``, or a ``(DecisionSummary, DecisionRecord)``."""
        value = _value(self._current_decision)
        if value is None or isinstance(value, print_html.DecisionDoc):
            return value
        summary, record = value if isinstance(value, tuple) else (value, None)
        if summary is None:
            return None
        return print_html.decision_doc(summary, record, library=self.library())

    def _choose(self, verb: str) -> PrintJob | None:
        sel = WhatToPrintDialog.ask(self.window, self.library(), self.available(), verb)
        if sel is None:
            return None
        try:
            return self.build_job(sel)
        except (LookupError, ValueError) as exc:
            self._error("Nothing to print", str(exc.args[0] if exc.args else exc))
            return None

    # -- dialogs ----------------------------------------------------------------------
    def _exec(self, dialog: QDialog) -> int:
        """Run a modal dialog (tests replace this)."""
        return dialog.exec()

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, safe_text.literal(message))

    def _status(self, message: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 10000)

    def paper(self) -> str:
        """The paper for new printouts and PDFs: Letter, the paper of Ontario offices
        (the print dialog can change it). Not the default printer's: asking the print
        system (CUPS) opens a network connection, and the app opens none."""
        return "letter"

    def printer(self, job: PrintJob) -> QPrinter:
        """The session's printer (it remembers the printer and paper the user chose)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            setup_page(self._printer, job, paper=self.paper())
        else:
            setup_page(self._printer, job, page_size=False)
        self._printer.setDocName(job.title)
        return self._printer

    def print_job(self, job: PrintJob, parent: QWidget | None = None) -> bool:
        """Show the print dialog for ``job`` and print it; True if printed. (Called from
        the preview's Print button: every print goes through a preview first.)"""
        printer = self.printer(job)
        dialog = QPrintDialog(printer, parent or self.window)
        dialog.setWindowTitle(f"Print: {job.title}")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, not job.one_page)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        try:
            if self._exec(dialog) != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        from_page = to_page = 0
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            from_page, to_page = printer.fromPage(), printer.toPage()
        try:
            result = render(job, printer, self.meta(), from_page=from_page, to_page=to_page)
        except PrintError as exc:
            self._error("Not printed", exc.message)
            return False
        if result.overflow:
            self._error("Printed, but cut short", OVERFLOW_MESSAGE.format(title=job.title)
                        .replace("so it was not saved", "so its end is missing"))
        self._status(f"Sent {result.pages} page(s) to the printer.")
        return True

    def preview_job(self, job: PrintJob) -> bool:
        """Show ``job`` in the print preview, the one way to print: its Print button (and
        the preview's own printer icon) opens the print dialog. True if it was printed."""
        printer = self.printer(job)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(f"Print preview: {job.title}")
        dialog.setAccessibleName(f"Print preview: {job.title}")
        errors: list[str] = []
        printed: list[bool] = []
        meta = self.meta()

        def paint(p: QPrinter) -> None:
            try:
                render(job, p, meta)
            except PrintError as exc:
                errors.append(exc.message)

        def print_it() -> None:
            if self.print_job(job, dialog):
                printed.append(True)
                dialog.accept()

        dialog.paintRequested.connect(paint)
        # the toolbar's printer icon prints the same way as the Print button (page range,
        # "cut short" warning, the status line), not through Qt's own path
        for action in dialog.findChildren(QAction):
            if action.text().replace("&", "") == "Print":
                with contextlib.suppress(RuntimeError, TypeError):
                    action.triggered.disconnect()
                action.triggered.connect(lambda _checked=False: print_it())
        # and a Print button with words, not an icon only
        box = QDialogButtonBox(dialog)
        self.preview_print_button = box.addButton(
            "Print\u2026", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_print_button.setAccessibleDescription(
            "Choose a printer and print these pages")
        self.preview_print_button.setAutoDefault(False)
        self.preview_print_button.clicked.connect(print_it)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        box.rejected.connect(dialog.reject)
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(box)
        readable_preview(dialog, self.window)
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()
        if errors:
            self._error("Print preview", errors[0])
        return bool(printed)

    def _ask_save_path(self, job: PrintJob) -> str:
        """Ask where to save (tests replace this); "" if cancelled."""
        folder = self._last_folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        with no_file_dialog_traces():  # Qt would remember the folder in the user's profile
            path, _filter = QFileDialog.getSaveFileName(
                self.window, f"Export PDF: {job.title}", str(folder / job.filename),
                "PDF files (*.pdf)")
        return path

    def export_job(self, job: PrintJob) -> Path | None:
        """Ask for a file name and save ``job`` as a PDF; the path saved, or None."""
        path = self._ask_save_path(job)
        if not path:
            return None
        try:
            saved = export_pdf(job, path, self.meta(), paper=self.paper())
        except PrintError as exc:
            self._error("PDF not saved", exc.message)
            return None
        self._last_folder = saved.parent
        self._status(f"Saved to {saved}")
        self.exported.emit(str(saved))
        return saved

    def clear(self) -> None:
        """Forget the last export folder, and clear the clipboard if it still holds a
        decision this controller copied (quick exit)."""
        self._last_folder = None
        self._forget_copied_text()

    def _forget_copied_text(self) -> None:
        """Clear the clipboard if it still holds the decision copied as text. (Also at
        quit: PySide6 would otherwise free the clipboard's data twice on the way out.)"""
        copied, self._copied_text = self._copied_text, None
        if copied is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.text() == copied:
                clipboard.clear()

    def attach_decision_panel(self, panel: Any) -> None:
        """Show the decision helper's "Print or save as PDF" button and answer it."""
        if panel is None or getattr(panel, "_print_controller", None) is self:
            return
        panel._print_controller = self
        panel.print_requested.connect(self.print_decision)
        panel.set_print_available(True)

    def print_decision(self) -> None:
        """The decision helper's button: choose summary or record (or anything else), then
        print, preview or save as PDF."""
        sel = WhatToPrintDialog.ask(self.window, self.library(), self.available(), "Print",
                                    default="decision-record", all_actions=True)
        if sel is None:
            return
        try:
            job = self.build_job(sel)
        except (LookupError, ValueError) as exc:
            self._error("Nothing to print", str(exc.args[0] if exc.args else exc))
            return
        if sel.action == "copy":
            self.copy_decision_text(record=sel.kind == "decision-record")
            return
        # every print goes through the preview (its Print button prints)
        {"export": self.export_job}.get(sel.action, self.preview_job)(job)

    def copy_decision_text(self, *, record: bool = True) -> bool:
        """Copy the current decision (summary or record) as plain text, marked so that
        Windows clipboard history and cloud clipboard do not keep it; quick exit clears
        it from the clipboard. True if copied."""
        doc = self.decision_doc()
        if doc is None:
            self._error("Nothing to copy", "There is no decision to copy yet.")
            return False
        text = print_html.decision_text(doc, record=record,
                                        manifest_title=self.library().manifest.title)
        QGuiApplication.clipboard().setMimeData(private_mime_data(text))
        self._copied_text = text
        self._status("Copied as text. Quick exit clears it from the clipboard.")
        return True

    # -- slots ------------------------------------------------------------------------
    def print_dialog(self) -> None:
        """Print (Ctrl+P): choose what, then the preview, whose Print button prints."""
        job = self._choose("Print")
        if job is not None:
            self.preview_job(job)

    def print_preview(self) -> None:
        job = self._choose("Preview")
        if job is not None:
            self.preview_job(job)

    def export_dialog(self) -> None:
        job = self._choose("Export PDF")
        if job is not None:
            self.export_job(job)


def _default_current_section(window: Any) -> Callable[[], str | None]:
    def current() -> str | None:
        getter = getattr(window, "current_section", None)
        if callable(getter):  # MainWindow.current_section() -> Section | None
            section = getter()
            return getattr(section, "id", None) if section is not None else None
        return getattr(window, "current_section_id", None)
    return current


def _default_current_search(window: Any) -> Callable[[], Any]:
    def current() -> Any:
        panel = getattr(window, "search_panel", None)
        results = getattr(panel, "results", None) if panel is not None else None
        if results is None or not str(getattr(results, "query", "")):
            return None
        filters = getattr(panel, "active_filters", {}) or {}
        return results, tuple(filters.get("statutes", ())), tuple(filters.get("sectors", ()))
    return current


def _find_decision_panel(window: Any) -> Any:
    panel = getattr(window, "decision_panel", None)
    if panel is None and hasattr(window, "findChild"):
        panel = window.findChild(QWidget, "decision-panel")
    return panel


def _default_current_decision(window: Any) -> Callable[[], Any]:
    def current() -> Any:
        panel = _find_decision_panel(window)
        if panel is None or not callable(getattr(panel, "summary", None)):
            return None
        summary = panel.summary()  # DecisionPanel: None until an outcome is shown
        return None if summary is None else (summary, panel.record())
    return current


def install_print_actions(window: Any, *, library: Any = None, current_section: Any = None,
                          current_search: Any = None, current_decision: Any = None,
                          decision_panel: Any = None) -> PrintController:
    """Add File > Print... (Ctrl+P), Print preview..., Export PDF... (Ctrl+Shift+E) and
    Print / Export PDF toolbar buttons to the main window; return the controller.

    Each source is a value or a zero-argument callable, read each time an action is
    used; the defaults read the app's ``MainWindow``:

    Args:
        library: the :class:`content.Library` (default ``window.library``).
        current_section: the open section's id, or None (default
            ``window.current_section().id``).
        current_search: ``(results, statutes, sectors)`` or a results object, or None
            (default ``window.search_panel.results`` with its ``active_filters``).
        current_decision: a ``DecisionDoc``, a ``DecisionSummary`` or a
            ``(DecisionSummary, DecisionRecord)``, or None (default: the decision panel's
            ``(summary(), record())`` once it shows an outcome).
        decision_panel: the ``DecisionPanel`` (default ``window.decision_panel`` or the
            child widget named "decision-panel"). Its "Print or save as PDF" button is
            shown and opens the what-to-print dialog with the decision record chosen and
            Print / Preview / Save as PDF buttons. A panel made later can be attached
            with ``controller.attach_decision_panel(panel)``.

    The actions go before ``window.file_menu_insert_point`` in ``window.file_menu`` and
    before ``window.toolbar_insert_point`` in ``window.toolbar`` (or at the end when the
    window has no insert points; a File menu is created if there is none). Quick exit
    (``window.register_clearable``) makes the controller forget the last export folder.
    """
    controller = PrintController(
        window,
        library=library if library is not None else (lambda: window.library),
        current_section=current_section if current_section is not None
        else _default_current_section(window),
        current_search=current_search if current_search is not None
        else _default_current_search(window),
        current_decision=current_decision if current_decision is not None
        else _default_current_decision(window),
    )
    menu = getattr(window, "file_menu", None)
    if menu is None:
        bar = window.menuBar()
        menu = next((a.menu() for a in bar.actions()
                     if a.menu() is not None and a.text().replace("&", "") == "File"),
                    None) or bar.addMenu("&File")
    before = getattr(window, "file_menu_insert_point", None)
    menu.insertActions(before, list(controller.actions))
    if before is not None:
        menu.insertSeparator(before)
    toolbar = getattr(window, "toolbar", None) or window.findChild(QToolBar)
    if toolbar is not None:
        tb_before = getattr(window, "toolbar_insert_point", None)
        toolbar.insertActions(tb_before, [controller.print_action, controller.export_action])
    controller.attach_decision_panel(decision_panel or _find_decision_panel(window))
    register = getattr(window, "register_clearable", None)
    if callable(register):
        register(controller.clear)
    window.print_controller = controller
    return controller
