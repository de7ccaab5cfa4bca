"""Canonical citations said in French legal style, for display only.

The content keeps every provision in its canonical form (``PHIPA s. 40(1)``: see
:data:`content.model.PROVISION_PATTERN`); a French page shows it the way Ontario's French texts
cite: ``par. 40 (1) de la LPRPS``, ``al. 42 (1) h) de la LAIPVP``, ``al. 32 h) de la
LAIMPVP``, ``art. 125 de la LSEJF``, ``sous-al. 52 (1) e) (i) de la LPRPS``; a numbered paragraph
and its subparagraph as Ontario's French texts name them: ``disp. 1 du par. 23 (1) de la
LPRPS``, ``sous-disp. 4 vii du par. 3 (1) de la LPRPS``. Pure Python, no Qt.

One style for every Act, federal ones too (decided 2026-12-07, issue 20): Ontario's, with a
space before each number's parenthesis and none before a clause's letter: ``al. 7 (3) e) de
la LPRPDE``, ``par. 8 (2) de la Loi sur la protection des renseignements personnels``, ``par.
110.1 (1) du Code criminel``. Justice Laws' French pages write a federal Act's provisions
without those spaces (``paragraphe 8(2)``, ``alinéa 7(3)e)``); this is an Ontario guide,
whose French prose cites every Act the Ontario way, so a reader meets one style throughout
and the numbers stay the same. tests/content/test_cite_fr.py holds both the citations
made here and the French prose to this rule.

The names (checked 2026-12-07, see the frnames report): the federal *Loi sur la protection des
renseignements personnels* (L.R.C. (1985), ch. P-21) and *Code criminel* (L.R.C. (1985),
ch. C-46) as the Justice Laws French pages title them; the LSJPA as ``../shared/french-terms.md``
records it. The MGWRA's French short title (*Loi de 2005 sur la déclaration obligatoire des
blessures par balle*) is taken from the French text of its bill (Bill 110, 2005), whose
preamble names it so; its short title (s. 7) itself was not seen, so the section that cites
it says to check it (``mandatory-reports``, ``check_note``).
"""

from __future__ import annotations

import re

from content.model import provision_re

#: The French short forms (``../shared/french-terms.md``), with their article.
ACTS_FR = {
    "FIPPA": "la LAIPVP",
    "MFIPPA": "la LAIMPVP",
    "PHIPA": "la LPRPS",
    "CYFSA": "la LSEJF",
    "PIPEDA": "la LPRPDE",
    "YCJA": "la LSJPA",
    "Privacy Act": "la Loi sur la protection des renseignements personnels",
    "Criminal Code": "le Code criminel",
    "MGWRA": "la Loi de 2005 sur la déclaration obligatoire des blessures par balle",
}
_PART = re.compile(r"\(([^()]+)\)")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def _of(act: str) -> str:
    """"de la LPRPS", "du Code criminel"."""
    return "du " + act[3:] if act.startswith("le ") else "de " + act


#: A numbered paragraph of a subsection (``para 4``) and its subparagraph (``para 4.vii``).
_PARA = re.compile(r" para (?P<para>\d+)(?:\.(?P<sub>[ivx]+))?$")
#: "de l'art. 3", "du par. 3 (1)": the article before what a paragraph is part of.
_OF_PART = (("sous-al.", "du "), ("art.", "de l'"), ("par.", "du "), ("al.", "de l'"))


def _of_part(citation: str) -> str:
    return next(of for start, of in _OF_PART if citation.startswith(start)) + citation


def cite_fr(cite: str) -> str:
    """``cite`` (canonical) in French legal style; unchanged if it cannot be said so."""
    m = provision_re().match(cite)
    if m is None or m.group("act") not in ACTS_FR:
        return cite
    para = _PARA.search(cite)
    if para:  # "PHIPA s. 3(1) para 4.vii": "sous-disp. 4 vii du par. 3 (1) de la LPRPS"
        whole = cite_fr(cite[:para.start()])
        if whole == cite[:para.start()]:
            return cite
        if para.group("sub"):
            return f"sous-disp. {para.group('para')} {para.group('sub')} {_of_part(whole)}"
        return f"disp. {para.group('para')} {_of_part(whole)}"
    parts = _PART.findall(m.group("parts") or "")
    sub = clause = subclause = ""
    for part in parts:
        if _NUMBER.match(part) and not sub and not clause:
            sub = part
        elif not clause:
            clause = part
        elif not subclause:
            subclause = part
        else:
            return cite  # deeper than Ontario's French style names here
    where = m.group("num") + (f" ({sub})" if sub else "")
    of = _of(ACTS_FR[m.group("act")])
    if subclause:
        return f"sous-al. {where} {clause}) ({subclause}) {of}"
    if clause:
        return f"al. {where} {clause}) {of}"
    if sub:
        return f"par. {where} {of}"
    return f"art. {where} {of}"


def cite_in(language: str, cite: str) -> str:
    """``cite`` for a page in ``language`` ("fr": French legal style; else as written)."""
    return cite_fr(cite) if language == "fr" else cite


__all__ = ["ACTS_FR", "cite_fr", "cite_in"]
