"""Fixtures for the desktop app tests (the window, search in the app, the decision panel,
printing, the command line, accessibility and the UX checks).

The window fixtures (``make_window`` and the prebuilt index it opens) are in
tests/conftest.py because the content and hardening tests open the window too. A fixture
only these tests need goes here (``start``: a window before its first paint; ``french``: the
start-up's French messages installed; ``big_text``: 200 % text); a helper that is not a
fixture goes in tests/tools/ (walking the decision panel: decision_steps.py; printouts and
PDFs: print_support.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from tests.tools.app_support import APP_CONTENT, ROOT

#: The start-up's French messages (``desktop_app/app.py``).
STARTUP_TS = ROOT / "desktop_app" / "translations" / "startup_fr.ts"


@pytest.fixture
def start(qtbot, basedir, prebuilt_index, monkeypatch):
    """``start(content=APP_CONTENT)`` -> the window right after ``create_app``: shown, but
    the event loop has not run yet, so it has not been painted."""
    from desktop_app import paths as app_paths
    from desktop_app.app import create_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(app_paths, "prebuilt_index_dir", lambda: prebuilt_index)
    windows = []

    def make(content: Path = APP_CONTENT):
        _app, window = create_app(["--basedir", str(basedir), "--content", str(content)])
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.close()


@pytest.fixture
def french(qapp, tmp_path):
    """The start-up's messages in French (startup_fr.ts, compiled here) while the test runs."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    qm = tmp_path / "startup_fr.qm"
    subprocess.run([str(lrelease), str(STARTUP_TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def big_text():
    """200% text: the OS font size the app starts from, doubled (restored afterwards)."""
    app = QApplication.instance()
    old_prop, old_font = app.property("ipvOsPointSize"), app.font()
    base = float(old_prop or app.font().pointSizeF() or 9.0)
    app.setProperty("ipvOsPointSize", base * 2)
    yield
    app.setProperty("ipvOsPointSize", old_prop)
    app.setFont(old_font)
