"""Helpers and fixtures for the desktop app tests (tests/test_app_*.py).

Import the fixtures you use into the test module (``from tests.app_support import ...``).
Every window gets its own ``--basedir``; the search index for the test content is built once
per session into a folder that the app then opens as its prebuilt index (as the bundle
does), so most tests don't pay for a build.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_CONTENT = ROOT / "tests" / "data" / "app_content"
INDEX_TIMEOUT_MS = 30_000


@pytest.fixture(scope="session")
def app_library():
    from content import load_library

    lib = load_library(APP_CONTENT)
    assert lib.problems == ()
    return lib


@pytest.fixture(scope="session")
def prebuilt_index(tmp_path_factory, app_library) -> Path:
    """A prebuilt search index for the test content (built once, as packaging does)."""
    from index import build_index

    return build_index(app_library, tmp_path_factory.mktemp("app-prebuilt") / "index")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> content)."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def make_window(qtbot, basedir, prebuilt_index, monkeypatch) -> Iterator[Callable[..., object]]:
    """``make_window(content=APP_CONTENT, index=True, wait=True, base=basedir)`` -> MainWindow.

    ``index=True`` ships the session's prebuilt index with the app (as the bundle does; the
    app opens it only if it matches the content), ``index=False`` ships none (the app builds
    its index in memory); ``wait`` waits until search is ready.
    """
    from desktop_app import paths as app_paths
    from desktop_app.app import create_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    windows = []

    def make(content: Path | None = APP_CONTENT, *, index: bool = True, wait: bool = True,
             base: Path | None = None, extra: tuple[str, ...] = ()):
        base = base or basedir
        shipped = prebuilt_index if index else None
        monkeypatch.setattr(app_paths, "prebuilt_index_dir", lambda: shipped)
        argv = ["--basedir", str(base)]
        if content is not None:
            argv += ["--content", str(content)]
        _app, window = create_app(argv + list(extra))
        qtbot.addWidget(window)
        windows.append(window)
        window.activateWindow()  # focus assertions need an active window, even offscreen
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        qtbot.waitUntil(lambda: window.started, timeout=10_000)  # after the first paint
        if wait:
            qtbot.waitUntil(lambda: window.search_ready or window.index_bar.isVisible(),
                            timeout=INDEX_TIMEOUT_MS)
        return window

    yield make
    for w in windows:
        w.close()


def type_query(qtbot, window, text: str) -> None:
    """Type ``text`` into the search box and wait for its results."""
    box = window.search_panel.box
    box.setFocus()
    box.setText("")
    with qtbot.waitSignal(window.search_panel.searched, timeout=5000):
        qtbot.keyClicks(box, text)
