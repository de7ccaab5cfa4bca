"""Small dialogs. Each has a classmethod (``ask`` for modal ones, ``show_for`` for
non-modal ones) so tests can monkeypatch it.

Non-modal dialogs are remembered in :data:`open_dialogs` so quick exit can close them all.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from desktop_app import APP_NAME, __version__, clipboard_guard
from desktop_app.reader import format_date

open_dialogs: list[QDialog] = []


def _remember(dlg: QDialog) -> QDialog:
    open_dialogs.append(dlg)
    dlg.destroyed.connect(lambda *_: open_dialogs.remove(dlg) if dlg in open_dialogs else None)
    return dlg


def close_all() -> None:
    """Close every non-modal dialog we opened (quick exit)."""
    for dlg in list(open_dialogs):
        with contextlib.suppress(RuntimeError):  # already deleted
            dlg.close()
    open_dialogs.clear()


class _Base(QDialog):
    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.layout_ = QVBoxLayout(self)


PRIVACY_NOTE = ("This app works entirely offline: nothing you type or read leaves this "
                "computer or is saved to it, apart from display preferences such as text size. "
                "Press Shift three times, or Ctrl+Shift+Q, to hide it instantly.")

QUICK_EXIT_HELP = """
<h3>What Quick exit does</h3>
<p>Pressing <b>Shift three times</b> quickly, <b>Ctrl+Shift+Q</b>, or the <b>Quick exit</b>
button instantly hides the window, empties the search box and results, forgets the pages you
visited (Back and Forward), clears the decision helper, closes any open dialogs, clears a
citation you copied from the clipboard, and minimizes the app.</p>
<h3>What it does not protect against</h3>
<ul>
<li>Someone who looks at the <b>taskbar</b> or the computer's list of running programs
(Task Manager): the app is still running, only minimized. Close it (Ctrl+Q) when you can.</li>
<li>Anything <b>outside this app</b>: your browser history, e-mail, files you saved or
printed, or text you pasted elsewhere.</li>
<li>Monitoring software on the computer, or someone who already has access to your account.</li>
</ul>
<h3>What is saved</h3>
<p>Only display preferences: text size, colours, window position, idle timeout, and whether this
note was shown. No searches, no list of sections you read, no session is ever saved. The search
index (built from the guide itself) is kept so search starts fast.</p>
<h3>Offline</h3>
<p>The app never connects to the internet: no updates, no statistics, no fonts or images from
the web. Web addresses in the guide are shown so you can copy them; they are never opened
automatically.</p>
"""


class ExternalLinkDialog(_Base):
    """Shows a web address (never opens it) with a Copy button."""

    def __init__(self, parent: QWidget | None, url: str):
        super().__init__(parent, "Web link")
        self.url = url
        label = QLabel("This link goes to a website. The app never opens websites by itself; "
                       "copy the address to open it in a browser if you want to.", self)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.address = QLabel(url, self)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                             Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.address.setWordWrap(True)
        self.address.setAccessibleName(f"Address: {url}")
        self.layout_.addWidget(self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("&Copy address", self)
        self.copy_button.setAccessibleName("Copy address")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        self.copy_button.setDefault(True)

    def copy(self) -> None:
        clipboard_guard.copy_text(self.url)
        self.copy_button.setText("Copied")

    @classmethod
    def ask(cls, parent: QWidget | None, url: str) -> None:
        dlg = cls(parent, url)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        _remember(dlg)
        dlg.exec()
        dlg.deleteLater()


class ShortcutsDialog(_Base):
    """Help > Keyboard shortcuts: a two-column table built from the window's actions."""

    def __init__(self, parent: QWidget | None, rows: Sequence[tuple[str, str]]):
        super().__init__(parent, "Keyboard shortcuts")
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels(["Action", "Keys"])
        table.setAccessibleName("Keyboard shortcuts")
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        self.layout_.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self.resize(560, 560)

    @classmethod
    def show_for(cls, parent: QWidget | None, rows: Sequence[tuple[str, str]]) -> ShortcutsDialog:
        dlg = cls(parent, rows)
        _remember(dlg)
        dlg.show()
        return dlg


class TextDialog(_Base):
    """A read-only rich-text page (About, Privacy and quick exit)."""

    def __init__(self, parent: QWidget | None, title: str, body_html: str):
        super().__init__(parent, title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(body_html)
        self.browser.setAccessibleName(title)
        self.layout_.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self.resize(620, 560)

    @classmethod
    def show_for(cls, parent: QWidget | None, title: str, body_html: str) -> TextDialog:
        dlg = cls(parent, title, body_html)
        _remember(dlg)
        dlg.show()
        return dlg


def about_html(library) -> str:  # noqa: ANN001
    m = library.manifest
    e = esc
    rows = [f"<h2>{e(APP_NAME)}</h2>",
            f"<p>App version {e(__version__)}. Content version {e(m.content_version)}"
            f"{' (' + e(format_date(m.content_date)) + ')' if m.content_date else ''}.</p>"]
    if m.guidance_title:
        rows.append(f"<p>A plain-language companion to <i>{e(m.guidance_title)}</i>, "
                    f"{e(m.guidance_publisher)}"
                    f"{', ' + e(format_date(m.guidance_date)) if m.guidance_date else ''}. "
                    f"{e(m.provenance) + ' ' if m.provenance else ''}Statutes current to "
                    f"{e(format_date(m.statutes_current_to)) or 'an unknown date'}.</p>")
    rows.append(f"<p><b>Not legal advice.</b> {e(m.disclaimer)}</p>")
    rows.append(f"<p>{e(PRIVACY_NOTE)}</p>")
    if library.sources:
        rows.append("<h3>Sources</h3>")
        for src in sorted(library.sources.values(), key=lambda s: s.id):
            rows.append(f"<p>{e(src.citation())}</p>")
    return "\n".join(rows)


class ProblemsDialog(_Base):
    """The content problems the loader found, one per line, copyable."""

    def __init__(self, parent: QWidget | None, problems: Sequence[object]):
        super().__init__(parent, "Content problems")
        label = QLabel(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} were found "
                       "in the content files. The files with problems of their own were left "
                       "out; everything else is shown. Whoever maintains the content can fix "
                       "them (see “ipv-guide check-content”).", self)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.text = QPlainTextEdit("\n".join(str(p) for p in problems), self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Problems")
        self.layout_.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton("&Copy list", self)
        copy.setAccessibleName("Copy list")
        copy.clicked.connect(lambda: clipboard_guard.copy_text(self.text.toPlainText()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.layout_.addWidget(buttons)
        self.resize(700, 460)

    @classmethod
    def show_for(cls, parent: QWidget | None, problems: Sequence[object]) -> ProblemsDialog:
        dlg = cls(parent, problems)
        _remember(dlg)
        dlg.show()
        return dlg
