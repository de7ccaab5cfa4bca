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
    QObject,
    QRectF,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
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
    QTextCursor,
    QTextDocument,
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

from desktop_app import print_html, safe_text
from desktop_app.print_html import PrintJob, PrintMeta
from desktop_app.traces import no_file_dialog_traces

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
    # Lay out with the device's own metrics, so what fits is what prints.
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    _scale_side_margins(doc, device.logicalDpiX() / 96)
    doc.setPageSize(body)
    return doc


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
    """The page minus the footer band, in device pixels."""
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
    body = _body_size(device)
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
            clip = QRectF(0, (page - 1) * body.height(), body.width(), body.height())
            painter.translate(0, -(page - 1) * body.height())
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            # A line that starts exactly on the page boundary belongs to the next page,
            # but Qt's inclusive intersection test would draw it here too: hidden by the
            # clip, yet still in the PDF's text (found by search, read by screen readers).
            ctx.clip = clip.adjusted(0, 1, 0, -1)
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


def export_pdf(job: PrintJob, path: str | os.PathLike[str], meta: PrintMeta) -> Path:
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
    data = pdf_bytes(job, meta)
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
    ACTIONS = (("print", "Print\u2026"), ("preview", "Preview\u2026"),
               ("export", "Save as PDF\u2026"))

    def __init__(self, parent: QWidget | None, library: Any, available: Available, verb: str,
                 *, default: str | None = None, all_actions: bool = False):
        super().__init__(parent)
        self.action = ""
        self.setWindowTitle(f"{verb}: what to include")
        self.setAccessibleName("What to print")
        self._library = library
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What do you want to print?"))
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
            first = next(k for k in ("section", "sections") if self.buttons[k].isEnabled())
        self.buttons[first].setChecked(True)
        self._sync()
        if all_actions:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            for action, label in self.ACTIONS:
                b = box.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
                b.clicked.connect(lambda _=False, a=action: self._choose_action(a))
            box.rejected.connect(self.reject)
        else:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
            box.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
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


def _value(source: Any) -> Any:
    return source() if callable(source) else source


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
        self.print_action = QAction("&Print\u2026", window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setStatusTip("Print a section, search results, a decision record, "
                                       "the quick reference card or the decision map")
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

    def printer(self, job: PrintJob) -> QPrinter:
        """The session's printer (it remembers the printer and paper the user chose)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            setup_page(self._printer, job)
        else:
            setup_page(self._printer, job, page_size=False)
        self._printer.setDocName(job.title)
        return self._printer

    def print_job(self, job: PrintJob) -> bool:
        """Show the print dialog for ``job`` and print it; True if printed."""
        printer = self.printer(job)
        dialog = QPrintDialog(printer, self.window)
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
        self._status(f"Sent {result.pages} page(s) to the printer.")
        return True

    def preview_job(self, job: PrintJob) -> None:
        """Show ``job`` in Qt's print preview (which can print it too)."""
        printer = self.printer(job)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(f"Print preview: {job.title}")
        errors: list[str] = []
        meta = self.meta()

        def paint(p: QPrinter) -> None:
            try:
                render(job, p, meta)
            except PrintError as exc:
                errors.append(exc.message)

        dialog.paintRequested.connect(paint)
        try:
            self._exec(dialog)
        finally:
            dialog.deleteLater()
        if errors:
            self._error("Print preview", errors[0])

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
            saved = export_pdf(job, path, self.meta())
        except PrintError as exc:
            self._error("PDF not saved", exc.message)
            return None
        self._last_folder = saved.parent
        self._status(f"Saved to {saved}")
        self.exported.emit(str(saved))
        return saved

    def clear(self) -> None:
        """Forget the last export folder (quick exit)."""
        self._last_folder = None

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
        {"print": self.print_job, "preview": self.preview_job,
         "export": self.export_job}.get(sel.action, self.print_job)(job)

    # -- slots ------------------------------------------------------------------------
    def print_dialog(self) -> None:
        job = self._choose("Print")
        if job is not None:
            self.print_job(job)

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
