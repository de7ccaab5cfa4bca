"""Take the French screenshots at 1366x768: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/take_french_screenshots.py

Writes, next to this script: fr-start (the start page), fr-search-results (a search typed in
French), fr-section (a section opened from it) and fr-decision-question (the decision helper's
first question), with the app switched to French through View > Language (the way a user
does it), in a throwaway --basedir.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent.parent))


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(pred, timeout_ms: int = 60_000) -> None:  # noqa: ANN001
    waited = 0
    while not pred() and waited < timeout_ms:
        settle(50)
        waited += 50
    if not pred():
        raise SystemExit("timed out")


def shot(window, name: str) -> None:  # noqa: ANN001
    settle()
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)


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
    w.bars.first_run_bar.hide()
    w.language_menu.actions_by_language["fr"].trigger()
    wait_for(lambda: w.search_ready)
    w.statusBar().clearMessage()
    shot(w, "fr-start.png")
    w.search_panel.box.setText("la police demande le dossier")
    wait_for(lambda: w.search_panel.model.rowCount() > 0)
    settle(800)
    shot(w, "fr-search-results.png")
    hit = w.search_panel.model.hit(0)
    w.open_section(hit.section_id, hit.anchor or None, "la police demande le dossier")
    shot(w, "fr-section.png")
    w.search_panel.box.clear()
    w.navigation.go_home()
    panel = w.decision_panel
    w.side_tabs.setVisible(True)
    w.side_tabs.setCurrentWidget(panel)
    shot(w, "fr-decision-question.png")
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
