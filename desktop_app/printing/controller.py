"""The print, print-preview, export and copy actions of one main window.

:class:`PrintController` is given its sources typed (:class:`~.sources.PrintSources`):
it reads nothing from the window. :func:`desktop_app.printing.install.install_print_actions`
puts its actions in the File menu and the toolbar and connects the decision panel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton, QWidget

from content.model import Library
from desktop_app import printouts, safe_text
from desktop_app.file_dialog_guard import no_file_dialog_traces
from desktop_app.printing import render as rendering
from desktop_app.printing.clipboard import PrivateCopy
from desktop_app.printing.dialog import Available, Selection, WhatToPrintDialog
from desktop_app.printing.errors import PrintError
from desktop_app.printing.pdf import export_pdf, overflow_message
from desktop_app.printing.preview import preview_dialog, print_dialog
from desktop_app.printing.sources import PrintSources
from desktop_app.printouts import DecisionDoc, PrintJob, PrintMeta

# How long a status message stays, in milliseconds.
STATUS_MS = 10000


class PrintController(QObject):
    """The print, print-preview and export actions of one main window.

    Signals:
        exported(str): a PDF was saved (its path).
    """

    exported = Signal(str)

    def __init__(self, window: QWidget, sources: PrintSources):
        super().__init__(window)
        self.window = window  # the parent of the dialogs
        self.sources = sources
        self._printer: QPrinter | None = None
        self._last_folder: Path | None = None  # this session only; never saved
        self._copy = PrivateCopy()  # a decision copied as text, until cleared
        # the preview's Print button, while a preview is open
        self.preview_print_button: QPushButton | None = None
        app = QGuiApplication.instance()
        if app is not None:  # not kept after the app closes either
            app.aboutToQuit.connect(self._copy.forget)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.preview_action = QAction(window)
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.print_action.triggered.connect(self.print_dialog)
        self.preview_action.triggered.connect(self.print_preview)
        self.export_action.triggered.connect(self.export_dialog)
        self.retranslate_ui()
        window.installEventFilter(self)  # the window hears of a language change

    def retranslate_ui(self) -> None:
        """The actions' words in the current language."""
        self.print_action.setText(self.tr("&Print\u2026"))
        self.print_action.setStatusTip(self.tr(
            "Print a section, search results, a decision record, the quick reference card "
            "or the decision map (a preview first)"))
        self.preview_action.setText(self.tr("Print pre&view\u2026"))
        self.preview_action.setStatusTip(self.tr("See the pages before printing"))
        self.export_action.setText(self.tr("&Export PDF\u2026"))
        self.export_action.setStatusTip(self.tr("Save a printout as a PDF file"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    @property
    def actions(self) -> tuple[QAction, QAction, QAction]:
        return (self.print_action, self.preview_action, self.export_action)

    # -- what is current ------------------------------------------------------------
    def library(self) -> Library:
        return self.sources.library()

    def meta(self) -> PrintMeta:
        return PrintMeta.from_library(self.library())

    def available(self) -> Available:
        library = self.library()
        sid = self.sources.current_section()
        if sid is not None and not library.has_section(sid):
            sid = None
        search = self.sources.current_search()
        return Available(
            section_id=sid,
            section_title=library.section(sid).title if sid else "",
            search_query=(search.results.query or None) if search is not None else None,
            decision=self.decision_doc() is not None,
            decision_map=library.flows.get("share") is not None,
            quick_reference=bool(library.statutes),
        )

    def build_job(self, sel: Selection) -> PrintJob:
        """The :class:`PrintJob` for a :class:`Selection` (ValueError/LookupError if it
        cannot be made, with a message for the user)."""
        library = self.library()
        if sel.kind == "section":
            sid = self.sources.current_section()
            if not sid:
                raise LookupError(self.tr("No section is open."))
            return printouts.sections_job(library, [sid])
        if sel.kind == "sections":
            return printouts.sections_job(library, sel.section_ids)
        if sel.kind == "search":
            search = self.sources.current_search()
            if search is None:
                raise LookupError(self.tr("There are no search results to print."))
            return printouts.search_job(search.results, statutes=search.statutes,
                                        sectors=search.sectors, library=library)
        if sel.kind in ("decision-summary", "decision-record"):
            doc = self.decision_doc()
            if doc is None:
                raise LookupError(self.tr("There is no decision to print yet."))
            return printouts.decision_job(doc, record=sel.kind == "decision-record",
                                          manifest_title=library.manifest.title)
        if sel.kind == "quick-reference":
            return printouts.quick_reference_job(library)
        if sel.kind == "decision-map":
            return printouts.decision_map_from_library(library)
        raise ValueError(self.tr("Unknown printout: {kind}").format(kind=sel.kind))

    def decision_doc(self) -> DecisionDoc | None:
        """The decision on screen as a :class:`DecisionDoc`, or None."""
        value = self.sources.current_decision()
        if value is None or isinstance(value, DecisionDoc):
            return value
        summary, record = value
        return printouts.decision_doc(summary, record, library=self.library())

    def _choose(self, verb: str) -> PrintJob | None:
        sel = WhatToPrintDialog.ask(self.window, self.library(), self.available(), verb)
        if sel is None:
            return None
        try:
            return self.build_job(sel)
        except (LookupError, ValueError) as exc:
            self._error(self.tr("Nothing to print"), str(exc.args[0] if exc.args else exc))
            return None

    # -- dialogs ----------------------------------------------------------------------
    def _exec(self, dialog: QDialog) -> int:
        """Run a modal dialog (tests replace this)."""
        return dialog.exec()

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, safe_text.literal(message))

    def _status(self, message: str) -> None:
        self.sources.show_status(message, STATUS_MS)

    def paper(self) -> str:
        """The paper for new printouts and PDFs: Letter, the paper of Ontario offices
        (the print dialog can change it). Not the default printer's: asking the print
        system (CUPS) opens a network connection, and the app opens none."""
        return "letter"

    def printer(self, job: PrintJob) -> QPrinter:
        """The session's printer (it remembers the printer and paper the user chose)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            rendering.setup_page(self._printer, job, paper=self.paper())
        else:
            rendering.setup_page(self._printer, job, page_size=False)
        self._printer.setDocName(job.title)
        return self._printer

    def print_job(self, job: PrintJob, parent: QWidget | None = None) -> bool:
        """Show the print dialog for ``job`` and print it; True if printed. (Called from
        the preview's Print button: every print goes through a preview first.)"""
        printer = self.printer(job)
        dialog = print_dialog(printer, job, parent or self.window)
        try:
            if self._exec(dialog) != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        if not printer.printerName() and not printer.outputFileName():
            # neither a printer nor a file: the print dialog had no printer to offer
            self._error(self.tr("Not printed"), self.tr(
                "No printer is set up on this computer. Use Export PDF to save the pages "
                "as a PDF file instead, or ask IT to add a printer."))
            return False
        from_page = to_page = 0
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            from_page, to_page = printer.fromPage(), printer.toPage()
        try:
            result = rendering.render(job, printer, self.meta(), from_page=from_page,
                                      to_page=to_page)
        except PrintError as exc:
            self._error(self.tr("Not printed"), exc.message)
            return False
        if result.overflow:
            self._error(self.tr("Printed, but cut short"), overflow_message(job.title,
                                                                           printed=True))
        self._status(self.tr("Sent %n page(s) to the printer.", "", result.pages))
        return True

    def preview_job(self, job: PrintJob) -> bool:
        """Show ``job`` in the print preview, the one way to print: its Print button (and
        the preview's own printer icon) opens the print dialog. True if it was printed."""
        printer = self.printer(job)
        errors: list[str] = []
        printed: list[bool] = []
        meta = self.meta()

        def paint(p: QPrinter) -> None:
            try:
                rendering.render(job, p, meta)
            except PrintError as exc:
                errors.append(exc.message)

        def print_it() -> None:
            if self.print_job(job, dialog):
                printed.append(True)
                dialog.accept()

        dialog, self.preview_print_button = preview_dialog(
            printer, job, self.window, paint=paint, print_it=print_it)
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()
        if errors:
            self._error(self.tr("Print preview"), errors[0])
        return bool(printed)

    def _ask_save_path(self, job: PrintJob) -> str:
        """Ask where to save (tests replace this); "" if cancelled."""
        folder = self._last_folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        with no_file_dialog_traces():  # Qt would remember the folder in the user's profile
            path, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export PDF: {title}").format(title=job.title),
                str(folder / job.filename), self.tr("PDF files (*.pdf)"))
        return path

    def export_job(self, job: PrintJob) -> Path | None:
        """Ask for a file name and save ``job`` as a PDF; the path saved, or None."""
        path = self._ask_save_path(job)
        if not path:
            return None
        try:
            saved = export_pdf(job, path, self.meta(), paper=self.paper())
        except PrintError as exc:
            self._error(self.tr("PDF not saved"), exc.message)
            return None
        self._last_folder = saved.parent
        self._status(self.tr("Saved to {path}").format(path=saved))
        self.exported.emit(str(saved))
        return saved

    def clear(self) -> None:
        """Forget the last export folder, and clear the clipboard if it still holds a
        decision this controller copied (quick exit)."""
        self._last_folder = None
        self._copy.forget()

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
            self._error(self.tr("Nothing to print"), str(exc.args[0] if exc.args else exc))
            return
        if sel.action == "copy":
            self.copy_decision_text(record=sel.kind == "decision-record")
        elif sel.action == "export":
            self.export_job(job)
        else:  # every print goes through the preview (its Print button prints)
            self.preview_job(job)

    def copy_decision_text(self, *, record: bool = True) -> bool:
        """Copy the current decision (summary or record) as plain text, marked so that
        Windows clipboard history and cloud clipboard do not keep it; quick exit clears
        it from the clipboard. True if copied."""
        doc = self.decision_doc()
        if doc is None:
            self._error(self.tr("Nothing to copy"), self.tr("There is no decision to copy yet."))
            return False
        self._copy.copy(printouts.decision_text(
            doc, record=record, manifest_title=self.library().manifest.title))
        self._status(self.tr("Copied as text. Quick exit clears it from the clipboard."))
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
