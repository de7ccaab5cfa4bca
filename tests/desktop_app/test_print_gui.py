"""Printing from the main window: File > Print..., Print preview..., Export PDF..., the
toolbar, the what-to-print dialog, and printing through a QPrinter as the dialog would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from desktop_app.printing import dialog as dialog_module
from desktop_app.printing import render as render_module
from desktop_app.printing.controller import PrintController
from desktop_app.printing.dialog import Available, Selection, WhatToPrintDialog
from tests.tools.app_support import type_query
from tests.tools.print_support import PRINT_CONTENT, needs_poppler, pdf_pages, pdf_text

pytestmark = pytest.mark.gui


def with_decision(window, summary, record) -> PrintController:
    """The window's print controller, printing this decision."""
    c = window.print_controller
    c.sources = replace(c.sources, current_decision=lambda: (summary, record))
    return c


@pytest.fixture
def window(make_window):  # noqa: F811 - the fixture imported above
    w = make_window(PRINT_CONTENT, index=False, wait=True)
    assert w.print_controller is not None  # create_app installs the print actions
    return w


def choose(monkeypatch, selection: Selection | None) -> list[Available]:
    """Answer the what-to-print dialog with ``selection``; returns what it was offered."""
    offered: list[Available] = []

    def ask(parent, library, available, verb):
        offered.append(available)
        return selection

    monkeypatch.setattr(WhatToPrintDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    return offered


def words(path) -> str:
    return " ".join(pdf_text(path).split())


def test_actions_are_in_the_file_menu_and_toolbar(window):
    c = window.print_controller
    menu = window.file_menu.actions()
    quick_exit = menu.index(window.commands.quick_exit_action)
    for action in c.actions:
        assert menu.index(action) < quick_exit
    assert [a.text() for a in c.actions] == ["&Print…", "Print pre&view…", "&Export PDF…"]
    assert c.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert c.print_action.shortcut().toString() == "Ctrl+P"
    tools = window.toolbar.actions()
    assert c.print_action in tools and c.export_action in tools
    assert tools.index(c.export_action) < tools.index(window.toolbar_insert_point)


def test_what_is_current(window, qtbot):
    c = window.print_controller
    assert c.available().section_id is None  # the start page
    window.open_section("phipa-serious-harm")
    a = c.available()
    assert a.section_id == "phipa-serious-harm"
    assert a.section_title.startswith("PHIPA s. 40(1)")
    assert a.search_query is None and a.decision is False
    assert a.quick_reference and a.decision_map
    type_query(qtbot, window, "notice")
    assert c.available().search_query == "notice"


@needs_poppler
def test_export_current_section(window, monkeypatch, tmp_path, qtbot):
    window.open_section("phipa-serious-harm")
    offered = choose(monkeypatch, Selection("section"))
    target = tmp_path / "new folder" / "phipa.pdf"
    asked = []
    monkeypatch.setattr(window.print_controller, "_ask_save_path",
                        lambda job: asked.append(job.filename) or str(target))
    with qtbot.waitSignal(window.print_controller.exported) as sig:
        window.print_controller.export_action.trigger()
    assert offered[0].section_id == "phipa-serious-harm"
    assert asked == ["phipa-serious-harm.pdf"]  # the suggested name
    assert sig.args == [str(target)]
    assert window.statusBar().currentMessage() == f"Saved to {target}"
    text = words(target)
    assert "PHIPA s. 40(1): sharing to prevent serious bodily harm" in text
    assert "Page 1 of 1" in text


def test_export_error_is_shown_in_words_and_nothing_is_written(window, monkeypatch, tmp_path):
    window.open_section("fippa")
    choose(monkeypatch, Selection("section"))
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "a-file").write_text("x")
    monkeypatch.setattr(window.print_controller, "_ask_save_path",
                        lambda job: str(folder / "a-file" / "out.pdf"))
    errors = []
    monkeypatch.setattr(window.print_controller, "_error", lambda t, m: errors.append((t, m)))
    window.print_controller.export_action.trigger()
    assert errors and errors[0][0] == "PDF not saved"
    assert "part of its path is a file" in errors[0][1]
    assert sorted(p.name for p in folder.iterdir()) == ["a-file"]


def test_cancelling_writes_nothing(window, monkeypatch, tmp_path):
    choose(monkeypatch, None)
    called = []
    monkeypatch.setattr(window.print_controller, "_ask_save_path",
                        lambda job: called.append(job) or "")
    window.print_controller.export_action.trigger()
    assert called == []
    choose(monkeypatch, Selection("quick-reference"))
    window.print_controller.export_action.trigger()  # asked, then cancelled
    assert len(called) == 1


def _print_to_pdf(path):
    """What the print dialog does when the user picks "Print to file (PDF)" and OK."""
    def exec_(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted
    return through_preview(exec_)


def through_preview(print_dialog_exec, seen=None):
    """Every print goes through the preview: press its Print button, then answer the print
    dialog with ``print_dialog_exec``."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    def exec_(dialog):
        if isinstance(dialog, QPrintPreviewDialog):
            if seen is not None:
                seen.append(dialog.windowTitle())
            controller = dialog.parent().print_controller
            controller.preview_print_button.click()
            return dialog.result()
        return print_dialog_exec(dialog)
    return exec_


@needs_poppler
def test_print_through_a_qprinter_as_the_print_dialog_does(window, monkeypatch, tmp_path):
    choose(monkeypatch, Selection("quick-reference"))
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(window.print_controller, "_exec", _print_to_pdf(out))
    window.print_controller.print_action.trigger()
    assert pdf_pages(out) == 1
    text = words(out)
    assert text.startswith("Someone in danger now? Call 911.") and "PHIPA s. 40(1)" in text
    assert "Not legal advice" in text and "Page 1 of 1" in text
    assert window.statusBar().currentMessage() == "Sent 1 page(s) to the printer."


@needs_poppler
def test_print_dialog_page_range(window, monkeypatch, tmp_path):
    ids = [s.id for s in window.library.sections]
    choose(monkeypatch, Selection("sections", tuple(ids)))
    out = tmp_path / "range.pdf"

    def exec_(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.print_controller, "_exec", through_preview(exec_))
    window.print_controller.print_action.trigger()
    assert pdf_pages(out) == 1
    text = words(out)
    assert "Page 2 of " in text and "Page 1 of " not in text


def test_print_dialog_cancelled_prints_nothing(window, monkeypatch, tmp_path):
    choose(monkeypatch, Selection("quick-reference"))
    monkeypatch.setattr(window.print_controller, "_exec",
                        through_preview(lambda dialog: QDialog.DialogCode.Rejected))
    monkeypatch.setattr(render_module, "render", lambda *a, **k: pytest.fail("printed"))
    window.print_controller.print_action.trigger()


def test_print_preview_paints_every_page(window, monkeypatch, qtbot):
    ids = [s.id for s in window.library.sections]
    choose(monkeypatch, Selection("sections", tuple(ids)))
    pages = []

    def exec_(dialog):
        with qtbot.waitSignal(dialog.paintRequested, timeout=10_000):
            dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10_000)
        pages.append(preview.pageCount())
        dialog.close()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window.print_controller, "_exec", exec_)
    window.print_controller.preview_action.trigger()
    job = window.print_controller.build_job(Selection("sections", tuple(ids)))
    printer = window.print_controller.printer(job)
    doc, _ = render_module.layout_job(job, printer)
    assert pages == [doc.pageCount()] and pages[0] >= 2


@needs_poppler
def test_export_search_digest_from_the_window(window, monkeypatch, tmp_path, qtbot):
    type_query(qtbot, window, "serious bodily harm")
    window.search_panel.set_filter("statutes", "PHIPA", True)
    qtbot.waitUntil(lambda: window.search_panel.active_filters["statutes"] == ("PHIPA",))
    choose(monkeypatch, Selection("search"))
    out = tmp_path / "digest.pdf"
    monkeypatch.setattr(window.print_controller, "_ask_save_path", lambda job: str(out))
    window.print_controller.export_action.trigger()
    text = words(out)
    assert "“serious bodily harm”" in text and "Laws: PHIPA" in text
    assert "PHIPA s. 40(1): sharing to prevent serious bodily harm" in text


@needs_poppler
def test_export_decision_record_given_by_the_panel(window, monkeypatch, tmp_path):
    from content.decision import DecisionRecord, evaluate_facts

    flow = window.library.extras["decisions"]["share"]
    summary = evaluate_facts(flow, {"danger": "no", "organization": "health",
                                    "consent": "no"}).summary
    record = DecisionRecord.prefilled(summary)
    c = with_decision(window, summary, record)
    assert c.available().decision
    choose(monkeypatch, Selection("decision-record"))
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(c, "_ask_save_path", lambda job: str(out))
    c.export_dialog()
    text = words(out)
    assert "Decision record" in text and "PHIPA s. 40(1)" in text and "Signature" in text


def test_nothing_to_print_is_explained(window, monkeypatch):
    choose(monkeypatch, Selection("decision-summary"))
    errors = []
    monkeypatch.setattr(window.print_controller, "_error", lambda t, m: errors.append(m))
    window.print_controller.export_action.trigger()
    assert errors == ["There is no decision to print yet."]


def test_quick_exit_forgets_the_export_folder(window, monkeypatch, tmp_path):
    choose(monkeypatch, Selection("quick-reference"))
    monkeypatch.setattr(window.print_controller, "_ask_save_path",
                        lambda job: str(tmp_path / "card.pdf"))
    window.print_controller.export_action.trigger()
    assert window.print_controller._last_folder == tmp_path
    window.clear_sensitive_state()
    assert window.print_controller._last_folder is None


# -- the what-to-print dialog ---------------------------------------------------------------

def test_what_to_print_dialog(qtbot, window):
    lib = window.library
    avail = Available(section_id="fippa", section_title="FIPPA: provincial institutions",
                      search_query=None, decision=False, decision_map=True)
    dialog = WhatToPrintDialog(window, lib, avail, "Export PDF")
    qtbot.addWidget(dialog)
    assert dialog.buttons["section"].isChecked()
    assert "FIPPA: provincial institutions" in dialog.buttons["section"].text()
    assert not dialog.buttons["search"].isEnabled()
    assert not dialog.buttons["decision-record"].isEnabled()
    assert dialog.buttons["decision-map"].isEnabled()
    assert not dialog.tree.isEnabled()
    assert dialog.selection() == Selection("section")
    # the table of contents, with the current section ticked
    assert dialog.tree.topLevelItemCount() == len(lib.children(None))
    assert dialog.checked_sections() == ("fippa",)
    dialog.buttons["sections"].setChecked(True)
    assert dialog.tree.isEnabled()
    item = dialog.tree.findItems("PIPEDA: context only", Qt.MatchFlag.MatchRecursive)[0]
    item.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.selection() == Selection("sections", ("fippa", "pipeda"))
    dialog._check_all(True)
    assert len(dialog.checked_sections()) == len(lib.sections)
    dialog._check_all(False)
    assert dialog.checked_sections() == ()


def test_what_to_print_ask_insists_on_a_ticked_section(qtbot, window, monkeypatch):
    avail = Available(section_id=None)
    calls = []

    def exec_(self):
        calls.append(1)
        if len(calls) == 1:  # OK with nothing ticked: told, and asked again
            # (no longer the default: what is on screen is preselected, issue 15)
            assert not self.buttons["sections"].isChecked()
            self.buttons["sections"].setChecked(True)
            return QDialog.DialogCode.Accepted
        self.buttons["quick-reference"].setChecked(True)
        return QDialog.DialogCode.Accepted

    told = []
    monkeypatch.setattr(WhatToPrintDialog, "exec", exec_)
    monkeypatch.setattr(dialog_module.QMessageBox, "information",
                        lambda *a: told.append(a[2]))
    sel = WhatToPrintDialog.ask(window, window.library, avail, "Print")
    assert sel == Selection("quick-reference")
    assert told == ["Tick at least one section in the list."]
    monkeypatch.setattr(WhatToPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert WhatToPrintDialog.ask(window, window.library, avail, "Print") is None


@needs_poppler
def test_decision_panel_button_prints_the_record(make_window, qtbot, monkeypatch,  # noqa: F811
                                                 tmp_path):
    from desktop_app.decision.panel import DecisionPanel

    w = make_window(PRINT_CONTENT, index=False, wait=True)
    panel = w.decision_panel  # create_app adds it and installs the print actions
    assert isinstance(panel, DecisionPanel)
    c = w.print_controller
    assert c.available().decision is False  # no outcome yet
    for value in ("no", "municipal", "no"):
        panel.choose(value)
    if panel.summary() is None:  # the review screen comes before the outcome
        panel.confirm_button.click()
    assert panel.summary() is not None
    assert panel.print_button is not None and panel.print_button.isVisibleTo(panel)
    offered = []

    def ask(cls, parent, library, available, verb, *, default=None, all_actions=False):
        offered.append((available.decision, default, all_actions))
        return Selection("decision-record", action="export")

    monkeypatch.setattr(WhatToPrintDialog, "ask", classmethod(ask))
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(c, "_ask_save_path", lambda job: str(out))
    panel.print_button.click()
    assert offered == [(True, "decision-record", True)]
    text = words(out)
    assert "Decision record" in text and "You may share in compelling circumstances" in text
    assert "MFIPPA s. 32(h)" in text and "Signature" in text


def test_all_actions_form_of_the_dialog(qtbot, window):
    avail = Available(section_id=None, decision=True)
    dialog = WhatToPrintDialog(window, window.library, avail, "Print",
                               default="decision-record", all_actions=True)
    qtbot.addWidget(dialog)
    assert dialog.buttons["decision-record"].isChecked()
    labels = [b.text() for b in dialog.button_box.buttons()]
    assert {"Preview and print…", "Save as PDF…"} <= set(labels)
    assert "Print…" not in labels  # no print without a preview
    save = next(b for b in dialog.button_box.buttons() if b.text() == "Save as PDF…")
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selection() == Selection("decision-record", action="export")


def test_the_controller_reads_nothing_from_the_window(qtbot, monkeypatch, tmp_path):
    """Everything the controller uses is handed in, typed (PrintSources, PrintPlaces):
    a bare widget with a menu and a toolbar of its own is enough, and each source is read
    when an action is used."""
    from PySide6.QtWidgets import QMenu, QToolBar, QWidget

    from desktop_app.printing.install import install_print_actions
    from desktop_app.printing.sources import CurrentSearch, PrintPlaces, PrintSources
    from tests.tools.print_support import load_print_library, make_hit, make_results

    lib = load_print_library()
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    quit_action = menu.addAction("Quit")
    toolbar = QToolBar(parent)
    here = {"section": "fippa", "search": None}
    shown: list[tuple[str, int]] = []
    sources = PrintSources(
        library=lambda: lib, current_section=lambda: here["section"],
        current_search=lambda: here["search"],
        show_status=lambda message, ms: shown.append((message, ms)))
    c = install_print_actions(parent, sources, PrintPlaces(menu, quit_action, toolbar))
    items = menu.actions()
    assert items[:3] == list(c.actions) and items[3].isSeparator() and items[4] is quit_action
    assert toolbar.actions() == [c.print_action, c.export_action]
    avail = c.available()
    assert (avail.section_id, avail.search_query, avail.decision) == ("fippa", None, False)
    here["section"] = "no-such-section"  # read again, and checked against the content
    assert c.available().section_id is None
    results = make_results("consent", (make_hit("section", "fippa", "FIPPA", "consent"),), 1)
    here["search"] = CurrentSearch(results, statutes=("PHIPA",), sectors=("health",))
    assert c.available().search_query == "consent"
    job = c.build_job(Selection("search"))
    assert "Laws: PHIPA" in job.html and "consent" in job.html
    with pytest.raises(LookupError):
        c.build_job(Selection("decision-record"))  # no decision source: none to print
    out = tmp_path / "results.pdf"
    monkeypatch.setattr(c, "_ask_save_path", lambda job: str(out))
    assert c.export_job(job) == out and out.read_bytes().startswith(b"%PDF")
    assert shown == [(f"Saved to {out}", 10000)]
