"""File > Update content..., Restore the previous content, and Help > What changed in the content.

A content pack (see :mod:`content.pack`) is installed only after its signature, files and
version are verified, atomically, beside the previous version. The running window keeps the
content it started with; the new content shows from the next start (the app says so). An
IT-configured folder (one line in ``update-folder.txt`` beside the program or in the settings
folder) is checked after the first paint for a newer pack, in a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from content import Library, load_library
from content.html_escape import esc
from content.pack import PackError, open_pack
from content.pack_diff import ContentDiff, diff_libraries
from content.pack_store import active_folder, install, read_state, restore_previous
from desktop_app import __version__
from desktop_app.content_problems import error_text
from desktop_app.content_source import bundled_version, trusted_keys
from desktop_app.file_dialog_guard import no_file_dialog_traces
from desktop_app.paths import Paths
from desktop_app.update_folder import configured_update_folder, newest_pack_in

if TYPE_CHECKING:
    from desktop_app.mainwindow import MainWindow

log = logging.getLogger(__name__)
PACK_FILTER = "Content packs (*.igpack)"  # the English words; shown through pack_filter()


def pack_filter() -> str:
    return QCoreApplication.translate("ContentUpdate", "Content packs (*.igpack)")


@dataclass(frozen=True)
class InstallResult:
    ok: bool
    message: str
    version: str = ""
    #: why it was refused, as a content message kind (content.messages), if it says
    kind: str = ""


def install_pack_file(path: Path, paths: Paths) -> InstallResult:
    """Verify and install one pack; never raises for a bad pack (the message says why)."""
    from desktop_app.cli.pack_cmds import check_agency_folder, check_folder

    untranslated: list[str] = []  # an agency's parts with no French yet (shown in English)
    try:
        vp = open_pack(path, trusted_keys(paths), __version__)
        if vp.manifest.kind == "agency":
            from content import data_root

            def check(folder: Path) -> list[str]:
                return check_agency_folder(folder, data_root(), untranslated)
        else:
            check = check_folder
        install(vp, paths.packs_dir, baseline_version=bundled_version(), check=check)
    except (PackError, OSError) as exc:
        return InstallResult(False, error_text(exc), kind=exc.msg.kind
                             if isinstance(exc, PackError) else "")
    m = vp.manifest
    if m.kind == "agency":
        text = QCoreApplication.translate(
            "ContentUpdate", "The agency's content {version} of {date} is installed. Close "
            "and reopen the app to use it.")
    else:
        text = QCoreApplication.translate(
            "ContentUpdate", "Content {version} of {date} is installed. Close and reopen the "
            "app to use it.")
    text = text.format(version=m.content_version, date=m.content_date)
    if untranslated:
        text += " " + QCoreApplication.translate(
            "ContentUpdate", "Some of its parts have no French version yet: in French, they "
            "are shown in English, marked \"not yet translated\".")
    return InstallResult(True, text, m.content_version)


#: ``update-folder.txt`` holds one line; anything bigger is not it, and is not read.
def diff_html(diff: ContentDiff) -> str:
    """The what-changed page for the reader (every piece of content escaped)."""
    e = esc
    heading = QCoreApplication.translate("ContentUpdate", "What changed in the content")
    span = QCoreApplication.translate("ContentUpdate", "From version {old} to {new}.").format(
        old=e(diff.old_version), new=e(diff.new_version))
    parts = [f"<h1>{e(heading)}</h1><p>{span}</p>"]
    if diff.empty:
        parts.append("<p>" + e(QCoreApplication.translate(
            "ContentUpdate", "No section and no decision helper outcome changed.")) + "</p>")
    if diff.outcomes:
        parts.append("<h2>" + e(QCoreApplication.translate(
            "ContentUpdate", "Decision helper outcomes")) + "</h2><ul>")
        for c in diff.outcomes:
            change = {"added": QCoreApplication.translate("ContentUpdate", "added"),
                      "removed": QCoreApplication.translate("ContentUpdate", "removed"),
                      "changed": QCoreApplication.translate("ContentUpdate", "changed")
                      }.get(c.change, c.change)
            bits = [f"<b>{e(c.title)}</b> ({e(change)})"]
            if c.change == "changed" and c.old_verdict != c.new_verdict:
                bits.append(e(QCoreApplication.translate(
                    "ContentUpdate", "verdict was {old}, now {new}").format(
                        old=c.old_verdict, new=c.new_verdict)))
            if c.provisions_added:
                bits.append(e(QCoreApplication.translate(
                    "ContentUpdate", "provisions added: {list}").format(
                        list=", ".join(c.provisions_added))))
            if c.provisions_removed:
                bits.append(e(QCoreApplication.translate(
                    "ContentUpdate", "provisions removed: {list}").format(
                        list=", ".join(c.provisions_removed))))
            parts.append("<li>" + "; ".join(bits) + "</li>")
        parts.append("</ul>")
    for label, heading in (
            ("added", QCoreApplication.translate("ContentUpdate", "Sections added")),
            ("removed", QCoreApplication.translate("ContentUpdate", "Sections removed")),
            ("changed", QCoreApplication.translate("ContentUpdate", "Sections changed"))):
        sections = [s for s in diff.sections if s.change == label]
        if not sections:
            continue
        parts.append(f"<h2>{e(heading)}</h2>")
        for s in sections:
            link = (f'<a href="section:{e(s.section_id)}">{e(s.title)}</a>'
                    if label != "removed" else e(s.title))
            parts.append(f"<h3>{link}</h3>")
            for pc in s.paragraphs:
                if pc.old:
                    before = QCoreApplication.translate("ContentUpdate", "Before:")
                    parts.append(f"<p><i>{e(before)}</i> {e(pc.old)}</p>")
                if pc.new:
                    now = QCoreApplication.translate("ContentUpdate", "Now:")
                    parts.append(f"<p><b>{e(now)}</b> {e(pc.new)}</p>")
    return "\n".join(parts)


class ContentUpdateController(QObject):
    """The three actions, and the start-up check of IT's update folder."""

    installed = Signal(str)  # the message shown after a successful install

    def __init__(self, parent: QWidget, paths: Paths, library: Callable[[], Library],
                 show_html: Callable[[str], None], status: Callable[[str], None]):
        super().__init__(parent)
        self._parent = parent
        self._paths = paths
        self._library = library
        self._show_html = show_html
        self._status = status
        self.update_action = QAction(parent)
        self.update_action.triggered.connect(self.choose_and_install)
        self.restore_action = QAction(parent)
        self.restore_action.triggered.connect(self.restore)
        self.changes_action = QAction(parent)
        self.changes_action.triggered.connect(self.show_changes)
        self.retranslate_ui()
        parent.installEventFilter(self)  # the window's LanguageChange: new words
        self._refresh()

    def retranslate_ui(self) -> None:
        self.update_action.setText(QCoreApplication.translate(
            "ContentUpdate", "&Update content…"))
        self.update_action.setStatusTip(QCoreApplication.translate(
            "ContentUpdate", "Install a signed content pack"))
        self.restore_action.setText(QCoreApplication.translate(
            "ContentUpdate", "&Restore the previous content"))
        self.restore_action.setStatusTip(QCoreApplication.translate(
            "ContentUpdate", "Go back to the content that was shown before the last update"))
        self.changes_action.setText(QCoreApplication.translate(
            "ContentUpdate", "What &changed in the content"))
        self.changes_action.setStatusTip(QCoreApplication.translate(
            "ContentUpdate", "What the last content update changed"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self._parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def _refresh(self) -> None:
        self.restore_action.setEnabled(read_state(self._paths.packs_dir).previous is not None)

    # -- installing -------------------------------------------------------------------
    def _ask_pack_path(self) -> str:
        """Ask for a pack file (tests replace this); "" if cancelled."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        with no_file_dialog_traces():
            path, _ = QFileDialog.getOpenFileName(
                self._parent, QCoreApplication.translate("ContentUpdate", "Update content"),
                start, pack_filter())
        return path

    def choose_and_install(self) -> InstallResult | None:
        path = self._ask_pack_path()
        if not path:
            return None
        return self.install_file(Path(path))

    def install_file(self, path: Path, *, quiet: bool = False) -> InstallResult:
        before = self._library()
        result = install_pack_file(path, self._paths)
        self._refresh()
        if not result.ok:
            if not quiet:
                QMessageBox.warning(
                    self._parent, QCoreApplication.translate("ContentUpdate",
                                                             "Content not updated"),
                    QCoreApplication.translate(
                        "ContentUpdate", "The content was not changed.\n\n{reason}").format(
                            reason=result.message))
            return result
        self._status(result.message)
        self.installed.emit(result.message)
        if not quiet:
            QMessageBox.information(
                self._parent, QCoreApplication.translate("ContentUpdate", "Content updated"),
                result.message)
            self._show_diff(before)
        return result

    def _show_diff(self, before: Library) -> None:
        folder = active_folder(self._paths.packs_dir)
        if folder is None:
            return
        try:
            after = load_library(folder)
        except Exception:  # noqa: BLE001 - the page is a courtesy; the install stands
            log.exception("content update: could not load the new content for the diff")
            return
        self._show_html(diff_html(diff_libraries(before, after)))

    def restore(self) -> None:
        try:
            folder = restore_previous(self._paths.packs_dir)
        except PackError as exc:
            QMessageBox.information(self._parent, QCoreApplication.translate(
                "ContentUpdate", "Restore the previous content"), error_text(exc))
            return
        self._refresh()
        QMessageBox.information(
            self._parent, QCoreApplication.translate("ContentUpdate",
                                                     "Restore the previous content"),
            QCoreApplication.translate(
                "ContentUpdate", "The previous content ({name}) is back. Close and reopen the "
                "app to use it.").format(name=folder.name))

    def show_changes(self) -> None:
        """Help > What changed: the installed version against the one before it."""
        store = self._paths.packs_dir
        state = read_state(store)
        current = active_folder(store)
        if current is None:
            self._show_html("<h1>" + esc(QCoreApplication.translate(
                "ContentUpdate", "What changed in the content")) + "</h1><p>" + esc(
                QCoreApplication.translate(
                    "ContentUpdate", "This computer shows the content built into the app; no "
                    "update has been installed.")) + "</p>")
            return
        previous = (store / "content" / state.previous) if state.previous else None
        try:
            old = load_library(previous) if previous and previous.is_dir() else load_library()
            new = load_library(current)
        except Exception:  # noqa: BLE001
            log.exception("what changed: could not load the content")
            return
        self._show_html(diff_html(diff_libraries(old, new)))

    # -- the IT folder ------------------------------------------------------------------
    def check_update_folder(self) -> None:
        """Look for a newer pack in IT's folder, off the GUI thread; install it quietly."""
        folder = configured_update_folder(self._paths)
        if folder is None:
            return
        # A daemon thread, not the thread pool: a share that does not answer (a server
        # gone, a pipe named .igpack) must never keep the app from closing, and the pool
        # is waited for at exit.
        relay = _FoundRelay(self)
        relay.found.connect(self._install_found)

        def job() -> None:
            try:
                found = newest_pack_in(folder)
            except Exception:  # noqa: BLE001 - a worker thread never raises
                log.exception("update folder: not checked")
                return
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                relay.found.emit(found)

        threading.Thread(target=job, name="update-folder", daemon=True).start()

    def _install_found(self, pack: Path | None) -> None:
        if pack is None:
            return
        result = self.install_file(pack, quiet=True)
        if not result.ok and not result.kind.startswith("pack-not-newer"):
            self._status(QCoreApplication.translate(
                "ContentUpdate", "Content update not installed: {reason}").format(
                    reason=result.message))


class _FoundRelay(QObject):
    """Carries the update folder's answer from its thread to the GUI thread."""

    found = Signal(object)


def _show_in_dialog(window: MainWindow, page_html: str) -> None:
    """The what-changed page in its own window; a section link opens it in the reader."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(window)
    title = QCoreApplication.translate("ContentUpdate", "What changed in the content")
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view = QTextBrowser(dialog)
    view.setOpenLinks(False)
    view.setAccessibleName(title)
    view.setHtml(page_html)

    def follow(url: QUrl) -> None:
        text = url.toString()
        if text.startswith("section:"):
            window.open_section(text.split(":", 1)[1])
            dialog.accept()

    view.anchorClicked.connect(follow)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(int(window.width() * 0.6), int(window.height() * 0.7))
    dialog.show()


def install_content_update_actions(window: MainWindow) -> ContentUpdateController:
    """File > Update content... and Restore the previous content; Help > What changed."""
    controller = ContentUpdateController(
        window, window.paths, lambda: window.library,
        lambda page: _show_in_dialog(window, page),
        lambda text: window.statusBar().showMessage(text, 15000))
    window.file_menu.insertActions(window.file_menu_insert_point,
                                   [controller.update_action, controller.restore_action])
    window.file_menu.insertSeparator(window.file_menu_insert_point)
    window.help_menu.addAction(controller.changes_action)
    controller.check_update_folder()
    return controller
