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
    """A throwaway --basedir for settings and the index cache."""
    d = tmp_path / "basedir"
    d.mkdir()
    return d


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path_factory, monkeypatch):
    """Point HOME and the XDG/AppData folders at a temp dir so no test writes to the real profile."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "APPDATA",
                "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home))
