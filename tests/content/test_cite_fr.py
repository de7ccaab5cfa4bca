"""Canonical citations said in French legal style (display only; the content keeps the
canonical form), as ../shared/french-terms.md (line 52) describes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content import load_library
from content.cite_fr import cite_fr, cite_in
from content.model import is_canonical_provision


@pytest.mark.parametrize("canonical, french", [
    ("PHIPA s. 40(1)", "par. 40 (1) de la LPRPS"),
    ("FIPPA s. 42(1)(h)", "al. 42 (1) h) de la LAIPVP"),
    ("MFIPPA s. 32(h)", "al. 32 h) de la LAIMPVP"),
    ("CYFSA s. 125", "art. 125 de la LSEJF"),
    ("CYFSA s. 125(1.1)", "par. 125 (1.1) de la LSEJF"),
    ("PHIPA s. 52(1)(e)(i)", "sous-al. 52 (1) e) (i) de la LPRPS"),
    ("PIPEDA s. 7(3)(e)", "al. 7 (3) e) de la LPRPDE"),
    ("YCJA s. 119(1)", "par. 119 (1) de la LSJPA"),
    ("Criminal Code s. 487.014", "art. 487.014 du Code criminel"),
    ("MGWRA s. 2(1)", "par. 2 (1) de la Loi de 2005 sur la déclaration obligatoire des "
                      "blessures par balle"),
    ("Privacy Act s. 8(2)(e)", "al. 8 (2) e) de la Loi sur la protection des renseignements "
                               "personnels"),
    ("PHIPA s. 3(1) para 4.vii", "sous-disp. 4 vii du par. 3 (1) de la LPRPS"),
    ("PHIPA s. 23(1) para 1", "disp. 1 du par. 23 (1) de la LPRPS"),
    # kept as written: a form we do not rewrite
    ("Unknown Act s. 3(1) para 4", "Unknown Act s. 3(1) para 4"),
    ("not a citation", "not a citation"),
])
def test_cite_fr(canonical, french):
    assert cite_fr(canonical) == french
    assert cite_in("en", canonical) == canonical and cite_in("fr", canonical) == french


def test_every_cited_provision_has_a_french_form_or_stays_canonical():
    root = Path(__file__).resolve().parents[2] / "content" / "data"
    library = load_library(root, language="fr")
    cites = {p for s in library.sections for p in s.provisions}
    flow = library.extras["decisions"]["share"]
    cites |= {p for o in flow.outcomes.values() for p in o.provisions}
    assert len(cites) > 20
    for c in cites:
        assert is_canonical_provision(c)
        said = cite_fr(c)
        assert said == c or (" de la " in said or " du " in said), c
        assert "s." not in said or said == c, c


# -- one style for every Act, federal ones too (content/cite_fr.py's docstring) -------------

@pytest.mark.parametrize("canonical, french", [
    ("PIPEDA s. 7(3)(c.1)", "al. 7 (3) c.1) de la LPRPDE"),
    ("PIPEDA s. 7(3)", "par. 7 (3) de la LPRPDE"),
    ("Privacy Act s. 8(2)", "par. 8 (2) de la Loi sur la protection des renseignements "
                            "personnels"),
    ("Criminal Code s. 110.1(1)", "par. 110.1 (1) du Code criminel"),
    ("Criminal Code s. 515(4.1)", "par. 515 (4.1) du Code criminel"),
    ("YCJA s. 125(6)", "par. 125 (6) de la LSJPA"),
])
def test_federal_acts_are_cited_the_ontario_way(canonical, french):
    assert cite_fr(canonical) == french


#: A citation written Justice Laws' way (no space between a number and its parenthesis):
#: "par. 8(2)", "al. 7(3)e)", "paragraphe 8(2)".
_GLUED = re.compile(r"\b(?:art|par|al|sous-al|article|paragraphe|alinéa|sous-alinéa)\.?"
                    r"[ \u00a0]+\d[\d.]*\(|\d\)[a-z]\)|\b\d+(?:\.\d+)?\((?:\d|[a-z])")
#: Lines that hold canonical (English-form) provisions, a web address or a hash: machine
#: values, not French prose.
_MACHINE = re.compile(r"^\s*(?:-\s*)?(?:provisions|provision|cite|url|source_sha256)\s*:"
                      r"|^\s*-\s*\{?cite:")


def _prose_lines() -> list[tuple[str, int, str]]:
    root = Path(__file__).resolve().parents[2] / "content" / "data" / "fr"
    out = []
    for path in sorted((*root.rglob("*.md"), *root.rglob("*.yaml"))):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _MACHINE.search(line) or "(en anglais)" in line:
                continue  # a source's own English title keeps its own form
            out.append((path.name, n, line))
    return out


def test_one_citation_style_for_every_act_in_the_french_content():
    cites = set()
    root = Path(__file__).resolve().parents[2] / "content" / "data"
    library = load_library(root, language="fr")
    cites |= {p for s in library.sections for p in s.provisions}
    cites |= {p for o in library.flows["share"].outcomes.values() for p in o.provisions}
    said = [cite_fr(c) for c in cites if cite_fr(c) != c]
    assert len(said) > 20
    assert not [s for s in said if _GLUED.search(s)]
    lines = _prose_lines()
    assert len(lines) > 1000
    glued = [f"{name}:{n}: {line.strip()[:120]}" for name, n, line in lines
             if _GLUED.search(line)]
    assert not glued, "\n".join(glued)


@pytest.mark.parametrize("line", [
    "voir le paragraphe 8(2) de la Loi", "l'al. 7(3)e) de la LPRPDE", "al. 7 (3)e) de la LPRPDE",
    "par. 515(4.1) du Code criminel",
])
def test_the_style_check_finds_a_glued_citation(line):
    assert _GLUED.search(line)


@pytest.mark.parametrize("line", [
    "al. 7 (3) e) de la LPRPDE", "par. 110.1 (1) et (3) du Code criminel",
    "sous-al. 52 (1) e) (i) de la LPRPS", "art. 487.014 du Code criminel", "(voir : 1)",
])
def test_the_style_check_passes_the_ontario_style(line):
    assert not _GLUED.search(line)
