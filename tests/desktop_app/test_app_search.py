"""Search in the app: as-you-type results, opening a hit at its paragraph with highlights,
next/previous hit, "Did you mean", filters, empty / indexing / failed states."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app import workers
from desktop_app.reader_pages import Page
from desktop_app.results_model import HitRole, ResultsModel, row_html
from index.types import Hit
from tests.tools.app_support import type_query

pytestmark = pytest.mark.gui


def rows(window):
    m = window.search_panel.model
    return [m.index(r, 0).data(HitRole) for r in range(m.rowCount())]


def test_typing_a_query_shows_results(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "consent")
    panel = window.search_panel
    assert panel.tabs.currentIndex() == panel.RESULTS_TAB
    hits = rows(window)
    assert hits and {h.section_id for h in hits} >= {"consent-first", "phipa"}
    first = panel.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == hits[0].title
    html = first.data(Qt.ItemDataRole.UserRole + 2)
    assert '<b class="hit">' in html and "PHIPA" in html  # snippet highlight and statute tag
    assert panel.status_label.text().startswith(f"{len(hits)} result")
    assert panel.tabs.tabText(panel.RESULTS_TAB) == f"&Results ({len(hits)})"


def test_results_come_after_a_debounce_and_only_for_the_newest_query(qtbot, make_window):
    window = make_window()
    panel = window.search_panel
    calls = []
    real = window.search_index.search
    window.search_index = panel._index = SimpleNamespace(
        search=lambda q, **kw: calls.append(q) or real(q, **kw),
        highlight_spans=real.__self__.highlight_spans)
    panel.box.setFocus()
    qtbot.keyClicks(panel.box, "strangulation")
    assert panel.pending and calls == []  # nothing searched while typing
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    assert calls == ["strangulation"]
    assert [h.section_id for h in rows(window)] == ["serious-harm"]


def test_stale_results_are_dropped(qtbot, make_window):
    window = make_window()
    panel = window.search_panel
    type_query(qtbot, window, "consent")
    old_seq = panel._seq
    type_query(qtbot, window, "strangulation")
    stale = window.search_index.search("consent")
    assert panel.apply_results(old_seq, "consent", stale) is False
    assert [h.section_id for h in rows(window)] == ["serious-harm"]


def test_enter_opens_the_result_at_its_paragraph_with_every_hit_highlighted(qtbot, make_window):
    window = make_window()
    window.resize(900, 520)
    type_query(qtbot, window, "strangulation")
    hit = rows(window)[0]
    assert hit.anchor  # the hit is a paragraph deep in a long section
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    reader = window.reader
    assert window.current_page == Page("section", "serious-harm")
    assert QApplication.focusWidget() is reader
    text = reader.plain_text()
    spans = reader.hit_spans
    assert len(spans) == 2
    assert all(text[s:e].lower() == "strangulation" for s, e in spans)
    anchor_pos = reader.anchor_position(hit.anchor)
    assert reader.verticalScrollBar().value() > 0  # scrolled down to the paragraph
    assert reader.is_position_visible(anchor_pos)
    assert reader.current_index == 0 and spans[0][0] >= anchor_pos
    assert reader.is_position_visible(spans[0][0])
    assert window.hit_bar.isVisible()
    assert "match 1 of 2" in window.hit_bar.label.accessibleName()
    # every hit has an ExtraSelection
    sels = reader.extraSelections()
    assert sorted((s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in sels) == spans


def test_next_and_previous_hit(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "consent")
    window.open_section("serious-harm", query="consent")
    reader = window.reader
    n = len(reader.hit_spans)
    assert n >= 3
    assert reader.current_index == 0
    qtbot.keyClick(reader, Qt.Key.Key_F3)
    assert reader.current_index == 1
    assert reader.textCursor().position() == reader.hit_spans[1][0]
    qtbot.keyClick(reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_index == 0
    qtbot.keyClick(reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_index == n - 1  # wraps around
    assert reader.is_position_visible(reader.hit_spans[n - 1][0])
    assert f"match {n} of {n}" in window.hit_bar.label.accessibleName()
    window.hit_bar.clear_button.click()
    assert reader.hit_spans == [] and not window.hit_bar.isVisible()


def test_clicking_a_result_opens_it(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "warrant")
    view = window.search_panel.list_view
    rect = view.visualRect(window.search_panel.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page == Page("section", "police-requests")
    assert window.reader.hit_spans


def test_arrow_down_moves_from_the_box_into_the_results(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "consent")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Down)
    view = window.search_panel.list_view
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = rows(window)[1]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    expected = Page("glossary") if second.kind == "glossary" else Page("section", second.section_id)
    assert window.current_page == expected


def test_did_you_mean_is_clickable(qtbot, make_window):
    window = make_window()
    panel = window.search_panel
    type_query(qtbot, window, "strangulaton")
    assert panel.suggestion_button.isVisible()
    assert panel.suggestion_button.text() == "Did you mean “strangulation”?"
    with qtbot.waitSignal(panel.searched, timeout=3000):
        panel.suggestion_button.click()
    assert panel.box.text() == "strangulation"
    assert not panel.suggestion_button.isVisible()
    assert [h.section_id for h in rows(window)] == ["serious-harm"]


def test_a_misspelled_query_still_opens_with_highlights(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "strangulaton")
    window.search_panel.open_current()
    assert window.current_page == Page("section", "serious-harm")
    assert len(window.reader.hit_spans) == 2


def test_filter_chips_show_counts_and_filter(qtbot, make_window):
    window = make_window()
    panel = window.search_panel
    type_query(qtbot, window, "consent")
    health = panel.chips[("sectors", "health")]
    justice = panel.chips[("sectors", "justice")]
    assert panel.filters_toggle.isVisible() and not justice.isVisible()  # folded away
    panel.filters_toggle.click()
    assert health.isVisible() and justice.isVisible()
    assert justice.text() == "Justice (1)"
    assert justice.accessibleName() == "Filter by sector: Justice, 1 result"
    fippa = panel.chips[("statutes", "FIPPA")]
    # no results: greyed out, not removed (chips never move under the pointer, issue 15)
    assert fippa.isVisible() and not fippa.isEnabled()
    with qtbot.waitSignal(panel.searched, timeout=3000):
        justice.click()
    assert panel.active_filters["sectors"] == ("justice",)
    assert justice.text().startswith("✓ ")  # not colour alone
    assert panel.filters_toggle.text() == "Filters on (1)"
    assert panel.filters_toggle.accessibleName() == "Filters on: Justice"
    assert "Filtered by: Justice." in panel.status_label.text()
    assert [h.section_id for h in rows(window)] == ["serious-harm"]
    with qtbot.waitSignal(panel.searched, timeout=3000):
        justice.click()
    assert len(rows(window)) > 1


def test_no_results_state(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "xylophone")
    panel = window.search_panel
    assert panel.model.rowCount() == 0
    text = panel.status_label.text()
    assert text.startswith("No results for “xylophone”.") and "Try" in text


def test_escape_clears_the_box_and_returns_to_the_contents(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "consent")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Escape)
    panel = window.search_panel
    assert panel.box.text() == "" and panel.model.rowCount() == 0
    assert panel.tabs.currentIndex() == panel.CONTENTS_TAB


def test_glossary_hits_open_the_glossary_at_the_term(qtbot, make_window):
    window = make_window()
    type_query(qtbot, window, "consent")
    hit = next(h for h in rows(window) if h.kind == "glossary")
    window.search_panel.result_activated.emit(hit, "consent")
    assert window.current_page.kind == "glossary"
    pos = window.reader.anchor_position(f"term-{hit.term_id}")
    assert pos is not None and window.reader.is_position_visible(pos)
    assert window.reader.hit_spans


# -- indexing in the background -----------------------------------------------------------------

def test_browsing_works_while_the_index_is_being_built(qtbot, make_window, monkeypatch):
    release = threading.Event()
    real_job = workers.open_index_job

    def slow_job(*args, **kwargs):
        release.wait(20)
        return real_job(*args, **kwargs)

    monkeypatch.setattr(workers, "open_index_job", slow_job)
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.index_status.token is not None, timeout=3000)
    panel = window.search_panel
    assert not window.search_ready
    assert panel.status_label.text().startswith("Preparing search")
    assert window.status.index_label.text().startswith("Preparing search")
    window.open_section("phipa")  # browsing works meanwhile
    assert "PHIPA: health information" in window.reader.toPlainText()
    qtbot.keyClicks(panel.box, "warrant")
    panel.run_query()
    assert panel.model.rowCount() == 0
    assert panel.status_label.text().startswith("Preparing search")
    with qtbot.waitSignal(window.index_ready, timeout=30_000):
        release.set()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)  # the query ran
    assert window.status.index_label.text() == "Search ready"


def test_index_progress_is_shown(make_window, monkeypatch):
    window = make_window(wait=False)
    window.index_status.on_progress(3, 12)
    assert window.status.index_label.text() == "Preparing search… 25%"


def test_index_failure_leaves_browsing_working(qtbot, make_window, monkeypatch):
    from index import IndexBuildError

    real_job = workers.open_index_job
    failures = [IndexBuildError("the disk is full")]

    def failing_job(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real_job(*args, **kwargs)

    monkeypatch.setattr(workers, "open_index_job", failing_job)
    window = make_window(wait=False)
    qtbot.waitUntil(window.bars.index_bar.isVisible, timeout=10_000)
    assert "the disk is full" in window.bars.index_bar.label.text()
    assert "Search is not available" in window.search_panel.status_label.text()
    window.open_section("about")
    assert "About this test guide" in window.reader.toPlainText()
    with qtbot.waitSignal(window.index_ready, timeout=30_000):
        window.bars.index_retry_button.click()
    assert window.search_ready and not window.bars.index_bar.isVisible()


def test_without_a_prebuilt_index_it_is_built_in_memory(qtbot, make_window, basedir):
    window = make_window(index=False)
    assert window.search_ready
    assert window.search_index.location == ":memory:"
    assert window.search_panel.box.isEnabled()
    assert [p.name for p in basedir.iterdir()] in ([], ["settings.ini"])


def test_a_matching_prebuilt_index_is_opened(qtbot, make_window, prebuilt_index):
    window = make_window()
    assert window.search_ready and window.search_index.location == str(prebuilt_index)


def test_another_content_folder_builds_its_own_index_in_memory(qtbot, make_window, tmp_path,
                                                               basedir):
    import shutil

    from tests.tools.app_support import APP_CONTENT

    pack = tmp_path / "pack"
    shutil.copytree(APP_CONTENT, pack)
    about = pack / "sections" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nAn agency's own zebrafinch.\n",
                     encoding="utf-8")
    window = make_window(content=pack)  # the prebuilt index is for APP_CONTENT, not this
    assert window.search_ready and window.search_index.location == ":memory:"
    assert window.search_index.search("zebrafinch").hits
    assert [p.name for p in basedir.iterdir()] in ([], ["settings.ini"])


# -- the model ----------------------------------------------------------------------------------

def test_results_model_passes_the_model_tester(qtmodeltester, qtbot, make_window):
    window = make_window()
    model = ResultsModel()
    model.set_results(window.search_index.search("consent").hits)
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_row_html_escapes_titles_and_marks_glossary_hits():
    hit = Hit(kind="glossary", section_id="", term_id="x", title="<script>", anchor="", score=1.0,
              snippet_html="", snippet_text="a<b")
    out = row_html(hit)
    assert "&lt;script&gt;" in out and "Glossary" in out and "a&lt;b" in out
