"""Take the app's screenshots at 1366x768: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_screenshots.py
    (the same with ``--large-text`` for the 200% text shots)

Writes, next to this script: start, search-results, section-highlights, status-message (a
long message elided beside the status labels), on-this-page (the page's headings and
links), section-definition, print-preview (the decision record, as Print opens it),
decision-question, decision-emergency ("Call 911 now"), decision-outcome (the result as a
full page in the reader), decision-record (the record form, filled in), dark,
high-contrast (on light) and high-contrast-dark; with ``--large-text`` (the OS text size
doubled, 200%) large-text-outcome and large-text-record. Each decision-helper shot is
checked for clipped text first (``tests.tools.layout_check``); any clipping stops the run.
Each PNG is then made smaller (``shrink.py``). Uses a throwaway --basedir.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from PySide6.QtWidgets import QApplication
from shots import OUT, PHIPA_POLICE, settle, shot, wait_for  # beside this script
from shrink import shrink


def preview_shot(window, name: str) -> None:  # noqa: ANN001
    """The print preview of the decision record, as Print opens it (the whole screen)."""
    from desktop_app.printing.dialog import Selection

    ctl = window.print_controller

    def exec_(dialog):  # noqa: ANN001, ANN202
        dialog.show()
        settle(1500)
        screen = QApplication.primaryScreen()
        screen.grabWindow(0).save(str(OUT / name))
        print("wrote", OUT / name, shrink(OUT / name))
        dialog.close()
        return 0

    ctl._exec = exec_
    ctl.preview_job(ctl.build_job(Selection("decision-record")))
    del ctl._exec


def to_outcome(panel) -> None:  # noqa: ANN001
    panel.restart()
    panel.discard_undo()
    for value in PHIPA_POLICE:
        panel.choose(value)
    panel.confirm_button.click()


def fill_record(panel) -> None:  # noqa: ANN001
    f = panel.record_fields
    f["role"].setText("Emergency nurse")
    panel._on_field("role", "Emergency nurse")
    f["shared"].setCurrentIndex(f["shared"].findData("shared"))
    f["what"].setPlainText("Told police about the threat and where he may be going")
    f["to_whom"].setText("Police service")
    panel._on_field("to_whom", "Police service")
    f["why"].setPlainText("Threat to kill, past strangulation, access to a weapon")
    # scroll so the "What was or was not shared" label is the first line (no line cut
    # in half at the top edge)
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    label = next(w for w in panel.page.findChildren(QLabel) if w.buddy() is f["what"])
    settle(100)
    panel.scroll.verticalScrollBar().setValue(label.mapTo(panel.page, QPoint(0, 0)).y() - 6)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large-text", action="store_true", help="200%% text size only")
    opts = parser.parse_args(argv)
    from desktop_app.app import _qapplication, create_app

    app = _qapplication([])
    if opts.large_text:  # what the app reads as the OS text size, doubled
        app.setProperty("ipvOsPointSize", (app.font().pointSizeF() or 9.0) * 2)
    base = tempfile.mkdtemp(prefix="ipv-shots-")
    _app, w = create_app(["--basedir", base])
    w.resize(1366, 768)
    w.move(0, 0)
    wait_for(lambda: w.search_ready and w.started)
    w.bars.first_run_bar.dismiss()
    panel = w.decision_panel

    if opts.large_text:
        to_outcome(panel)
        shot(w, "large-text-outcome.png", check_panel=True)
        fill_record(panel)
        shot(w, "large-text-record.png", check_panel=True)
        w.close()
        return 0

    w.bars.first_run_bar.show()
    shot(w, "start.png")
    w.bars.first_run_bar.dismiss()
    w.search_panel.box.setText("police asking for records")
    w.search_panel.run_query()
    w.search_panel.show_filters()
    shot(w, "search-results.png")

    w.search_panel.box.setText("strangulation")
    w.search_panel.run_query()
    hit = next(h for h in w.search_panel.model.hits() if h.kind == "section" and h.anchor)
    w.search_panel.result_activated.emit(hit, "strangulation")
    shot(w, "section-highlights.png")

    # the status bar with a long message (a hovered result's snippet): elided beside
    # "Search ready" and the version, never over them
    w.statusBar().showMessage(w.search_panel.model.hits()[0].snippet_text * 3)
    shot(w, "status-message.png")
    w.statusBar().clearMessage()

    # "On this page": the open page's headings and links (Ctrl+Shift+O)
    w.links.show_outline()
    shot(w, "on-this-page.png")

    w.open_section("phipa-serious-harm")
    glossary_links = [a for a in ("reasonable-grounds", "consent") if w.library.has_term(a)]
    if glossary_links:
        w.links.show_definition(glossary_links[0])
    shot(w, "section-definition.png")

    w.search_panel.clear()
    w.open_section("serious-harm-tests")
    for value in PHIPA_POLICE[:6]:  # up to the risk question
        panel.choose(value)
    shot(w, "decision-question.png", check_panel=True)

    panel.restart()
    panel.discard_undo()
    panel.choose("yes")
    shot(w, "decision-emergency.png", check_panel=True)

    to_outcome(panel)
    shot(w, "decision-outcome.png", check_panel=True)
    fill_record(panel)
    shot(w, "decision-record.png", check_panel=True)

    preview_shot(w, "print-preview.png")

    panel.restart()
    panel.discard_undo()
    panel.choose("no")
    panel.choice_buttons["yes"].setChecked(True)
    w.appearance.set_theme("dark")
    shot(w, "dark.png", check_panel=True)
    w.appearance.set_theme("light")
    w.appearance.set_high_contrast(True)
    shot(w, "high-contrast.png", check_panel=True)
    w.appearance.set_theme("dark")
    shot(w, "high-contrast-dark.png", check_panel=True)
    w.appearance.set_high_contrast(False)
    w.appearance.set_theme("light")
    w.close()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
