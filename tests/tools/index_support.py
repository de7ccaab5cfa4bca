"""Helpers for the search-index tests (tests/index/); their fixtures are in
tests/index/conftest.py (the mini content) and tests/conftest.py (the shipped content's index).
The mini content (tests/data/mini_content) is tiny and never changes, so the mechanics tests
(corruption, concurrency, fuzzing) are fast and exact; the feature tests also run against
the shipped content with queries whose answers are stable.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINI_CONTENT = ROOT / "tests" / "data" / "mini_content"

_ALLOWED_TAGS = re.compile(r'<b class="hit">|</b>')


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
