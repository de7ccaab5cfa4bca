"""Fixtures for the search-index tests (tests/test_index_*.py).

Import the fixtures a module uses (``from tests.index_support import mini_library, ...``).
The mini content (tests/data/mini_content) is tiny and never changes, so the mechanics tests
(corruption, concurrency, fuzzing) are fast and exact; the feature tests also run against
the shipped content with queries whose answers are stable.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINI_CONTENT = ROOT / "tests" / "data" / "mini_content"

_ALLOWED_TAGS = re.compile(r'<b class="hit">|</b>')


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


@pytest.fixture(scope="session")
def real_index(library):
    """The shipped content indexed in RAM, once per session (read-only use)."""
    from index import open_or_build

    idx = open_or_build(library)
    yield idx
    idx.close()


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A private copy of the mini content that a test may edit."""
    dest = tmp_path / "content"
    shutil.copytree(MINI_CONTENT, dest)
    return dest


def ids(res) -> list[str]:
    """Section ids of a result list (glossary hits as ``g:<term id>``), best first."""
    return [h.section_id if h.kind == "section" else f"g:{h.term_id}" for h in res.hits]


def section_ids(res) -> list[str]:
    return [h.section_id for h in res.hits if h.kind == "section"]


def assert_safe_snippet(snippet_html: str, snippet_text: str) -> None:
    """Only our highlight tags survive, and the HTML is exactly the escaped text."""
    stripped = _ALLOWED_TAGS.sub("", snippet_html)
    assert "<" not in stripped and ">" not in stripped
    assert html.unescape(stripped) == snippet_text


def segment_file(folder: Path) -> Path:
    segs = sorted(folder.glob("*.seg"))
    assert segs, f"no segment file in {folder}"
    return segs[0]
