"""Issue 15, typing speed: only the rows on screen are laid out before the results are
painted, and a row's layout is reused. (Timings are printed by
``python -m tools.typing_bench``, never asserted.)"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.results_model import ResultDelegate
from index.types import Hit

pytestmark = pytest.mark.gui


def fake_hits(n: int, word: str = "consent") -> list[Hit]:
    return [Hit(kind="section", section_id=f"s{i}", term_id="", title=f"Section {i}",
                anchor="", score=1.0, snippet_html="", snippet_text=f"{word} {i} " * 30,
                statutes=("PHIPA",), sectors=("health",))
            for i in range(n)]


def test_only_visible_rows_are_laid_out_before_the_first_paint(qtbot, make_window,
                                                                monkeypatch):
    window = make_window(index=False, wait=False)
    window.resize(1366, 768)
    panel = window.search_panel
    panel.tabs.setCurrentIndex(panel.RESULTS_TAB)
    measured = []
    real = ResultDelegate._document
    monkeypatch.setattr(ResultDelegate, "_document",
                        lambda self, o, i, w: measured.append(i.row()) or real(self, o, i, w))
    panel.model.set_results(fake_hits(50))
    panel.list_view.setCurrentIndex(panel.model.index(0, 0))
    panel.list_view.viewport().repaint()
    first = set(measured)
    assert first and len(first) < 25, sorted(first)  # not all 50
    for _ in range(20):
        QApplication.processEvents()  # the rest follow in batches
    measured.clear()
    panel.list_view.viewport().repaint()
    assert measured == []  # painting again reuses every laid-out row


def test_a_result_tagged_with_everything_says_so_in_a_few_words():
    from content.model import SECTOR_LABELS, STATUTES
    from desktop_app.results_model import hit_tags

    every = replace(fake_hits(1)[0], statutes=STATUTES, sectors=tuple(SECTOR_LABELS))
    assert hit_tags(every) == "Every law · every sector"
    some = fake_hits(1)[0]
    assert hit_tags(some) == "PHIPA · " + SECTOR_LABELS["health"]


def test_snippets_are_cut_at_a_word_with_their_highlights_closed():
    from desktop_app.results_model import clip_html

    short = 'a <b class="hit">police</b> call'
    assert clip_html(short) == short
    long_ = "word " * 20 + '<b class="hit">police officer asks</b> ' + "more " * 40
    out = clip_html(long_, 110)
    assert out.endswith(" …") and out.count("<b") == out.count("</b>")
    assert '<b class="hit">police' in out
    assert 10 <= clip_html("&amp; " * 60, 20).count("&amp;") <= 11  # an entity is one letter


def test_five_results_fit_at_1366x768(qtbot, make_window):
    window = make_window(None, index=False, wait=True)
    window.resize(1366, 768)
    window.bars.first_run_bar.dismiss()
    panel = window.search_panel
    for query in ("police", "doctor", "can I tell police without consent"):
        panel.box.setText(query)
        panel.run_query()
        for _ in range(30):
            QApplication.processEvents()
        view, rect = panel.list_view, panel.list_view.viewport().rect()
        shown = [r for r in range(panel.model.rowCount())
                 if rect.contains(view.visualRect(panel.model.index(r, 0)))]
        assert len(shown) >= 5, (query, len(shown))


def test_filter_chips_never_move_when_one_is_toggled(qtbot, make_window):
    window = make_window(None, index=False, wait=True)
    window.resize(1366, 768)
    panel = window.search_panel
    panel.box.setText("police")
    panel.run_query()
    panel.show_filters()
    QApplication.processEvents()
    before = {k: c.geometry() for k, c in panel.chips.items()}
    health = panel.chips[("sectors", "health")]
    qtbot.mouseClick(health, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    for _ in range(5):
        QApplication.processEvents()
    assert health.isChecked()
    assert {k: c.geometry() for k, c in panel.chips.items()} == before
