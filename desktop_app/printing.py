"""Printing and PDF export with Qt's own tools (QTextDocument, QPrinter, QPdfWriter).

The HTML comes from :mod:`desktop_app.print_html`. Everything is painted the same way on
every device (a print preview, a real printer, a ``QPrinter`` in PDF mode, or a
``QPdfWriter``): the document is laid out on the device's page minus a footer band, then
painted page by page with a footer the document itself cannot draw ("Not legal advice",
the guidance, the content and app versions, the print date and "Page x of y").

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
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop_app.print_html import PrintJob, PrintMeta

#: Footer font size in points (the same minimum as the quick reference card).
FOOTER_PT = 9.0
FOOTER_FAMILIES = ["Nimbus Roman", "Times New Roman", "Liberation Serif", "DejaVu Serif", "serif"]
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
    """

    pages: int
    total: int
    variant: int = 0


# -- layout and painting --------------------------------------------------------------

def _footer_font() -> QFont:
    font = QFont()
    font.setFamilies(FOOTER_FAMILIES)
    font.setPointSizeF(FOOTER_PT)
    return font


def _footer_height(device: Any) -> float:
    fm = QFontMetricsF(_footer_font(), device)
    return 2 * fm.lineSpacing() + device.logicalDpiY() * 8 / 72  # two lines, a gap and a rule


def _layout(html: str, device: Any, body: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    # Lay out with the device's own metrics so pt sizes are exact at any resolution.
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(body)
    return doc


def _draw_footer(painter: QPainter, device: Any, meta: PrintMeta, page: int, total: int,
                 width: float, height: float) -> None:
    font = _footer_font()
    fm = QFontMetricsF(font, device)
    painter.save()
    painter.setClipping(False)
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, device.logicalDpiY() / 200)))
    top = height - 2 * fm.lineSpacing() - device.logicalDpiY() * 3 / 72
    painter.drawLine(QRectF(0, top, width, 0).topLeft(), QRectF(0, top, width, 0).topRight())
    first, second = meta.footer(page, total)
    y = top + device.logicalDpiY() * 2 / 72
    for line in (first, second):
        text = fm.elidedText(line, Qt.TextElideMode.ElideMiddle, width)
        painter.drawText(QRectF(0, y, width, fm.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        y += fm.lineSpacing()
    painter.restore()


def _body_size(device: Any) -> QSizeF:
    return QSizeF(device.width(), device.height() - _footer_height(device))


def layout_job(job: PrintJob, device: Any) -> tuple[QTextDocument, int]:
    """Lay ``job`` out for ``device``; returns the document and the variant used.

    A one-page job tries its variants in order and takes the first that fits on one
    page (the last one if none does; :func:`render` then paints only its first page).
    """
    body = _body_size(device)
    doc = None
    for i, html in enumerate(job.variants):
        doc = _layout(html, device, body)
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
    doc, variant = layout_job(job, device)
    total = 1 if job.one_page else max(1, doc.pageCount())
    first = max(1, from_page or 1)
    last = min(total, to_page or total)
    if first > last:
        raise PrintError(f"The page range {from_page}-{to_page} is outside this document, "
                         f"which has {total} page(s).")
    width = float(device.width())
    height = float(device.height())
    body_h = _body_size(device).height()
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
            painter.save()
            clip = QRectF(0, (page - 1) * body_h, width, body_h)
            painter.translate(0, -(page - 1) * body_h)
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            ctx.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            layout.draw(painter, ctx)
            painter.restore()
            _draw_footer(painter, device, meta, page, total, width, height)
    finally:
        painter.end()
    return RenderResult(pages=last - first + 1, total=total, variant=variant)


def setup_page(device: QPagedPaintDevice, job: PrintJob, *, page_size: bool = True) -> None:
    """Letter, portrait, and the job's margins (``page_size=False`` keeps the device's
    paper, for a printer the user has set up)."""
    if page_size:
        device.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
    left, top, right, bottom = job.margins_in
    device.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Inch)


# -- PDF ----------------------------------------------------------------------------

def pdf_bytes(job: PrintJob, meta: PrintMeta) -> bytes:
    """The job as a letter-size PDF, in memory."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(PDF_DPI)
    writer.setTitle(job.title)
    writer.setCreator(f"{meta.app_title} {meta.app_version}")
    setup_page(writer, job)
    render(job, writer, meta)
    del writer
    buf.close()
    return bytes(data.data())


def describe_os_error(exc: OSError, path: Path) -> str:
    """Words for an ``OSError`` met while saving ``path``."""
    folder = path.parent
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
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


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then
    rename it into place. On any error the target is untouched and the temporary file
    is removed.

    Raises:
        PrintError: with words saying what went wrong.
    """
    path = Path(path)
    if path.is_dir():
        raise PrintError(describe_os_error(OSError(errno.EISDIR, "Is a directory"), path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def export_pdf(job: PrintJob, path: str | os.PathLike[str], meta: PrintMeta) -> Path:
    """Export ``job`` to the PDF file ``path`` (".pdf" is added when there is no
    extension); create missing folders; return the path written.

    Raises:
        PrintError: the file could not be written (the message says why, in words).
    """
    target = Path(path).expanduser()
    if not target.suffix:
        target = target.with_suffix(".pdf")
    data = pdf_bytes(job, meta)
    if not data.startswith(b"%PDF"):
        raise PrintError("The PDF could not be made. Nothing was saved.")
    write_atomic(target, data)
    return target
