"""The print dialog and the print preview, set up for a printout.

Every print goes through the preview: its Print button (and the preview's own printer
icon, rewired to the same path) opens the print dialog. The preview opens at a size
where the page can be read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from desktop_app.printouts import PrintJob


def print_dialog(printer: QPrinter, job: PrintJob, parent: QWidget | None) -> QPrintDialog:
    """The system's print dialog for ``job``: printing to a file allowed, a page range
    only for a job of more than one page, no "selection" or "current page"."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: {title}").format(
        title=job.title))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, not job.one_page)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    return dialog


def preview_dialog(printer: QPrinter, job: PrintJob, parent: QWidget | None, *,
                   paint: Callable[[QPrinter], None],
                   print_it: Callable[[], None]) -> tuple[QPrintPreviewDialog, QPushButton]:
    """The preview of ``job``, painted by ``paint``; its Print button and its toolbar's
    printer icon both call ``print_it``. Returns the dialog and its Print button."""
    dialog = QPrintPreviewDialog(printer, parent)
    title = QCoreApplication.translate("Printing", "Print preview: {title}").format(
        title=job.title)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.paintRequested.connect(paint)
    # the toolbar's printer icon prints the same way as the Print button (page range,
    # "cut short" warning, the status line), not through Qt's own path
    # (found by its words, in English or as Qt's own French catalogue gives them)
    qt_print = {"Print", QCoreApplication.translate("QPrintPreviewDialog", "Print")}
    for action in dialog.findChildren(QAction):
        if action.text().replace("&", "") in qt_print:
            with contextlib.suppress(RuntimeError, TypeError):
                action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False: print_it())
    # and a Print button with words, not an icon only
    box = QDialogButtonBox(dialog)
    print_button = box.addButton(QCoreApplication.translate("Printing", "Print\u2026"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
    print_button.setAccessibleDescription(QCoreApplication.translate(
        "Printing", "Choose a printer and print these pages"))
    print_button.setAutoDefault(False)
    print_button.clicked.connect(print_it)
    close = box.addButton(QDialogButtonBox.StandardButton.Close)
    close.setAutoDefault(False)
    box.rejected.connect(dialog.reject)
    layout = dialog.layout()
    if layout is not None:
        layout.addWidget(box)
    readable_preview(dialog, parent)
    return dialog, print_button


def readable_preview(dialog: QWidget, window: QWidget | None) -> None:
    """Open the preview at a size where the page can be read: most of the window (or the
    screen), the page fitted to the width, not Qt's small default at about 40%."""
    screen = (window.screen() if window is not None else None) or \
        QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        dialog.resize(int(avail.width() * 0.8), int(avail.height() * 0.9))
    for preview in dialog.findChildren(QPrintPreviewWidget):
        preview.fitToWidth()
