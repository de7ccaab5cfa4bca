"""In the app: the agency's contacts on the start page and in the Help menu, the decision
copied as text (private on Windows, cleared on quick exit), record rows kept whole on
paper, and the reader and the printout wording a section the same way."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app import clipboard_guard, printouts
from desktop_app.printing.controller import PrintController
from desktop_app.printing.dialog import Available, Selection, WhatToPrintDialog
from tests.tools.print_support import (
    PRINT_CONTENT,
    SIX_CONTACTS,
    load_print_library,
    needs_poppler,
    pdf_pages,
    pdf_text,
    text_of,
)

pytestmark = pytest.mark.gui


def with_decision(window, summary, record) -> PrintController:
    """The window's print controller, printing this decision."""
    c = window.print_controller
    c.sources = replace(c.sources, current_decision=lambda: (summary, record))
    return c


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    """Leave no clipboard data made in Python behind: PySide6 6.11 frees it twice when
    the application is destroyed at exit (the app clears it at quit for the same reason)."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def window(make_window):  # noqa: F811 - the fixture imported above
    return make_window(PRINT_CONTENT, index=False, wait=True)


@pytest.fixture
def agency_window(make_window, tmp_path):  # noqa: F811
    root = tmp_path / "content"
    shutil.copytree(PRINT_CONTENT, root)
    (root / "agency.yaml").write_text(SIX_CONTACTS, encoding="utf-8")
    return make_window(root, index=False, wait=True)


def _decision(window):
    from content.decision import DecisionRecord, evaluate_facts

    flow = window.library.extras["decisions"]["share"]
    summary = evaluate_facts(flow, {"danger": "no", "organization": "health",
                                    "consent": "no"}).summary
    return summary, DecisionRecord.prefilled(summary)


# -- agency: start page and Help menu ---------------------------------------------------------

def test_help_menu_and_start_page_show_the_agency(qtbot, agency_window):
    w = agency_window
    qtbot.waitUntil(lambda: w.commands.agency_action.isVisible(), timeout=5000)
    assert w.help_menu.actions()[0] is w.commands.agency_action
    assert "Riverside Women's Shelter" in w.reader.toPlainText()
    assert "416-555-0100 ext. 21" in w.reader.toPlainText()
    w.help.show_agency()
    from PySide6.QtWidgets import QApplication

    titles = [x.windowTitle() for x in QApplication.topLevelWidgets() if x.isVisible()]
    assert "Contacts at Riverside Women's Shelter" in titles
    w.clear_sensitive_state()  # the neutral start page still shows the agency's contacts
    assert "416-555-0199" in w.reader.toPlainText()


def test_without_an_agency_file_nothing_changes(window):
    assert not window.commands.agency_action.isVisible()
    assert "Your contacts" not in window.reader.toPlainText()


# -- copy as text ----------------------------------------------------------------------------

def test_copy_decision_as_text_is_private_and_cleared_on_quick_exit(window, monkeypatch):
    summary, record = _decision(window)
    c = with_decision(window, summary, record)
    assert c.copy_decision_text(record=True)
    clip = QGuiApplication.clipboard()
    text = clip.text()
    assert text.startswith("Decision record (Info-Sharing Guide: ")
    assert "Outcome: You may share to reduce a significant risk of serious bodily harm" in text
    assert "Provisions: PHIPA s. 40(1); CYFSA s. 125(1)" in text
    assert "- Authority relied on: PHIPA s. 40(1); CYFSA s. 125(1)" in text
    assert "Answers given:" in text and "What must still be true:" in text
    # the same wording as the printout
    html_text = text_of(printouts.decision_job(c.decision_doc(), record=True).html)
    for line in ("What must still be true", "Telling the person afterwards",
                 "Answers given"):
        assert line in html_text
    # copied the app's one private way (on Windows kept out of clipboard history and the
    # cloud clipboard: tests/test_hardening_privacy.py checks clipboard_guard's formats)
    copied = []
    real_copy = clipboard_guard.copy_text
    monkeypatch.setattr(clipboard_guard, "copy_text",
                        lambda t, *a, **k: (copied.append(t), real_copy(t, *a, **k)))
    assert c.copy_decision_text(record=True)
    monkeypatch.undo()
    assert copied == [text] and QGuiApplication.clipboard().text() == text
    window.quick_exit()
    assert QGuiApplication.clipboard().text() == ""


def test_quick_exit_leaves_text_someone_else_copied(window):
    summary, record = _decision(window)
    c = with_decision(window, summary, record)
    c.copy_decision_text(record=False)
    QGuiApplication.clipboard().setText("not ours")
    c.clear()
    assert QGuiApplication.clipboard().text() == "not ours"


def test_copy_button_only_for_a_decision(qtbot, window, monkeypatch):
    avail = Available(section_id="fippa", section_title="FIPPA", search_query=None,
                      decision=True, decision_map=True)
    dialog = WhatToPrintDialog(window, window.library, avail, "Print",
                               default="decision-record", all_actions=True)
    qtbot.addWidget(dialog)
    copy = dialog.action_buttons["copy"]
    assert copy.text() == "Copy as text" and copy.isEnabled()
    dialog.buttons["quick-reference"].setChecked(True)
    assert not copy.isEnabled()
    dialog.buttons["decision-summary"].setChecked(True)
    assert copy.isEnabled()


def test_print_decision_copy_action(window, monkeypatch):
    summary, record = _decision(window)
    c = with_decision(window, summary, record)
    monkeypatch.setattr(WhatToPrintDialog, "ask", classmethod(
        lambda cls, *a, **k: Selection("decision-record", action="copy")))
    QGuiApplication.clipboard().clear()
    c.print_decision()
    assert QGuiApplication.clipboard().text().startswith("Decision record")


# -- record rows on paper -----------------------------------------------------------------------

@needs_poppler
def test_record_rows_are_never_split_and_the_header_repeats(qapp, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.layout import row_span, tables
    from desktop_app.printing.pdf import PDF_DPI, export_pdf
    from desktop_app.printing.render import layout_job, setup_page
    from desktop_app.printouts import PrintMeta, decision_doc_from_facts, decision_job

    lib = load_print_library()
    doc = decision_doc_from_facts(lib, "danger=unsure,organization=health,consent=unsure")
    long_answers = tuple((f"Question {i}: " + "is this a long question, " * (3 + i % 5) + "?",
                          f"Answer {i} " + "and more words " * (i % 4)) for i in range(24))
    from dataclasses import replace

    doc = replace(doc, answers=long_answers)
    job = decision_job(doc, record=True)
    meta = PrintMeta.from_library(lib)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(PDF_DPI)
    setup_page(writer, job)
    laid, _ = layout_job(job, writer, meta)
    height = laid.pageSize().height()
    layout = laid.documentLayout()
    rows = crossings = 0
    for table in tables(laid.rootFrame()):
        for r in range(table.rows()):
            top, bottom = row_span(layout, table, r)
            rows += 1
            crossings += int(top // height) != int((bottom - 1) // height)
    assert rows > 30 and crossings == 0
    path = export_pdf(job, tmp_path / "record.pdf", meta)
    pages = pdf_pages(path)
    assert pages >= 2
    seen: dict[int, int] = {}
    continued = 0
    for page in range(1, pages + 1):
        text = " ".join(pdf_text(path, page).split())
        on_page = [i for i in range(24) if f"Question {i}: " in text]
        for i in on_page:  # every question is whole on one page
            seen[i] = seen.get(i, 0) + 1
            tail = text[text.index(f"Question {i}: "):]
            assert re.match(rf"Question {i}: (is this a long question, )+\?", tail), (page, i)
        if on_page and min(on_page) > 0:  # the table continues here: its header repeats
            assert text.index("Question Answer") < text.index(f"Question {min(on_page)}: ")
            continued += 1
    assert sorted(seen) == list(range(24)) and set(seen.values()) == {1}
    assert continued  # the answers did run onto a second page


# -- one presenter for the reader and print ------------------------------------------------------

def test_reader_and_print_word_a_section_the_same(qapp):
    from desktop_app import section_view
    from desktop_app.printouts import sections_job
    from desktop_app.reader_pages import section_html

    lib = load_print_library()
    for s in lib.sections:
        screen = text_of("<body>" + section_html(lib, s) + "</body>")
        paper = text_of(sections_job(lib, [s.id]).html)
        v = section_view.section_view(lib, s)
        shared = [section_view.PROVISIONS_HEADING, section_view.NOT_LEGAL_ADVICE, v.meta,
                  v.title, v.summary, *v.provisions, *(src.citation for src in v.sources),
                  *(t for _i, t in v.related), *(t for _i, t in v.crumbs)]
        if v.check_note:
            shared += [f"{section_view.CHECK_LABEL} {v.check_note}"]
        if v.sources:
            shared.append(section_view.SOURCES_HEADING)
        if v.no_provisions:
            shared.append(v.no_provisions)
        for words in shared:
            words = " ".join(words.split())
            assert words in screen.replace("\u26a0 ", ""), (s.id, words)
            assert words in paper, (s.id, words)
        assert "Provisions:" not in paper and "Check the official text:" not in paper


# -- the decision map's overview ------------------------------------------------------------------

def test_flow_overview_layers_and_kinds_of_outcome():
    from content.decision import flow_map
    from desktop_app.printouts import flow_overview, share_flow

    lib = load_print_library()
    fm = flow_map(share_flow(lib))
    ov = flow_overview(fm)
    assert ov["layers"][0] == [fm["start"]]
    placed = [q for layer in ov["layers"] for q in layer]
    assert sorted(placed) == sorted(q["id"] for q in fm["questions"])
    depth = {q: i for i, layer in enumerate(ov["layers"]) for q in layer}
    assert ov["edges"] and all(depth[a] < depth[b] for a, b in ov["edges"])
    kinds = {o["verdict"] for o in fm["outcomes"]}
    assert {g["verdict"] for g in ov["groups"]} == kinds
    assert sum(len(g["outcomes"]) for g in ov["groups"]) == len(fm["outcomes"])


@needs_poppler
def test_decision_map_starts_with_a_one_page_overview(qapp, tmp_path):
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import PrintMeta, decision_map_from_library

    lib = load_print_library()
    job = decision_map_from_library(lib)
    path = export_pdf(job, tmp_path / "map.pdf", PrintMeta.from_library(lib))
    first = " ".join(pdf_text(path, 1).split())
    flow = lib.extras["decisions"]["share"]
    assert first.startswith(f"Overview: {flow.title}")
    for n in range(1, len(flow.questions) + 1):
        assert f"Q{n}" in first
    assert "Key: kinds of outcome" in first
    for o in flow.outcomes.values():  # short fixture: every outcome is named in the key
        assert o.title in first
    pages = pdf_pages(path)
    assert f"Page 1 of {pages}" in first
    second = " ".join(pdf_text(path, 2).split())
    assert "Decision map: " in second and "Page 2 of" in second  # the full text tree follows


def test_small_tables_stay_whole_and_long_ones_break_only_between_rows(qapp, tmp_path):
    """Wherever a page break falls: a box or the signature lines (a small table) never
    straddle two pages, and a long table breaks only between its rows."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.layout import layout_html, row_span, tables

    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(72)
    body = QSizeF(400, 600)  # the small table is under a quarter of the page
    small = ('<table width="100%" cellspacing="0"><tr><td>line<br>&nbsp;</td></tr>'
             "<tr><td>Signature</td></tr><tr><td>line<br>&nbsp;</td></tr>"
             "<tr><td>Date</td></tr></table>")
    long_rows = "".join(f"<tr><td>row {i} " + "word " * (5 + i % 13) + "</td><td>x</td></tr>"
                        for i in range(30))
    big = ('<table width="100%" cellspacing="0"><thead><tr><th>Q</th><th>A</th></tr></thead>'
           + long_rows + "</table>")
    straddled = 0
    for n in range(0, 130, 4):
        html = "<p>" + "filler words here " * (n * 3) + "</p>" + small + big
        doc = layout_html(html, writer, body)
        layout = doc.documentLayout()
        h = doc.pageSize().height()
        box, table = tables(doc.rootFrame())[:2]
        top, bottom = row_span(layout, box, 0)[0], row_span(layout, box, box.rows() - 1)[1]
        assert int(top // h) == int((bottom - 1) // h), n
        for r in range(table.rows()):
            a, b = row_span(layout, table, r)
            assert int(a // h) == int((b - 1) // h), (n, r)
        raw = layout_html(html, writer, body, keep_rows=False)  # as Qt would lay it out
        rbox = tables(raw.rootFrame())[0]
        rtop = row_span(raw.documentLayout(), rbox, 0)[0]
        rbottom = row_span(raw.documentLayout(), rbox, rbox.rows() - 1)[1]
        straddled += int(rtop // h) != int((rbottom - 1) // h)
    assert straddled  # the sweep did put a page break through the small table


def test_outcome_on_screen_names_who_to_ask_at_the_agency(qtbot, tmp_path):
    from datetime import datetime

    from content import data_root, load_library
    from content.decision import Question, Review, all_paths
    from desktop_app.decision.panel import DecisionPanel
    from tests.tools.print_support import with_agency

    def panel_for(lib):
        p = DecisionPanel(lib, now=lambda: datetime(2026, 11, 25, 9, 30))
        qtbot.addWidget(p)
        flow = lib.extras["decisions"]["share"]
        path = next(pa for pa in all_paths(flow) if flow.outcomes[pa.outcome].consult)
        for _ in range(40):
            current = p.session.current
            if isinstance(current, Question):
                p.choose(path.facts[current.fact])  # picks the answer and goes on
            elif isinstance(current, Review):
                p.confirm_button.click()
            else:
                break
        assert p.has_outcome()
        return p, flow.outcomes[path.outcome]

    lib = load_library(with_agency(data_root(), tmp_path / "content"))
    p, outcome = panel_for(lib)
    box = p.findChild(QWidget, "decision-consult")
    assert box is not None and box.accessibleName() == "Who to ask at Riverside Women's Shelter"
    shown = " ".join(lbl.text() for lbl in box.findChildren(QLabel))
    from content.agency import ROLES

    for role in outcome.consult:
        assert ROLES[role] in shown
    plain, _ = panel_for(load_library(data_root()))
    assert plain.findChild(QWidget, "decision-consult") is None  # no agency.yaml: unchanged


def test_a_section_still_in_english_is_marked_on_paper_as_on_screen(qapp):
    """In the French guide a section not yet translated is shown in English with a note;
    the printout carries the same note, so a French reader of the paper knows why."""
    from pathlib import Path

    from content import load_library
    from desktop_app import i18n
    from desktop_app.printouts import sections_job
    from desktop_app.reader_pages import section_html

    fixture = Path(__file__).resolve().parents[1] / "data" / "fr_content"
    fr = load_library(fixture, language="fr")
    i18n.set_language("fr")
    try:
        note = " ".join(i18n.untranslated_note().split())
        assert note.startswith("Pas encore traduit") or "anglais" in note, note
        english = fr.section("fippa")
        assert english.untranslated
        assert note in text_of("<body>" + section_html(fr, english) + "</body>")
        assert note in text_of(sections_job(fr, ["fippa"]).html)
        french = fr.section("about")
        assert not french.untranslated
        assert note not in text_of(sections_job(fr, ["about"]).html)
    finally:
        i18n.set_language("en")
