"""Small dialogs. Each has a classmethod (``ask`` for modal ones, ``show_for`` for
non-modal ones) so tests can monkeypatch it.

Non-modal dialogs are remembered in :data:`open_dialogs` so quick exit can close them all.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from content.html_escape import esc
from content.model import Library
from desktop_app import APP_NAME, __version__, clipboard_guard
from desktop_app.content_problems import problem_line
from desktop_app.content_words import format_date

open_dialogs: list[QDialog] = []


def _remember(dlg: QDialog) -> QDialog:
    open_dialogs.append(dlg)
    dlg.destroyed.connect(lambda *_: open_dialogs.remove(dlg) if dlg in open_dialogs else None)
    return dlg


def close_all() -> None:
    """Close every dialog of the app, modal ones included (quick exit, the idle clears).

    The non-modal dialogs we opened, then any dialog still on screen: a print preview of
    the decision record, the Save dialog, a message box naming a file, each waiting in its
    own ``exec()``, innermost first. Closing one rejects it, so the code that opened it
    carries on as after Cancel. Left open, it showed the record over the cleared window.
    """
    for dlg in list(open_dialogs):
        with contextlib.suppress(RuntimeError):  # already deleted
            dlg.close()
    open_dialogs.clear()
    popup = QApplication.activePopupWidget()  # a menu or a combo box's list
    for _ in range(50):
        if popup is None:
            break
        popup.close()
        nxt = QApplication.activePopupWidget()
        popup = None if nxt is popup else nxt
    for _ in range(50):  # innermost modal first
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog) or not modal.isVisible():
            break
        modal.reject()
    for other in QApplication.topLevelWidgets():
        if isinstance(other, QDialog) and other.isVisible():
            with contextlib.suppress(RuntimeError):
                other.reject()


class _Base(QDialog):
    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.layout_ = QVBoxLayout(self)
        self._set_title(title)

    def _set_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def retranslate_ui(self) -> None:
        """Say everything again in the current language (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


#: The English texts, for code that still imports them; :func:`privacy_note` and
#: :func:`quick_exit_help` say them in the current language.
PRIVACY_NOTE = ("This app works entirely offline: nothing you type or read leaves this "
                "computer or is saved to it, apart from display preferences such as text size. "
                "Press Shift three times, or Ctrl+Shift+Q, to hide it instantly.")


def privacy_note() -> str:
    return QCoreApplication.translate(
        "Dialogs", "This app works entirely offline: nothing you type or read leaves this "
        "computer or is saved to it, apart from display preferences such as text size. Press "
        "Shift three times, or Ctrl+Shift+Q, to hide it instantly.")


def quick_exit_help() -> str:
    """Help > Privacy and quick exit: what quick exit does and does not do (HTML)."""
    translate = QCoreApplication.translate
    return "\n".join([
        "<h3>" + translate("Dialogs", "What Quick exit does") + "</h3>",
        "<p>" + translate(
            "Dialogs", "Pressing <b>Shift three times</b> quickly, <b>Ctrl+Shift+Q</b>, "
                   "or the <b>Quick exit</b> button instantly hides the window, empties the "
                   "search box and results, forgets the pages you visited (Back and Forward), "
                   "clears the decision helper, closes any open dialogs, clears a citation you "
                   "copied from the clipboard, and minimizes the app.") + "</p>",
        "<h3>" + translate("Dialogs", "What it does not protect against") + "</h3>",
        "<ul><li>" + translate(
            "Dialogs", "Someone who looks at the <b>taskbar</b> or the computer's "
                        "list of running programs (Task Manager): the app is still running, "
                        "only minimized. Close it (Ctrl+Q) when you can.") + "</li>",
        "<li>" + translate("Dialogs", "Anything <b>outside this app</b>: your browser history, "
                    "e-mail, files you saved or printed, or text you pasted elsewhere.")
        + "</li>",
        "<li>" + translate("Dialogs", "Monitoring software on the computer, or someone who already "
                    "has access to your account.") + "</li></ul>",
        "<h3>" + translate("Dialogs", "What is saved") + "</h3>",
        "<p>" + translate(
            "Dialogs", "Only display preferences: text size, colours, window position, "
                   "idle timeout, language, and whether this note was shown. No searches, no "
                   "list of sections you read, no session is ever saved. The search index "
                   "(built from the guide itself) is kept so search starts fast.") + "</p>",
        "<h3>" + translate("Dialogs", "Offline") + "</h3>",
        "<p>" + translate("Dialogs", "The app never connects to the internet: no updates, no "
                   "statistics, no fonts or images from the web. Web addresses in the guide "
                   "are shown so you can copy them; they are never opened automatically.")
        + "</p>",
    ])


QUICK_EXIT_HELP = quick_exit_help()  # English: no translator is installed at import time


def privacy_page() -> tuple[str, str]:
    """(title, HTML) of Help > Privacy and quick exit, in the current language."""
    return (QCoreApplication.translate("Dialogs", "Privacy and quick exit"),
            f"<p>{esc(privacy_note())}</p>" + quick_exit_help())


class ExternalLinkDialog(_Base):
    """Shows a web address (never opens it) with a Copy button."""

    def __init__(self, parent: QWidget | None, url: str):
        super().__init__(parent, "")
        self.url = url
        self._copied = False
        self.label = QLabel(self)
        self.label.setObjectName("message")
        self.label.setWordWrap(True)
        self.layout_.addWidget(self.label)
        self.address = QLabel(url, self)
        self.address.setObjectName("address")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                             Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.address.setWordWrap(True)
        self.layout_.addWidget(self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._set_title(self.tr("Web link"))
        self.label.setText(self.tr("This link goes to a website. The app never opens websites "
                                   "by itself; copy the address to open it in a browser if "
                                   "you want to."))
        self.address.setAccessibleName(self.tr("Address: {url}").format(url=self.url))
        self.copy_button.setText(self.tr("Copied") if self._copied
                                 else self.tr("&Copy address"))
        self.copy_button.setAccessibleName(self.tr("Copy address"))

    def copy(self) -> None:
        clipboard_guard.copy_text(self.url)
        self._copied = True
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def ask(cls, parent: QWidget | None, url: str) -> None:
        dlg = cls(parent, url)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        _remember(dlg)
        dlg.exec()
        dlg.deleteLater()


class ShortcutsDialog(_Base):
    """Help > Keyboard shortcuts: a two-column table built from the window's actions.

    ``rows``: the rows, or a function that makes them (then they are made again, in the
    new language, when the language changes)."""

    def __init__(self, parent: QWidget | None,
                 rows: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]]):
        super().__init__(parent, "")
        self._rows = rows
        table = QTableWidget(0, 2, self)
        table.setObjectName("shortcuts")
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        self.layout_.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self.retranslate_ui()
        self.resize(560, 560)

    def retranslate_ui(self) -> None:
        self._set_title(self.tr("Keyboard shortcuts"))
        table = self.table
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = self._rows() if callable(self._rows) else self._rows
        table.setRowCount(len(rows))
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()

    @classmethod
    def show_for(cls, parent: QWidget | None,
                 rows: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]]
                 ) -> ShortcutsDialog:
        dlg = cls(parent, rows)
        _remember(dlg)
        dlg.show()
        return dlg


class TextDialog(_Base):
    """A read-only rich-text page (About, Privacy and quick exit).

    ``rebuild``: a function giving (title, HTML) in the current language; with it the page
    is made again when the language changes (without it, it keeps its words)."""

    def __init__(self, parent: QWidget | None, title: str, body_html: str,
                 rebuild: Callable[[], tuple[str, str]] | None = None):
        super().__init__(parent, title)
        self._rebuild = rebuild
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("page")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(body_html)
        self.browser.setAccessibleName(title)
        self.layout_.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self.resize(620, 560)

    def retranslate_ui(self) -> None:
        if self._rebuild is None:
            return
        title, body_html = self._rebuild()
        self._set_title(title)
        self.browser.setHtml(body_html)
        self.browser.setAccessibleName(title)

    @classmethod
    def show_for(cls, parent: QWidget | None, title: str, body_html: str,
                 rebuild: Callable[[], tuple[str, str]] | None = None) -> TextDialog:
        dlg = cls(parent, title, body_html, rebuild)
        _remember(dlg)
        dlg.show()
        return dlg

    @classmethod
    def show_page(cls, parent: QWidget | None, page: Callable[[], tuple[str, str]]
                  ) -> TextDialog:
        """Show ``page()`` (title, HTML), made again in the new language on a switch."""
        title, body_html = page()
        return cls.show_for(parent, title, body_html, page)


def about_html(library: Library) -> str:
    """Help > About: versions, what the guide is a companion to, the disclaimer and sources."""
    m = library.manifest
    e = esc
    translate = QCoreApplication.translate
    rows = [f"<h2>{e(APP_NAME)}</h2>"]
    if m.content_date:
        rows.append("<p>" + e(translate("Dialogs", "App version {app}. Content version {content} "
                                 "({date}).").format(app=__version__, content=m.content_version,
                                                     date=format_date(m.content_date)))
                    + "</p>")
    else:
        rows.append("<p>" + e(translate("Dialogs", "App version {app}. Content version {content}.")
                              .format(app=__version__, content=m.content_version)) + "</p>")
    if m.guidance_title:
        publisher = e(m.guidance_publisher) + (", " + e(format_date(m.guidance_date))
                                                if m.guidance_date else "")
        statutes = (e(format_date(m.statutes_current_to)) if m.statutes_current_to
                    else e(translate("Dialogs", "an unknown date")))
        rows.append("<p>" + translate("Dialogs", "A plain-language companion to <i>{guidance}</i>, "
                               "{publisher}.").format(guidance=e(m.guidance_title),
                                                      publisher=publisher)
                    + " " + (e(m.provenance) + " " if m.provenance else "")
                    + translate("Dialogs", "Statutes current to {date}.").format(date=statutes)
                    + "</p>")
    rows.append("<p><b>" + e(translate(
        "Dialogs", "Not legal advice.")) + f"</b> {e(m.disclaimer)}</p>")
    rows.append(f"<p>{e(privacy_note())}</p>")
    if library.sources:
        rows.append("<h3>" + e(translate("Dialogs", "Sources")) + "</h3>")
        for src in sorted(library.sources.values(), key=lambda s: s.id):
            rows.append(f"<p>{e(src.citation())}</p>")
    return "\n".join(rows)


class ProblemsDialog(_Base):
    """The content problems the loader found, one per line, copyable."""

    def __init__(self, parent: QWidget | None, problems: Sequence[object]):
        super().__init__(parent, "")
        self._count = len(problems)
        self._problems = tuple(problems)
        self.label = QLabel(self)
        self.label.setObjectName("message")
        self.label.setWordWrap(True)
        self.layout_.addWidget(self.label)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("problems")
        self.text.setReadOnly(True)
        self.layout_.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(
            lambda: clipboard_guard.copy_text(self.text.toPlainText()))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self.retranslate_ui()
        self.resize(700, 460)

    def retranslate_ui(self) -> None:
        self._set_title(self.tr("Content problems"))
        if self._count == 1:
            said = self.tr("1 problem was found in the content files.")
        else:
            said = self.tr("{n} problems were found in the content files.").format(
                n=self._count)
        self.label.setText(said + " " + self.tr(
            "The files with problems of their own were left out; everything else is shown. "
            "Whoever maintains the content can fix them (see “ipv-guide check-content”)."))
        # each problem in the interface's language, its file, line and values as they are
        self.text.setPlainText("\n".join(problem_line(p) for p in self._problems))
        self.text.setAccessibleName(self.tr("Problems"))
        self.copy_button.setText(self.tr("&Copy list"))
        self.copy_button.setAccessibleName(self.tr("Copy list"))

    @classmethod
    def show_for(cls, parent: QWidget | None, problems: Sequence[object]) -> ProblemsDialog:
        dlg = cls(parent, problems)
        _remember(dlg)
        dlg.show()
        return dlg
