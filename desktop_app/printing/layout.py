"""Laying a printout's HTML out on a device's page, the way it will be painted.

The document is laid out with the device's own metrics (so what fits is what prints) on
the page minus the footer band. On paper no table row is cut by a page break
(:func:`keep_rows_together`), bullets are spaced from their text, side margins are in
real units and the text has no ligatures (the PDF's text is searched and read aloud).
The footer's lines and height are measured here; :mod:`.render` paints them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextListFormat,
    QTextTable,
    QTextTableCell,
)

from desktop_app.printouts import PrintJob, PrintMeta

#: Footer font size in points (the same minimum as the quick reference card).
FOOTER_PT = 9.0
FOOTER_FAMILIES = ["Nimbus Roman", "Times New Roman", "Liberation Serif", "DejaVu Serif", "serif"]
FOOTER_SANS_FAMILIES = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"]


def footer_font(job: PrintJob | None = None) -> QFont:
    font = QFont()
    sans = job is not None and job.footer_sans
    font.setFamilies(FOOTER_SANS_FAMILIES if sans else FOOTER_FAMILIES)
    font.setPointSizeF(job.footer_pt if job is not None else FOOTER_PT)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" as two letters in the PDF's text
    return font


def wrap_words(text: str, fm: QFontMetricsF, width: float) -> list[str]:
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


def footer_lines(job: PrintJob | None, meta: PrintMeta | None, device: QPaintDevice,
                 page: int, total: int) -> list[str]:
    fm = QFontMetricsF(footer_font(job), device)
    if meta is None:
        return ["", ""]
    parts: tuple[str, ...] = meta.footer(page, total,
                                         job.footer_note if job is not None else "")
    if job is not None and job.footer_sans:  # the card: as few lines as will hold it
        parts = (" \u00b7 ".join(parts),)
    return [line for part in parts for line in wrap_words(part, fm, float(device.width()))]


def footer_height(device: QPaintDevice, job: PrintJob | None = None,
                  meta: PrintMeta | None = None) -> float:
    """The footer band: its lines (as wrapped for "Page 999 of 999"), a gap and a rule."""
    fm = QFontMetricsF(footer_font(job), device)
    n = max(2, len(footer_lines(job, meta, device, 999, 999)))
    return n * fm.lineSpacing() + device.logicalDpiY() * 8 / 72


def layout_html(html: str, device: QPaintDevice, body: QSizeF, *,
                keep_rows: bool = True) -> QTextDocument:
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


def tables(frame: QTextFrame) -> list[QTextTable]:
    out: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            out.append(child)
        out.extend(tables(child))
    return out


def row_span(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
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


def _top_margin_of(table: QTextTable) -> Callable[[float], None]:
    """Sets the space above ``table`` (moves the whole table down)."""
    def set_space(extra: float) -> None:
        fmt = table.format()
        fmt.setTopMargin(extra)
        table.setFormat(fmt)
    return set_space


def _bottom_padding_of(cells: list[QTextTableCell]) -> Callable[[float], None]:
    """Sets the padding at the foot of a row's ``cells`` (moves the rows below down)."""
    def set_space(extra: float) -> None:
        for cell in cells:
            fmt = cell.format().toTableCellFormat()
            fmt.setBottomPadding(extra)
            cell.setFormat(fmt)
    return set_space


def _row_top(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
             ) -> Callable[[], float]:
    return lambda: row_span(layout, table, row)[0]


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
    for table in tables(doc.rootFrame()):
        header = table.format().headerRowCount()
        row = 0
        table_moved = False
        first_top = row_span(layout, table, 0)[0]
        last_bottom = row_span(layout, table, table.rows() - 1)[1]
        if (last_bottom - first_top < page_height * KEEP_TABLE_MAX
                and int(first_top // page_height) != int((last_bottom - 1) // page_height)):
            # a small table (a box, the signature lines) that a page break would divide,
            # even between rows: it moves whole
            _settle(_top_margin_of(table), table.format().topMargin(),
                    _row_top(layout, table, 0),
                    (int(first_top // page_height) + 1) * page_height, px, page_height)
            moved += 1
            table_moved = True
        while row < table.rows() and moved < limit:
            top, bottom = row_span(layout, table, row)
            next_page = (int(top // page_height) + 1) * page_height
            if bottom - 1 < next_page or bottom - top >= page_height * KEEP_ROW_MAX:
                row += 1
                continue
            if row <= header:  # nothing above it worth keeping: the table moves
                if table_moved:
                    row += 1
                    continue
                table_moved = True
                set_space = _top_margin_of(table)
                base = table.format().topMargin()
                check_row = 0
            else:
                cells = [table.cellAt(row - 1, col) for col in range(table.columns())]
                set_space = _bottom_padding_of(cells)
                base = cells[0].format().toTableCellFormat().bottomPadding()
                check_row = row
            _settle(set_space, base, _row_top(layout, table, check_row),
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


def _spaced_bullets(doc: QTextDocument, device: QPaintDevice) -> None:
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


def body_size(device: QPaintDevice, job: PrintJob | None = None,
              meta: PrintMeta | None = None) -> QSizeF:
    """The page minus the footer band, in device pixels."""
    return QSizeF(device.width(), device.height() - footer_height(device, job, meta))
