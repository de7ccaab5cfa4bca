"""The window's actions (each with its shortcuts and tooltip), the menus and the toolbar
they sit in, and the list the Keyboard shortcuts dialog shows.

Printing and content updates add their own actions later, before ``Menus.file_insert_point``
and ``Menus.toolbar_insert_point`` (separators).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QToolBar, QWidget

from desktop_app.accessible import name
from desktop_app.settings import IDLE_CHOICES, ZOOM_STEP, Settings

if TYPE_CHECKING:
    from desktop_app.mainwindow import MainWindow

translate = QCoreApplication.translate
#: the colour choices, in the order the View > Colours menu lists them
THEMES = ("system", "light", "dark")


class WindowActions(QObject):
    """Every action of the main window, added to it (shortcuts work with the menu bar
    hidden). The slots are the window's controllers'; the words are set (again, after a
    change of language) by :meth:`retranslate_ui`."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        w, nav, app, links, hl = (window, window.navigation, window.appearance, window.links,
                                  window.highlights)
        help_, settings = window.help, window.settings
        A = self._action
        self.copy_citation_action = A(window.citation.copy, ["Ctrl+Shift+C"])
        self.quick_exit_action = A(w.quick_exit, ["Ctrl+Shift+Q"])
        # from anywhere in the app, a print preview or a dialog included
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = A(w.close, ["Ctrl+Q"])
        self.search_action = A(w.search_panel.focus_search, ["Ctrl+K", "Ctrl+L"])
        self.find_action = A(hl.open_find, [QKeySequence.StandardKey.Find])
        self.next_hit_action = A(hl.next_hit, ["F3"])
        self.prev_hit_action = A(hl.previous_hit, ["Shift+F3"])
        self.copy_action = A(w.reader.copy, [QKeySequence.StandardKey.Copy])
        self.select_all_action = A(w.reader.selectAll, [QKeySequence.StandardKey.SelectAll])
        self.back_action = A(nav.go_back, ["Alt+Left"])
        self.forward_action = A(nav.go_forward, ["Alt+Right"])
        self.home_action = A(nav.go_home, ["Alt+Home"])
        self.glossary_action = A(nav.open_glossary, ["Ctrl+G"])
        self.outline_action = A(links.show_outline, ["Ctrl+Shift+O"])
        self.next_pane_action = A(lambda: w.focus.cycle_focus(1), ["F6"])
        self.prev_pane_action = A(lambda: w.focus.cycle_focus(-1), ["Shift+F6"])
        self.zoom_in_action = A(lambda: app.change_zoom(ZOOM_STEP), ["Ctrl++", "Ctrl+="])
        self.zoom_out_action = A(lambda: app.change_zoom(-ZOOM_STEP), ["Ctrl+-"])
        self.zoom_reset_action = A(app.reset_zoom, ["Ctrl+0"])
        self.high_contrast_action = A(app.set_high_contrast, (), checkable=True)
        self.high_contrast_action.setChecked(settings.high_contrast)
        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for key in THEMES:
            a = QAction(window, checkable=True)
            a.setChecked(settings.theme == key)
            a.triggered.connect(lambda _c=False, k=key: app.set_theme(k))
            self.theme_group.addAction(a)
            self.theme_actions[key] = a
        self.idle_group = QActionGroup(window)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            a = QAction(window, checkable=True)
            a.setChecked(settings.idle_timeout_minutes == minutes)
            a.triggered.connect(lambda _c=False, m=minutes: w.idle.set_idle_timeout(m))
            self.idle_group.addAction(a)
            self.idle_actions[minutes] = a
        self.side_panel_action = A(lambda on: w.focus.toggle_side_panel(on), ["Ctrl+Shift+P"],
                                   checkable=True)
        self.side_panel_action.setEnabled(False)
        self.shortcuts_action = A(help_.show_shortcuts, ["F1"])
        self.privacy_action = A(help_.show_privacy)
        self.problems_action = A(help_.show_problems)
        self.problems_action.setEnabled(bool(window.library.problems))
        self.about_action = A(help_.show_about)
        # shown only when the content folder has an agency.yaml: otherwise nothing changes
        self.agency_action = A(help_.show_agency)
        for attr, value in vars(self).items():  # each action named for what it does
            for key, a in (value.items() if isinstance(value, dict) else [("", value)]):
                if isinstance(a, QAction) and not a.objectName():
                    a.setObjectName(f"{attr}:{key}" if key != "" else attr)
        self.retranslate_ui()

    def _action(self, slot: Callable[..., object],
                shortcuts: Sequence[str | QKeySequence.StandardKey] = (),
                checkable: bool = False) -> QAction:
        a = QAction(self.window)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) for s in shortcuts])
        a.setCheckable(checkable)
        if checkable:
            a.toggled.connect(slot)
        else:
            a.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(a)  # shortcuts work even when the menu bar is hidden
        return a

    def retranslate_ui(self) -> None:
        """Each action's words: its text (with its mnemonic) and its tooltip."""
        for a, text, tip in (
            (self.copy_citation_action, self.tr("Copy &citation"),
             self.tr("Copy the section's title, provisions, guidance and content version")),
            (self.quick_exit_action, self.tr("&Quick exit"),
             self.tr("Hide this window now and forget what was on screen (also: press Shift "
                     "three times)")),
            (self.quit_action, self.tr("E&xit"), self.tr("Close the app")),
            (self.search_action, self.tr("&Search"), self.tr("Go to the search box")),
            (self.find_action, self.tr("&Find in page"), self.tr("Find words in the open page")),
            (self.next_hit_action, self.tr("Next &match"),
             self.tr("Go to the next highlighted match")),
            (self.prev_hit_action, self.tr("Pre&vious match"),
             self.tr("Go to the previous highlighted match")),
            (self.copy_action, self.tr("&Copy"), self.tr("Copy the selected text")),
            (self.select_all_action, self.tr("Select &all"), self.tr("Select the whole page")),
            (self.back_action, self.tr("&Back"), self.tr("Go back (Alt+Left)")),
            (self.forward_action, self.tr("&Forward"), self.tr("Go forward (Alt+Right)")),
            (self.home_action, self.tr("&Start page"),
             self.tr("Show the start page with the contents")),
            (self.glossary_action, self.tr("&Glossary"),
             self.tr("Show all glossary terms, A to Z")),
            (self.outline_action, self.tr("&On this page: headings and links"),
             self.tr("List the headings and links of the open page; Enter goes to a heading "
                     "or opens a link")),
            (self.next_pane_action, self.tr("Next &pane"),
             self.tr("Move between search, contents, reader and side panel")),
            (self.prev_pane_action, self.tr("P&revious pane"),
             self.tr("Move between panes backwards")),
            (self.zoom_in_action, self.tr("Zoom &in"), self.tr("Make the text bigger")),
            (self.zoom_out_action, self.tr("Zoom &out"), self.tr("Make the text smaller")),
            (self.zoom_reset_action, self.tr("&Normal size"), self.tr("Normal text size")),
            (self.high_contrast_action, self.tr("&High contrast"),
             self.tr("Strong contrast colours")),
            (self.side_panel_action, self.tr("Side &panel"),
             self.tr("Show or hide the side panel")),
            (self.shortcuts_action, self.tr("&Keyboard shortcuts"),
             self.tr("List every keyboard shortcut")),
            (self.privacy_action, self.tr("&Privacy and quick exit"),
             self.tr("What is kept, what quick exit does and does not do")),
            (self.problems_action, self.tr("Content p&roblems…"),
             self.tr("List problems found in the content files")),
            (self.about_action, self.tr("&About"), self.tr("Version, sources, not legal advice")),
            (self.agency_action, self.tr("Your a&gency's contacts"),
             self.tr("Who to call at your agency: privacy officer, supervisor and others")),
        ):
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        for key, label in (("system", self.tr("Follow &system")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            self.theme_actions[key].setText(label)
        for minutes, a in self.idle_actions.items():
            a.setText(self.tr("&Never") if minutes == 0
                      else self.tr("After {minutes} minutes").format(minutes=minutes))

    def sync_to_settings(self, settings: Settings) -> None:
        """The colour and idle choices checked as the preferences now say."""
        self.theme_actions[settings.theme].setChecked(True)
        self.high_contrast_action.blockSignals(True)
        self.high_contrast_action.setChecked(settings.high_contrast)
        self.high_contrast_action.blockSignals(False)
        minutes = int(settings.idle_timeout_minutes or 0)
        if minutes in self.idle_actions:
            self.idle_actions[minutes].setChecked(True)

    def sync_to_navigation(self, can_back: bool, can_forward: bool, on_section: bool) -> None:
        """Back, Forward and Copy citation enabled when they can do something."""
        self.back_action.setEnabled(can_back)
        self.forward_action.setEnabled(can_forward)
        self.copy_citation_action.setEnabled(on_section)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action with a shortcut, then the keys no action has."""
        rows: list[tuple[str, str]] = []
        seen = set()
        for a in self.window.actions():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in a.shortcuts())
            label = a.text().replace("&", "").rstrip("…")
            if a is self.quick_exit_action:
                keys = self.tr("Shift three times, or {keys}").format(keys=keys)
            if keys and label not in seen:
                seen.add(label)
                rows.append((label, keys))
        rows += [(self.tr("Back / Forward"), self.tr("Mouse back and forward buttons")),
                 (self.tr("Next result (in the search box)"), self.tr("Down arrow")),
                 (self.tr("Open result"), self.tr("Enter")),
                 (self.tr("Clear the search box"), self.tr("Escape")),
                 (self.tr("Next link in the page"), self.tr("Tab")),
                 (self.tr("Zoom"), self.tr("Ctrl + mouse wheel"))]
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
    theme_menu: QMenu
    idle_menu: QMenu
    agency_separator: QAction
    toolbar: QToolBar
    toolbar_insert_point: QAction
    quick_exit_button: QPushButton

    def retranslate_ui(self) -> None:
        """The menus' titles (with their mnemonics), the toolbar's names, Quick exit."""
        for menu, title in ((self.file_menu, translate("WindowMenus", "&File")),
                            (self.edit_menu, translate("WindowMenus", "&Edit")),
                            (self.view_menu, translate("WindowMenus", "&View")),
                            (self.theme_menu, translate("WindowMenus", "&Colours")),
                            (self.idle_menu, translate("WindowMenus",
                                                       "Clear the screen &when idle")),
                            (self.go_menu, translate("WindowMenus", "&Go")),
                            (self.help_menu, translate("WindowMenus", "&Help"))):
            menu.setTitle(title)
        self.toolbar.setWindowTitle(translate("WindowMenus", "Main toolbar"))
        name(self.toolbar, translate("WindowMenus", "Toolbar"))
        button = self.quick_exit_button
        button.setText(translate("WindowMenus", "Quick exit"))
        button.setToolTip(translate("WindowMenus",
                                    "Hide this window now (Shift three times, or Ctrl+Shift+Q)"))
        name(button, translate("WindowMenus", "Quick exit"),
             translate("WindowMenus", "Hides the window at once, clears the search, history "
                       "and decision helper, and minimizes. Shortcut: Shift three times, or "
                       "Ctrl+Shift+Q."))

    def update_agency_action(self, commands: WindowActions, window: MainWindow) -> None:
        """"Your agency's contacts" shows only when the content has an agency.yaml."""
        present = window.library.agency is not None
        commands.agency_action.setVisible(present)
        self.agency_separator.setVisible(present)


def _fill(menu: QMenu, actions: Sequence[QAction | None]) -> None:
    for a in actions:
        menu.addSeparator() if a is None else menu.addAction(a)


def build_menus(window: MainWindow, c: WindowActions) -> Menus:
    mb = window.menuBar()
    file_menu = mb.addMenu("")
    file_menu.addAction(c.copy_citation_action)
    file_insert_point = file_menu.addSeparator()
    _fill(file_menu, [c.quick_exit_action, c.quit_action])

    edit_menu = mb.addMenu("")
    _fill(edit_menu, [c.copy_action, c.select_all_action, None, c.search_action, c.find_action,
                      c.next_hit_action, c.prev_hit_action])

    view_menu = mb.addMenu("")
    _fill(view_menu, [c.zoom_in_action, c.zoom_out_action, c.zoom_reset_action, None])
    theme_menu = view_menu.addMenu("")
    _fill(theme_menu, [*c.theme_actions.values(), None, c.high_contrast_action])
    _fill(view_menu, [c.side_panel_action, None])
    idle_menu = view_menu.addMenu("")
    _fill(idle_menu, list(c.idle_actions.values()))

    go_menu = mb.addMenu("")
    _fill(go_menu, [c.back_action, c.forward_action, c.home_action, c.glossary_action,
                    c.outline_action, None, c.next_pane_action, c.prev_pane_action])

    help_menu = mb.addMenu("")
    help_menu.addAction(c.agency_action)
    agency_separator = help_menu.addSeparator()
    _fill(help_menu, [c.shortcuts_action, c.privacy_action, c.problems_action, None,
                      c.about_action])

    tb = QToolBar(window)
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setFloatable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
    for a in (c.back_action, c.forward_action, c.home_action, c.glossary_action):
        tb.addAction(a)
    tb.addSeparator()
    tb.addAction(c.copy_citation_action)
    tb.addAction(c.find_action)
    for a in tb.actions():  # the toolbar's buttons, named after their actions
        if (b := tb.widgetForAction(a)) is not None and a.objectName():
            b.setObjectName(f"{a.objectName()}.button")
    toolbar_insert_point = tb.addSeparator()
    spacer = QWidget(tb)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    spacer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tb.addWidget(spacer)
    quick_exit_button = QPushButton(tb)
    quick_exit_button.setObjectName("quickExit")
    quick_exit_button.clicked.connect(window.quick_exit)
    tb.addWidget(quick_exit_button)
    menus = Menus(file_menu, file_insert_point, edit_menu, view_menu, go_menu, help_menu,
                  theme_menu, idle_menu, agency_separator, tb, toolbar_insert_point,
                  quick_exit_button)
    menus.retranslate_ui()
    menus.update_agency_action(c, window)
    return menus
