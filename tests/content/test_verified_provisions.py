"""The verified-provisions list: each cited provision is on it or flagged; each entry exists."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from content.loader import data_root
from content.model import provision_act
from content.provisions import FILE_NAME, citations, load_verified, unverified_citations
from desktop_app.cli import main
from tools.statute_text import ACT_FILES, locate

STATUTES_DIR = Path(__file__).resolve().parents[3] / "shared" / "statutes"


def test_every_cited_provision_in_the_shipped_content_is_verified_or_flagged(library):
    assert [str(p) for p in unverified_citations(library)] == []


def test_the_shipped_list_has_no_problems():
    assert load_verified(data_root()).problems == ()


def test_citations_cover_sections_glossary_statutes_and_the_decision_flow(library):
    where = {Path(c.path).name for c in citations(library)}
    assert {"glossary.yaml", "statutes.yaml", "share.yaml"} <= where
    assert any(name.endswith(".md") for name in where)


@pytest.mark.skipif(not STATUTES_DIR.is_dir(), reason="../shared/statutes is not beside the repo")
def test_every_listed_ontario_provision_exists_in_the_acts_text():
    verified = load_verified(data_root())
    missing = {}
    for cite in verified.provisions:
        if provision_act(cite) in ACT_FILES:
            problem = locate(cite, STATUTES_DIR)
            if problem:
                missing[cite] = problem
    assert missing == {}


@pytest.mark.skipif(not STATUTES_DIR.is_dir(), reason="../shared/statutes is not beside the repo")
def test_the_locator_rejects_parts_that_do_not_exist():
    assert locate("PHIPA s. 40(1)", STATUTES_DIR) is None
    assert locate("FIPPA s. 42(1)(g)", STATUTES_DIR) is None
    assert locate("CYFSA s. 312(1)(d)(i)", STATUTES_DIR) is None
    assert locate("FIPPA s. 42(1)(z)", STATUTES_DIR)          # no clause (z)
    assert locate("PHIPA s. 940(1)", STATUTES_DIR)            # no such section
    assert locate("MFIPPA s. 32(h)", STATUTES_DIR) is None
    assert locate("CYFSA s. 125(99)", STATUTES_DIR)


def test_an_unlisted_provision_is_reported_with_its_file_and_line(library, tmp_path):
    section = next(s for s in library.sections if s.provisions and not s.needs_check)
    bogus = "PHIPA s. 99(9)"
    changed = replace(section, provisions=(*section.provisions, bogus))
    lib = replace(library, sections=tuple(changed if s.id == section.id else s
                                          for s in library.sections))
    problems = unverified_citations(lib)
    assert len(problems) == 1
    assert bogus in problems[0].message
    assert problems[0].path.endswith(f"{section.id}.md")
    assert problems[0].line > 0
    # the same provision in an item marked check-official-text is fine
    flagged = replace(changed, status="check-official-text", check_note="check s. 99")
    lib = replace(library, sections=tuple(flagged if s.id == section.id else s
                                          for s in library.sections))
    assert unverified_citations(lib) == []


def test_check_content_fails_on_an_unverified_provision(tmp_path, capsys):
    root = tmp_path / "data"
    shutil.copytree(data_root(), root)
    listing = (root / FILE_NAME).read_text(encoding="utf-8")
    line = '  - {cite: "PHIPA s. 40(1)", checked: 2026-12-06}\n'
    assert line in listing
    (root / FILE_NAME).write_text(listing.replace(line, ""), encoding="utf-8")
    assert main(["--content", str(root), "check-content"]) == 1
    out = capsys.readouterr().out
    assert "provision 'PHIPA s. 40(1)' is not on verified-provisions.yaml" in out
    assert "phipa-serious-harm.md:" in out


@pytest.mark.parametrize("text, message", [
    ("acts: {}\nprovisions: []\nextra: 1\n", "unknown key 'extra'"),
    ("acts:\n  PHIPA: {text: x, current_to: 2023-12-18}\nprovisions:\n"
     "  - {cite: PHIPA 40(1), checked: 2026-12-06}\n", "malformed provision"),
    ("acts:\n  PHIPA: {text: x, current_to: 2023-12-18}\nprovisions:\n"
     "  - {cite: FIPPA s. 42(1)(g), checked: 2026-12-06}\n", "its Act FIPPA is not under 'acts'"),
    ("acts:\n  PHIPA: {text: x, current_to: 2023-12-18}\nprovisions:\n"
     "  - {cite: PHIPA s. 40(1), checked: someday}\n", "'checked' must be the date"),
    ("acts:\n  PHIPA: {text: x, current_to: 2023-12-18}\nprovisions:\n"
     "  - {cite: PHIPA s. 40(1), checked: 2026-12-06}\n"
     "  - {cite: PHIPA s. 40(1), checked: 2026-12-06}\n", "listed twice (first on line 4)"),
    ("acts:\n  PHIPA: {text: x}\nprovisions: []\n", "'current_to' must be a date"),
    ("provisions: [\n", "invalid YAML"),
])
def test_a_malformed_list_is_reported_with_its_line(tmp_path, text, message):
    (tmp_path / FILE_NAME).write_text(text, encoding="utf-8")
    problems = load_verified(tmp_path).problems
    assert problems, text
    assert any(message in p.message and p.line > 0 for p in problems), problems


def test_a_missing_list_is_a_problem(tmp_path):
    problems = load_verified(tmp_path).problems
    assert len(problems) == 1 and "missing" in problems[0].message
