"""Shared fixtures. Qt runs offscreen; nothing touches the real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def library():
    """The shipped content, loaded once."""
    from content import load_library

    return load_library()


@pytest.fixture
def basedir(tmp_path: Path) -> Path:
    """A throwaway --basedir (the app writes only settings.ini there)."""
    d = tmp_path / "basedir"
    d.mkdir()
    return d


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path_factory, monkeypatch):
    """Point HOME and the XDG/AppData folders at a temp dir: no test writes to the real profile."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "APPDATA",
                "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home))


class NetworkAccessError(AssertionError):
    """Raised when code under test tries to reach the network."""


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
