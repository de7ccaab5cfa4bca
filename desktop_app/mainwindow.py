"""The main window: search and contents on the left, the reader in the centre, the
``side_tabs`` on the right; menus, toolbar, status bar, quick exit.

Seams for other panels:

* ``window.side_tabs`` (a QTabWidget, hidden until a tab is added): the decision helper
  adds itself with ``window.side_tabs.addTab(panel, "Decision helper")``.
* ``window.register_clearable(callable)``: called by :meth:`MainWindow.clear_sensitive_state`
  (quick exit, idle timeout) so a panel forgets its answers.
* ``window.file_menu`` / ``window.toolbar``: printing inserts its actions before
  ``window.file_menu_insert_point`` and ``window.toolbar_insert_point`` (separators).
* ``window.open_section(section_id, anchor=None, query=None)``; ``window.current_page``,
  ``window.current_section()``, ``window.library``.

Privacy: the window title never names what is open (it shows in the taskbar); history is
a list in memory; nothing typed or read is written anywhere.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QCursor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QToolTip,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.agency import agency_of
from content.html_escape import esc
from content.model import Library, Section
from desktop_app import (
    APP_NAME,
    clipboard_guard,
    dialogs,
    errors,
    safe_text,
    theme,
    workers,
)
from desktop_app.accessible import name
from desktop_app.agency_view import agency_block_html
from desktop_app.decision import outcome_page
from desktop_app.i18n import untranslated_note, untranslated_short
from desktop_app.page_outline import PageOutline
from desktop_app.paths import Paths
from desktop_app.reader import READER_DESCRIPTION, Reader
from desktop_app.reader_bars import DefinitionBar, FindBar, HitBar
from desktop_app.reader_pages import (
    GLOSSARY,
    HOME,
    Page,
    glossary_html,
    home_html,
    section_html,
    term_anchor,
)
from desktop_app.search_panel import SearchPanel
from desktop_app.section_view import format_date
from desktop_app.settings import IDLE_CHOICES, ZOOM_DEFAULT, ZOOM_STEP, Settings, clamp_zoom
from desktop_app.toc_tree import TocTree
from desktop_app.window_bars import MessageBar, StatusBar

log = logging.getLogger(__name__)

ItemIdRole = Qt.ItemDataRole.UserRole + 1
OFFLINE_TEXT = "Offline — nothing leaves this computer"
MAX_START_SIZE = (1600, 1000)  # the first window, before the user sizes it


@dataclass
class HistoryEntry:
    page: Page
    anchor: str | None = None
    query: str | None = None
    scroll: int = 0


def start_size(avail_width: int, avail_height: int) -> tuple[int, int]:
    """The first window's size on a screen with this much room: most of it, up to
    :data:`MAX_START_SIZE`. At 1366x768 the reader, the contents and the decision helper
    all need the width (a fixed 1220 px left 146 px of it unused)."""
    return (min(MAX_START_SIZE[0], avail_width - 40), min(MAX_START_SIZE[1], avail_height - 40))


class ShiftTriple:
    """Detects Shift pressed ``presses`` times within ``window_s`` seconds, nothing between.

    The same physical key press can reach an application event filter several times (once
    per widget it propagates through); a press only counts after a release, so duplicates
    and auto-repeat are ignored. Any other key press starts the count again, so typing
    capital letters never triggers it.
    """

    def __init__(self, presses: int = 3, window_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic):
        self.presses, self.window_s, self.clock = presses, window_s, clock
        self._times: list[float] = []
        self._down = False

    def press(self) -> bool:
        if self._down:
            return False
        self._down = True
        now = self.clock()
        self._times = [t for t in self._times if now - t <= self.window_s] + [now]
        if len(self._times) >= self.presses:
            self._times = []
            return True
        return False

    def release(self) -> None:
        self._down = False

    def reset(self) -> None:
        self._times = []
        self._down = False


class AppEventFilter(QObject):
    """Application-wide: Shift x3 quick exit, mouse back/forward buttons, idle tracking."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.shift = ShiftTriple()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        t = event.type()
        cover = getattr(self.window, "cover", None)
        if cover is not None and cover.isVisible() and (
                t == QEvent.Type.MouseButtonPress or (
                    t == QEvent.Type.KeyPress and event.key() not in (
                        Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt))):
            cover.uncover()  # back at the desk (Shift: maybe counting to three again)
        if t == QEvent.Type.KeyPress:
            self.window.note_activity()
            if event.key() == Qt.Key.Key_Shift:
                if not event.isAutoRepeat() and self.shift.press():
                    self.window.quick_exit()
            else:
                self.shift.reset()
        elif t == QEvent.Type.KeyRelease:
            if event.key() == Qt.Key.Key_Shift and not event.isAutoRepeat():
                self.shift.release()
        elif t == QEvent.Type.MouseButtonPress:
            self.window.note_activity()
            self.shift.reset()
            button = event.button()
            if button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton) and \
                    isinstance(obj, QWidget) and obj.window() is self.window:
                if button == Qt.MouseButton.BackButton:
                    self.window.go_back()
                else:
                    self.window.go_forward()
                return True
        elif t == QEvent.Type.Wheel:
            self.window.note_activity()
        return False


class QuickExitCover(QWidget):
    """A blank, neutral view over the whole window after a quick exit, for desktops where
    the window cannot be minimized. It names nothing; a click or a key removes it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("quickExitCover")
        self.setAutoFillBackground(True)
        # it never takes focus: keyboard focus stays where it was (the search box after a
        # quick exit); the window's event filter removes the cover on a key or a click
        self.setAccessibleName("Blank screen")
        self.setAccessibleDescription("Click or press a key to come back")
        self.restored_by_desktop = False
        self.hide()

    def cover(self) -> None:
        win = self.parentWidget()
        self.setGeometry(win.rect())
        self.raise_()
        self.show()
        # minimized now, and restored later by the desktop: the cover goes then
        self.restored_by_desktop = win.isMinimized()

    def uncover(self) -> None:
        self.hide()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.uncover()


class SideTabs(QTabWidget):
    """The right-hand panel: hidden while it has no tabs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        name(self, "Side panel")
        self.setDocumentMode(True)
        self.setMinimumWidth(360)  # the decision helper's text stays readable, never clipped
        self.setVisible(False)

    def tabInserted(self, index: int) -> None:  # noqa: N802 - Qt override
        super().tabInserted(index)
        self.setVisible(True)

    def tabRemoved(self, index: int) -> None:  # noqa: N802 - Qt override
        super().tabRemoved(index)
        self.setVisible(self.count() > 0)


class MainWindow(QMainWindow):
    """The app window.

    Signals:
        index_ready(object): the search index opened (the SearchIndex).
        index_failed(str): it could not be opened or built; browsing still works.
        page_shown(object): a page (``reader.Page``) is now shown.
        quick_exited(): quick exit ran.
    """

    index_ready = Signal(object)
    index_failed = Signal(str)
    page_shown = Signal(object)
    quick_exited = Signal()

    def __init__(self, library: Library, paths: Paths, settings: Settings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.paths = paths
        self.settings = settings
        self.search_index: Any = None
        self._index_token: workers.CancelToken | None = None
        self._clearables: list[Callable[[], None]] = []
        self._back: list[HistoryEntry] = []
        self._forward: list[HistoryEntry] = []
        self._current = HistoryEntry(HOME)
        self._copied_text: str | None = None
        self._theme: theme.Theme | None = None
        self._applying_theme = False
        self.last_tooltip = ""
        #: True once the work deferred past the first paint (side panels, printing, the
        #: search index start) has run; see desktop_app.app
        self.started = False

        self.setWindowTitle(APP_NAME)  # never the open section: the title shows in the taskbar
        self.setMinimumSize(760, 500)
        name(self, APP_NAME, "Offline guide to sharing information in situations involving "
             "intimate partner violence")

        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._wire()
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._on_idle)
        self._idle_warn_timer = QTimer(self)
        self._idle_warn_timer.setSingleShot(True)
        self._idle_warn_timer.timeout.connect(self._on_idle_warning)
        self._idle_warning_up = False
        self._apply_idle_timeout()

        self.cover = QuickExitCover(self)
        self.event_filter = AppEventFilter(self)
        QApplication.instance().installEventFilter(self.event_filter)

        self.apply_theme()
        self.reader.set_zoom(self.settings.zoom)
        self._apply_ui_zoom()
        self._update_zoom_label()
        self._restore_geometry()
        self._show_startup_bars()
        self._show(HistoryEntry(HOME), focus=False)
        # the first key typed goes to the search box (Qt would pick the first tab bar)
        self.search_panel.box.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ building
    def _build_widgets(self) -> None:
        self.toc = TocTree(self)
        self.toc.setHeaderHidden(True)
        name(self.toc, "Contents", "The sections of the guide in reading order. Arrows move; "
             "Enter opens the section.")
        self._toc_items: dict[str, QTreeWidgetItem] = {}
        self._fill_toc()

        self.search_panel = SearchPanel(self.toc, self)
        self._mark_results_to_check()
        # the reader's headings and links, for screen readers (QTextBrowser exposes
        # neither) and as a page outline for everyone
        self.outline = PageOutline(self)
        self.search_panel.add_page_tab(self.outline, "The headings and links of the open page "
                                                     "(Ctrl+Shift+O)")

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(4)
        self.hit_bar = HitBar(self.previous_hit, self.next_hit, self.clear_hits, centre)
        centre_layout.addWidget(self.hit_bar)
        self.reader = Reader(centre)
        self.reader.setMinimumWidth(360)
        centre_layout.addWidget(self.reader, 1)
        self.definition_bar = DefinitionBar(centre)
        centre_layout.addWidget(self.definition_bar)
        self.find_bar = FindBar(centre)
        centre_layout.addWidget(self.find_bar)

        self.side_tabs = SideTabs(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([340, 700, 420])

        root = QWidget(self)
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(6, 6, 6, 0)
        root_layout.setSpacing(6)
        self.first_run_bar = MessageBar("Privacy note", root)
        self.first_run_bar.set_message(dialogs.PRIVACY_NOTE)
        self.first_run_bar.close_button.setText("OK")
        self.problems_bar = MessageBar("Content problems", root)
        self.problems_show_button = self.problems_bar.add_action(
            "Show", "Show content problems", self.show_problems)
        self.index_bar = MessageBar("Search problem", root)
        self.index_retry_button = self.index_bar.add_action(
            "Try again", "Try preparing search again", self.start_index)
        # the warning a minute before the idle clear, and the notice after it
        self.idle_bar = MessageBar("Idle clear", root)
        self.idle_keep_button = self.idle_bar.add_action(
            "Keep working", "Keep working: do not clear the screen", self.note_activity)
        for bar in (self.first_run_bar, self.idle_bar, self.problems_bar, self.index_bar):
            root_layout.addWidget(bar)
        root_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(root)

        QWidget.setTabOrder(self.search_panel.box, self.toc)
        QWidget.setTabOrder(self.toc, self.search_panel.list_view)
        QWidget.setTabOrder(self.search_panel.list_view, self.reader)

    def _mark_results_to_check(self) -> None:
        """The results list marks the sections the contents mark (a notice to check)."""
        self.search_panel.model.set_check_notes({
            s.id: s.check_note or "part of this section is not confirmed."
            for s in self.library.sections if s.needs_check})
        self.search_panel.model.set_untranslated(  # the French guide's parts still in English
            [f"section:{s.id}" for s in self.library.sections if s.untranslated]
            + [f"glossary:{t.id}" for t in self.library.glossary if t.untranslated])

    def _refresh_check_icons(self) -> None:
        """The contents' check signs in the colours of the theme now applied."""
        icon = _check_icon(self._theme)
        for s in self.library.sections:
            item = self._toc_items.get(s.id)
            if item is not None and s.needs_check:
                item.setIcon(0, icon)

    def _fill_toc(self) -> None:
        self.toc.clear()
        self._toc_items.clear()

        def add(parent: QTreeWidgetItem | None, node) -> None:  # noqa: ANN001
            s: Section = node.section
            item = QTreeWidgetItem([f"{s.title} {untranslated_short()}" if s.untranslated
                                    else s.title])
            item.setData(0, ItemIdRole, f"section:{s.id}")
            tip = f"{s.title}\n{s.summary}" if s.summary else s.title
            if s.untranslated:  # the French guide's sections still in English say so
                tip += "\n" + untranslated_note()
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             f"{s.title} {untranslated_short()}")
            if s.needs_check:
                # marked in the contents: a sign, a tooltip and the spoken name, not colour
                item.setIcon(0, _check_icon(self._theme))
                tip += "\n\u26a0 Check the official text: " + (s.check_note or "part of this "
                                                                 "section is not confirmed.")
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             f"{s.title} (check the official text)")
            item.setToolTip(0, safe_text.literal(tip))  # content shown as text, never HTML
            if parent is None:
                self.toc.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._toc_items[s.id] = item
            for child in node.children:
                add(item, child)

        for node in self.library.toc():
            add(None, node)
        glossary = QTreeWidgetItem(["Glossary (A to Z)"])
        glossary.setData(0, ItemIdRole, "glossary:")
        glossary.setToolTip(0, "All the terms this guide uses, with plain definitions")
        self.toc.addTopLevelItem(glossary)
        self._toc_glossary_item = glossary
        self.toc.expandToDepth(0)

    def _action(self, text: str, slot: Callable[[], Any], shortcuts=(), tip: str = "",  # noqa: ANN001
                checkable: bool = False) -> QAction:
        a = QAction(text, self)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        if checkable:
            a.toggled.connect(slot)
        else:
            a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)  # shortcuts work even when the menu bar is hidden
        return a

    def _build_actions(self) -> None:
        A = self._action
        self.copy_citation_action = A("Copy &citation", self.copy_citation, ["Ctrl+Shift+C"],
                                      "Copy the section's title, provisions, guidance and "
                                      "content version")
        self.quick_exit_action = A("&Quick exit", self.quick_exit, ["Ctrl+Shift+Q"],
                                   "Hide this window now and forget what was on screen "
                                   "(also: press Shift three times)")
        # from anywhere in the app, a print preview or a dialog included
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = A("E&xit", self.close, ["Ctrl+Q"], "Close the app")
        self.search_action = A("&Search", self.focus_search, ["Ctrl+K", "Ctrl+L"],
                               "Go to the search box")
        self.find_action = A("&Find in page", self.open_find, [QKeySequence.StandardKey.Find],
                             "Find words in the open page")
        self.next_hit_action = A("Next &match", self.next_hit, ["F3"],
                                 "Go to the next highlighted match")
        self.prev_hit_action = A("Pre&vious match", self.previous_hit, ["Shift+F3"],
                                 "Go to the previous highlighted match")
        self.copy_action = A("&Copy", self.reader.copy, [QKeySequence.StandardKey.Copy],
                             "Copy the selected text")
        self.select_all_action = A("Select &all", self.reader.selectAll,
                                   [QKeySequence.StandardKey.SelectAll], "Select the whole page")
        self.back_action = A("&Back", self.go_back, ["Alt+Left"], "Go back (Alt+Left)")
        self.forward_action = A("&Forward", self.go_forward, ["Alt+Right"],
                                "Go forward (Alt+Right)")
        self.home_action = A("&Start page", self.go_home, ["Alt+Home"],
                             "Show the start page with the contents")
        self.glossary_action = A("&Glossary", self.open_glossary, ["Ctrl+G"],
                                 "Show all glossary terms, A to Z")
        self.outline_action = A("&On this page: headings and links", self.show_outline,
                                ["Ctrl+Shift+O"],
                                "List the headings and links of the open page; Enter goes "
                                "to a heading or opens a link")
        self.next_pane_action = A("Next &pane", lambda: self.cycle_focus(1), ["F6"],
                                  "Move between search, contents, reader and side panel")
        self.prev_pane_action = A("P&revious pane", lambda: self.cycle_focus(-1), ["Shift+F6"],
                                  "Move between panes backwards")
        self.zoom_in_action = A("Zoom &in", lambda: self.change_zoom(ZOOM_STEP),
                                ["Ctrl++", "Ctrl+="], "Make the text bigger")
        self.zoom_out_action = A("Zoom &out", lambda: self.change_zoom(-ZOOM_STEP),
                                 ["Ctrl+-"], "Make the text smaller")
        self.zoom_reset_action = A("&Normal size", self.reset_zoom, ["Ctrl+0"],
                                   "Normal text size")
        self.high_contrast_action = A("&High contrast", self.set_high_contrast, (),
                                      "Strong contrast colours", checkable=True)
        self.high_contrast_action.setChecked(self.settings.high_contrast)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("system", "Follow &system"), ("light", "&Light"), ("dark", "&Dark")):
            a = QAction(label, self, checkable=True)
            a.setChecked(self.settings.theme == key)
            a.triggered.connect(lambda _c=False, k=key: self.set_theme(k))
            self.theme_group.addAction(a)
            self.theme_actions[key] = a
        self.idle_group = QActionGroup(self)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            label = "&Never" if minutes == 0 else f"After {minutes} minutes"
            a = QAction(label, self, checkable=True)
            a.setChecked(self.settings.idle_timeout_minutes == minutes)
            a.triggered.connect(lambda _c=False, m=minutes: self.set_idle_timeout(m))
            self.idle_group.addAction(a)
            self.idle_actions[minutes] = a
        self.side_panel_action = A("Side &panel", self._toggle_side_panel, ["Ctrl+Shift+P"],
                                   "Show or hide the side panel", checkable=True)
        self.side_panel_action.setEnabled(False)
        self.shortcuts_action = A("&Keyboard shortcuts", self.show_shortcuts, ["F1"],
                                  "List every keyboard shortcut")
        self.privacy_action = A("&Privacy and quick exit", self.show_privacy, (),
                                "What is kept, what quick exit does and does not do")
        self.problems_action = A("Content p&roblems…", self.show_problems, (),
                                 "List problems found in the content files")
        self.problems_action.setEnabled(bool(self.library.problems))
        self.about_action = A("&About", self.show_about, (), "Version, sources, not legal advice")
        # shown only when the content folder has an agency.yaml: otherwise nothing changes
        self.agency_action = A("Your a&gency's contacts", self.show_agency, (),
                               "Who to call at your agency: privacy officer, supervisor "
                               "and others")

    def _build_menus_and_toolbar(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("&File")
        self.file_menu.addAction(self.copy_citation_action)
        self.file_menu_insert_point = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quick_exit_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = mb.addMenu("&Edit")
        for a in (self.copy_action, self.select_all_action, None, self.search_action,
                  self.find_action, self.next_hit_action, self.prev_hit_action):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)

        self.view_menu = mb.addMenu("&View")
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        theme_menu = self.view_menu.addMenu("&Colours")
        for a in self.theme_actions.values():
            theme_menu.addAction(a)
        theme_menu.addSeparator()
        theme_menu.addAction(self.high_contrast_action)
        self.view_menu.addAction(self.side_panel_action)
        self.view_menu.addSeparator()
        idle_menu = self.view_menu.addMenu("Clear the screen &when idle")
        for a in self.idle_actions.values():
            idle_menu.addAction(a)

        self.go_menu = mb.addMenu("&Go")
        for a in (self.back_action, self.forward_action, self.home_action, self.glossary_action,
                  self.outline_action, None, self.next_pane_action, self.prev_pane_action):
            self.go_menu.addSeparator() if a is None else self.go_menu.addAction(a)

        self.help_menu = mb.addMenu("&Help")
        self.help_menu.addAction(self.agency_action)
        self._agency_separator = self.help_menu.addSeparator()
        self._update_agency_action()
        for a in (self.shortcuts_action, self.privacy_action, self.problems_action, None,
                  self.about_action):
            self.help_menu.addSeparator() if a is None else self.help_menu.addAction(a)

        tb = QToolBar("Main toolbar", self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setFloatable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        name(tb, "Toolbar")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb
        for a in (self.back_action, self.forward_action, self.home_action, self.glossary_action):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.copy_citation_action)
        tb.addAction(self.find_action)
        self.toolbar_insert_point = tb.addSeparator()
        spacer = QWidget(tb)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tb.addWidget(spacer)
        self.quick_exit_button = QPushButton("Quick exit", tb)
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.setToolTip("Hide this window now (Shift three times, or "
                                          "Ctrl+Shift+Q)")
        name(self.quick_exit_button, "Quick exit",
             "Hides the window at once, clears the search, history and decision helper, and "
             "minimizes. Shortcut: Shift three times, or Ctrl+Shift+Q.")
        self.quick_exit_button.clicked.connect(self.quick_exit)
        tb.addWidget(self.quick_exit_button)

    def _build_status_bar(self) -> None:
        # messages in an eliding label: never drawn over "Search ready" or the version
        self.setStatusBar(StatusBar(self))
        sb = self.statusBar()
        m = self.library.manifest
        version = f"Content {m.content_version}"
        if m.content_date:
            version += f" · {format_date(m.content_date)}"
        self.index_label = QLabel("Preparing search…", sb)
        name(self.index_label, "Search status")
        self.zoom_label = QLabel("", sb)
        name(self.zoom_label, "Text size")
        self.version_label = QLabel(version, sb)
        name(self.version_label, "Content version", version)
        self.offline_label = QLabel(OFFLINE_TEXT, sb)
        self.offline_label.setObjectName("statusOffline")
        name(self.offline_label, OFFLINE_TEXT)
        for w in (self.index_label, self.zoom_label, self.version_label, self.offline_label):
            sb.addPermanentWidget(w)

    def _wire(self) -> None:
        self.toc.itemClicked.connect(self._on_toc_item)
        self.toc.itemActivated.connect(self._on_toc_item)
        self.search_panel.result_activated.connect(self._on_result_activated)
        self.search_panel.box.textChanged.connect(self._on_search_changed)
        self.reader.anchorClicked.connect(self._on_anchor_clicked)
        self.outline.link_chosen.connect(lambda href: self._on_anchor_clicked(QUrl(href)))
        self.outline.heading_chosen.connect(self._on_outline_heading)
        self.reader.highlighted.connect(self._on_link_hovered)
        self.reader.link_focused.connect(self._on_link_focused)
        self.reader.zoom_requested.connect(lambda d: self.change_zoom(d * ZOOM_STEP))
        self.reader.highlights_changed.connect(self._update_highlight_bars)
        self.find_bar.text_changed.connect(self._on_find_text)
        self.find_bar.next_requested.connect(self.next_hit)
        self.find_bar.previous_requested.connect(self.previous_hit)
        self.find_bar.closed.connect(self._on_find_closed)
        self.definition_bar.open_glossary.connect(lambda t: self.open_glossary(t))
        self.settings.updated.connect(self._on_setting_updated)
        with contextlib.suppress(AttributeError):  # Qt < 6.5 has no colorSchemeChanged
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_os_scheme_changed)
        # side panel toggle follows the tab widget
        self.side_tabs.currentChanged.connect(lambda _i: self._sync_side_panel_action())

    # ------------------------------------------------------------------ start-up
    def _restore_geometry(self) -> None:
        geo = self.settings.geometry
        restored = bool(geo) and self.restoreGeometry(geo)
        if not restored:
            screen = QGuiApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            w, h = MAX_START_SIZE
            if avail is not None:
                w, h = start_size(avail.width(), avail.height())
                w, h = max(w, self.minimumWidth()), max(h, self.minimumHeight())
                self.resize(w, h)
                self.move(avail.center() - self.rect().center())
            else:
                self.resize(w, h)
        split = self.settings.splitter
        if split:
            self.splitter.restoreState(split)

    def _show_startup_bars(self) -> None:
        if not self.settings.first_run_shown:
            self.first_run_bar.show()
            # counted as shown once the user has acknowledged it, not when it appears
            self.first_run_bar.dismissed.connect(self._on_first_run_dismissed)
        self._update_problems_bar()

    def _on_first_run_dismissed(self) -> None:
        self.settings.first_run_shown = True
        # the bar's OK had focus; without this, focus would move on to Quick exit and the
        # next Enter would quick-exit
        self.focus_search()

    def _update_problems_bar(self) -> None:
        n = len(self.library.problems)
        if n:
            self.problems_bar.set_message(
                f"{n} content problem{'s were' if n != 1 else ' was'} found. The rest of the "
                "guide is shown as usual.")
            self.problems_bar.show()

    def adopt_library(self, library: Library) -> None:
        """The same content with more loaded (the decision flows and the agency's
        contacts, after the first paint)."""
        had_agency = agency_of(self.library) is not None
        self.library = library
        self._mark_results_to_check()
        self._update_problems_bar()
        self.problems_action.setEnabled(bool(self.library.problems))
        self._update_agency_action()
        if (agency_of(library) is not None) != had_agency and self._current.page == HOME:
            self._rerender()  # the start page shows the agency's contacts

    def show_library(self, library: Library) -> None:
        """Show ``library`` in place of the one on screen (the guide in another language,
        desktop_app/language_switch.py): the contents, marks and search index follow, the
        page on screen is shown again at the same place; the history stays."""
        self.library = library
        self._fill_toc()
        self.adopt_library(library)
        if self._index_token is not None:
            self._index_token.cancel()  # its late answer is dropped (another language)
            self._index_token = None
        self.search_index = None
        self.search_panel.clear_index()
        self.start_index()
        self._rerender()

    def _update_agency_action(self) -> None:
        present = agency_of(self.library) is not None
        self.agency_action.setVisible(present)
        self._agency_separator.setVisible(present)

    def start_index(self) -> None:
        """Open or build the search index in the background; the window stays usable."""
        if self._index_token is not None:
            return
        self.index_bar.hide()
        self.search_panel.set_indexing()
        self.index_label.setText("Preparing search…")
        lang = self.library.language  # a switch of language drops this job's late answer
        self._index_token = workers.run_in_pool(
            workers.open_index_job, self.library,
            on_result=lambda idx: lang == self.library.language and self._on_index_ready(idx),
            on_error=lambda exc: lang == self.library.language and self._on_index_error(exc),
            on_progress=self._on_index_progress, context=self)

    def _on_index_progress(self, done: int, total: int) -> None:
        self.search_panel.set_indexing(done, total)
        if total:
            self.index_label.setText(f"Preparing search… {int(100 * done / total)}%")

    def _on_index_ready(self, idx: Any) -> None:
        self._index_token = None
        self.search_index = idx
        self.search_panel.set_index(idx)
        self.index_label.setText("Search ready")
        self._fit_status_bar()
        if self._current.query:  # a page opened with a query before the index was ready
            self._highlight_query(self._current.query, keep_position=True)
        self.index_ready.emit(idx)

    def _on_index_error(self, exc: BaseException) -> None:
        self._index_token = None
        message = errors.describe(exc) if not isinstance(exc, ImportError) else \
            "the search engine is not installed"
        log.warning("search index unavailable: %s", exc)
        self.search_panel.set_failed(message)
        self.index_label.setText("Search unavailable")
        self._fit_status_bar()
        self.index_bar.set_message(f"Search is not available ({message}). You can still read "
                                   "every section from the contents.")
        self.index_bar.show()
        self.index_failed.emit(message)

    @property
    def search_ready(self) -> bool:
        return self.search_index is not None

    # ------------------------------------------------------------------ pages & history
    @property
    def current_page(self) -> Page:
        return self._current.page

    def current_section(self) -> Section | None:
        p = self._current.page
        if p.kind == "section" and self.library.has_section(p.id):
            return self.library.section(p.id)
        return None

    def open_section(self, section_id: str, anchor: str | None = None,
                     query: str | None = None, *, focus: bool = True) -> bool:
        """Show a section (scrolled to ``anchor``, with ``query``'s hits highlighted)."""
        if not self.library.has_section(section_id):
            self.statusBar().showMessage(f"There is no section “{section_id}” in this content.",
                                         8000)
            return False
        self._navigate(HistoryEntry(Page("section", section_id), anchor or None, query or None),
                       focus=focus)
        return True

    def open_glossary(self, term_id: str | None = None, query: str | None = None, *,
                      focus: bool = True) -> None:
        anchor = term_anchor(term_id) if term_id else None
        self._navigate(HistoryEntry(GLOSSARY, anchor, query or None), focus=focus)

    def go_home(self, *, record: bool = True, focus: bool = True) -> None:
        self._navigate(HistoryEntry(HOME), record=record, focus=focus)

    def _navigate(self, entry: HistoryEntry, *, record: bool = True, focus: bool = True) -> None:
        same = entry.page == self._current.page
        if same and not entry.anchor and not entry.query and not self._current.query:
            if focus:
                self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if record and not same:
            self._current.scroll = self.reader.verticalScrollBar().value()
            self._back.append(self._current)
            self._forward.clear()
        self._show(entry, focus=focus)

    # ------------------------------------------------------------------ decision result page
    def _outcome_summary(self) -> Any:
        panel = getattr(self, "decision_panel", None)
        return panel.summary() if panel is not None else None

    def show_outcome(self, *, focus: bool = False) -> bool:
        """Show the decision helper's result as a full page in the reader."""
        summary = self._outcome_summary()
        if summary is None:
            return False
        self._navigate(HistoryEntry(Page(outcome_page.PAGE_KIND, summary.outcome_id)),
                       focus=focus)
        return True

    def refresh_outcome_page(self) -> None:
        """The helper's result changed (Back, Restart, Undo): keep the page in step."""
        if self._current.page.kind != outcome_page.PAGE_KIND:
            return
        summary = self._outcome_summary()
        if summary is None:
            self._show(HistoryEntry(HOME), focus=False)
        elif summary.outcome_id != self._current.page.id:
            self._show(HistoryEntry(Page(outcome_page.PAGE_KIND, summary.outcome_id)),
                       focus=False)

    def _on_decision_link(self, what: str) -> None:
        panel = getattr(self, "decision_panel", None)
        if what == "print":
            controller = getattr(self, "print_controller", None)
            if controller is not None and self._outcome_summary() is not None:
                controller.print_decision()
            else:
                self.statusBar().showMessage("There is no result to print.", 6000)
        elif panel is not None:
            self.side_tabs.setVisible(True)
            self.side_tabs.setCurrentWidget(panel)
            target = panel.result_title or panel.focusWidget() or panel
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_html(self, page: Page) -> str:
        if page.kind == outcome_page.PAGE_KIND:
            summary = self._outcome_summary()
            if summary is None or summary.outcome_id != page.id:
                return outcome_page.no_outcome_html()
            return outcome_page.outcome_html(self.library, summary)
        if page.kind == "section":
            return section_html(self.library, self.library.section(page.id))
        if page.kind == "glossary":
            return glossary_html(self.library)
        return home_html(self.library)

    def _show(self, entry: HistoryEntry, *, focus: bool = True,
              restore_scroll: bool = False) -> None:
        self._current = entry
        self.definition_bar.hide()
        self.reader.show_page(entry.page, self._page_html(entry.page))
        self.outline.set_page(self.reader.document())
        self.reader.setAccessibleDescription(READER_DESCRIPTION)
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self._on_find_text(self.find_bar.edit.text())
        if entry.query:
            self._highlight_query(entry.query)
        self._sync_toc(entry.page)
        self._update_nav_actions()
        self._update_highlight_bars()
        # The hit bar may just have appeared and the panes may re-lay out (the first
        # section opened): let that happen before measuring where the paragraph is.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if restore_scroll:
            self.reader.verticalScrollBar().setValue(entry.scroll)
        elif entry.anchor:
            pos = self.reader.anchor_position(entry.anchor)
            if pos is not None:
                if self.reader.hit_spans:
                    self.reader.set_current(self.reader.first_at_or_after(pos), scroll=False)
                self.reader.scroll_to_paragraph(pos)
        elif self.reader.hit_spans:
            self.reader.set_current(0)
        if focus:
            self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_shown.emit(entry.page)

    def _highlight_query(self, query: str, *, keep_position: bool = False) -> None:
        text = self.reader.plain_text()
        spans: list[tuple[int, int]] = []
        if self.search_index is not None:
            try:
                spans = list(self.search_index.highlight_spans(query, text))
            except Exception:  # noqa: BLE001 - highlighting is a nicety, never a crash
                log.exception("highlight_spans failed")
        if not spans:  # index not ready (or no stemmed match): plain word matches
            for word in {w for w in query.split() if len(w) >= 3}:
                spans += self.reader.find_all(word)
        self.reader.set_hit_spans(spans)
        if keep_position and self.reader.hit_spans:
            self.reader.set_current(self.reader.first_at_or_after(
                self.reader.textCursor().position()), scroll=False)

    def go_back(self) -> bool:
        if not self._back:
            return False
        self._current.scroll = self.reader.verticalScrollBar().value()
        self._forward.append(self._current)
        self._show(self._back.pop(), restore_scroll=True)
        return True

    def go_forward(self) -> bool:
        if not self._forward:
            return False
        self._current.scroll = self.reader.verticalScrollBar().value()
        self._back.append(self._current)
        self._show(self._forward.pop(), restore_scroll=True)
        return True

    @property
    def history(self) -> tuple[list[Page], list[Page]]:
        """(back pages, forward pages), for tests and the Go menu."""
        return [e.page for e in self._back], [e.page for e in self._forward]

    def _update_nav_actions(self) -> None:
        self.back_action.setEnabled(bool(self._back))
        self.forward_action.setEnabled(bool(self._forward))
        self.copy_citation_action.setEnabled(self.current_section() is not None)

    def _sync_toc(self, page: Page) -> None:
        self.toc.blockSignals(True)
        try:
            if page.kind == "section" and page.id in self._toc_items:
                item = self._toc_items[page.id]
                self.toc.setCurrentItem(item)
                self.toc.scrollToItem(item)
            elif page.kind == "glossary":
                self.toc.setCurrentItem(self._toc_glossary_item)
            else:
                self.toc.clearSelection()
                self.toc.setCurrentItem(None)
        finally:
            self.toc.blockSignals(False)

    def _on_toc_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = str(item.data(0, ItemIdRole) or "")
        kind, _, ident = target.partition(":")
        if kind == "section":
            self.open_section(ident)
        elif kind == "glossary":
            self.open_glossary()

    def _on_search_changed(self, text: str) -> None:
        """A new or cleared search: the highlights and the hit bar of an earlier search go
        away, here and in the history (Back never brings back a bar about an old search)."""
        for entry in (*self._back, *self._forward):
            entry.query = None
        if self._current.query and text.strip() != self._current.query:
            self.clear_hits()

    def _on_result_activated(self, hit: Any, query: str) -> None:
        if getattr(hit, "kind", "section") == "glossary":
            self.open_glossary(getattr(hit, "term_id", None) or None, query)
        else:
            self.open_section(hit.section_id, getattr(hit, "anchor", "") or None, query)

    # ------------------------------------------------------------------ links
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "section":
            self.open_section(url.path(), url.fragment() or None)
        elif scheme == "glossary":
            term_id = url.path()
            if not term_id:
                self.open_glossary()
            else:
                self.show_definition(term_id)
        elif scheme == "home":
            self.go_home()
        elif scheme == "decision":
            self._on_decision_link(url.path())
        elif scheme in ("http", "https", "mailto"):
            dialogs.ExternalLinkDialog.ask(self, url.toString())
        elif not scheme and url.fragment():
            self.reader.scroll_to_anchor(url.fragment())
        else:
            self.statusBar().showMessage("That kind of link is not opened by this app.", 6000)

    def show_definition(self, term_id: str) -> bool:
        if not self.library.has_term(term_id):
            self.statusBar().showMessage("That glossary term is not in this content.", 6000)
            return False
        t = self.library.term(term_id)
        self.definition_bar.show_term(t.id, t.term, t.definition)
        return True

    def _on_link_focused(self, href: str, label: str) -> None:
        """Tab onto a link in the reader: QTextBrowser tells assistive technology nothing,
        so say which link Enter would open (an announcement, and the reader's
        description, which Orca reads with the focused object)."""
        from desktop_app.accessible import announce
        from desktop_app.page_outline import link_kind

        announce(self.reader, f"{link_kind(href)}: {label}")
        self.reader.setAccessibleDescription(f"Link selected: {label}. Enter opens it.")

    def _on_link_hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            QToolTip.hideText()
            return
        scheme = url.scheme().lower()
        text = ""
        if scheme == "glossary" and self.library.has_term(url.path()):
            t = self.library.term(url.path())
            text = f"<b>{esc(t.term)}</b>: {esc(t.definition)}"
        elif scheme == "section" and self.library.has_section(url.path()):
            s = self.library.section(url.path())
            text = f"<b>{esc(s.title)}</b><br/>{esc(s.summary)}"
        elif scheme in ("http", "https", "mailto"):
            text = (f"Web address (not opened automatically; click to copy it):<br/>"
                    f"{esc(url.toString())}")
        if text:
            self.last_tooltip = text
            QToolTip.showText(QCursor.pos(), f"<div style='max-width: 28em'>{text}</div>",
                              self.reader)

    # ------------------------------------------------------------------ on this page
    def show_outline(self) -> None:
        """Show the open page's headings and links, focused on the heading of the part
        being read (where the reader's caret is; the first heading at the top)."""
        self.search_panel.tabs.setCurrentWidget(self.outline)
        self.outline.focus_first(at=self.reader.textCursor().position())

    def _on_outline_heading(self, pos: int) -> None:
        """A heading chosen in "On this page": the reader's caret on it, at the top."""
        self.reader.scroll_to_position(pos, top_margin=8)
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ highlights & find
    def next_hit(self) -> None:
        self.reader.next_highlight()

    def previous_hit(self) -> None:
        self.reader.previous_highlight()

    def clear_hits(self) -> None:
        self._current.query = None
        self.reader.set_hit_spans([])
        self.hit_bar.clear()

    def open_find(self) -> None:
        self.find_bar.open_bar()
        if self.find_bar.edit.text():
            self._on_find_text(self.find_bar.edit.text())

    def _on_find_text(self, text: str) -> None:
        spans = self.reader.find_all(text.strip()) if text.strip() else []
        self.reader.set_find_spans(spans)
        if spans:
            self.reader.set_current(self.reader.first_at_or_after(
                self.reader.textCursor().position()))

    def _on_find_closed(self) -> None:
        self.reader.set_find_spans([])
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_highlight_bars(self) -> None:
        finds = self.reader.find_spans
        cur = self.reader.current_index
        self.find_bar.set_count(cur if finds else -1, len(finds))
        if self._current.query:
            hits = self.reader.hit_spans
            self.hit_bar.set_state(self._current.query, -1 if finds else cur, len(hits))
        else:
            self.hit_bar.clear()

    # ------------------------------------------------------------------ citation
    def citation_text(self, section: Section | None = None) -> str:
        s = section or self.current_section()
        if s is None:
            return ""
        m = self.library.manifest
        lines = [s.title]
        if s.provisions:
            lines.append("Provisions: " + "; ".join(s.provisions))
        if m.guidance_title:
            g = f"Guidance: {m.guidance_publisher}, “{m.guidance_title}”"
            if m.guidance_date:
                g += f" ({format_date(m.guidance_date)})"
            lines.append(g + ".")
        v = f"Source: {m.title}, content version {m.content_version}"
        if m.content_date:
            v += f" ({format_date(m.content_date)})"
        v += f", section “{s.id}”"
        if m.statutes_current_to:
            v += f"; statutes current to {format_date(m.statutes_current_to)}"
        lines.append(v + ". Not legal advice.")
        return "\n".join(lines)

    def copy_citation(self) -> bool:
        text = self.citation_text()
        if not text:
            self.statusBar().showMessage("Open a section to copy its citation.", 5000)
            return False
        clipboard_guard.copy_text(text)
        self._copied_text = text
        self.statusBar().showMessage("Citation copied.", 5000)
        return True

    # ------------------------------------------------------------------ zoom & theme
    def change_zoom(self, delta: int) -> None:
        self.set_zoom(self.settings.zoom + delta)

    def reset_zoom(self) -> None:
        self.set_zoom(ZOOM_DEFAULT)

    def set_zoom(self, percent: int) -> None:
        self.settings.zoom = clamp_zoom(percent)

    def _apply_ui_zoom(self) -> None:
        """Zoom is for the whole app, not only the reader: the results, the contents, the
        decision helper, menus and dialogs take the same percentage of their normal size."""
        app = QApplication.instance()
        base = app.property("ipvUiPointSize")
        if not base:
            return  # fonts not set up by desktop_app.app (a bare test window)
        size = max(8.0, float(base) * self.settings.zoom / 100.0)
        if abs(app.font().pointSizeF() - size) < 0.01:
            return
        font = app.font()
        font.setPointSizeF(size)
        app.setFont(font)
        # with an app style sheet, widgets that exist already keep their old font until
        # they are polished again
        sheet = app.styleSheet()
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
        panel = getattr(self, "decision_panel", None)
        if panel is not None:
            panel.refresh_fonts()
        self._fit_status_bar()
        self._refit_status_bar_later()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"Text {self.settings.zoom}%")
        self.zoom_label.setAccessibleName(f"Text size {self.settings.zoom} percent")
        self._fit_status_bar()

    def set_theme(self, key: str) -> None:
        self.settings.theme = key

    def set_high_contrast(self, on: bool) -> None:
        self.settings.high_contrast = bool(on)

    def _on_setting_updated(self, key: str) -> None:
        if key == "zoom":
            self.reader.set_zoom(self.settings.zoom)
            self._apply_ui_zoom()
            self._update_zoom_label()
        elif key in ("theme", "high_contrast"):
            self.theme_actions[self.settings.theme].setChecked(True)
            self.high_contrast_action.blockSignals(True)
            self.high_contrast_action.setChecked(self.settings.high_contrast)
            self.high_contrast_action.blockSignals(False)
            self.apply_theme()
        elif key == "idle_timeout_minutes":
            self._apply_idle_timeout()

    def _on_os_scheme_changed(self, *_args: Any) -> None:
        if self.settings.theme == "system" and not self._applying_theme:
            self.apply_theme()

    @property
    def theme(self) -> theme.Theme | None:
        return self._theme

    def apply_theme(self) -> None:
        """Apply the preferred colours to the app and re-render the page in them."""
        if self._applying_theme:
            return
        self._applying_theme = True
        try:
            t = theme.resolve(self.settings.theme, self.settings.high_contrast)
            self._theme = t
            app = QApplication.instance()
            theme.apply(app, t)
            self._refresh_check_icons()
            self.reader.set_colors(t.reader)
            if self.reader.document().characterCount() > 1:
                self._rerender()
        finally:
            self._applying_theme = False

    def _rerender(self) -> None:
        """Render the current page again (new colours) keeping scroll and highlights."""
        scroll = self.reader.verticalScrollBar().value()
        current = self.reader.current_index
        entry = HistoryEntry(self._current.page, self._current.anchor, self._current.query,
                             scroll)
        self._show(entry, focus=False, restore_scroll=True)
        if current >= 0 and self.reader.active_spans:
            self.reader.set_current(current, scroll=False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StatusTip:  # a hovered result, menu item or button
            self.statusBar().showMessage(event.tip())
            return True
        return super().event(event)

    # ------------------------------------------------------------------ focus
    def update_tab_order(self) -> None:
        """Tab follows the layout: toolbar (every button, then Quick exit), the message
        bars, search, contents or results, the reader, then the side panel; every toolbar
        button is a Tab stop. Called again when panels or actions are added."""
        chain: list[QWidget] = []
        for a in self.toolbar.actions():
            w = self.toolbar.widgetForAction(a)
            if isinstance(w, QToolButton):
                w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                w.setAccessibleName(a.text().replace("&", "").rstrip("\u2026"))
                if a.toolTip():
                    w.setAccessibleDescription(a.toolTip())
                chain.append(w)
        chain.append(self.quick_exit_button)
        for bar in (self.first_run_bar, self.idle_bar, self.problems_bar, self.index_bar):
            chain += [b for b in bar.findChildren(QPushButton)]
        sp = self.search_panel
        chain += [sp.box, sp.tabs.tabBar(), sp.filters_toggle, self.toc, sp.list_view,
                  self.outline, self.hit_bar.prev_button, self.hit_bar.next_button,
                  self.hit_bar.clear_button, self.reader, self.side_tabs.tabBar()]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        panel = getattr(self, "decision_panel", None)
        if panel is not None:
            panel.tab_before = self.side_tabs.tabBar()
            panel.tab_after = chain[0]
            panel.update_tab_order()

    def focus_search(self) -> None:
        self.search_panel.focus_search()

    def cycle_focus(self, step: int) -> None:
        left = self.search_panel.tabs.currentWidget()
        left_target = left if left in (self.toc, self.outline) else self.search_panel.list_view
        panes: list[QWidget] = [self.search_panel.box, left_target, self.reader]
        if self.side_tabs.isVisible() and self.side_tabs.currentWidget() is not None:
            panes.append(self.side_tabs.currentWidget())
        focus = QApplication.focusWidget()
        idx = 0
        for i, p in enumerate(panes):
            if focus is not None and (focus is p or p.isAncestorOf(focus)):
                idx = i
                break
        else:
            idx = -1 if step > 0 else 0
        target = panes[(idx + step) % len(panes)]
        if callable(getattr(target, "focus_step", None)):  # the helper: its current step
            target.focus_step()
            return
        if target.focusPolicy() == Qt.FocusPolicy.NoFocus:  # a panel: its first control
            target = next((w for w in target.findChildren(QWidget)
                           if w.isVisible() and w.isEnabled()
                           and w.focusPolicy() & Qt.FocusPolicy.TabFocus), target)
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _toggle_side_panel(self, on: bool) -> None:
        if self.side_tabs.count():
            self.side_tabs.setVisible(on)

    def _sync_side_panel_action(self) -> None:
        has = self.side_tabs.count() > 0
        self.side_panel_action.setEnabled(has)
        self.side_panel_action.blockSignals(True)
        self.side_panel_action.setChecked(has and self.side_tabs.isVisible())
        self.side_panel_action.blockSignals(False)

    # ------------------------------------------------------------------ help
    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        seen = set()
        for a in self.actions():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in a.shortcuts())
            label = a.text().replace("&", "").rstrip("…")
            if a is self.quick_exit_action:
                keys = f"Shift three times, or {keys}"
            if keys and label not in seen:
                seen.add(label)
                rows.append((label, keys))
        rows += [("Back / Forward", "Mouse back and forward buttons"),
                 ("Next result (in the search box)", "Down arrow"),
                 ("Open result", "Enter"),
                 ("Clear the search box", "Escape"),
                 ("Next link in the page", "Tab"),
                 ("Zoom", "Ctrl + mouse wheel")]
        return rows

    def show_shortcuts(self) -> None:
        dialogs.ShortcutsDialog.show_for(self, self.shortcut_rows())

    def show_privacy(self) -> None:
        dialogs.TextDialog.show_for(self, "Privacy and quick exit",
                                    f"<p>{esc(dialogs.PRIVACY_NOTE)}</p>" +
                                    dialogs.QUICK_EXIT_HELP)

    def show_agency(self) -> None:
        agency = agency_of(self.library)
        if agency is not None:
            dialogs.TextDialog.show_for(self, f"Contacts at {agency.name}",
                                        agency_block_html(agency))

    def show_about(self) -> None:
        dialogs.TextDialog.show_for(self, f"About {APP_NAME}", dialogs.about_html(self.library))

    def show_problems(self) -> None:
        dialogs.ProblemsDialog.show_for(self, self.library.problems)

    # ------------------------------------------------------------------ privacy
    def register_clearable(self, clear: Callable[[], None]) -> Callable[[], None]:
        """``clear`` is called whenever the screen must forget what was on it."""
        self._clearables.append(clear)
        return clear

    def clear_sensitive_state(self) -> None:
        """Forget everything typed or read in this run; show the neutral start page."""
        QToolTip.hideText()
        dialogs.close_all()
        for dlg in list(errors.open_dialogs):
            dlg.close()
        self.search_panel.clear()
        self.find_bar.edit.setText("")  # setText also empties the undo history
        self.find_bar.hide()
        self.definition_bar.clear()
        self.hit_bar.clear()
        self.reader.setAccessibleDescription(READER_DESCRIPTION)  # it named the last link
        self._back.clear()
        self._forward.clear()
        self._current = HistoryEntry(HOME)
        self.reader.show_page(HOME, home_html(self.library))
        self.outline.set_page(self.reader.document())
        self._sync_toc(HOME)
        self.toc.collapseAll()
        self.toc.expandToDepth(0)
        self.toc.scrollToTop()
        self._update_nav_actions()
        self._update_highlight_bars()
        self.statusBar().clearMessage()
        self.idle_bar.hide()
        self._idle_warning_up = False
        clipboard_guard.forget(self._copied_text)  # every mode the app set, incl. X11 PRIMARY
        self._copied_text = None
        self.last_tooltip = ""
        if self.search_index is not None:  # it keeps recent query strings in memory, for speed
            self.search_index.clear_caches()
        for clear in list(self._clearables):
            try:
                clear()
            except Exception:  # noqa: BLE001 - one panel's failure must not stop the rest
                log.exception("a registered clearable failed")

    def quick_exit(self) -> None:
        """Hide at once, forget everything, minimize."""
        self.hide()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            nxt = QApplication.activePopupWidget()
            popup = None if nxt is popup else nxt
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            modal.close()
        for other in QApplication.topLevelWidgets():  # print preview, any other window
            if isinstance(other, QDialog) and other.isVisible():
                other.hide()
                other.close()
        self.clear_sensitive_state()
        self.showMinimized()
        # Where minimizing is not honoured (no window manager, kiosk, some remote
        # sessions) the window comes straight back: cover it with a blank view until the
        # user comes back to it (a click or a key on the cover).
        self.cover.cover()
        QTimer.singleShot(400, self._check_minimized)
        self.quick_exited.emit()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if self.cover.isVisible():
            self.cover.setGeometry(self.rect())
        self._fit_status_bar()

    def _fit_status_bar(self) -> None:
        """At large text sizes the status bar cannot hold everything: rather than cut words
        off, leave out what is least needed (the text size, then the content version, which
        Help > About also shows). "Offline" and the search status always stay, and a
        message (a hovered result, "Saved to ...") keeps some room, elided to fit with its
        full text in its tooltip."""
        sb = self.statusBar()
        labels = (self.index_label, self.offline_label, self.version_label, self.zoom_label)
        for w in labels:
            w.ensurePolished()
            w.setVisible(True)
        spacing = sb.style().pixelMetric(sb.style().PixelMetric.PM_LayoutHorizontalSpacing)
        spacing = max(spacing, 6) + 6
        room = sb.width() - 40 - min(320, sb.width() // 4)  # the grip; a message's room
        need = sum(w.sizeHint().width() + spacing for w in labels)
        for w in (self.zoom_label, self.version_label):
            if need <= room:
                break
            w.setVisible(False)
            need -= w.sizeHint().width() + spacing

    def _refit_status_bar_later(self) -> None:
        """After a zoom: once every label has its new font."""
        QTimer.singleShot(0, self, self._fit_status_bar)

    def _check_minimized(self) -> None:
        if self.isMinimized() or not self.isVisible():
            return  # hidden by the desktop; the cover goes when the window is restored
        self.cover.cover()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized() \
                and self.cover.isVisible() and self.cover.restored_by_desktop:
            self.cover.uncover()

    def note_activity(self) -> None:
        if self._idle_timer.interval() > 0 and self.settings.idle_timeout_minutes:
            self._idle_timer.start()
            self._idle_warn_timer.start()
        if self._idle_warning_up:  # any input keeps what is on screen
            self._idle_warning_up = False
            self.idle_bar.hide()

    def _has_sensitive_state(self) -> bool:
        panel = getattr(self, "decision_panel", None)
        return bool(self.search_panel.box.text() or self._back or self._forward
                    or self._current.page != HOME
                    or (panel is not None and panel.has_state()))

    def _on_idle_warning(self) -> None:
        if not self._has_sensitive_state():
            return
        secs = max(1, round(self._idle_timer.remainingTime() / 1000))
        left = "1 minute" if 45 <= secs < 90 else (f"{round(secs / 60)} minutes" if secs >= 90
                                                  else f"{secs} seconds")
        self.idle_bar.set_message(
            f"For privacy, the screen will be cleared in about {left} because the app has "
            "not been used: the search, the open page and the decision helper's answers and "
            "record. Press any key or click to keep them.")
        self.idle_keep_button.show()
        self.idle_bar.show()
        self._idle_warning_up = True

    def set_idle_timeout(self, minutes: int) -> None:
        self.settings.idle_timeout_minutes = int(minutes)

    def _apply_idle_timeout(self, warn_before_ms: int = 60_000) -> None:
        minutes = int(self.settings.idle_timeout_minutes or 0)
        if minutes:
            self.set_idle_interval(minutes * 60_000, warn_before_ms)
        else:
            self._idle_timer.stop()
            self._idle_timer.setInterval(0)
            self._idle_warn_timer.stop()
        if minutes in self.idle_actions:
            self.idle_actions[minutes].setChecked(True)

    def set_idle_interval(self, ms: int, warn_before_ms: int = 60_000) -> None:
        """Clear after ``ms`` without input, warning ``warn_before_ms`` before (half the
        time when that is shorter). The preference is in minutes; tests use milliseconds."""
        self._idle_timer.setInterval(ms)
        warn_at = ms - warn_before_ms if ms > 2 * warn_before_ms else ms // 2
        self._idle_warn_timer.setInterval(max(1, warn_at))
        self._idle_timer.start()
        self._idle_warn_timer.start()

    def _on_idle(self) -> None:
        had_state = self._has_sensitive_state()
        self.clear_sensitive_state()
        if had_state:
            minutes = max(1, round(self._idle_timer.interval() / 60_000))
            text = (f"For privacy, the screen was cleared after {minutes} minute"
                    f"{'s' if minutes != 1 else ''} without use. Nothing was saved.")
            self.idle_bar.set_message(text)
            self.idle_keep_button.hide()
            self.idle_bar.show()
            self.statusBar().showMessage(text, 15000)

    # ------------------------------------------------------------------ closing
    def stop_workers(self) -> None:
        """Cancel an index build in progress and wait for it to stop (on close or quit)."""
        if self._index_token is not None:
            workers.shutdown(None, self._index_token)
            self._index_token = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        try:
            self.settings.prefs.geometry = bytes(self.saveGeometry().data())
            self.settings.prefs.splitter = bytes(self.splitter.saveState().data())
            self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
        self.stop_workers()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.event_filter)
        self._idle_timer.stop()
        super().closeEvent(event)


_CHECK_ICONS: dict[tuple[str, str], Any] = {}


def check_sign_colours(t: theme.Theme | None) -> tuple[str, str]:
    """(normal, selected) colours of the contents' "check the official text" sign: the
    theme's warning colour on the list (at least 3:1, WCAG 2.1 AA for a graphic), the
    selected row's text colour on a selected row."""
    ui = t.ui if t is not None else theme.resolve("light", False, os_dark=False).ui
    normal = ui["text"] if t is not None and t.high_contrast else ui["bar_border"]
    return normal, ui["highlighted_text"]


def _check_icon(t: theme.Theme | None = None):  # noqa: ANN202 - a QIcon
    """A small warning sign for sections that carry a "check the official text" notice."""
    colours = check_sign_colours(t)
    if colours not in _CHECK_ICONS:
        from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

        icon = QIcon()
        for colour, mode in zip(colours, (QIcon.Mode.Normal, QIcon.Mode.Selected),
                                strict=True):
            pix = QPixmap(32, 32)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            f = QFont(QApplication.font())
            f.setPixelSize(28)
            p.setFont(f)
            p.setPen(QColor(colour))
            p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, "\u26a0")
            p.end()
            icon.addPixmap(pix, mode)
        _CHECK_ICONS[colours] = icon
    return _CHECK_ICONS[colours]



