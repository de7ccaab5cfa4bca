"""Painting a :class:`~desktop_app.printouts.PrintJob` on a paged device, page by page.

Every device is painted the same way (a print preview, a real printer, a ``QPrinter`` in PDF
mode, a ``QPdfWriter``): the document laid out by :mod:`.layout`, then each page with a
footer the document itself cannot draw ("Not legal advice", the guidance, the content and
app versions, the print date and "Page x of y"). A job with an overview diagram (the
decision map's) gets it on a page of its own first (:mod:`.overview`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

from desktop_app.printing.errors import PrintError
from desktop_app.printing.layout import body_size, footer_font, footer_lines, layout_html
from desktop_app.printing.overview import draw_overview
from desktop_app.printouts import PrintJob, PrintMeta

#: Paper sizes offered for export (Letter is the default; agencies also use A4).
PAPER_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


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


def setup_page(device: QPagedPaintDevice, job: PrintJob, *, page_size: bool = True,
               paper: str = "letter") -> None:
    """``paper`` ("letter" or "a4"), portrait, and the job's margins (``page_size=False``
    keeps the device's paper, for a printer the user has set up)."""
    if page_size:
        device.setPageSize(QPageSize(PAPER_SIZES[paper]))
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
    left, top, right, bottom = job.margins_in
    device.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Inch)


def _draw_footer(painter: QPainter, device: QPaintDevice, meta: PrintMeta, page: int, total: int,
                 width: float, height: float, job: PrintJob | None = None) -> None:
    font = footer_font(job)
    fm = QFontMetricsF(font, device)
    lines = footer_lines(job, meta, device, page, total)
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


def layout_job(job: PrintJob, device: QPaintDevice,
               meta: PrintMeta | None = None) -> tuple[QTextDocument, int]:
    """Lay ``job`` out for ``device``; returns the document and the variant used.

    A one-page job tries its variants in order and takes the first that fits on one
    page (the last one if none does; :func:`render` then paints only its first page).
    """
    body = body_size(device, job, meta)
    doc = None
    for i, html in enumerate(job.variants):
        doc = layout_html(html, device, body, keep_rows=not job.one_page)
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
        raise PrintError(QCoreApplication.translate(
            "Printing", "The page range {first}-{last} is outside this document, which has "
            "%n page(s).", "", total).format(first=from_page, last=to_page))
    width = float(device.width())
    height = float(device.height())
    body = body_size(device, job, meta)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(QCoreApplication.translate(
            "Printing", "The printer or file could not be opened for printing. Check that "
            "the printer is connected, or choose another file."))
    try:
        layout = doc.documentLayout()
        for page in range(first, last + 1):
            if page > first and not device.newPage():
                raise PrintError(QCoreApplication.translate(
                    "Printing", "The printer stopped accepting pages. Nothing more was "
                    "printed."))
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
