"""What every test needs: Qt offscreen, no real home folder, no network; and the fixtures
that tests in more than one folder use (the shipped content and its index, a --basedir,
the app's window). A folder's own fixtures are in its conftest.py; helpers that are not
fixtures are in tests/tools/. No test module imports another (tests/project/test_layout.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.tools.app_support import APP_CONTENT, INDEX_TIMEOUT_MS
from tests.tools.network import NetworkAccessError

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(scope="session")
def library():
    """The shipped content, loaded once."""
    from content import load_library

    return load_library()


@pytest.fixture(scope="session")
def real_index(library):
    """The shipped content indexed in RAM, once per session (read-only use)."""
    from index import open_or_build

    idx = open_or_build(library)
    yield idx
    idx.close()


@pytest.fixture
def basedir(tmp_path: Path) -> Path:
    """A throwaway --basedir (the app writes only settings.ini there)."""
    d = tmp_path / "basedir"
    d.mkdir()
    return d


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
            qtbot.waitUntil(lambda: window.search_ready or window.bars.index_bar.isVisible(),
                            timeout=INDEX_TIMEOUT_MS)
        return window

    yield make
    for w in windows:
        w.close()


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path_factory, monkeypatch):
    """Point HOME and the XDG/AppData folders at a temp dir: no test writes to the real profile."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "APPDATA",
                "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Any connect() or sendto() to a non-Unix address fails the test: the app is offline."""
    import socket

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def _check(sock: socket.socket) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkAccessError(f"network access attempted ({sock.family.name})")

    def connect(self, address):
        _check(self)
        return real_connect(self, address)

    def connect_ex(self, address):
        _check(self)
        return real_connect_ex(self, address)

    def sendto(self, *args):
        _check(self)
        return real_sendto(self, *args)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)


@pytest.fixture(scope="session", autouse=True)
def _interface_translations():
    """The interface's .qm files, built once per session from the .ts sources (a fresh
    clone has none: they are never committed)."""
    from desktop_app import i18n

    i18n.build(only_stale=True)


@pytest.fixture(autouse=True)
def _english_interface_after_each_test():
    """A test that switched the interface to French leaves it in English for the next."""
    yield
    from desktop_app import i18n

    if i18n.current_language() != "en":
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            i18n.set_language("en")
