"""The main window: search and contents on the left, the reader in the centre, the
``side_tabs`` on the right; menus, toolbar, status bar, quick exit.

It builds the widgets and owns one controller per job, in ``desktop_app/window/``.

Seams for the rest of the app: ``window.side_tabs`` (the decision helper adds itself, and
is then ``window.decision_panel``; printing is ``window.print_controller``);
``window.register_clearable(callable)``, called on quick exit and the idle clear so a panel
forgets its answers; ``window.file_menu``/``window.toolbar``, where printing inserts its
actions before ``file_menu_insert_point``/``toolbar_insert_point``; ``open_section``,
``current_page``, ``current_section()``, ``library``.
Privacy: the title never names what is open; nothing typed or read is written anywhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QResizeEvent, QStatusTipEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from content.model import Library, Section
from desktop_app import APP_NAME, theme
from desktop_app.accessible import name
from desktop_app.page_outline import PageOutline
from desktop_app.paths import Paths
from desktop_app.reader import Reader
from desktop_app.reader_bars import DefinitionBar, FindBar, HitBar
from desktop_app.reader_pages import HOME, Page
from desktop_app.search_panel import SearchPanel
from desktop_app.settings import ZOOM_STEP, Settings
from desktop_app.toc_tree import TocTree
from desktop_app.window import layout
from desktop_app.window.actions import Menus, WindowActions, build_menus
from desktop_app.window.appearance import Appearance
from desktop_app.window.bars import MessageBars
from desktop_app.window.contents import Contents, ItemIdRole
from desktop_app.window.find import Highlights
from desktop_app.window.focus import Focus
from desktop_app.window.help import Citation, HelpPages
from desktop_app.window.idle import IdleClear
from desktop_app.window.layout import SideTabs, start_size
from desktop_app.window.links import Links
from desktop_app.window.navigation import HistoryEntry, Navigation
from desktop_app.window.privacy import AppEventFilter, Privacy, QuickExitCover, ShiftTriple
from desktop_app.window.status import IndexStatus, StatusLabels

if TYPE_CHECKING:
    from desktop_app.decision.panel import DecisionPanel
    from desktop_app.language_switch import LanguageMenu
    from desktop_app.printing.controller import PrintController
    from index.searcher import SearchIndex

translate = QCoreApplication.translate
__all__ = ["HistoryEntry", "ItemIdRole", "MainWindow", "ShiftTriple", "start_size"]


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

    # what joins after the first paint (desktop_app.window_parts)
    decision_panel: DecisionPanel | None
    print_controller: PrintController | None
    search_index: SearchIndex | None
    language_menu: LanguageMenu  # View > Language (desktop_app.language_switch)
    # the panes
    search_panel: SearchPanel
    toc: TocTree
    outline: PageOutline
    reader: Reader
    hit_bar: HitBar
    find_bar: FindBar
    definition_bar: DefinitionBar
    side_tabs: SideTabs
    # the controllers, one per job (desktop_app/window/)
    contents: Contents
    highlights: Highlights
    navigation: Navigation
    links: Links
    citation: Citation
    help: HelpPages
    appearance: Appearance
    bars: MessageBars
    status: StatusLabels
    index_status: IndexStatus
    idle: IdleClear
    privacy: Privacy
    commands: WindowActions
    menus: Menus
    focus: Focus

    def __init__(self, library: Library, paths: Paths, settings: Settings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.paths, self.settings = library, paths, settings
        self.decision_panel = None
        self.print_controller = None
        self.search_index = None
        #: True once the work deferred past the first paint (side panels, printing, the
        #: search index start) has run; see desktop_app.app
        self.started = False

        self.setWindowTitle(APP_NAME)  # never the open section: the title shows in the taskbar
        self.setMinimumSize(760, 500)
        self._build_widgets()
        self.retranslate_ui()
        self._build_controllers()
        self.commands = WindowActions(self)
        self.menus = build_menus(self, self.commands)
        self.focus = Focus(self.search_panel, self.toc, self.outline, self.hit_bar, self.reader,
                           self.side_tabs, toolbar=self.menus.toolbar,
                           quick_exit_button=self.menus.quick_exit_button,
                           bar_buttons=self.bars.buttons,
                           side_panel_action=self.commands.side_panel_action,
                           decision_panel=lambda: self.decision_panel)
        self._wire()

        self.event_filter = AppEventFilter(
            self, self.cover, quick_exit=self.quick_exit, activity=self.note_activity,
            back=self.navigation.go_back, forward=self.navigation.go_forward)
        self.event_filter.install()

        self.appearance.apply_theme()
        self.appearance.apply_zoom()
        layout.restore_geometry(self, self.splitter, self.settings)
        self.bars.show_first_run(self.settings, then=self.search_panel.focus_search)
        self.bars.show_problems(self.library)
        self.navigation.show(HistoryEntry(HOME), focus=False)
        # the first key typed goes to the search box (Qt would pick the first tab bar)
        self.search_panel.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """The window's own words; then each controller says its own again."""
        name(self, APP_NAME, translate("MainWindow", "Offline guide to sharing information in "
                                       "situations involving intimate partner violence"))
        name(self.toc, translate("MainWindow", "Contents"), translate("MainWindow", "The sections "
             "of the guide in reading order. Arrows move; Enter opens the section."))
        sp = self.search_panel
        sp.tabs.setTabToolTip(sp.PAGE_TAB, translate(
            "MainWindow", "The headings and links of the open page (Ctrl+Shift+O)"))
        self._mark_results_to_check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for part in (self.commands, self.menus, self.bars, self.status, self.index_status,
                         self.idle, self.contents):
                part.retranslate_ui()
            self.appearance.update_zoom_label()
        elif event.type() == QEvent.Type.WindowStateChange and not self.isMinimized() \
                and self.cover.isVisible() and self.cover.restored_by_desktop:
            self.cover.uncover()

    # ------------------------------------------------------------------ building
    def _build_widgets(self) -> None:
        self.toc = TocTree(self)
        self.toc.setHeaderHidden(True)
        self.contents = Contents(self.toc, lambda: self.library)
        self.search_panel = SearchPanel(self.toc, self)
        # the reader's headings and links, for screen readers (QTextBrowser exposes
        # neither) and as a page outline for everyone
        self.outline = PageOutline(self)
        self.search_panel.add_page_tab(self.outline)
        # the hit bar's buttons reach the highlights once they exist
        self.hit_bar = HitBar(lambda: self.highlights.previous_hit(),
                              lambda: self.highlights.next_hit(),
                              lambda: self.highlights.clear_hits())
        self.reader = Reader()
        self.reader.setMinimumWidth(240)  # with 220 + 260 beside it: fits an 800x600 screen
        self.definition_bar, self.find_bar = DefinitionBar(), FindBar()
        centre, _ = layout.column(self, (self.hit_bar, 0), (self.reader, 1),
                                  (self.definition_bar, 0), (self.find_bar, 0))
        self.side_tabs = SideTabs(self)
        self.splitter = layout.panes(self, self.search_panel, centre, self.side_tabs)
        root, root_layout = layout.column(self, margins=6, spacing=6)
        self.bars = MessageBars(root, root_layout, show_problems=lambda: self.help.show_problems(),
                                retry_index=self.start_index, keep_working=self.note_activity)
        root_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(root)
        QWidget.setTabOrder(self.search_panel.box, self.toc)
        QWidget.setTabOrder(self.toc, self.search_panel.list_view)
        QWidget.setTabOrder(self.search_panel.list_view, self.reader)

        self.status = StatusLabels(self, lambda: self.library)

    def _build_controllers(self) -> None:
        library: Callable[[], Library] = lambda: self.library  # noqa: E731 - replaced later
        tell = self.statusBar().showMessage
        self.settings.save_failed.connect(lambda text: tell(text, 15_000))  # read-only folder
        self.highlights = Highlights(self.reader, self.hit_bar, self.find_bar,
                                     current=lambda: self.navigation.current,
                                     search_index=lambda: self.search_index)
        self.navigation = Navigation(
            library, self.reader, self.outline, self.definition_bar, self.contents,
            self.highlights, decision_panel=lambda: self.decision_panel, tell=tell,
            shown=self.page_shown.emit, history_changed=self._update_nav_actions)
        self.links = Links(self, library, self.navigation, self.reader, self.definition_bar,
                           self.outline, self.search_panel, self.side_tabs,
                           decision_panel=lambda: self.decision_panel,
                           print_controller=lambda: self.print_controller, tell=tell)
        self.citation = Citation(library, self.navigation.current_section, tell)
        self.help = HelpPages(self, library, lambda: self.commands.shortcut_rows())
        self.appearance = Appearance(self, self.settings, self.reader, self.status.zoom_label,
                                     self.contents, rerender=self.navigation.rerender,
                                     fit_status_bar=self.status.fit,
                                     decision_panel=lambda: self.decision_panel)
        self.index_status = IndexStatus(self, library, self.search_panel, self.status,
                                        self.bars.index_bar, adopt=self._adopt_index)
        self.idle = IdleClear(self, self.settings, self.bars.idle_bar, self.bars.idle_keep_button,
                              self.statusBar(), search_box=self.search_panel.box,
                              navigation=self.navigation,
                              decision_panel=lambda: self.decision_panel,
                              clear=self.clear_sensitive_state)
        self.cover = QuickExitCover(self)
        self.privacy = Privacy(self, self.cover, self.search_panel,
                               self.highlights, self.links, self.navigation, self.citation,
                               self.idle, search_index=lambda: self.search_index,
                               exited=self.quick_exited.emit)

    def _wire(self) -> None:
        # (each controller listens to its own widgets; these cross between them)
        nav = self.navigation
        self.toc.itemClicked.connect(nav.open_toc_item)
        self.toc.itemActivated.connect(nav.open_toc_item)
        self.search_panel.result_activated.connect(nav.open_hit)
        self.search_panel.box.textChanged.connect(nav.on_search_changed)
        self.reader.zoom_requested.connect(lambda d: self.appearance.change_zoom(d * ZOOM_STEP))
        self.settings.updated.connect(self._on_setting_updated)
        self.index_status.ready.connect(self._on_index_ready)
        self.index_status.failed.connect(self.index_failed)
        with contextlib.suppress(AttributeError):  # Qt < 6.5 has no colorSchemeChanged
            QGuiApplication.styleHints().colorSchemeChanged.connect(
                self.appearance.on_os_scheme_changed)
        # side panel toggle follows the tab widget
        self.side_tabs.currentChanged.connect(lambda _i: self.focus.sync_side_panel_action())

    def _mark_results_to_check(self) -> None:
        """The results list marks the sections the contents mark (a notice to check)."""
        unconfirmed = translate("MainWindow", "part of this section is not confirmed.")
        self.search_panel.model.set_check_notes({
            s.id: s.check_note or unconfirmed for s in self.library.sections if s.needs_check})
        terms = self.library.glossary if self.library.complete else ()  # read after 1st paint
        self.search_panel.model.set_untranslated(  # the French guide's parts still in English
            [f"section:{s.id}" for s in self.library.sections if s.untranslated]
            + [f"glossary:{t.id}" for t in terms if t.untranslated])

    def adopt_library(self, library: Library) -> None:
        """The same content with more loaded (the decision flows and the agency's
        contacts, after the first paint)."""
        had_agency = self.library.agency is not None
        self.library = library
        self.bars.show_problems(library)
        self.commands.problems_action.setEnabled(bool(library.problems))
        self.menus.update_agency_action(self.commands, self)
        if (library.agency is not None) != had_agency and self.current_page == HOME:
            self.navigation.rerender()  # the start page shows the agency's contacts

    def show_library(self, library: Library) -> None:
        """``library`` in place of the one on screen (another language, language_switch.py):
        contents, marks and search index follow; the same page, at the same place."""
        self.library = library
        self.contents.fill()
        self.adopt_library(library)
        self.search_index = None
        self.index_status.restart()
        self.navigation.rerender()

    def _on_setting_updated(self, key: str) -> None:
        if key == "zoom":
            self.appearance.apply_zoom()
        elif key in ("theme", "high_contrast"):
            self.commands.sync_to_settings(self.settings)
            self.appearance.apply_theme()
        elif key == "idle_timeout_minutes":
            self.idle.apply_timeout()
            self.commands.sync_to_settings(self.settings)

    def _update_nav_actions(self) -> None:
        nav = self.navigation
        self.commands.sync_to_navigation(bool(nav.back), bool(nav.forward),
                                         nav.current_section() is not None)

    # ------------------------------------------------------------------ search index
    def start_index(self) -> None:
        """Open or build the search index in the background; the window stays usable."""
        self.index_status.start()

    def _adopt_index(self, idx: SearchIndex) -> None:
        self.search_index = idx

    def _on_index_ready(self, idx: SearchIndex) -> None:
        query = self.navigation.current.query
        if query:  # a page opened with a query before the index was ready
            self.highlights.highlight_query(query, keep_position=True)
        self.index_ready.emit(idx)

    @property
    def search_ready(self) -> bool:
        return self.search_index is not None

    def stop_workers(self) -> None:
        """Cancel an index build in progress and wait for it to stop (on close or quit)."""
        self.index_status.stop()

    # ------------------------------------------------------------------ the seam
    @property
    def file_menu(self) -> QMenu:
        return self.menus.file_menu

    @property
    def file_menu_insert_point(self) -> QAction:
        return self.menus.file_insert_point

    @property
    def help_menu(self) -> QMenu:
        return self.menus.help_menu

    @property
    def toolbar(self) -> QToolBar:
        return self.menus.toolbar

    @property
    def toolbar_insert_point(self) -> QAction:
        return self.menus.toolbar_insert_point

    @property
    def theme(self) -> theme.Theme | None:
        return self.appearance.theme

    @property
    def current_page(self) -> Page:
        return self.navigation.current.page

    @property
    def history(self) -> tuple[list[Page], list[Page]]:
        """(back pages, forward pages), for tests and the Go menu."""
        nav = self.navigation
        return [e.page for e in nav.back], [e.page for e in nav.forward]

    def current_section(self) -> Section | None:
        return self.navigation.current_section()

    def open_section(self, section_id: str, anchor: str | None = None,
                     query: str | None = None, *, focus: bool = True) -> bool:
        """Show a section (scrolled to ``anchor``, with ``query``'s hits highlighted)."""
        return self.navigation.open_section(section_id, anchor, query, focus=focus)

    def go_back(self) -> bool:
        return self.navigation.go_back()

    def register_clearable(self, clear: Callable[[], None]) -> Callable[[], None]:
        """``clear`` is called whenever the screen must forget what was on it."""
        return self.privacy.register_clearable(clear)

    def clear_sensitive_state(self) -> None:
        """Forget everything typed or read in this run; show the neutral start page."""
        self.privacy.clear_sensitive_state()

    def quick_exit(self) -> None:
        """Hide at once, forget everything, minimize."""
        self.privacy.quick_exit()

    def note_activity(self) -> None:
        self.idle.note_activity()

    # ------------------------------------------------------------------ Qt overrides
    def event(self, event: QEvent) -> bool:
        if isinstance(event, QStatusTipEvent):  # a hovered result, menu item or button
            self.statusBar().showMessage(event.tip())
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.cover.isVisible():
            self.cover.setGeometry(self.rect())
        self.status.fit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        layout.save_geometry(self, self.splitter, self.settings)
        self.stop_workers()
        self.event_filter.uninstall()
        self.idle.timer.stop()
        super().closeEvent(event)
