"""A scripted session of the real app, for the privacy and offline tests.

    python tests/scripts/gui_session.py BASEDIR PDF_OUT_DIR

Opens the app with ``--basedir BASEDIR``, waits for search, types the queries in
QUERIES, opens a result, walks the decision helper to an outcome, fills the decision
record with RECORD_TEXT, exports the record as a PDF into PDF_OUT_DIR (the one thing the
user explicitly saves), uses quick exit, then quits. Prints ``session ok`` at the end.
The marker words are unusual on purpose, so a leak is easy to find with grep.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest

QUERIES = ("quokkamarker strangled", "tell police without consnet zebramarker")
RECORD_TEXT = {"role": "Nightshift nurse wombatmarker", "what": "Told police pangolinmarker"}


def settle(ms: int = 30) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(pred, timeout_s: float = 60) -> None:  # noqa: ANN001
    for _ in range(int(timeout_s * 1000 / 30)):
        if pred():
            return
        settle()
    raise SystemExit("timed out waiting for the app")


def main(basedir: str, out_dir: str) -> int:
    from desktop_app.app import create_app
    from desktop_app.printing.dialog import Selection

    app, w = create_app(["--basedir", basedir])
    wait_for(lambda: w.search_ready and getattr(w, "decision_panel", None) is not None)

    panel = w.search_panel
    for q in QUERIES:
        panel.box.setText(q)
        panel.run_query()
        settle()
    panel.box.setText("strangled")
    panel.run_query()
    hit = next(h for h in panel.model.hits() if h.kind == "section")
    panel.result_activated.emit(hit, "strangled")
    settle()

    dp = w.decision_panel
    for value in ("no", "no", "phipa", "police", "no", "refused", "serious", "no"):
        dp.choose(value)
    dp.confirm_button.click()
    settle()
    for key, text in RECORD_TEXT.items():  # typed, key by key, as a person would
        field = dp.record_fields[key]
        field.setFocus()
        QTest.keyClicks(field, text)
    settle()

    c = w.print_controller
    target = Path(out_dir) / "decision-record.pdf"
    c._ask_save_path = lambda job: str(target)  # the Save dialog, answered
    saved = c.export_job(c.build_job(Selection("decision-record")))
    assert saved is not None and Path(saved).is_file(), "export failed"

    w.quick_exit()
    settle()
    w.close()
    app.quit()
    print("session ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
