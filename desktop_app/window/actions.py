"""The window's actions (each with its shortcuts and tooltip), the menus and the toolbar
they sit in, and the list the Keyboard shortcuts dialog shows.

Printing and content updates add their own actions later, before ``Menus.file_insert_point``
and ``Menus.toolbar_insert_point`` (separators).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QToolBar, QWidget

from content.agency import agency_of
from desktop_app.settings import IDLE_CHOICES, ZOOM_STEP, Settings
from desktop_app.widgets import name

if TYPE_CHECKING:
    from desktop_app.mainwindow import MainWindow


class Commands:
    """Every action of the main window, added to it (shortcuts work with the menu bar
    hidden). The slots are the window's controllers'."""

    def __init__(self, window: MainWindow):
        self.window = window
        w, nav, app, links, hl = (window, window.navigation, window.appearance, window.links,
                                  window.highlights)
        A = self._action
        self.copy_citation_action = A("Copy &citation", window.citation.copy, ["Ctrl+Shift+C"],
                                      "Copy the section's title, provisions, guidance and "
                                      "content version")
        self.quick_exit_action = A("&Quick exit", w.quick_exit, ["Ctrl+Shift+Q"],
                                   "Hide this window now and forget what was on screen "
                                   "(also: press Shift three times)")
        # from anywhere in the app, a print preview or a dialog included
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = A("E&xit", w.close, ["Ctrl+Q"], "Close the app")
        self.search_action = A("&Search", w.search_panel.focus_search, ["Ctrl+K", "Ctrl+L"],
                               "Go to the search box")
        self.find_action = A("&Find in page", hl.open_find, [QKeySequence.StandardKey.Find],
                             "Find words in the open page")
        self.next_hit_action = A("Next &match", hl.next_hit, ["F3"],
                                 "Go to the next highlighted match")
        self.prev_hit_action = A("Pre&vious match", hl.previous_hit, ["Shift+F3"],
                                 "Go to the previous highlighted match")
        self.copy_action = A("&Copy", w.reader.copy, [QKeySequence.StandardKey.Copy],
                             "Copy the selected text")
        self.select_all_action = A("Select &all", w.reader.selectAll,
                                   [QKeySequence.StandardKey.SelectAll], "Select the whole page")
        self.back_action = A("&Back", nav.go_back, ["Alt+Left"], "Go back (Alt+Left)")
        self.forward_action = A("&Forward", nav.go_forward, ["Alt+Right"],
                                "Go forward (Alt+Right)")
        self.home_action = A("&Start page", nav.go_home, ["Alt+Home"],
                             "Show the start page with the contents")
        self.glossary_action = A("&Glossary", nav.open_glossary, ["Ctrl+G"],
                                 "Show all glossary terms, A to Z")
        self.outline_action = A("&On this page: headings and links", links.show_outline,
                                ["Ctrl+Shift+O"],
                                "List the headings and links of the open page; Enter goes "
                                "to a heading or opens a link")
        self.next_pane_action = A("Next &pane", lambda: w.focus.cycle_focus(1), ["F6"],
                                  "Move between search, contents, reader and side panel")
        self.prev_pane_action = A("P&revious pane", lambda: w.focus.cycle_focus(-1),
                                  ["Shift+F6"], "Move between panes backwards")
        self.zoom_in_action = A("Zoom &in", lambda: app.change_zoom(ZOOM_STEP),
                                ["Ctrl++", "Ctrl+="], "Make the text bigger")
        self.zoom_out_action = A("Zoom &out", lambda: app.change_zoom(-ZOOM_STEP),
                                 ["Ctrl+-"], "Make the text smaller")
        self.zoom_reset_action = A("&Normal size", app.reset_zoom, ["Ctrl+0"],
                                   "Normal text size")
        self.high_contrast_action = A("&High contrast", app.set_high_contrast, (),
                                      "Strong contrast colours", checkable=True)
        settings = window.settings
        self.high_contrast_action.setChecked(settings.high_contrast)
        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("system", "Follow &system"), ("light", "&Light"), ("dark", "&Dark")):
            a = QAction(label, window, checkable=True)
            a.setChecked(settings.theme == key)
            a.triggered.connect(lambda _c=False, k=key: app.set_theme(k))
            self.theme_group.addAction(a)
            self.theme_actions[key] = a
        self.idle_group = QActionGroup(window)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            label = "&Never" if minutes == 0 else f"After {minutes} minutes"
            a = QAction(label, window, checkable=True)
            a.setChecked(settings.idle_timeout_minutes == minutes)
            a.triggered.connect(lambda _c=False, m=minutes: w.idle.set_idle_timeout(m))
            self.idle_group.addAction(a)
            self.idle_actions[minutes] = a
        self.side_panel_action = A("Side &panel", lambda on: w.focus.toggle_side_panel(on),
                                   ["Ctrl+Shift+P"], "Show or hide the side panel",
                                   checkable=True)
        self.side_panel_action.setEnabled(False)
        help_ = window.help
        self.shortcuts_action = A("&Keyboard shortcuts", help_.show_shortcuts, ["F1"],
                                  "List every keyboard shortcut")
        self.privacy_action = A("&Privacy and quick exit", help_.show_privacy, (),
                                "What is kept, what quick exit does and does not do")
        self.problems_action = A("Content p&roblems…", help_.show_problems, (),
                                 "List problems found in the content files")
        self.problems_action.setEnabled(bool(window.library.problems))
        self.about_action = A("&About", help_.show_about, (),
                              "Version, sources, not legal advice")
        # shown only when the content folder has an agency.yaml: otherwise nothing changes
        self.agency_action = A("Your a&gency's contacts", help_.show_agency, (),
                               "Who to call at your agency: privacy officer, supervisor "
                               "and others")

    def _action(self, text: str, slot: Callable[..., object],
                shortcuts: Sequence[str | QKeySequence.StandardKey] = (), tip: str = "",
                checkable: bool = False) -> QAction:
        a = QAction(text, self.window)
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
        self.window.addAction(a)  # shortcuts work even when the menu bar is hidden
        return a

    def sync_to_settings(self, settings: Settings) -> None:
        """The colour and idle choices checked as the preferences now say."""
        self.theme_actions[settings.theme].setChecked(True)
        self.high_contrast_action.blockSignals(True)
        self.high_contrast_action.setChecked(settings.high_contrast)
        self.high_contrast_action.blockSignals(False)
        minutes = int(settings.idle_timeout_minutes or 0)
        if minutes in self.idle_actions:
            self.idle_actions[minutes].setChecked(True)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action with a shortcut, then the keys no action has."""
        rows: list[tuple[str, str]] = []
        seen = set()
        for a in self.window.actions():
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


@dataclass
class Menus:
    """The menus and the toolbar, with the points where later actions are inserted."""

    file_menu: QMenu
    file_insert_point: QAction
    edit_menu: QMenu
    view_menu: QMenu
    go_menu: QMenu
    help_menu: QMenu
    agency_separator: QAction
    toolbar: QToolBar
    toolbar_insert_point: QAction
    quick_exit_button: QPushButton

    def update_agency_action(self, commands: Commands, window: MainWindow) -> None:
        """"Your agency's contacts" shows only when the content has an agency.yaml."""
        present = agency_of(window.library) is not None
        commands.agency_action.setVisible(present)
        self.agency_separator.setVisible(present)


def _fill(menu: QMenu, actions: Sequence[QAction | None]) -> None:
    for a in actions:
        menu.addSeparator() if a is None else menu.addAction(a)


def build_menus(window: MainWindow, c: Commands) -> Menus:
    mb = window.menuBar()
    file_menu = mb.addMenu("&File")
    file_menu.addAction(c.copy_citation_action)
    file_insert_point = file_menu.addSeparator()
    _fill(file_menu, [c.quick_exit_action, c.quit_action])

    edit_menu = mb.addMenu("&Edit")
    _fill(edit_menu, [c.copy_action, c.select_all_action, None, c.search_action, c.find_action,
                      c.next_hit_action, c.prev_hit_action])

    view_menu = mb.addMenu("&View")
    _fill(view_menu, [c.zoom_in_action, c.zoom_out_action, c.zoom_reset_action, None])
    theme_menu = view_menu.addMenu("&Colours")
    _fill(theme_menu, [*c.theme_actions.values(), None, c.high_contrast_action])
    _fill(view_menu, [c.side_panel_action, None])
    idle_menu = view_menu.addMenu("Clear the screen &when idle")
    _fill(idle_menu, list(c.idle_actions.values()))

    go_menu = mb.addMenu("&Go")
    _fill(go_menu, [c.back_action, c.forward_action, c.home_action, c.glossary_action,
                    c.outline_action, None, c.next_pane_action, c.prev_pane_action])

    help_menu = mb.addMenu("&Help")
    help_menu.addAction(c.agency_action)
    agency_separator = help_menu.addSeparator()
    _fill(help_menu, [c.shortcuts_action, c.privacy_action, c.problems_action, None,
                      c.about_action])

    tb = QToolBar("Main toolbar", window)
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setFloatable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    name(tb, "Toolbar")
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
    for a in (c.back_action, c.forward_action, c.home_action, c.glossary_action):
        tb.addAction(a)
    tb.addSeparator()
    tb.addAction(c.copy_citation_action)
    tb.addAction(c.find_action)
    toolbar_insert_point = tb.addSeparator()
    spacer = QWidget(tb)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    spacer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tb.addWidget(spacer)
    quick_exit_button = QPushButton("Quick exit", tb)
    quick_exit_button.setObjectName("quickExit")
    quick_exit_button.setToolTip("Hide this window now (Shift three times, or Ctrl+Shift+Q)")
    name(quick_exit_button, "Quick exit",
         "Hides the window at once, clears the search, history and decision helper, and "
         "minimizes. Shortcut: Shift three times, or Ctrl+Shift+Q.")
    quick_exit_button.clicked.connect(window.quick_exit)
    tb.addWidget(quick_exit_button)
    menus = Menus(file_menu, file_insert_point, edit_menu, view_menu, go_menu, help_menu,
                  agency_separator, tb, toolbar_insert_point, quick_exit_button)
    menus.update_agency_action(c, window)
    return menus
