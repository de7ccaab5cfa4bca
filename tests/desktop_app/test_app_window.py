"""The main window: contents, reading, links, navigation, citation, zoom, themes, help."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app import dialogs
from desktop_app.reader_pages import Page
from tests.tools.app_support import APP_CONTENT

pytestmark = pytest.mark.gui


def toc_item(window, section_id):
    return window.contents.items[section_id]


def click_toc(qtbot, window, section_id):
    item = toc_item(window, section_id)
    tree = window.toc
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- issue 2: the minimal app -------------------------------------------------------------

def test_clicking_a_contents_entry_shows_that_section(qtbot, make_window, app_library):
    window = make_window(wait=False)
    assert window.isVisible()
    assert window.toc.topLevelItemCount() >= 4
    click_toc(qtbot, window, "consent-first")
    assert window.current_page == Page("section", "consent-first")
    assert "Consent first" in window.reader.toPlainText()
    assert window.toc.currentItem() is toc_item(window, "consent-first")


def test_contents_are_in_reading_order_with_children(make_window, app_library):
    window = make_window(wait=False)
    top = [window.toc.topLevelItem(i).text(0) for i in range(window.toc.topLevelItemCount())]
    assert top[:-1] == [s.title for s in app_library.children(None)]
    assert top[-1].startswith("Glossary")
    laws = toc_item(window, "laws")
    assert laws.child(0).text(0) == app_library.section("phipa").title


def test_keyboard_enter_in_contents_opens_and_moves_focus_into_the_reader(qtbot, make_window):
    window = make_window(wait=False)
    window.toc.setFocus()
    window.toc.setCurrentItem(toc_item(window, "laws"))
    qtbot.keyClick(window.toc, Qt.Key.Key_Return)
    assert window.current_page == Page("section", "laws")
    assert QApplication.focusWidget() is window.reader


def test_the_window_starts_on_a_neutral_start_page(make_window):
    window = make_window(wait=False)
    assert window.current_page.kind == "home"
    text = window.reader.toPlainText()
    assert "How to use this guide" in text
    assert window.windowTitle() == "Info-Sharing Guide"


# -- the section page -----------------------------------------------------------------------

def test_section_page_has_every_part(make_window, app_library):
    window = make_window(wait=False)
    window.open_section("phipa")
    text = window.reader.toPlainText()
    s = app_library.section("phipa")
    for part in ("Contents", "The laws, one by one",  # breadcrumbs
                 s.title, s.summary, "Provisions cited", "PHIPA s. 40(1)", "Sources",
                 "[24] PHIPA permissible disclosures", "Related sections",
                 "Serious harm: sharing without consent", "not legal advice",
                 "Content version 7.7.7-apptest"):
        assert part in text, part
    assert text.index("Provisions cited") < text.index("Sources") < text.index("Related")
    # the window title never names what is open (it shows in the taskbar)
    assert window.windowTitle() == "Info-Sharing Guide"


def test_check_official_text_sections_show_the_notice(make_window, app_library):
    window = make_window(wait=False)
    window.open_section("police-requests")
    text = window.reader.toPlainText()
    assert "Check the official text." in text
    assert app_library.section("police-requests").check_note in text
    window.open_section("phipa")
    assert "Check the official text." not in window.reader.toPlainText()


def test_glossary_view_lists_every_term_a_to_z(make_window, app_library):
    window = make_window(wait=False)
    window.commands.glossary_action.trigger()
    assert window.current_page.kind == "glossary"
    text = window.reader.toPlainText()
    positions = [text.index(t.term) for t in sorted(app_library.glossary, key=lambda t: t.term)]
    assert positions == sorted(positions)
    assert "Health information custodian" in text and "PHIPA s. 3(1)" in text


def test_glossary_is_reachable_from_the_contents(qtbot, make_window):
    window = make_window(wait=False)
    item = window.contents.glossary_item
    window.toc.scrollToItem(item)
    qtbot.mouseClick(window.toc.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.toc.visualItemRect(item).center())
    assert window.current_page.kind == "glossary"


# -- links ------------------------------------------------------------------------------------

def test_section_link_opens_the_section(make_window):
    window = make_window(wait=False)
    window.open_section("about")
    window.reader.anchorClicked.emit(QUrl("section:consent-first"))
    assert window.current_page == Page("section", "consent-first")


def test_glossary_link_click_shows_the_definition(make_window, app_library):
    window = make_window(wait=False)
    window.open_section("phipa")
    assert "glossary:custodian" in window.reader.toHtml()
    window.reader.anchorClicked.emit(QUrl("glossary:custodian"))
    bar = window.definition_bar
    assert bar.isVisible()
    assert app_library.term("custodian").definition in bar.label.accessibleName()
    assert window.current_page == Page("section", "phipa")  # the page stays
    bar.glossary_button.click()
    assert window.current_page.kind == "glossary"
    pos = window.reader.anchor_position("term-custodian")
    assert pos is not None and window.reader.is_position_visible(pos)


def test_glossary_link_hover_shows_the_definition(make_window, app_library):
    window = make_window(wait=False)
    window.open_section("phipa")
    window.reader.highlighted.emit(QUrl("glossary:consent"))
    assert app_library.term("consent").definition.split(",")[0] in window.links.last_tooltip


def test_external_links_are_shown_never_opened(make_window, monkeypatch):
    window = make_window(wait=False)
    asked = []
    monkeypatch.setattr(dialogs.ExternalLinkDialog, "ask",
                        classmethod(lambda cls, parent, url: asked.append(url)))
    opened = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    window.open_section("phipa")
    assert not window.reader.openLinks() and not window.reader.openExternalLinks()
    window.reader.anchorClicked.emit(QUrl("https://example.org/phipa-disclosures"))
    assert asked == ["https://example.org/phipa-disclosures"]
    assert opened == []
    assert window.current_page == Page("section", "phipa")


def test_external_link_dialog_copies_the_address(qtbot):
    dlg = dialogs.ExternalLinkDialog(None, "https://example.org/x")
    qtbot.addWidget(dlg)
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == "https://example.org/x"


def test_the_reader_refuses_to_load_any_resource(make_window):
    window = make_window(wait=False)
    reader = window.reader
    reader.setHtml('<p>x</p><img src="https://example.org/tracker.png">'
                   '<img src="file:///etc/passwd">')
    reader.document().adjustSize()  # layout loads images
    assert any("example.org" in r for r in reader.refused_resources)
    assert reader.loadResource(0, QUrl("https://example.org/font.ttf")) is None


# -- back / forward -----------------------------------------------------------------------------

def test_back_and_forward_through_visited_sections(make_window):
    window = make_window(wait=False)
    window.open_section("about")
    window.open_section("laws")
    window.open_section("phipa")
    c = window.commands
    assert c.back_action.isEnabled() and not c.forward_action.isEnabled()
    window.commands.back_action.trigger()
    assert window.current_page == Page("section", "laws")
    window.commands.back_action.trigger()
    assert window.current_page == Page("section", "about")
    assert window.commands.forward_action.isEnabled()
    window.commands.forward_action.trigger()
    assert window.current_page == Page("section", "laws")
    window.open_section("consent-first")  # a new page drops the forward list
    assert not window.commands.forward_action.isEnabled()
    assert window.history[0][-1] == Page("section", "laws")


def test_back_and_forward_shortcuts(qtbot, make_window):
    window = make_window(wait=False)
    window.open_section("about")
    window.open_section("laws")
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page == Page("section", "about")
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page == Page("section", "laws")


def _mouse_button(widget, button):
    pos = widget.rect().center()
    ev = QMouseEvent(QMouseEvent.Type.MouseButtonPress, QPoint(pos), widget.mapToGlobal(pos),
                     button, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def test_mouse_back_and_forward_buttons(make_window):
    window = make_window(wait=False)
    window.open_section("about")
    window.open_section("laws")
    _mouse_button(window.reader.viewport(), Qt.MouseButton.BackButton)
    assert window.current_page == Page("section", "about")
    _mouse_button(window.reader.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_page == Page("section", "laws")


def test_back_restores_the_scroll_position(qtbot, make_window):
    window = make_window(wait=False)
    window.resize(900, 520)
    window.open_section("serious-harm")
    bar = window.reader.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    window.open_section("about")
    window.go_back()
    assert bar.value() == kept


# -- find in page -------------------------------------------------------------------------------

def test_find_in_page_counts_and_moves_through_matches(qtbot, make_window):
    window = make_window(wait=False)
    window.open_section("serious-harm")
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert QApplication.focusWidget() is window.find_bar.edit
    qtbot.keyClicks(window.find_bar.edit, "strangulation")
    assert window.reader.find_spans and len(window.reader.find_spans) == 2
    assert window.find_bar.count_label.text() == "1 of 2 matches"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == "2 of 2 matches"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_F3)
    assert window.find_bar.count_label.text() == "1 of 2 matches"
    start, _ = window.reader.find_spans[0]
    assert window.reader.is_position_visible(start)
    window.find_bar.edit.setText("no such words anywhere")
    assert window.find_bar.count_label.text() == "No matches"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.reader.find_spans == []


# -- citation -------------------------------------------------------------------------------------

def test_copy_citation(make_window, app_library):
    window = make_window(wait=False)
    window.open_section("phipa")
    window.commands.copy_citation_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "PHIPA: health information"
    assert "PHIPA s. 40(1); PHIPA s. 29" in text
    assert "Information and Privacy Commissioner of Ontario" in text
    assert "content version 7.7.7-apptest" in text
    assert "Not legal advice" in text


def test_copy_citation_is_only_offered_on_a_section(make_window):
    window = make_window(wait=False)
    assert not window.commands.copy_citation_action.isEnabled()  # start page
    window.navigation.open_glossary()
    assert not window.commands.copy_citation_action.isEnabled()
    window.open_section("laws")
    assert window.commands.copy_citation_action.isEnabled()


# -- zoom, themes ----------------------------------------------------------------------------------

def test_zoom_changes_the_text_size_and_is_remembered(qtbot, make_window, basedir):
    window = make_window(wait=False)
    window.open_section("about")
    before = window.reader.document().defaultFont().pointSizeF()
    qtbot.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    window.commands.zoom_in_action.trigger()
    assert window.settings.zoom == 120
    assert window.reader.document().defaultFont().pointSizeF() == pytest.approx(before * 1.2)
    assert window.status.zoom_label.text() == "Text 120%"
    window.close()
    again = make_window(wait=False)
    assert again.settings.zoom == 120
    assert again.reader.document().defaultFont().pointSizeF() == pytest.approx(before * 1.2)
    again.commands.zoom_reset_action.trigger()
    assert again.settings.zoom == 100
    again.commands.zoom_out_action.trigger()
    assert again.settings.zoom == 90


def test_zoom_is_clamped(make_window):
    window = make_window(wait=False)
    for _ in range(40):
        window.commands.zoom_out_action.trigger()
    assert window.settings.zoom == 50


def test_dark_and_high_contrast_themes(make_window):
    window = make_window(wait=False)
    window.open_section("about")
    window.commands.theme_actions["dark"].trigger()
    assert window.theme.name == "dark"
    dark_bg = QApplication.palette().color(QApplication.palette().ColorRole.Base)
    assert dark_bg.lightness() < 60
    assert "#8ab4f8" in window.reader.document().defaultStyleSheet()
    assert window.current_page == Page("section", "about")  # re-rendered, same page
    window.commands.high_contrast_action.trigger()
    assert window.theme.name == "hc-dark"
    window.commands.theme_actions["light"].trigger()
    assert window.theme.name == "hc-light"
    window.close()
    again = make_window(wait=False)
    assert again.theme.name == "hc-light"
    again.commands.high_contrast_action.trigger()
    again.commands.theme_actions["system"].trigger()
    assert again.theme.name in ("light", "dark")


# -- status bar, notes, problems -----------------------------------------------------------------

def test_status_bar_shows_content_version_and_offline(make_window):
    window = make_window(wait=False)
    assert window.status.version_label.text() == "Content 7.7.7-apptest · 21 November 2026"
    assert window.status.offline_label.text() == "Offline — nothing leaves this computer"
    assert window.status.offline_label.isVisible()


def test_first_run_note_is_shown_once(make_window):
    window = make_window(wait=False)
    assert window.bars.first_run_bar.isVisible()
    assert "offline" in window.bars.first_run_bar.label.text()
    window.bars.first_run_bar.close_button.click()
    assert not window.bars.first_run_bar.isVisible()
    window.close()
    assert not make_window(wait=False).bars.first_run_bar.isVisible()


def test_content_problems_are_listed_not_fatal(tmp_path, make_window, monkeypatch):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(APP_CONTENT, broken)
    (broken / "sections" / "bad.md").write_text("---\nid: bad\ntitle: [unclosed\n---\nx\n",
                                                encoding="utf-8")
    (broken / "sections" / "laws.md").write_text(
        (broken / "sections" / "laws.md").read_text(encoding="utf-8").replace(
            "order: 20", "order: 20\nsurprise: 1"), encoding="utf-8")
    shown = []
    monkeypatch.setattr(dialogs.ProblemsDialog, "show_for",
                        classmethod(lambda cls, parent, problems: shown.append(problems)))
    window = make_window(broken, index=False, wait=False)
    n = len(window.library.problems)
    assert n >= 2
    assert window.bars.problems_bar.isVisible()
    assert f"{n} content problems were found" in window.bars.problems_bar.label.text()
    window.bars.problems_show_button.click()
    assert shown and len(shown[0]) == n
    window.open_section("about")  # the rest still works
    assert "About this test guide" in window.reader.toPlainText()


def test_problems_dialog_lists_path_and_line(qtbot, app_library):
    from content import Problem

    dlg = dialogs.ProblemsDialog(None, [Problem("sections/x.md", 3, "unknown key 'surprise'")])
    qtbot.addWidget(dlg)
    assert "sections/x.md:3: unknown key 'surprise'" in dlg.text.toPlainText()


# -- help ------------------------------------------------------------------------------------------

def test_shortcut_list_covers_the_main_keys(make_window):
    window = make_window(wait=False)
    rows = dict(window.commands.shortcut_rows())
    assert rows["Quick exit"].startswith("Shift three times")
    for label in ("Search", "Find in page", "Next match", "Back", "Forward", "Zoom in",
                  "Copy citation", "Keyboard shortcuts"):
        assert label in rows, label
    assert "Ctrl+K" in rows["Search"] and "Ctrl+L" in rows["Search"]


def test_help_dialogs_open(qtbot, make_window):
    window = make_window(wait=False)
    window.commands.shortcuts_action.trigger()
    window.commands.about_action.trigger()
    window.commands.privacy_action.trigger()
    titles = [d.windowTitle() for d in dialogs.open_dialogs]
    assert "Keyboard shortcuts" in titles and "Privacy and quick exit" in titles
    about = next(d for d in dialogs.open_dialogs if d.windowTitle().startswith("About"))
    text = about.browser.toPlainText()
    assert "Not legal advice" in text and "7.7.7-apptest" in text and "[100]" in text
    privacy = next(d for d in dialogs.open_dialogs if d.windowTitle().startswith("Privacy"))
    assert "taskbar" in privacy.browser.toPlainText()
    dialogs.close_all()


# -- accessibility ---------------------------------------------------------------------------------

def test_every_focusable_control_has_an_accessible_name(make_window):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    window = make_window(wait=False)
    window.open_section("phipa")
    window.find_bar.open_bar()
    window.reader.anchorClicked.emit(QUrl("glossary:consent"))
    missing = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        label = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not (label or "").strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    assert missing == []


def test_tab_order_starts_at_search_then_contents_then_reader(make_window):
    window = make_window(wait=False)
    box = window.search_panel.box
    assert box.nextInFocusChain() is not None
    chain, w = [], box
    for _ in range(60):
        w = w.nextInFocusChain()
        if w is box:
            break
        chain.append(w)
    assert chain.index(window.toc) < chain.index(window.reader)


def test_f6_cycles_between_panes(qtbot, make_window):
    window = make_window(wait=False)
    window.search_panel.box.setFocus()
    window.commands.next_pane_action.trigger()
    assert QApplication.focusWidget() is window.toc
    window.commands.next_pane_action.trigger()
    assert QApplication.focusWidget() is window.reader
    window.commands.next_pane_action.trigger()
    assert QApplication.focusWidget() is window.search_panel.box


def test_search_shortcuts_focus_the_search_box(qtbot, make_window):
    window = make_window(wait=False)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_panel.box
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_panel.box


# -- seams for the other panels --------------------------------------------------------------

def test_side_tabs_appear_when_a_panel_is_added(make_window):
    from PySide6.QtWidgets import QLabel

    window = make_window(wait=False)
    assert not window.side_tabs.isVisible()
    window.side_tabs.addTab(QLabel("panel"), "Decision helper")
    assert window.side_tabs.isVisible()
    assert window.commands.side_panel_action.isEnabled()


def test_file_menu_and_toolbar_have_insert_points(make_window):
    window = make_window(wait=False)
    assert window.file_menu_insert_point in window.file_menu.actions()
    assert window.toolbar_insert_point in window.toolbar.actions()
    assert window.commands.quick_exit_action in window.file_menu.actions()


def test_system_theme_follows_the_os_colour_scheme(make_window, monkeypatch):
    from desktop_app import theme

    window = make_window(wait=False)
    assert window.settings.theme == "system"
    monkeypatch.setattr(theme, "os_prefers_dark", lambda: True)
    window.appearance.on_os_scheme_changed()
    assert window.theme.name == "dark"
    monkeypatch.setattr(theme, "os_prefers_dark", lambda: False)
    window.appearance.on_os_scheme_changed()
    assert window.theme.name == "light"
    window.commands.theme_actions["dark"].trigger()  # an explicit choice wins over the OS
    window.appearance.on_os_scheme_changed()
    assert window.theme.name == "dark"


def test_long_contents_titles_wrap_instead_of_being_cut(make_window):
    window = make_window(wait=False)
    item = toc_item(window, "serious-harm")
    index = window.toc.indexFromItem(item)
    window.toc.resize(500, 400)
    wide = window.toc.sizeHintForIndex(index).height()
    window.toc.resize(150, 400)
    narrow = window.toc.sizeHintForIndex(index).height()
    assert narrow > wide


def test_reader_keeps_lines_to_a_readable_length(make_window):
    window = make_window(wait=False)
    window.open_section("phipa")
    reader = window.reader
    window.resize(780, 560)
    narrow_margin = reader.document().rootFrame().frameFormat().leftMargin()
    reader.resize(1800, 600)  # a very wide reader: the text column stays readable
    wide_margin = reader.document().rootFrame().frameFormat().leftMargin()
    assert narrow_margin >= 16 and wide_margin > narrow_margin + 100


def test_f6_reaches_the_side_panel(make_window):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    window = make_window(wait=False)
    panel = QWidget()
    button = QPushButton("Start", panel)
    button.setAccessibleName("Start")
    QVBoxLayout(panel).addWidget(button)
    window.side_tabs.addTab(panel, "Decision helper")
    window.reader.setFocus()
    window.commands.next_pane_action.trigger()
    assert QApplication.focusWidget() is button
