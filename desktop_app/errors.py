"""Errors in words: a global exception hook with a readable, copyable dialog, and
:func:`describe` to map exceptions from ``content``/``index``/the OS to plain language.

The hook keeps the app running where it can: it shows the dialog and returns to the
event loop. No crash log is written to disk (privacy: nothing but settings.ini is ever
written); the details are there to copy instead.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.errors import ContentError
from desktop_app import APP_NAME, __version__, clipboard_guard


def describe(exc: BaseException) -> str:
    """One or two plain sentences about ``exc`` for a message bar or dialog.

    Matched by type (``isinstance``), so a subclass gets its parent's words.
    """
    # index is imported only here: it is not needed before the window shows
    from index.types import IndexBuildCancelled, IndexBuildError

    translate = QCoreApplication.translate
    if isinstance(exc, ContentError):
        from desktop_app.content_problems import problem_line

        first = problem_line(exc.problems[0]) if exc.problems else str(exc)
        return translate("Errors", "The guide's content could not be loaded: {problem}").format(
            problem=first)
    if isinstance(exc, IndexBuildCancelled):
        return translate("Errors", "Preparing the search index was stopped before it finished.")
    if isinstance(exc, IndexBuildError):
        return translate("Errors", "The search index could not be prepared: {reason}").format(
            reason=exc.message)
    if isinstance(exc, PermissionError):
        if exc.filename:
            return translate("Errors", "The app is not allowed to write to {path}.").format(
                path=exc.filename)
        return translate("Errors", "The app is not allowed to write to a folder it needs.")
    if isinstance(exc, OSError):
        if getattr(exc, "filename", None):
            return translate("Errors", "A file problem stopped this ({path}): {reason}.").format(
                path=exc.filename, reason=exc.strerror or exc)
        return translate("Errors", "A file problem stopped this: {reason}.").format(
            reason=exc.strerror or exc)
    return translate("Errors", "Something went wrong: {kind}: {error}").format(
        kind=type(exc).__name__, error=exc)


def format_details(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> str:
    """Version information plus the traceback, for the Copy details button."""
    lines = [f"{APP_NAME} {__version__}", f"Python {sys.version.split()[0]} on {sys.platform}"]
    try:
        import PySide6

        lines.append(f"PySide6 {PySide6.__version__}")
    except ImportError:  # pragma: no cover
        pass
    lines.append("")
    lines.extend(traceback.format_exception(exc_type, exc, tb))
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """A non-modal dialog: what happened in words, the details to copy, and Close."""

    def __init__(self, parent: QWidget | None, message: str, details: str):
        super().__init__(parent)
        self._message = message
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(620, 420)

    def retranslate_ui(self) -> None:
        """The dialog's own words in the current language (the message was said when the
        error happened and stays as it was)."""
        self.setWindowTitle(self.tr("{app}: something went wrong").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Error"))
        self.message_label.setText(self._message + "\n\n" + self.tr(
            "The app is still running; you can carry on. If this keeps happening, copy the "
            "details below and send them to whoever looks after this computer. They contain "
            "no searches or client information."))
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setAccessibleDescription(self.tr("Technical details you can copy"))
        self.copy_button.setText(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAccessibleDescription(
            self.tr("Copy the technical details to the clipboard"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def copy_details(self) -> None:
        clipboard_guard.copy_text(self.details.toPlainText())


ParentGetter = Callable[[], QWidget | None]

# The dialogs currently shown (kept alive; quick exit closes them).
open_dialogs: list[ErrorDialog] = []


def show_error(parent: QWidget | None, exc: BaseException,
               tb: TracebackType | None = None) -> ErrorDialog:
    """Show ``exc`` in a non-modal :class:`ErrorDialog`; return it."""
    details = format_details(type(exc), exc, tb if tb is not None else exc.__traceback__)
    dlg = ErrorDialog(parent, describe(exc), details)
    open_dialogs.append(dlg)
    dlg.destroyed.connect(lambda *_: open_dialogs.remove(dlg) if dlg in open_dialogs else None)
    dlg.show()
    return dlg


class ExceptionHook:
    """``sys.excepthook`` replacement: call the previous hook (which prints the traceback),
    then show a dialog and carry on."""

    def __init__(self, get_parent: ParentGetter, previous=None):  # noqa: ANN001
        self.get_parent = get_parent
        self.previous = previous if previous is not None else sys.excepthook
        self.shown: list[ErrorDialog] = []
        self._busy = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        self.previous(exc_type, exc, tb)  # prints it (or hands it to a test harness)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        if self._busy:  # an error while showing the error: don't loop
            return
        self._busy = True
        try:
            self.shown.append(show_error(self.get_parent(), exc, tb))
        except Exception:  # noqa: BLE001 - never raise from the hook
            traceback.print_exc()
        finally:
            self._busy = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install_excepthook(get_parent: ParentGetter) -> ExceptionHook:
    """Install the hook; returns it (call ``uninstall()`` to restore the previous one)."""
    hook = ExceptionHook(get_parent, sys.excepthook)
    sys.excepthook = hook
    return hook
