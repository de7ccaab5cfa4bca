"""Take the French screenshots at 1366x768: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/take_french_screenshots.py

Writes, next to this script: fr-start (the start page), fr-search-results (a search typed in
French, with the filters shown), fr-section (a section opened from it), fr-decision-question
(the decision helper's question about the risk, beside the section on the serious-harm
tests) and fr-decision-outcome (the helper's answer for a
nurse asked by the police, as a full page in the reader), with the app switched to French
through View > Language (the way a user does it), in a throwaway --basedir. Each
decision-helper shot is checked for clipped text first (``tests.tools.layout_check``); any
clipping stops the run. Each PNG is then made smaller (``shrink.py``).
"""

from __future__ import annotations

import tempfile
from functools import partial

import shots  # beside this script
from shots import PHIPA_POLICE, settle

QUERY = "la police demande le dossier"
# the French app needs a little longer to settle after each step
wait_for = partial(shots.wait_for, timeout_ms=60_000)
shot = partial(shots.shot, settle_ms=400)


def main() -> int:
    from desktop_app.app import create_app

    base = tempfile.mkdtemp(prefix="ipv-fr-shots-")
    _app, w = create_app(["--basedir", base])
    w.resize(1366, 768)
    w.move(0, 0)
    wait_for(lambda: w.started)
    wait_for(lambda: w.language_menu.ready is not None)
    if not w.language_menu.ready:
        raise SystemExit("the French translation is not complete: French is not offered")
    w.bars.first_run_bar.dismiss()
    w.language_menu.actions_by_language["fr"].trigger()
    wait_for(lambda: w.search_ready)
    w.statusBar().clearMessage()
    panel = w.decision_panel
    shot(w, "fr-start.png", check_panel=True)

    w.search_panel.box.setText(QUERY)
    w.search_panel.run_query()
    wait_for(lambda: w.search_panel.model.rowCount() > 0)
    w.search_panel.show_filters()
    settle(800)
    shot(w, "fr-search-results.png")
    hit = w.search_panel.model.hit(0)
    w.open_section(hit.section_id, hit.anchor or None, QUERY)
    shot(w, "fr-section.png")

    w.search_panel.clear()
    w.open_section("serious-harm-tests")
    w.side_tabs.setVisible(True)
    w.side_tabs.setCurrentWidget(panel)
    for value in PHIPA_POLICE[:6]:  # up to the question about the risk
        panel.choose(value)
    shot(w, "fr-decision-question.png", check_panel=True)

    for value in PHIPA_POLICE[6:]:
        panel.choose(value)
    panel.confirm_button.click()
    shot(w, "fr-decision-outcome.png", check_panel=True)
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
