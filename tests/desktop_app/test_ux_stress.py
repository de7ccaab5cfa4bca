"""Issue 15, what was still missing: the reader's headings and links for a screen reader,
every print through a preview, zoom that keeps the reading position, "check the official
text" marks in the results, no stale hit bar, a status bar that never cuts or covers its
labels, nothing left after a quick exit, and menu mnemonics."""

from __future__ import annotations

import contextlib
import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop_app.results_model import HitRole
from tests.tools.app_support import type_query

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window):
    w = make_window(None)  # the shipped content, search ready
    w.bars.first_run_bar.dismiss()
    return w


def settle(qtbot, ms: int = 60) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(ms // 3)


def long_section(window):
    """The shipped section with the longest text (it scrolls at every zoom)."""
    return max(window.library.sections, key=lambda s: len(s.body))


# -- 3. zoom keeps the reading position ------------------------------------------------------

def top_block_text(reader) -> str:
    """The paragraph at the top left of the reader's view."""
    from PySide6.QtCore import QPoint

    x = int(reader.document().rootFrame().frameFormat().leftMargin()) + 2
    return reader.cursorForPosition(QPoint(x, 2)).block().text()


def test_zoom_keeps_the_paragraph_at_the_top_of_the_reader(qtbot, window):
    window.resize(1366, 768)
    window.open_section(long_section(window).id)
    settle(qtbot)
    reader = window.reader
    bar = reader.verticalScrollBar()
    assert bar.maximum() > 2000
    # a paragraph in the middle, at the top of the view
    doc = reader.document()
    block = doc.findBlock(doc.characterCount() // 2)
    while block.isValid() and len(block.text()) < 40:
        block = block.next()
    bar.setValue(int(doc.documentLayout().blockBoundingRect(block).top()))
    settle(qtbot)
    expected = top_block_text(reader)
    assert expected == block.text()
    for zoom in (150, 200, 80, 100):
        window.appearance.set_zoom(zoom)
        settle(qtbot, 150)
        assert reader.zoom == zoom
        assert top_block_text(reader) == expected, f"at {zoom}%"
    window.commands.zoom_in_action.trigger()
    settle(qtbot, 150)
    assert top_block_text(reader) == expected
    window.appearance.reset_zoom()
    settle(qtbot, 150)
    assert top_block_text(reader) == expected
    # at the very top it stays at the very top
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # as the user does (Ctrl+Home...)
    window.appearance.set_zoom(160)
    settle(qtbot, 150)
    assert bar.value() == 0
    window.appearance.reset_zoom()


def test_zoom_still_applies_to_the_whole_app(qtbot, window):
    before = QApplication.font().pointSizeF()
    type_query(qtbot, window, "police")
    window.appearance.set_zoom(140)
    settle(qtbot)
    for w in (window.search_panel.list_view, window.search_panel.box, window.toc,
              window.decision_panel, window.statusBar().message_label, window.hit_bar.label,
              window.outline):
        assert w.font().pointSizeF() == pytest.approx(before * 1.4, rel=0.03), w
    from desktop_app.printing.dialog import WhatToPrintDialog

    dialog = WhatToPrintDialog(window, window.library, window.print_controller.available(),
                               "Print")
    qtbot.addWidget(dialog)
    assert dialog.font().pointSizeF() == pytest.approx(before * 1.4, rel=0.03)
    window.appearance.reset_zoom()


# -- 5. the hit bar never describes a previous search ----------------------------------------

def open_first_result(qtbot, window, query: str) -> None:
    type_query(qtbot, window, query)
    QTest.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    settle(qtbot)


def test_hit_bar_goes_away_on_a_new_or_cleared_search_and_never_comes_back(qtbot, window):
    open_first_result(qtbot, window, "police")
    bar = window.hit_bar
    assert bar.isVisible() and "police" in bar.full_text
    opened = window.current_page
    # a new search: the bar and the highlights of "police" go
    type_query(qtbot, window, "doctor")
    assert not bar.isVisible() and window.reader.hit_spans == []
    assert "police" not in bar.label.text() + bar.label.accessibleName()
    # a result of the new search: the bar is about the new search
    QTest.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    settle(qtbot)
    assert bar.isVisible() and "doctor" in bar.full_text
    # cleared search
    window.search_panel.box.setText("")
    assert not bar.isVisible()
    # Back to the page opened from "police": no bar about "police" (nor "doctor")
    window.go_back()
    assert window.current_page == opened
    assert not bar.isVisible() and window.reader.hit_spans == []
    window.navigation.go_forward()
    assert not bar.isVisible()


def test_hit_bar_goes_away_when_a_section_opens_from_the_contents_or_a_link(qtbot, window):
    open_first_result(qtbot, window, "police")
    assert window.hit_bar.isVisible()
    other = next(s for s in window.library.sections if s.id != window.current_page.id)
    item = window.contents.items[other.id]
    window.toc.scrollToItem(item)
    rect = window.toc.visualItemRect(item)
    QTest.mouseClick(window.toc.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page.id == other.id
    assert not window.hit_bar.isVisible()
    open_first_result(qtbot, window, "police")
    assert window.hit_bar.isVisible()
    from PySide6.QtCore import QUrl

    window.links.on_anchor_clicked(QUrl(f"section:{other.id}"))
    assert not window.hit_bar.isVisible()


def test_hit_bar_never_cuts_off_the_count(qtbot, window):
    window.resize(1366, 768)
    query = "can I tell police without consent where she is staying tonight with the kids"
    open_first_result(qtbot, window, query)
    bar = window.hit_bar
    settle(qtbot)
    label = bar.label
    shown = label.text()
    current, total = window.reader.current_index + 1, len(window.reader.hit_spans)
    assert f"{current} of {total}" in shown  # the count whole
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    assert query in label.toolTip() and query in label.accessibleName()
    assert shown != bar.full_text and "…" in shown  # the query was shortened, not the count


# -- 6. the status bar ---------------------------------------------------------------------

def status_labels(window) -> list[QLabel]:
    return [window.status.index_label, window.status.zoom_label, window.status.version_label,
            window.status.offline_label]


@pytest.mark.parametrize("zoom", [100, 200])
def test_status_bar_message_never_covers_or_cuts_its_labels(qtbot, window, zoom):
    window.resize(1366, 768)
    window.appearance.set_zoom(zoom)
    settle(qtbot)
    sb = window.statusBar()
    long = ("Police and other law-enforcement records: you may refuse a record that could "
            "reveal a confidential source or endanger someone's life or safety, and the "
            "head of the institution decides, case by case. " * 2).strip()
    type_query(qtbot, window, "police")
    view = window.search_panel.list_view
    QApplication.sendEvent(view, QStatusTipEvent(long))  # what hovering a result does
    settle(qtbot)
    msg = sb.message_label
    assert sb.currentMessage() == " ".join(long.split())
    assert msg.isVisible() and msg.text().endswith("…")
    assert msg.fontMetrics().horizontalAdvance(msg.text()) <= msg.width()
    from desktop_app import safe_text

    assert msg.toolTip() == safe_text.literal(sb.currentMessage())  # shown as text, not HTML
    assert msg.accessibleName() == sb.currentMessage()
    visible = [w for w in status_labels(window) if w.isVisible()]
    assert window.status.index_label in visible and window.status.offline_label in visible
    for w in visible:  # each label whole, and nothing drawn over it
        assert w.width() >= w.sizeHint().width(), w.text()
        assert not msg.geometry().intersects(w.geometry()), w.text()
        assert w.geometry().right() <= sb.width()
    assert window.status.index_label.text() == "Search ready"
    if zoom == 100:
        assert window.status.version_label.isVisible()
    # a short message is shown whole, no tooltip needed
    sb.showMessage("Citation copied.", 5000)
    assert msg.text() == "Citation copied." and msg.toolTip() == ""
    sb.clearMessage()
    assert msg.text() == "" and sb.currentMessage() == ""
    window.appearance.reset_zoom()


# -- 7. nothing left after a quick exit ------------------------------------------------------

SECRET = "Quagmirex"


def every_text(window) -> list[str]:
    """Every string any widget of the app holds: texts, tooltips, accessible names and
    descriptions, placeholders, list and tree rows."""
    out: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w is not window]
    for w in widgets:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.statusTip(),
                w.windowTitle(), w.whatsThis()]
        if isinstance(w, (QLineEdit, QLabel)) or hasattr(w, "text") and callable(w.text):
            with contextlib.suppress(TypeError):
                out.append(str(w.text()))
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount()):
                idx = m.index(r, 0)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole):
                    v = idx.data(role)
                    if v:
                        out.append(str(v))
    return out


def test_quick_exit_leaves_nothing_of_what_was_on_screen(qtbot, window):
    panel = window.decision_panel
    child = next(s for s in window.library.sections if s.parent)  # not on the start page
    window.open_section(child.id, query=f"police {SECRET}")
    assert window.hit_bar.isVisible()
    type_query(qtbot, window, f"police {SECRET}")
    window.highlights.open_find()
    window.find_bar.edit.setText(SECRET)
    window.statusBar().showMessage(f"Saved to /home/{SECRET}.pdf")
    from tests.tools.decision_steps import to_outcome

    to_outcome(qtbot, panel)
    panel.record_fields["role"].setText(f"{SECRET} worker")
    panel.record_fields["why"].setPlainText(f"{SECRET} said so")
    window.reader.setAccessibleDescription(f"Link selected: {SECRET}")
    assert any(SECRET in t for t in every_text(window))

    window.quick_exit()
    window.showNormal()
    qtbot.wait(450)
    window.cover.uncover()
    settle(qtbot)
    left = [t for t in every_text(window) if SECRET in t or child.title in t]
    assert left == []
    box = window.search_panel.box
    assert box.text() == "" and not box.isUndoAvailable()
    # the box's clear button (its X) is gone, not left over the empty box
    clear_buttons = [b for b in box.findChildren(QToolButton)]
    assert clear_buttons
    for b in clear_buttons:
        assert not b.isVisible() or (b.property("opacity") or 0) == 0
    assert window.search_panel.model.rowCount() == 0
    assert window.history == ([], [])
    assert window.current_page.kind == "home"
    assert panel.summary() is None and panel.current_record() == {}
    assert not window.hit_bar.isVisible() and not window.find_bar.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_the_clear_button_shows_again_when_typing_after_a_quick_exit(qtbot, window):
    type_query(qtbot, window, "police")
    window.quick_exit()
    window.showNormal()
    window.cover.uncover()
    type_query(qtbot, window, "consent")
    qtbot.wait(300)
    box = window.search_panel.box
    assert any(b.isVisible() and (b.property("opacity") or 1) > 0
               for b in box.findChildren(QToolButton))


# -- 8. menu mnemonics -------------------------------------------------------------------------

def mnemonic(text: str) -> str:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else ""


def test_alt_letter_opens_every_menu_from_anywhere(qtbot, window):
    panel = window.decision_panel
    window.open_section(window.library.sections[0].id)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert [m.title() for m in menus] == ["&File", "&Edit", "&View", "&Go", "&Help"]
    for start in (window.search_panel.box, window.reader, window.toc, panel):
        for menu in menus:
            target = start.focusWidget() if start is panel else start
            (target or start).setFocus()
            settle(qtbot, 30)
            focus = QApplication.focusWidget() or window
            QTest.keyClick(focus, getattr(Qt.Key, "Key_" + mnemonic(menu.title()).upper()),
                           Qt.KeyboardModifier.AltModifier)
            try:
                qtbot.waitUntil(menu.isVisible, timeout=2000)
            except Exception:  # noqa: BLE001
                raise AssertionError((type(start).__name__, menu.title(), focus)) from None
            QTest.keyClick(menu, Qt.Key.Key_Escape)  # as the user closes it
            menu.close()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_menu_mnemonics_are_unique_in_each_menu(window):
    def check(menu, where, top=False):
        letters = [mnemonic(a.text()) for a in menu.actions()
                   if a.isVisible() and not a.isSeparator() and a.text()]
        if top:  # every item of a menu on the bar has its letter
            assert "" not in letters, (where, [a.text() for a in menu.actions()])
        letters = [c for c in letters if c]
        dupes = {c for c in letters if letters.count(c) > 1}
        assert not dupes, (where, dupes, [a.text() for a in menu.actions()])
        for a in menu.actions():
            if a.menu() is not None:
                check(a.menu(), a.text())

    window.commands.agency_action.setVisible(True)  # an agency's pack adds it to Help
    letters = []
    for a in window.menuBar().actions():
        letters.append(mnemonic(a.text()))
        check(a.menu(), a.text(), top=True)
    assert len(set(letters)) == len(letters)


def test_a_letter_in_an_open_menu_runs_its_item(qtbot, window):
    window.open_section(window.library.sections[0].id)
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.menus.go_menu.isVisible, timeout=2000)
    QTest.keyClick(window.menus.go_menu, Qt.Key.Key_S)  # &Start page
    window.activateWindow()
    qtbot.waitUntil(lambda: window.current_page.kind == "home", timeout=2000)


# -- 4. the results list marks sections to check against the official text ------------------

THEMES = [("light", False), ("dark", False), ("light", True), ("dark", True)]


def test_results_mark_sections_to_check_against_the_official_text(qtbot, window):
    from desktop_app.results_model import CHECK_MARK, HtmlRole

    checked = {s.id for s in window.library.sections if s.needs_check}
    type_query(qtbot, window, "risk factors notice safety")
    model = window.search_panel.model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    marked = [i for i in rows if i.data(HitRole).section_id in checked
              and i.data(HitRole).kind == "section"]
    plain = [i for i in rows if i.data(HitRole).section_id not in checked]
    assert marked and plain
    for i in marked:
        assert CHECK_MARK in i.data(HtmlRole)
        assert "Check the official text:" in i.data(Qt.ItemDataRole.ToolTipRole)
        assert "Check the official text" in i.data(Qt.ItemDataRole.AccessibleTextRole)
        note = window.library.section(i.data(HitRole).section_id).check_note
        if note:
            assert note[:40] in html.unescape(i.data(Qt.ItemDataRole.ToolTipRole))
    for i in plain:
        assert CHECK_MARK not in i.data(HtmlRole)
        assert "official text" not in i.data(Qt.ItemDataRole.AccessibleTextRole)


@pytest.mark.parametrize("key,hc", THEMES)
def test_check_marks_meet_aa_in_every_theme(qtbot, window, key, hc):
    from PySide6.QtGui import QColor, QIcon, QImage, QPalette
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tests.tools import contrast

    window.appearance.set_theme(key)
    window.appearance.set_high_contrast(hc)
    QApplication.processEvents()
    pal = QApplication.palette()
    base = pal.color(QPalette.ColorRole.Base).name()
    highlight = pal.color(QPalette.ColorRole.Highlight).name()
    # the contents: the sign, on the list and on a selected row (a graphic: 3:1)
    s = next(s for s in window.library.sections if s.needs_check)
    icon = window.contents.items[s.id].icon(0)
    for mode, against in ((QIcon.Mode.Normal, base), (QIcon.Mode.Selected, highlight)):
        img = icon.pixmap(32, 32, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        solid = {QColor(img.pixel(x, y)).name() for x in range(32) for y in range(32)
                 if QColor.fromRgba(img.pixel(x, y)).alpha() == 255}
        assert solid, mode
        assert max(contrast.ratio(c, against) for c in solid) >= 3.0, (key, hc, mode)
    # the results: the words are drawn in the row's text colour (4.5:1)
    type_query(qtbot, window, "risk factors notice safety")
    view = window.search_panel.list_view
    model = window.search_panel.model
    row = next(model.index(r, 0) for r in range(model.rowCount())
               if model.check_note(model.hit(r)))
    delegate = view.itemDelegate()
    for selected, against in ((False, base), (True, highlight)):
        opt = QStyleOptionViewItem()
        opt.initFrom(view)
        opt.font = view.font()
        if selected:
            opt.state |= opt.state.State_Selected
        doc = delegate._document(opt, row, 300.0)
        found = doc.find("Check the official text")
        assert not found.isNull()
        colour = found.charFormat().foreground().color().name()
        assert contrast.ratio(colour, against) >= 4.5, (key, hc, selected, colour)
    window.appearance.set_theme("light")
    window.appearance.set_high_contrast(False)


# -- 2. every print goes through a preview ------------------------------------------------------

def test_every_print_goes_through_a_preview(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    from desktop_app.printing.dialog import Selection, WhatToPrintDialog
    from tests.tools.decision_steps import to_outcome

    ctl = window.print_controller
    shown: list[str] = []

    def exec_(dialog):
        shown.append(type(dialog).__name__)
        if isinstance(dialog, QPrintPreviewDialog):
            return 0  # closed without printing
        assert not isinstance(dialog, QPrintDialog), "a print dialog without a preview"
        return 0

    monkeypatch.setattr(ctl, "_exec", exec_)
    monkeypatch.setattr("desktop_app.printing.render.render",
                        lambda *a, **k: pytest.fail("printed without a preview"))
    section = next(s for s in window.library.sections if s.body)
    window.open_section(section.id)
    # Ctrl+P (and the toolbar's Print): the chooser, then the preview
    for sel in (Selection("section"), Selection("quick-reference")):
        monkeypatch.setattr(WhatToPrintDialog, "ask",
                            classmethod(lambda cls, *a, _s=sel, **k: _s))
        shown.clear()
        QTest.keySequence(window, "Ctrl+P")
        assert shown == ["QPrintPreviewDialog"], sel
    # the decision helper's button, its outcome page link: "Preview and print"
    to_outcome(qtbot, window.decision_panel)
    for kind in ("decision-summary", "decision-record"):
        monkeypatch.setattr(WhatToPrintDialog, "ask", classmethod(
            lambda cls, *a, _k=kind, **k: Selection(_k, action="preview")))
        shown.clear()
        window.decision_panel.print_button.click()
        assert shown == ["QPrintPreviewDialog"]
        shown.clear()
        from PySide6.QtCore import QUrl

        window.links.on_anchor_clicked(QUrl("decision:print"))
        assert shown == ["QPrintPreviewDialog"]
    dialog = WhatToPrintDialog(window, window.library, window.print_controller.available(),
                               "Print", all_actions=True)
    labels = [b.text() for b in dialog.action_buttons.values()]
    dialog.deleteLater()
    assert "Preview and print…" in labels and "Print…" not in labels


def test_the_preview_prints_from_a_button_with_words_and_from_its_icon(qtbot, window,
                                                                        monkeypatch):
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    from desktop_app.printing.dialog import Selection

    ctl = window.print_controller
    printed = []
    monkeypatch.setattr(ctl, "print_job", lambda job, parent=None: printed.append(job.title)
                        or True)
    for how in ("button", "icon"):
        def exec_(dialog, _how=how):
            assert isinstance(dialog, QPrintPreviewDialog)
            if _how == "button":
                assert ctl.preview_print_button.text() == "Print…"
                ctl.preview_print_button.click()
            else:
                icon = next(a for a in dialog.findChildren(QAction)
                            if a.text().replace("&", "") == "Print")
                icon.trigger()
            return dialog.result()

        monkeypatch.setattr(ctl, "_exec", exec_)
        assert ctl.preview_job(ctl.build_job(Selection("quick-reference")))
    assert len(printed) == 2
    assert QPrintDialog  # noqa: B018 - the real print dialog comes from print_job


def test_print_preview_shown_opens_fitted_to_the_width_at_a_readable_size(qtbot, window,
                                                                          monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from desktop_app.printing.dialog import Selection

    ctl = window.print_controller
    seen = {}

    def exec_(dialog):
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10_000)
        settle(qtbot, 100)
        seen.update(mode=preview.zoomMode(), zoom=preview.zoomFactor(), size=dialog.size())
        dialog.close()
        return 0

    monkeypatch.setattr(ctl, "_exec", exec_)
    ctl.preview_job(ctl.build_job(Selection("quick-reference")))
    screen = window.screen().availableGeometry()
    assert seen["mode"] == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert seen["size"].width() >= screen.width() * 0.7
    # a Letter page across most of the screen: at least its real size on a 1366-wide one
    assert seen["zoom"] >= 0.55 * screen.width() / 1000


# -- 1. the reader's headings and links reach a screen reader ---------------------------------

def reader_headings_and_links(reader):
    doc = reader.document()
    heads, links = [], []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            heads.append(" ".join(block.text().split()))
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            if f.charFormat().isAnchor() and f.charFormat().anchorHref():
                links.append(f.charFormat().anchorHref())
            it += 1
        block = block.next()
    return heads, links


def test_on_this_page_lists_every_heading_and_link_with_a_spoken_name(qtbot, window):
    from desktop_app.page_outline import EntryRole

    section = max(window.library.sections, key=lambda s: s.body.count("](section:"))
    window.open_section(section.id)
    outline = window.outline
    heads, links = reader_headings_and_links(window.reader)
    assert len(heads) >= 3 and len(links) >= 3
    items = outline.items()
    spoken = [i.data(0, Qt.ItemDataRole.AccessibleTextRole) for i in items]
    assert [t.split(": ", 1)[1] for t in spoken if t.startswith("Heading level")] == heads
    assert spoken[0] == f"Heading level 1: {section.title}" or \
        spoken[0].startswith("Link to the start page")
    hrefs = [outline.entries[i.data(0, EntryRole)].href for i in items
             if outline.entries[i.data(0, EntryRole)].kind == "link"]
    assert sorted(set(hrefs)) == sorted(set(links))
    for t in spoken:
        assert t.split(": ", 1)[1].strip(), t  # every entry says what it is and its text
    # links sit under their heading (an outline), headings at the top level
    for i in items:
        e = outline.entries[i.data(0, EntryRole)]
        assert (i.parent() is None) == (e.kind == "heading" or i.parent() is None)
    # it follows the page: another page, other entries; quick exit, the start page's
    window.navigation.go_home()
    assert window.outline.entries[0].text == window.library.manifest.title
    assert all(section.title != e.text for e in window.outline.entries
               if e.kind == "heading")


def test_on_this_page_by_keyboard_goes_to_headings_and_follows_links(qtbot, window):
    section = max(window.library.sections, key=lambda s: s.body.count("](section:"))
    window.open_section(section.id)
    QTest.keySequence(window, "Ctrl+Shift+O")
    outline = window.outline
    assert window.search_panel.tabs.currentWidget() is outline
    assert QApplication.focusWidget() is outline
    first = outline.entry(outline.currentItem())
    assert first.kind == "heading" and first.level == 1
    # Down to a later heading, Enter: the reader's caret sits on it, in view, with focus
    target = [e for e in outline.entries if e.kind == "heading"][-1]
    while outline.entry(outline.currentItem()) != target:
        QTest.keyClick(outline, Qt.Key.Key_Down)
    QTest.keyClick(outline, Qt.Key.Key_Return)
    reader = window.reader
    assert QApplication.focusWidget() is reader
    assert reader.textCursor().block().text().strip() == target.text
    assert reader.is_position_visible(target.position)
    # back in the list: on the heading of the part being read
    QTest.keySequence(window, "Ctrl+Shift+O")
    assert outline.entry(outline.currentItem()) == target
    QTest.keyClick(outline, Qt.Key.Key_Home)
    # a link to a section: Enter opens it
    link = next(e for e in outline.entries if e.href.startswith("section:")
                and e.href != f"section:{section.id}")
    while outline.entry(outline.currentItem()) != link:
        QTest.keyClick(outline, Qt.Key.Key_Down)
    QTest.keyClick(outline, Qt.Key.Key_Return)
    assert window.current_page.id == link.href.split(":", 1)[1].split("#")[0]


def test_tab_moves_through_the_readers_links_and_enter_follows_one(qtbot, window):
    section = max(window.library.sections, key=lambda s: s.body.count("](section:"))
    window.open_section(section.id)
    reader = window.reader
    reader.setFocus()
    _heads, links = reader_headings_and_links(reader)
    names = []
    for _ in range(4):
        QTest.keyClick(reader, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is reader  # Tab stays on the page's links
        label = reader.textCursor().selectedText().strip()
        assert label
        names.append(label)
        # what a screen reader is told: which link Enter would open
        assert reader.accessibleDescription() == f"Link selected: {label}. Enter opens it."
    assert len(set(names)) >= 3
    # the first link is the breadcrumb to the start page... Tab on to a section link
    for _ in range(60):
        anchor = reader.textCursor().charFormat().anchorHref() or \
            reader.anchorAt(reader.cursorRect().center())
        if anchor.startswith("section:") and not anchor.startswith(f"section:{section.id}"):
            break
        QTest.keyClick(reader, Qt.Key.Key_Tab)
    else:
        pytest.fail("no section link reached with Tab")
    QTest.keyClick(reader, Qt.Key.Key_Return)
    assert window.current_page.id == anchor.split(":", 1)[1].split("#")[0]
    assert reader.accessibleDescription().startswith("The text of the open page")


def test_a_link_that_opens_a_paragraph_is_a_link_from_its_first_letter_to_its_last(window):
    """Qt gave the paragraph's anchor to the link's first letter only ("L" of
    "Law-enforcement"): the rest did not open it, and Tab selected one letter."""
    window.open_section("share-with-police")
    doc = window.reader.document()
    block = doc.begin()
    checked = 0
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            if f.charFormat().anchorHref():
                assert f.charFormat().isAnchor(), (f.text(), f.charFormat().anchorHref())
                checked += 1
            it += 1
        block = block.next()
    assert checked > 5
    texts = [e.text for e in window.outline.entries if e.href == "glossary:law-enforcement"]
    assert texts == ["Law-enforcement"]


@pytest.mark.parametrize("zoom", [100, 200])
def test_the_left_tabs_never_need_scroll_arrows(qtbot, window, zoom):
    window.resize(1366, 768)
    window.appearance.set_zoom(zoom)
    type_query(qtbot, window, "police")
    window.open_section(long_section(window).id)
    settle(qtbot, 150)
    tabs = window.search_panel.tabs
    bar = tabs.tabBar()
    assert tabs.count() == 3
    for i in range(3):
        assert bar.tabRect(i).right() <= bar.width(), (zoom, tabs.tabText(i))
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(
            tabs.tabText(i).replace("&", "")), (zoom, tabs.tabText(i))
    if zoom == 100:
        assert tabs.tabText(1).startswith("&Results (") and tabs.tabText(2) == "On this &page"
    assert str(window.search_panel.model.rowCount()) in tabs.tabToolTip(1)
    window.appearance.reset_zoom()


def test_the_first_key_typed_after_start_goes_to_the_search_box(qtbot, make_window):
    """Building the side panels after the first paint moved the window's focus away (to
    the left tab bar once the window was active): typing at start did nothing."""
    window = make_window(None, index=False, wait=False)
    assert window.started
    assert window.focusWidget() is window.search_panel.box
    QTest.keyClicks(QApplication.focusWidget(), "police")
    assert window.search_panel.box.text() == "police"


def test_the_first_window_uses_most_of_the_screen(qtbot, make_window):
    from desktop_app.mainwindow import start_size

    assert start_size(1366, 728) == (1326, 688)  # 1366x768 less a taskbar: nearly all of it
    assert start_size(1920, 1040) == (1600, 1000)
    assert start_size(3840, 2100) == (1600, 1000)
    window = make_window(None, index=False, wait=False)
    avail = window.screen().availableGeometry()
    w, h = start_size(avail.width(), avail.height())
    assert (window.width(), window.height()) == (max(w, window.minimumWidth()),
                                                 max(h, window.minimumHeight()))
