"""What a query resolves to: concepts, their alternatives, the plan, the synonym table.

:func:`index.resolve.resolve` turns the syntax tree of :mod:`index.query` into a
:class:`Plan` of these types; :class:`index.searcher.SearchIndex` runs it. A
:class:`Concept` is one thing the user asked for (a word, a phrase, a multi-word synonym
key); its :class:`Alt` s are the index terms that count for it, each with a weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from index.textproc import ENGLISH, Pipeline, fold

MAX_SYNONYM_KEY_WORDS = 5

#: Relative weight of a word's alternatives (the word itself counts 1.0).
SYNONYM_BOOST = 0.8
PREFIX_BOOST = 0.7
EXPLICIT_PREFIX_BOOST = 0.9
CORRECTION_BOOST = 0.9
#: A word found in the other language's text of a page (an English word while the guide is
#: in French): the page in the current language still matches, a little below its own words.
CROSS_BOOST = 0.8
#: Index terms of the other language's text (the ``alt`` field) start with this.
ALT_PREFIX = "~"


@dataclass(frozen=True)
class Alt:
    """One way a concept can match: a term (one stem) or a phrase (several), with a weight."""

    stems: tuple[str, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Concept:
    """One thing the user asked for (a word, a phrase, or a multi-word synonym key)."""

    label: str
    alts: tuple[Alt, ...]
    unknown: tuple[str, ...] = ()  # typed words the index and synonym table don't know
    corrections: tuple[tuple[str, str], ...] = ()  # (typed word, its spelling correction)


@dataclass(frozen=True)
class PAnd:
    """Words side by side. ``relaxable`` (typed without ``AND``): ``children`` are optional
    (a document needs at least one, more rank higher); ``must`` are required in any case
    (typed phrases and bracketed groups). Not relaxable: every child is required."""

    children: tuple[PNode, ...]
    negatives: tuple[PNode, ...] = ()
    relaxable: bool = False
    must: tuple[PNode, ...] = ()


@dataclass(frozen=True)
class POr:
    children: tuple[PNode, ...]


PNode = Concept | PAnd | POr


class Vocabulary(Protocol):
    def has_term(self, stem: str) -> bool: ...

    def has_word(self, word: str) -> bool: ...

    def prefix_terms(self, prefix: str, limit: int) -> list[tuple[str, float]]: ...

    def correction(self, word: str) -> str | None: ...

    # optional: ``cross_alts(word)`` -> the word's alternatives in the other language's text
    # (see index.searcher.SearchIndex.cross_alts); a vocabulary without it has none;
    # optional: ``written_both_ways(word)`` -> True if the pages write the word both in
    # capitals and as an ordinary word (index.resolve reads "CAS" typed so as the short form)


@dataclass(frozen=True)
class Plan:
    """A resolved query: a tree of concepts, ready to run against the index."""

    root: PNode | None
    concepts: tuple[Concept, ...] = ()  # the positive ones, in order (not the exclusions)
    unknown: tuple[str, ...] = ()  # unknown words, in the order typed
    corrections: tuple[tuple[str, str], ...] = ()  # (typed, suggested), in the order typed

    @property
    def empty(self) -> bool:
        return self.root is None


@dataclass
class Synonyms:
    """The synonym table, normalised for lookup by folded words and by stems.

    ``pipeline`` is the language of the index (its stemmer and stop words: the query side
    reads them from here). ``fallback`` is the other language's table, its terms made
    ``alt``-field terms (:data:`ALT_PREFIX`): looked up when this table has no entry.
    """

    by_words: dict[str, tuple[Alt, ...]] = field(default_factory=dict)
    by_stems: dict[str, tuple[Alt, ...]] = field(default_factory=dict)
    max_key_words: int = 1
    pipeline: Pipeline = ENGLISH
    fallback: Synonyms | None = None

    @classmethod
    def from_table(cls, table: Mapping[str, Iterable[str]], pipeline: Pipeline = ENGLISH,
                   *, prefix: str = "", boost: float = SYNONYM_BOOST) -> Synonyms:
        syn = cls(pipeline=pipeline)
        for key, values in table.items():
            kw = [fold(w) for w in re.findall(r"\w+(?:\.?\w+)*", str(key))]
            if not kw:
                continue
            alts: list[Alt] = []
            for v in values:
                stems = tuple(prefix + t for _, _, t in pipeline.terms_with_offsets(str(v)))
                if stems and Alt(stems, boost) not in alts:
                    alts.append(Alt(stems, boost))
            if not alts:
                continue
            wkey = " ".join(kw)
            skey = " ".join(pipeline.stem_of(w) for w in kw)
            syn.by_words[wkey] = _merge(syn.by_words.get(wkey, ()), alts)
            syn.by_stems[skey] = _merge(syn.by_stems.get(skey, ()), alts)
            syn.max_key_words = max(syn.max_key_words, min(len(kw), MAX_SYNONYM_KEY_WORDS))
        return syn

    def lookup(self, words: Sequence[str]) -> tuple[Alt, ...]:
        key = " ".join(words)
        found = self.by_words.get(key)
        if found is None:
            found = self.by_stems.get(" ".join(self.pipeline.stem_of(w) for w in words))
        if not found and self.fallback is not None:
            # the other language's keys as typed only: its stems are too loose across
            # languages ("not" would be French "notes")
            return self.fallback.by_words.get(key) or ()
        return found or ()

    def key_list(self) -> list[str]:
        """This language's keys (the spelling corrector offers them; never the fallback's: a
        typo is corrected into a word of the language the guide is in)."""
        return list(self.by_words)


def _merge(a: Sequence[Alt], b: Sequence[Alt]) -> tuple[Alt, ...]:
    out = list(a)
    for x in b:
        if x not in out:
            out.append(x)
    return tuple(out)
