"""Canonical citations said in French legal style (display only; the content keeps the
canonical form), as ../shared/french-terms.md (line 52) describes."""

from __future__ import annotations

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
    # kept as written: a form we do not rewrite
    ("PHIPA s. 3(1) para 4.vii", "PHIPA s. 3(1) para 4.vii"),
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
