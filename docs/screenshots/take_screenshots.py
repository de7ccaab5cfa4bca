"""Take the app's screenshots: run under Xvfb, e.g.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots/take_screenshots.py

Writes start.png, search-results.png, section-highlights.png, dark.png (and
high-contrast.png, section-definition.png, decision-question.png, decision-outcome.png)
next to this script. Uses a throwaway --basedir.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(pred, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not pred() and waited < timeout_ms:
        settle(50)
        waited += 50
    if not pred():
        raise SystemExit("timed out")


def shot(window, name: str) -> None:
    settle()
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    from desktop_app.app import create_app

    base = tempfile.mkdtemp(prefix="ipv-shots-")
    _app, w = create_app(["--basedir", base])
    w.resize(1366, 768)
    w.move(0, 0)
    wait_for(lambda: w.search_ready)
    shot(w, "start.png")

    w.first_run_bar.dismiss()
    w.search_panel.box.setText("police asking for records")
    w.search_panel.run_query()
    w.search_panel.show_filters()
    shot(w, "search-results.png")

    w.search_panel.box.setText("strangulation")
    w.search_panel.run_query()
    hit = next(h for h in w.search_panel.model.hits() if h.kind == "section" and h.anchor)
    w.search_panel.result_activated.emit(hit, "strangulation")
    shot(w, "section-highlights.png")

    w.set_theme("dark")
    shot(w, "dark.png")

    w.set_high_contrast(True)
    shot(w, "high-contrast.png")
    w.set_high_contrast(False)
    w.set_theme("light")

    w.open_section("phipa-serious-harm")
    glossary_links = [a for a in ("reasonable-grounds", "consent") if w.library.has_term(a)]
    if glossary_links:
        w.show_definition(glossary_links[0])
    shot(w, "section-definition.png")

    panel = w.decision_panel
    w.open_section("serious-harm-tests")
    for value in ("no", "no", "phipa", "refused"):
        panel.choice_buttons[value].click()
        panel.next_button.click()
    shot(w, "decision-question.png")
    for value in ("serious", "police"):
        panel.choice_buttons[value].click()
        panel.next_button.click()
    panel.confirm_button.click()
    shot(w, "decision-outcome.png")
    w.close()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
