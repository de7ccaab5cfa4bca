"""The start-up's own messages (``desktop_app/app.py``) in French (issue 20), from
``desktop_app/translations/startup_fr.ts``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "startup_fr.ts"


def test_every_start_up_message_is_translated():
    text = TS.read_text(encoding="utf-8")
    assert text.count("<message>") == 3
    assert 'type="unfinished"' not in text


def test_a_start_that_fails_says_so_in_french(french, basedir, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import parse_args, run_gui

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    args, qt_args = parse_args(["--basedir", str(basedir), "--content", str(tmp_path / "nope")])
    assert run_gui(args, qt_args) == 2
    assert shown and "content folder not found" in shown[0]  # the problem itself: errors.py
    assert "Vérifiez le dossier indiqué par --content" in shown[0]
    assert "Check the --content folder" not in shown[0]
