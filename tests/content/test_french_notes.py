"""The French content's names and notes (issue 20, the small French items):

- English words in a French note (a section's or a question's ``check_note``, a glossary
  definition, a source's note) are only quotations marked as English (« ... » beside the
  word « anglais »: « texte anglais de la loi (« ... ») », « « ... » (texte anglais) »), so a
  French reader knows why they are English (tests/tools/words.py: marked_english);
- the names we could not confirm say so: the MGWRA's French title (« Loi de 2005 sur la
  déclaration obligatoire des blessures par balle ») and the French for the situation
  tables' « acutely elevated risk »; our own short form LSCSP is not used (the full title
  is); federal Acts' sources have their official French titles.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from content import load_library
from content.cite_fr import ACTS_FR
from tests.tools.words import foreign_words, marked_english, without_marked_english

FR = Path(__file__).resolve().parents[2] / "content" / "data" / "fr"
#: Proper names, short forms and words French uses as they are.
AS_IS = ("Ontario", "Canada", "Alberta", "Saskatchewan", "Manitoba", "LAIPVP", "LAIMPVP",
         "LPRPS", "LSEJF", "LPRPDE", "LSJPA", "CIPVP", "CEDVF", "SAE", "Inuits", "Inuit", "Web",
         "common law", "Smith", "Jones", "subpoena", "coroner", "chap", "iii", "vii", "trans")
_WEB = re.compile(r"\S*(?:://|www\.|\.ca/|\.gc\.ca)\S*|\b[\w.-]+\.(?:ca|com|org)\b"
                  r"|\S+/\S+")


@pytest.fixture(scope="module")
def library():
    return load_library(language="fr")


def _flow_notes() -> list[tuple[str, str]]:
    data = yaml.safe_load((FR / "decisions" / "share.yaml").read_text(encoding="utf-8"))
    out: list[tuple[str, str]] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "check_note" and isinstance(value, str):
                    out.append((f"{where}.check_note", value))
                else:
                    walk(value, f"{where}.{node.get('id', key)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(data, "share")
    return out


def french_notes(library) -> list[tuple[str, str]]:
    """(where, text) of every French note a reader sees."""
    notes = [(f"section {s.id}", s.check_note) for s in library.sections if s.check_note]
    notes += [(f"statute {s.id}", s.check_note) for s in library.statutes if s.check_note]
    notes += [(f"glossary {t.id}", t.definition) for t in library.glossary]
    notes += [(f"source {s.id}", s.note) for s in library.sources.values() if s.note]
    return notes + _flow_notes()


def _one_line(text: str) -> str:
    """``text`` with its line breaks and runs of spaces as one space (non-breaking spaces
    kept)."""
    return re.sub(r"[ \n]+", " ", text)


def english_left(text: str) -> list[str]:
    text = _WEB.sub(" ", without_marked_english(text))
    for as_is in AS_IS:
        text = re.sub(rf"\b{re.escape(as_is)}\b", " ", text)
    return sorted(set(foreign_words(text, "fr")))


def test_english_in_french_notes_is_only_marked_quotations(library):
    notes = french_notes(library)
    assert len(notes) > 150
    found = {where: english_left(text) for where, text in notes}
    found = {w: e for w, e in found.items() if e}
    assert not found, found


def test_the_acts_english_words_are_quoted_as_english(library):
    """The notes that restate an Act's test from its English text quote those words as
    English: the four tests of the decision helper, the glossary's compelling
    circumstances, the situation tables' threshold."""
    quoted = {q for _where, text in french_notes(library) for q in marked_english(text)}
    for words in ("compelling circumstances affecting the health or safety of an individual",
                  "a significant risk of serious bodily harm to a person or group of persons",
                  "assess, reduce or eliminate a risk of serious harm to a person or group "
                  "of persons",
                  "an emergency that threatens the life, health or security of an individual",
                  "compelling circumstances", "acutely elevated risk"):
        assert words in {re.sub(r"\s+", " ", q) for q in quoted}, words


@pytest.mark.parametrize("text, english", [
    ("Le critère (compelling circumstances) est reformulé.", ["circumstances", "compelling"]),
    ("Les mots qui rendent significant et serious bodily harm.",
     ["bodily", "harm", "serious", "significant"]),
    ("Le seuil « acutely elevated risk » est le nôtre.", ["acutely", "elevated", "risk"]),
    ("Le seuil « acutely elevated risk » (texte anglais) est le nôtre.", []),
    ("Le texte anglais de la loi (« assess, reduce or eliminate a risk »).", []),
])
def test_the_check_finds_unmarked_english(text, english):
    assert english_left(text.replace(" »", "\u00a0»").replace("« ", "«\u00a0")) == english


# -- names --------------------------------------------------------------------------------

def _french_files() -> list[Path]:
    return sorted((*FR.rglob("*.md"), *FR.rglob("*.yaml")))


def test_our_own_short_form_lscsp_is_not_used():
    """The Loi de 2019 sur la sécurité communautaire et les services policiers has no
    official short form we know of: the French content gives its full title."""
    found = [p.name for p in _french_files() if "LSCSP" in p.read_text(encoding="utf-8")]
    assert not found


def test_the_mgwra_french_title_is_flagged_until_confirmed(library):
    title = "Loi de 2005 sur la déclaration obligatoire des blessures par balle"
    assert ACTS_FR["MGWRA"] == f"la {title}"
    section = library.section("mandatory-reports")
    assert section.status == "check-official-text"
    note = _one_line(section.check_note)
    assert note.startswith("Titre français à confirmer\u00a0:")
    assert title in note and "ontario.ca/fr/lois/loi/05m09" in note
    assert title in library.sources[200].title
    assert "vérifiez le titre abrégé officiel" in library.sources[200].note


def test_the_situation_tables_threshold_says_its_french_is_ours(library):
    section = library.section("share-at-situation-tables")
    assert section.status == "check-official-text"
    note = _one_line(section.check_note)
    assert "«\u00a0acutely elevated risk\u00a0» (texte anglais)" in note
    assert "risque extrêmement élevé est notre traduction" in note
    body = _one_line(section.body)
    assert "**risque extrêmement élevé** («\u00a0acutely elevated risk\u00a0» dans leur " \
           "texte anglais)" in body


def test_federal_acts_sources_have_their_french_titles(library):
    """A federal Act (Justice Laws) is published in French: its French title, and the
    address of its French version, not an English title marked (en anglais)."""
    federal = [s for s in library.sources.values()
               if "laws-lois.justice.gc.ca" in s.url and "/acts/" in s.url]
    assert len(federal) >= 4
    for source in federal:
        assert "(en anglais)" not in source.title, source.id
    assert library.sources[202].title.startswith(
        "Loi concernant les enfants, les jeunes et les familles des Premières Nations, des "
        "Inuits et des Métis, L.C. 2019, ch. 24")
    assert "https://laws-lois.justice.gc.ca/fra/lois/F-11.73/" in library.sources[202].note
