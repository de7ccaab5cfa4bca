"""Running a plan (:mod:`index.plan`): which documents match, and what scores each concept.

* a **concept** is one thing the user asked for: a word with its synonyms, short forms,
  as-you-type completions and (for a word that is neither in the content nor a real
  word) its spelling correction. Its alternatives are scored as one term: each one's BM25
  without its own IDF, the best per document, times the IDF of the whole concept;
* words typed side by side are **all optional** (a document needs one of them;
  :mod:`index.scoring` ranks those matching more higher), and two words typed next to each
  other that also stand next to each other in a page add a **proximity** bonus. Typed
  phrases, bracketed groups and ``AND`` are required, ``NOT``/``-word`` exclude, ``OR`` is
  either;
* phrases are checked from the positions kept with the postings (:mod:`index.postings`),
  with Whoosh's public ``Phrase`` query as the fallback.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from index.plan import ALT_PREFIX, Alt, Concept, PAnd, Plan, PNode, POr
from index.postings import ALT_FIELD, FIELD, LRU, POSTINGS_BUDGET, TERM_CACHE, Postings

log = logging.getLogger(__name__)


@dataclass
class Match:
    """The outcome of running a plan: the matching docs and how to score them."""

    docs: set[int]
    scorers: list[Mapping[int, float]]
    relaxed: bool = False
    every: bool = False  # every doc is in every scorer (a plain AND of concepts)
    coord: bool = False  # scale scores by the share of concepts matched (optional words)
    bonus: list[Mapping[int, float]] = field(default_factory=list)  # proximity, see pair_bonus


class Matcher:
    """Concept scores (cached) and match sets over one index's postings.

    ``searcher`` is the index's Whoosh searcher, used only by the phrase fallback.
    """

    def __init__(self, postings: Postings, searcher: Any):
        self.postings = postings
        self._searcher = searcher
        self.concepts: LRU[Concept, Mapping[int, float]] = LRU(TERM_CACHE, POSTINGS_BUDGET)

    # -- phrases ----------------------------------------------------------------------------
    def phrase_docs(self, stems: tuple[str, ...]) -> set[int]:
        """Documents where ``stems`` occur one after the other."""
        postings = self.postings
        cands: set[int] | None = None
        for s in stems:
            docs = postings.term_scores(s)
            cands = set(docs) if cands is None else cands & docs.keys()
            if not cands:
                return set()
        assert cands is not None
        field_name = FIELD
        if stems[0].startswith(ALT_PREFIX):  # a phrase in the other language's text
            field_name = ALT_FIELD
            stems = tuple(s[len(ALT_PREFIX):] for s in stems)
            values: list[dict[int, bytes] | None] = [None]
        else:
            values = [postings.stem_values(s) for s in stems]
        if all(v is not None for v in values):
            try:
                return self._phrase_from_values(cands, values)  # type: ignore[arg-type]
            except Exception:  # noqa: BLE001 - fall back to Whoosh's phrase query
                log.debug("phrase from cached postings failed", exc_info=True)
        from whoosh.query import Phrase

        try:
            m = Phrase(field_name, list(stems), slop=1).matcher(self._searcher)
            out = set()
            while m.is_active():
                out.add(m.id())
                m.next()
            return out & cands
        except Exception:  # noqa: BLE001
            log.debug("phrase matching failed", exc_info=True)
            return set()

    def _phrase_from_values(self, cands: set[int], values: list[dict[int, bytes]]) -> set[int]:
        decode = self.postings.decode_positions
        first, rest = values[0], values[1:]
        out = set()
        for d in cands:
            later = [set(decode(v[d])) for v in rest]
            for p in decode(first[d]):
                k = 1
                for ps in later:
                    if p + k not in ps:
                        break
                    k += 1
                else:
                    out.add(d)
                    break
        return out

    # -- concepts ---------------------------------------------------------------------------
    def concept_scores(self, concept: Concept) -> Mapping[int, float]:
        return self.concepts.get_or(concept, self._compute_concept)

    def _compute_concept(self, concept: Concept) -> Mapping[int, float]:
        """``{docnum: score}`` for one concept: its alternatives scored as *one* term.

        Each alternative's BM25 is divided by its own IDF (leaving how strongly the
        document uses it), the best alternative per document is kept (times its boost), and
        the result is multiplied by the IDF of the concept as a whole -- the documents
        matching any alternative. So a short form and its long form ("info",
        "information"), or a word and its synonyms, weigh what the concept weighs: a rare
        spelling no longer outranks the pages about the thing itself.
        """
        term_scores, idf_of = self.postings.term_scores, self.postings.idf
        best: dict[int, float] = {}
        for alt in concept.alts:
            if len(alt.stems) == 1:
                src = term_scores(alt.stems[0])
                if not src:
                    continue
                scale = alt.boost / idf_of(len(src))
                items: Iterable[tuple[int, float]] = src.items()
            else:
                docs = self.phrase_docs(alt.stems)
                if not docs:
                    continue
                per = [term_scores(s) for s in alt.stems]
                scale = alt.boost / sum(idf_of(len(p)) for p in per)
                items = ((d, sum(p.get(d, 0.0) for p in per)) for d in docs)
            get = best.get
            for d, v in items:
                v *= scale
                if v > get(d, 0.0):
                    best[d] = v
        if not best:
            return best
        idf = idf_of(len(best))
        return {d: v * idf for d, v in best.items()}

    # -- match sets -------------------------------------------------------------------------
    def docs(self, node: PNode) -> set[int]:
        """The documents ``node`` matches."""
        if isinstance(node, Concept):
            return set(self.concept_scores(node))
        if isinstance(node, POr) or (node.relaxable and not node.must):
            # words typed side by side are each optional: any of them will do
            out: set[int] = set()
            for c in node.children:
                out |= self.docs(c)
            result = out
        else:
            required = node.must if node.relaxable else node.children
            sets = sorted((self.docs(c) for c in required), key=len)
            result = sets[0]
            for s in sets[1:]:
                if not result:
                    break
                result &= s
        if isinstance(node, PAnd):
            for neg in node.negatives:
                if not result:
                    break
                result -= self.docs(neg)
        return result

    def run(self, plan: Plan) -> Match:
        """The documents ``plan`` matches and the scorers that rank them."""
        root = plan.root
        assert root is not None
        scorers = [self.concept_scores(c) for c in plan.concepts]
        docs = self.docs(root)
        # coordination: with optional words, a document's score is scaled by the share of
        # the (findable) concepts it matches, so pages answering more of the question rank
        # higher; "relaxed" says that no document has them all
        coord = isinstance(root, PAnd) and root.relaxable and len(scorers) > 1
        every = not coord and (isinstance(root, Concept) or (
            isinstance(root, PAnd) and all(isinstance(c, Concept) for c in root.children)))
        relaxed = False
        bonus: list[Mapping[int, float]] = []
        if coord:
            live = [sc for sc in scorers if sc]
            relaxed = len(live) > 1 and not set.intersection(*(set(sc) for sc in live))
            bonus = self.pair_bonus(plan.concepts)
        return Match(docs, scorers, relaxed, every, coord, bonus)

    def pair_bonus(self, concepts: tuple[Concept, ...]) -> list[Mapping[int, float]]:
        """Proximity: two words typed side by side ("serious harm", "circle of care") that
        also stand side by side in a page add to its score (not to its coordination)."""
        out = []
        for a, b in zip(concepts, concepts[1:], strict=False):
            sa, sb = a.alts[0], b.alts[0]
            if sa.boost != 1.0 or sb.boost != 1.0 or a.label.startswith('"') \
                    or b.label.startswith('"'):
                continue
            pair = Concept(f"{a.label} {b.label}", (Alt(sa.stems + sb.stems),))
            sc = self.concept_scores(pair)
            if sc:
                out.append(sc)
        return out
