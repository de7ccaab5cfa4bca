"""Fixtures for the search-index tests: the mini content (tests/data/mini_content), loaded,
indexed in RAM and copied. (The shipped content's index, ``real_index``, is in
tests/conftest.py: the hardening tests use it too.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.tools.index_support import MINI_CONTENT


@pytest.fixture(scope="session")
def mini_library():
    from content import load_library

    lib = load_library(MINI_CONTENT)
    assert lib.problems == ()
    return lib


@pytest.fixture(scope="session")
def mini_index(mini_library):
    """The mini content indexed in RAM, once per session (read-only use)."""
    from index import open_or_build

    idx = open_or_build(mini_library)
    yield idx
    idx.close()


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A private copy of the mini content that a test may edit."""
    dest = tmp_path / "content"
    shutil.copytree(MINI_CONTENT, dest)
    return dest
