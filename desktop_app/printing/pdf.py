"""A printout as a PDF: in memory (:func:`pdf_bytes`) or saved to a file
(:func:`export_pdf`, written atomically by :mod:`.files`). Used by the app's Export PDF and
by the command line (``ipv-guide export``), which needs no display (:func:`ensure_gui_app`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QGuiApplication, QPdfWriter

from desktop_app.printing.errors import PrintError
from desktop_app.printing.files import refuse_special_target, write_atomic
from desktop_app.printing.render import render, setup_page
from desktop_app.printouts import PrintJob, PrintMeta

#: PDF resolution: fine enough for hairlines, small enough to lay out quickly.
PDF_DPI = 600

def overflow_message(title: str, *, printed: bool = False) -> str:
    """Words for a one-page printout that does not fit on its page, even shortened: not
    saved (a PDF), or printed with its end missing (``printed``)."""
    if printed:
        text = QCoreApplication.translate(
            "Printing", "\u201c{title}\u201d does not fit on one page, even shortened, so its "
            "end is missing. If your agency added a long procedure to agency.yaml, shorten it.")
    else:
        text = QCoreApplication.translate(
            "Printing", "\u201c{title}\u201d does not fit on one page, even shortened, so it "
            "was not saved. If your agency added a long procedure to agency.yaml, shorten it.")
    return text.format(title=title)


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
        raise PrintError(overflow_message(job.title))
    return bytes(data.data())


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
        raise PrintError(QCoreApplication.translate(
            "Printing", "\u201c{path}\u201d is not a file name. Give one, for example "
            "guide.pdf. Nothing was saved.").format(path=path))
    target = given if given.suffix else given.with_suffix(".pdf")
    refuse_special_target(target)
    data = pdf_bytes(job, meta, paper=paper)
    if not data.startswith(b"%PDF"):
        raise PrintError(QCoreApplication.translate(
            "Printing", "The PDF could not be made. Nothing was saved."))
    write_atomic(target, data)
    return target


def ensure_gui_app() -> QCoreApplication:
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


_CLI_APP: QGuiApplication | None = None
