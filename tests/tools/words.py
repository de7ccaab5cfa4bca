"""English and French word lists for the checks that no English is left in French output
(and no French in English): the spelling lists the search index ships
(``index/data/english-words.txt.gz``, ``french-words.txt.gz``)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from functools import cache

from tests.tools.app_support import ROOT

WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]+")


@cache
def word_list(name: str) -> frozenset[str]:
    """``"english"`` or ``"french"``: every word of that list, case-folded."""
    with gzip.open(ROOT / "index" / "data" / f"{name}-words.txt.gz", "rt",
                   encoding="utf-8") as fh:
        return frozenset(w.strip().casefold() for w in fh if w.strip())


def words_of(text: str) -> list[str]:
    """The words of ``text`` (HTML tags dropped; split at apostrophes: « l'aide » is « l »,
    « aide », "children's" is "children", "s")."""
    return WORD_RE.findall(re.sub(r"<[^>]+>", " ", text))


def foreign_words(text: str, language: str, allowed: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` (three letters or more) that belong to the other language
    only: English words in French text (``language="fr"``), French words in English text.
    A word in both lists ("question", "section") is never foreign; ``allowed`` words
    (proper names, short forms of Acts) never count."""
    english, french = word_list("english"), word_list("french")
    other, own = (english, french) if language == "fr" else (french, english)
    ok = {a.casefold() for a in allowed}
    out = []
    for w in words_of(text):
        f = w.casefold()
        if len(f) >= 3 and f in other and f not in own and f not in ok:
            out.append(w)
    return out


#: An English quotation in French text, marked as English (issue 20): the words in « »
#: with « anglais » just before the « (« texte anglais de la loi (« ... ») », « titre
#: anglais : « ... » », « les termes anglais « ... » ») or just after the »
#: (« « ... » (texte anglais) », « « ... » dans leur texte anglais »).
_QUOTE = re.compile(r"«[\s\u00a0\u202f]*([^«»]*?)[\s\u00a0\u202f]*»")


def marked_english(text: str) -> list[str]:
    """The quotations of ``text`` marked as English (their words, without the « »)."""
    out, last = [], -1  # the end of the last marked quotation
    for m in _QUOTE.finditer(text):
        before, after = text[max(0, m.start() - 45):m.start()], text[m.end():m.end() + 30]
        before = before.rsplit("»", 1)[-1]  # not past another quotation
        listed = last >= 0 and re.fullmatch(r"[\s\u00a0]*(?:,|et|ou)[\s\u00a0]*",
                                             text[last:m.start()])  # « a » et « b »
        if "anglais" in before or listed or re.match(
                r"[\s\u00a0)]*[(,]?[\s\u00a0]*(?:\w+[\s\u00a0]+){0,3}anglais", after):
            out.append(m.group(1))
            last = m.end()
    return out


def without_marked_english(text: str) -> str:
    """``text`` with each quotation marked as English (:func:`marked_english`) taken out:
    what is left of a French note must be French."""
    for quoted in marked_english(text):
        text = re.sub(r"«[\s\u00a0\u202f]*" + re.escape(quoted) + r"[\s\u00a0\u202f]*»", " ",
                      text)
    return text
