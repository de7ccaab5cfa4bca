"""Helpers for the printing tests: the printing fixture content (tests/data/print_content),
real index types for printouts of search results, the visible text of a printout's HTML,
reading PDFs back with poppler (pdftotext, pdfinfo), and an agency file with six contacts."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from content import load_library
from content.model import Library
from index.types import Hit, SearchResults

PRINT_CONTENT = Path(__file__).resolve().parents[1] / "data" / "print_content"


def load_print_library() -> Library:
    """The printing fixture content, with its decision flow loaded."""
    library = load_library(PRINT_CONTENT)
    assert not library.problems, library.problems
    if "decisions" not in library.extras:  # the loader hook is registered by content.decision
        from content.decision import load_flows

        problems: list = []
        flows = load_flows(PRINT_CONTENT, library, lambda *p: problems.append(p))
        assert not problems, problems
        library = replace(library, extras={**library.extras, "decisions": flows})
    return library


def make_hit(kind: str, section_id: str, title: str, snippet_text: str,
             provisions: tuple[str, ...] = (), term_id: str = "") -> Hit:
    """A real :class:`index.types.Hit` (what the printouts are typed against)."""
    return Hit(kind=kind, section_id=section_id, term_id=term_id, title=title, anchor="",
               score=1.0, snippet_html=html.escape(snippet_text), snippet_text=snippet_text,
               provisions=provisions)


def make_results(query: str, hits: tuple[Hit, ...], total: int, suggestion: str | None = None,
                 corrected: bool = False) -> SearchResults:
    return SearchResults(query=query, hits=hits, total=total, suggestion=suggestion,
                         corrected=corrected)


def text_of(page: str) -> str:
    """Visible text of the body (tags dropped, entities for quotes kept simple)."""
    body = page.split("<body>", 1)[1]
    body = re.sub(r"</?(?:b|i|span|a)\b[^>]*>", "", body)  # inline tags: no space
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    text = text.replace("\u00a0", " ").replace("\u2060", "")
    return re.sub(r"\s+", " ", text)


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None
                                   or shutil.which("pdfinfo") is None,
                                   reason="poppler-utils (pdftotext, pdfinfo) is not installed")


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    # Some poppler versions return a font's ligature glyphs ("\ufb01" for "fi") as such.
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFKC", out.stdout))


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {k.strip(): v.strip() for k, _, v in
            (line.partition(":") for line in out.stdout.splitlines())}


def pdf_pages(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


SIX_CONTACTS = """\
agency: Riverside Women's Shelter
checked: 2026-12-01
contacts:
  - role: privacy-officer
    name: Sam Lee
    phone: 416-555-0100 ext. 21
    hours: Mon to Fri, 9 am to 5 pm
  - role: supervisor
    phone: 416-555-0199
    hours: 24 hours (on-call cell)
  - role: childrens-aid
    name: Children's Aid Society of Riverside
    phone: 416-555-0140
    hours: 24 hours
  - role: vaw-crisis-line
    name: Riverside crisis line
    phone: 1-800-555-0111
    hours: 24 hours
  - role: police-non-emergency
    name: Riverside Police
    phone: 416-555-0122
    hours: 24 hours
  - role: agency-lawyer
    name: Legal clinic duty line
    phone: 416-555-0150
    hours: Mon to Fri, 9 am to 4:30 pm
procedure:
  - Tell the shift supervisor before you call police about a resident.
  - Write every disclosure in the case file the same day.
"""


def with_agency(src: Path, dest: Path, text: str = SIX_CONTACTS) -> Path:
    shutil.copytree(src, dest)
    (dest / "agency.yaml").write_text(text, encoding="utf-8")
    return dest
