"""The query side: :class:`SearchIndex` over one open Whoosh index.

Whoosh stores the postings; this module ranks them, reading them only through Whoosh's
public reader and matcher methods (``reader.postings()``, ``is_active``/``id``/``weight``/
``value``/``next``; tests/project/test_architecture.py forbids private attributes). Why not Whoosh's
own ``Searcher``: ``python -m tools.bench`` runs stock Whoosh (its parser, BM25F, facets and
highlights) beside this code on the same documents, and the README gives the figures; and
the ranking below (concepts, coordination, proximity) is not what its scorers compute.

* one long-lived reader; a lock so one thread at a time uses it (Whoosh readers are not
  thread-safe);
* per-term posting lists read once into ``{docnum: BM25 score}`` dicts and kept in an LRU
  cache, so a query is a few set operations and dict lookups;
* a **concept** is one thing the user asked for: a word with its synonyms, short forms,
  as-you-type completions and (for a word that is neither in the content nor a real
  word) its spelling correction. Its alternatives are scored as one term: each one's BM25
  without its own IDF, the best per document, times the IDF of the whole concept;
* words typed side by side are **all optional**: a document matching more of the
  question's concepts ranks higher (its score is scaled by the IDF-weighted share of the
  concepts it matches -- **coordination**), and two words typed next to each other that
  also stand next to each other in a page add to its score (**proximity**). Question words
  are dropped before this (:mod:`index.textproc`). Typed phrases, bracketed groups and
  ``AND`` are required, ``NOT``/``-word`` exclude, ``OR`` is either;
* match sets as Python sets: filters are set operations, and the count per filter value is
  one pass over the matches grouped by (statutes, sectors) signature;
* snippets only for the hits returned: the passage matching the most concepts, from
  character offsets stored in the index (no re-analysis); phrases checked from positions.

Title words count 4x, summary 2x (:mod:`index.analysis`), plus a bonus for the title alone
(scored as its own short field, so a title match still counts in a long section).
``COORD_POWER``, ``PAIR_WEIGHT``, ``TITLE_WEIGHT`` and ``GLOSSARY_FACTOR`` were tuned on
tests/data/relevance_questions.yaml (tests/index/test_index_relevance.py reports P@1 and P@3).

No module-level Whoosh import: ``from index import SearchIndex`` stays cheap.
"""

from __future__ import annotations

import bisect
import heapq
import logging
import math
import operator
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from index import query as qmod
from index.snippets import find_spans, make_snippet
from index.spelling import Corrector, english_words, french_words, real_words
from index.textproc import fold, other_language, pipeline
from index.types import Hit, SearchResults

_second = operator.itemgetter(1)

log = logging.getLogger(__name__)

FIELD = "text"
TITLE_FIELD = "title"
ALT_FIELD = "alt"  # the page in the other language (see index.schema)
K1 = 1.6
B = 0.75
TITLE_WEIGHT = 0.5  # a title match adds this times its BM25 on the title alone (tuned)
GLOSSARY_FACTOR = 0.6  # a definition is short; the sections answer questions (tuned)
COORD_POWER = 0.5  # how strongly matching more of the question's concepts counts (tuned)
PAIR_WEIGHT = 0.5  # proximity bonus, times the score of the two words as a phrase (tuned)
TERM_CACHE = 1024
PLAN_CACHE = 512
STORED_CACHE = 1024
HEADING_JOIN = " \u2014 "  # between a heading and its paragraph in a snippet
OFFSETS_CACHE = 20_000  # (term, document) -> decoded offsets, for snippets
VALUES_CACHE = 256  # terms whose encoded offsets are kept (they are bigger than scores)
POSTINGS_BUDGET = 2_000_000  # postings kept per cache, in all (~100-200 MB on a huge corpus)
MAX_LIMIT = 1000
TIE_BREAK = 1e-9  # per document number: equal scores keep reading order, deterministically


@dataclass(frozen=True)
class DocInfo:
    kind: str
    id: str
    statutes: tuple[str, ...]
    sectors: tuple[str, ...]


K = TypeVar("K")
V = TypeVar("V")


class _LRU(OrderedDict[K, V]):
    """Least-recently-used cache of at most ``size`` entries and, if ``budget`` is given,
    at most ``budget`` items in all (each value counted by its ``len``), so a huge corpus
    can't make the posting caches grow without bound."""

    def __init__(self, size: int, budget: int | None = None):
        super().__init__()
        self.size = size
        self.budget = budget
        self.weight = 0

    def get_or(self, key: K, make: Callable[[K], V]) -> V:
        try:
            self.move_to_end(key)
            return self[key]
        except KeyError:
            value = make(key)
            self.put(key, value)
            return value

    def put(self, key: K, value: V) -> None:
        if key in self:
            self.weight -= self._weigh(self.pop(key))
        self[key] = value
        self.weight += self._weigh(value)
        while len(self) > 1 and (len(self) > self.size or (
                self.budget is not None and self.weight > self.budget)):
            _, old = self.popitem(last=False)
            self.weight -= self._weigh(old)

    def _weigh(self, value: V) -> int:
        return len(value) if self.budget is not None else 1  # type: ignore[arg-type]

    def clear(self) -> None:
        super().clear()
        self.weight = 0


@dataclass
class _Match:
    """The outcome of running a plan: the matching docs and how to score them."""

    docs: set[int]
    scorers: list[Mapping[int, float]]
    relaxed: bool = False
    every: bool = False  # every doc is in every scorer (a plain AND of concepts)
    coord: bool = False  # scale scores by the share of concepts matched (optional words)
    bonus: list[Mapping[int, float]] = field(default_factory=list)  # proximity, see _pair_bonus


class SearchIndex:
    """A searchable index. Create it with :func:`index.open_or_build`.

    Thread-safe: calls are serialised by a lock (a query takes about a millisecond).

    Attributes:
        location: the index folder, or ``":memory:"``.
        readonly: True if the index was opened from a folder this process must not write.
        doc_count: how many documents (sections and glossary terms) are indexed.
    """

    def __init__(self, ix: Any, *, location: str, readonly: bool = False,
                 synonyms: Mapping[str, Iterable[str]] | None = None):
        self._ix = ix
        self.location = location
        self.readonly = readonly
        self._lock = threading.RLock()
        self._searcher = ix.searcher()
        self._reader = self._searcher.reader()
        meta = self._load_meta()
        self._info: list[DocInfo] = [DocInfo(k, i, tuple(st), tuple(se))
                                     for k, i, st, se in meta["docs"]]
        n = len(self._info)
        self.doc_count = n
        lengths = [self._reader.doc_field_length(d, FIELD, 1) or 1 for d in range(n)]
        avgdl = (sum(lengths) / n) if n else 1.0
        self._norm = [K1 * (1 - B + B * ln / avgdl) for ln in lengths]
        tlengths = [self._reader.doc_field_length(d, TITLE_FIELD, 1) or 1 for d in range(n)]
        avgtl = (sum(tlengths) / n) if n else 1.0
        self._tnorm = [K1 * (1 - B + B * ln / avgtl) for ln in tlengths]
        #: "en" or "fr": the language of the pages (their text, stems and stop words)
        self.language: str = meta.get("language", "en")
        self.pipeline = pipeline(self.language)
        self._alt_pipeline = pipeline(other_language(self.language))
        self._alt_vocab: frozenset[str] = frozenset(meta.get("alt_vocab", ()))
        self._anorm: list[float] = []
        if self._alt_vocab:
            alengths = [self._reader.doc_field_length(d, ALT_FIELD, 1) or 1 for d in range(n)]
            avgal = (sum(alengths) / n) if n else 1.0
            self._anorm = [K1 * (1 - B + B * ln / avgal) for ln in alengths]
        self._kind_factor = [GLOSSARY_FACTOR if d.kind == "glossary" else 1.0
                             for d in self._info]
        by_statute: dict[str, set[int]] = {}
        by_sector: dict[str, set[int]] = {}
        for d, info in enumerate(self._info):
            for s in info.statutes:
                by_statute.setdefault(s, set()).add(d)
            for s in info.sectors:
                by_sector.setdefault(s, set()).add(d)
        sig_index: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self._sig_of: list[int] = []
        for info in self._info:
            key = (frozenset(info.statutes), frozenset(info.sectors))
            self._sig_of.append(sig_index.setdefault(key, len(sig_index)))
        self._sigs = list(sig_index)
        self._by_statute: dict[str, frozenset[int]] = {k: frozenset(v)
                                                       for k, v in by_statute.items()}
        self._by_sector: dict[str, frozenset[int]] = {k: frozenset(v)
                                                      for k, v in by_sector.items()}
        self._statute_order = [s for s in meta.get("statute_order", []) if s in self._by_statute]
        self._statute_order += sorted(set(self._by_statute) - set(self._statute_order))
        self._sector_order = [s for s in meta.get("sector_order", []) if s in self._by_sector]
        self._sector_order += sorted(set(self._by_sector) - set(self._sector_order))
        self._accented: dict[str, str] = dict(meta.get("accented", {}))
        vocab: dict[str, int] = dict(meta["vocab"])
        self._vocab = vocab
        self._sorted_words = sorted(vocab)
        self._synonyms = qmod.Synonyms.from_table(
            synonyms if synonyms is not None else meta.get("synonyms", {}), self.pipeline)
        real = real_words(self.language)
        # words of this language, as a dictionary has them: never taken for the other's
        self._own_words = french_words() if self.language == "fr" else english_words()
        if self._alt_vocab:
            # a query in the other language: its synonyms too ("cops" while in French), and
            # its words are real words (never "corrected" into this language's)
            self._synonyms.fallback = qmod.Synonyms.from_table(
                meta.get("alt_synonyms", {}), self._alt_pipeline, prefix=qmod.ALT_PREFIX,
                boost=qmod.SYNONYM_BOOST * qmod.CROSS_BOOST)
            real = real | self._alt_vocab
        extra = {w: 1 for k in self._synonyms.key_list() for w in k.split()}
        self._corrector = Corrector(vocab, extra, real_words=real)
        self._terms: _LRU[str, Mapping[int, float]] = _LRU(TERM_CACHE, POSTINGS_BUDGET)
        self._concepts: _LRU[qmod.Concept, Mapping[int, float]] = _LRU(TERM_CACHE,
                                                                        POSTINGS_BUDGET)
        self._plans: _LRU[str, qmod.Plan] = _LRU(PLAN_CACHE)
        self._stored_cache: _LRU[int, dict[str, Any]] = _LRU(STORED_CACHE)
        self._values: _LRU[str, dict[int, bytes]] = _LRU(VALUES_CACHE, POSTINGS_BUDGET // 2)
        self._offsets_cache: _LRU[tuple[str, int], list[tuple[int, int, int]]] = _LRU(
            OFFSETS_CACHE)
        fmt = ix.schema[FIELD].format
        self._decode_chars = fmt.decoder("characters")
        self._decode_pos = fmt.decoder("positions")
        self._closed = False

    # -- lifecycle ------------------------------------------------------------------------
    def _load_meta(self) -> dict[str, Any]:
        total = self._reader.doc_count_all()
        if total < 1:
            raise ValueError("index has no documents")
        meta = self._reader.stored_fields(total - 1)
        if meta.get("kind") != "meta" or "data" not in meta:
            raise ValueError("index has no meta document")
        data = meta["data"]
        docs = data["docs"]
        if len(docs) != total - 1:
            raise ValueError("index meta does not match its documents")
        # the table is in document-number order; make sure the index agrees at both ends
        for d in {0, total - 2} if docs else ():
            if self._reader.stored_fields(d)["data"]["id"] != docs[d][1]:
                raise ValueError("index documents are not in the order of their table")
        return data  # type: ignore[no-any-return]

    def clear_caches(self) -> None:
        """Forget cached postings, queries and stored fields (memory back; next query cold)."""
        with self._lock:
            for cache in (self._terms, self._concepts, self._plans, self._stored_cache,
                          self._values, self._offsets_cache):
                cache.clear()

    def close(self) -> None:
        """Release the index files (the object is unusable afterwards)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                try:
                    self._searcher.close()
                except Exception:  # noqa: BLE001 - closing must not fail
                    log.debug("closing the searcher failed", exc_info=True)

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<SearchIndex {self.location!r} docs={self.doc_count}>"

    # -- vocabulary (for the query resolver) ----------------------------------------------
    def has_term(self, stem: str) -> bool:
        return self._term_scores(stem) is not _EMPTY

    def has_word(self, word: str) -> bool:
        return word in self._vocab

    def has_alt_word(self, word: str) -> bool:
        """True if the other language's text of the pages has ``word`` (folded) as typed."""
        return word in self._alt_vocab

    def cross_alts(self, word: str, lenient: bool = False) -> tuple[qmod.Alt, ...]:
        """A folded word of the *other* language: its term in the ``alt`` field (the same
        page in that language). Empty for a word of this language: one the pages use, one in
        this language's word list, or one whose stem the pages have ("divulguée" while in
        French); and for one neither language knows.

        ``lenient`` (the query is typed in the other language: another of its words is found
        only there): a word both languages have ("report", "child") is also looked for in
        the other language's text, if that text has it as typed.
        """
        if not self._alt_vocab:
            return ()
        if lenient:
            if word not in self._alt_vocab and (
                    word in self._vocab or self.has_term(self.pipeline.stem_of(word))):
                return ()
        else:
            if word in self._vocab or word in self._own_words \
                    or word in self.pipeline.query_stop_words:
                return ()  # a word of this language ("trouble" in English is not French here)
            if word not in self._alt_vocab and self.has_term(self.pipeline.stem_of(word)):
                return ()
        stem = qmod.ALT_PREFIX + self._alt_pipeline.stem_of(word)
        if not self.has_term(stem):
            return ()
        return (qmod.Alt((stem,), qmod.CROSS_BOOST),)

    def prefix_terms(self, prefix: str, limit: int) -> list[tuple[str, float]]:
        """Index terms of the words starting with ``prefix``, most common first, each with
        its document frequency relative to the most common one (1.0 for the first)."""
        words = self._sorted_words
        i = bisect.bisect_left(words, prefix)
        found = []
        while i < len(words) and words[i].startswith(prefix):
            found.append(words[i])
            i += 1
            if len(found) > 2000:
                break
        stem_of = self.pipeline.stem_of
        df: dict[str, int] = {}
        for w in found:
            t = stem_of(w)
            df[t] = max(df.get(t, 0), self._vocab[w])
        ranked = sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        top = ranked[0][1] if ranked else 1
        return [(t, n / top) for t, n in ranked]

    def correction(self, word: str) -> str | None:
        """The spelling correction for a folded word, or None (always None for a real word:
        one the content uses, a synonym key, or an English word)."""
        return self._corrector.correct(word)

    # -- postings -------------------------------------------------------------------------
    def _term_scores(self, stem: str) -> Mapping[int, float]:
        return self._terms.get_or(stem, self._read_term)

    def _read_term(self, stem: str) -> Mapping[int, float]:
        """``{docnum: score}`` for one index term: BM25 on the text plus the title bonus.

        A term of the other language (:data:`~index.query.ALT_PREFIX`) is read from the
        ``alt`` field, BM25 on that text alone."""
        if stem.startswith(qmod.ALT_PREFIX):
            if not self._anorm:
                return _EMPTY
            alt = self._bm25(ALT_FIELD, stem[len(qmod.ALT_PREFIX):], self._anorm)
            if not alt:
                return _EMPTY
            factor = self._kind_factor
            return {d: v * factor[d] - d * TIE_BREAK for d, v in alt.items()}
        scores = self._bm25(FIELD, stem, self._norm)
        if not scores:
            return _EMPTY
        for d, v in self._bm25(TITLE_FIELD, stem, self._tnorm).items():
            if d in scores:
                scores[d] += TITLE_WEIGHT * v
        factor = self._kind_factor
        return {d: v * factor[d] - d * TIE_BREAK for d, v in scores.items()}

    def _bm25(self, field: str, stem: str, norm: list[float]) -> dict[int, float]:
        reader = self._reader
        keep_values = field == FIELD
        try:
            if (field, stem) not in reader:
                return {}
            m = reader.postings(field, stem)
            ids, weights, values = _read_postings(m, values=keep_values)
            if values is not None:
                # the encoded offsets, decoded only for the hits shown (see _offsets)
                self._values.put(stem, dict(zip(ids, values, strict=True)))
        except Exception:  # noqa: BLE001 - a broken term reads as absent
            log.debug("reading postings failed", exc_info=True)
            return {}
        n = self.doc_count
        df = len(ids)
        if not df:
            return {}
        idf = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        k1p = K1 + 1.0
        return {d: idf * w * k1p / (w + norm[d]) for d, w in zip(ids, weights, strict=False)
                if d < n}

    def _phrase_docs(self, stems: tuple[str, ...]) -> set[int]:
        """Documents where ``stems`` occur one after the other."""
        cands: set[int] | None = None
        for s in stems:
            docs = self._term_scores(s)
            cands = set(docs) if cands is None else cands & docs.keys()
            if not cands:
                return set()
        assert cands is not None
        field_name = FIELD
        if stems[0].startswith(qmod.ALT_PREFIX):  # a phrase in the other language's text
            field_name = ALT_FIELD
            stems = tuple(s[len(qmod.ALT_PREFIX):] for s in stems)
            values: list[dict[int, bytes] | None] = [None]
        else:
            values = [self._stem_values(s) for s in stems]
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
        decode = self._decode_pos
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

    def _concept_scores(self, concept: qmod.Concept) -> Mapping[int, float]:
        return self._concepts.get_or(concept, self._compute_concept)

    def _idf(self, df: int) -> float:
        n = self.doc_count
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _compute_concept(self, concept: qmod.Concept) -> Mapping[int, float]:
        """``{docnum: score}`` for one concept: its alternatives scored as *one* term.

        Each alternative's BM25 is divided by its own IDF (leaving how strongly the
        document uses it), the best alternative per document is kept (times its boost), and
        the result is multiplied by the IDF of the concept as a whole -- the documents
        matching any alternative. So a short form and its long form ("info",
        "information"), or a word and its synonyms, weigh what the concept weighs: a rare
        spelling no longer outranks the pages about the thing itself.
        """
        best: dict[int, float] = {}
        for alt in concept.alts:
            if len(alt.stems) == 1:
                src = self._term_scores(alt.stems[0])
                if not src:
                    continue
                scale = alt.boost / self._idf(len(src))
                items: Iterable[tuple[int, float]] = src.items()
            else:
                docs = self._phrase_docs(alt.stems)
                if not docs:
                    continue
                per = [self._term_scores(s) for s in alt.stems]
                scale = alt.boost / sum(self._idf(len(p)) for p in per)
                items = ((d, sum(p.get(d, 0.0) for p in per)) for d in docs)
            get = best.get
            for d, v in items:
                v *= scale
                if v > get(d, 0.0):
                    best[d] = v
        if not best:
            return best
        idf = self._idf(len(best))
        return {d: v * idf for d, v in best.items()}

    # -- plans ----------------------------------------------------------------------------
    def _plan(self, query: str) -> qmod.Plan:
        return self._plans.get_or(query, self._make_plan)

    def _make_plan(self, query: str) -> qmod.Plan:
        return qmod.resolve(qmod.parse(query), self, self._synonyms)

    def _docs(self, node: qmod.PNode) -> set[int]:
        if isinstance(node, qmod.Concept):
            return set(self._concept_scores(node))
        if isinstance(node, qmod.POr) or (node.relaxable and not node.must):
            # words typed side by side are each optional: any of them will do
            out: set[int] = set()
            for c in node.children:
                out |= self._docs(c)
            result = out
        else:
            required = node.must if node.relaxable else node.children
            sets = sorted((self._docs(c) for c in required), key=len)
            result = sets[0]
            for s in sets[1:]:
                if not result:
                    break
                result &= s
        if isinstance(node, qmod.PAnd):
            for neg in node.negatives:
                if not result:
                    break
                result -= self._docs(neg)
        return result

    def _run(self, plan: qmod.Plan) -> _Match:
        root = plan.root
        assert root is not None
        scorers = [self._concept_scores(c) for c in plan.concepts]
        docs = self._docs(root)
        # coordination: with optional words, a document's score is scaled by the share of
        # the (findable) concepts it matches, so pages answering more of the question rank
        # higher; "relaxed" says that no document has them all
        coord = isinstance(root, qmod.PAnd) and root.relaxable and len(scorers) > 1
        every = not coord and (isinstance(root, qmod.Concept) or (
            isinstance(root, qmod.PAnd) and all(isinstance(c, qmod.Concept)
                                                for c in root.children)))
        relaxed = False
        bonus: list[Mapping[int, float]] = []
        if coord:
            live = [sc for sc in scorers if sc]
            relaxed = len(live) > 1 and not set.intersection(*(set(sc) for sc in live))
            bonus = self._pair_bonus(plan.concepts)
        return _Match(docs, scorers, relaxed, every, coord, bonus)

    def _pair_bonus(self, concepts: tuple[qmod.Concept, ...]) -> list[Mapping[int, float]]:
        """Proximity: two words typed side by side ("serious harm", "circle of care") that
        also stand side by side in a page add to its score (not to its coordination)."""
        out = []
        for a, b in zip(concepts, concepts[1:], strict=False):
            sa, sb = a.alts[0], b.alts[0]
            if sa.boost != 1.0 or sb.boost != 1.0 or a.label.startswith('"') \
                    or b.label.startswith('"'):
                continue
            pair = qmod.Concept(f"{a.label} {b.label}", (qmod.Alt(sa.stems + sb.stems),))
            sc = self._concept_scores(pair)
            if sc:
                out.append(sc)
        return out

    # -- the public API -------------------------------------------------------------------
    def search(self, query: str, *, statutes: Iterable[str] = (), sectors: Iterable[str] = (),
               limit: int = 20) -> SearchResults:
        """Search for ``query``; never raises.

        Args:
            query: anything the user typed (see :mod:`index.query` for the syntax).
            statutes: keep only documents about any of these Acts (empty: no filter).
            sectors: keep only documents for any of these sectors (empty: no filter).
            limit: the most hits to return (best first).
        """
        try:
            with self._lock:
                return self._search(query, tuple(statutes or ()), tuple(sectors or ()), limit)
        except Exception:  # noqa: BLE001 - a query must never take the app down
            # Never log the query itself: what people search for is private.
            log.exception("search failed")
            return SearchResults(query=query if isinstance(query, str) else "")

    def _search(self, query: str, statutes: tuple[str, ...], sectors: tuple[str, ...],
                limit: int) -> SearchResults:
        if not isinstance(query, str):
            query = "" if query is None else str(query)
        limit = max(0, min(int(limit), MAX_LIMIT))
        if self._closed:
            return SearchResults(query=query)
        plan = self._plan(query)
        if plan.empty:
            return SearchResults(query=query, facets=self._facets(set()))

        statute_set = self._filter_set(self._by_statute, statutes)
        sector_set = self._filter_set(self._by_sector, sectors)

        # one search: the words as typed, and for a word that is neither in the content nor
        # a real word, its spelling correction too (index.query); "Did you mean" offers the
        # corrected query
        match = self._run(plan)
        suggestion = None
        corrected = False
        if plan.corrections:
            fixed = qmod.replace_words(query, {typed: self._accented.get(fix, fix)
                                               for typed, fix in plan.corrections})
            if fixed and fold(fixed) != fold(query.strip()):
                suggestion = fixed
                corrected = bool(match.docs)

        facets = self._facets(match.docs, statutes, sectors)
        docs = match.docs
        if statute_set is not None:
            docs = docs & statute_set
        if sector_set is not None:
            docs = docs & sector_set
        scores = self._scores(match, docs)
        if len(docs) < len(scores):
            top = heapq.nlargest(limit, ((d, scores[d]) for d in docs), key=_second)
        else:
            top = heapq.nlargest(limit, scores.items(), key=_second)
        hits = tuple(self._hit(d, v, [plan]) for d, v in top)
        return SearchResults(query=query, hits=hits, total=len(docs), suggestion=suggestion,
                             corrected=corrected, facets=facets, relaxed=match.relaxed)

    def _scores(self, match: _Match, docs: set[int] | None = None) -> dict[int, float]:
        """``{doc: score}`` for ``docs`` (default: all matches); higher is better.

        Written for large match sets (a 200x corpus): dict comprehensions rather than a
        Python call per document, and for AND queries no membership tests at all.
        """
        docs = match.docs if docs is None else docs
        scorers = match.scorers
        if match.every:
            if len(scorers) == 1:
                sc = scorers[0]
                return dict(sc) if len(docs) == len(sc) else {d: sc[d] for d in docs}
            if len(scorers) == 2:
                a, b = scorers
                return {d: a[d] + b[d] for d in docs}
            if len(scorers) == 3:
                a, b, c = scorers
                return {d: a[d] + b[d] + c[d] for d in docs}
        scores = dict.fromkeys(docs, 0.0)
        matched = dict.fromkeys(docs, 0.0) if match.coord else None
        total = 0.0
        for sc in scorers:
            # a concept counts in the coordination by its IDF: missing a rare, telling word
            # costs a page more than missing a common one ("before", "enough")
            weight = self._idf(len(sc)) if sc else 0.0
            total += weight
            if len(sc) < len(scores):
                pairs: Iterable[tuple[int, float]] = (
                    (d, v) for d, v in sc.items() if d in scores)
            else:
                pairs = ((d, sc[d]) for d in scores if d in sc)
            for d, v in pairs:
                scores[d] += v
                if matched is not None:
                    matched[d] += weight
        for sc in match.bonus:
            for d, v in sc.items():
                if d in scores:
                    scores[d] += PAIR_WEIGHT * v
        if matched is not None and total > 0:
            # coordination: the share of the question's (findable) concepts a page matches
            power = COORD_POWER
            for d, m in matched.items():
                scores[d] *= (m / total) ** power
        return scores

    @staticmethod
    def _filter_set(by: Mapping[str, frozenset[int]], values: tuple[str, ...]
                    ) -> frozenset[int] | None:
        if not values:
            return None
        out: frozenset[int] = frozenset()
        for v in values:
            out = out | by.get(v, frozenset())
        return out

    def _facets(self, docs: set[int], statutes: tuple[str, ...] = (),
                sectors: tuple[str, ...] = ()) -> Mapping[str, Mapping[str, int]]:
        """How many of ``docs`` each filter value would keep (see :class:`SearchResults`).

        Documents are grouped by their (statutes, sectors) signature -- a guide has only a
        few dozen distinct ones -- so counting is one C-level pass over ``docs``.
        """
        st = dict.fromkeys(self._statute_order, 0)
        se = dict.fromkeys(self._sector_order, 0)
        if docs:
            want_st, want_se = frozenset(statutes), frozenset(sectors)
            for sig, n in Counter(map(self._sig_of.__getitem__, docs)).items():
                sig_st, sig_se = self._sigs[sig]
                if not want_se or sig_se & want_se:
                    for k in sig_st:
                        st[k] += n
                if not want_st or sig_st & want_st:
                    for k in sig_se:
                        se[k] += n
        return MappingProxyType({"statutes": MappingProxyType(st),
                                 "sectors": MappingProxyType(se)})

    # -- hits and snippets ----------------------------------------------------------------
    def _stored(self, d: int) -> dict[str, Any]:
        def read(k: int) -> dict[str, Any]:
            data: dict[str, Any] = self._reader.stored_fields(k)["data"]
            return data

        return self._stored_cache.get_or(d, read)

    def _stem_values(self, stem: str) -> dict[int, bytes] | None:
        """``{docnum: encoded positions and offsets}`` for ``stem``, from the cache or read
        again in one pass (None if that fails).

        The scores of a term outlive its values (:data:`VALUES_CACHE` is the smaller
        cache), so a term can be scored from the cache while its values are gone; reading
        them once here beats re-reading the posting list for every hit shown.
        """
        cached = self._values.get(stem)
        if cached is not None:
            return cached
        try:
            if (FIELD, stem) not in self._reader:
                return None
            ids, _, values = _read_postings(self._reader.postings(FIELD, stem), values=True)
            if values is None:
                return None
            cached = dict(zip(ids, values, strict=True))
        except Exception:  # noqa: BLE001 - the callers fall back to the reader
            log.debug("reading postings values failed", exc_info=True)
            return None
        self._values.put(stem, cached)
        return cached

    def _offsets(self, stem: str, d: int) -> list[tuple[int, int, int]]:
        """``(position, start, end)`` of each occurrence of ``stem`` in document ``d``."""
        key = (stem, d)
        found = self._offsets_cache.get(key)
        if found is None:
            found = self._read_offsets(stem, d)
            self._offsets_cache.put(key, found)
        return found

    def _read_offsets(self, stem: str, d: int) -> list[tuple[int, int, int]]:
        cached = self._stem_values(stem)
        if cached is not None:
            value = cached.get(d)
            if value is not None:
                try:
                    return list(self._decode_chars(value))
                except Exception:  # noqa: BLE001
                    log.debug("decoding offsets failed", exc_info=True)
        try:
            m = self._reader.postings(FIELD, stem)
            m.skip_to(d)
            if m.is_active() and m.id() == d:
                return list(m.value_as("characters"))
        except Exception:  # noqa: BLE001
            log.debug("reading offsets failed", exc_info=True)
        return []

    def _match_spans(self, d: int, plan: qmod.Plan, base: int = 0
                     ) -> list[tuple[int, int, int, float]]:
        """``(start, end, concept number, weight)`` of every match in document ``d``; the
        weight is how telling that match is (its alternative's boost times its IDF)."""
        spans: list[tuple[int, int, int, float]] = []
        for ci0, concept in enumerate(plan.concepts):
            ci = base + ci0
            for alt in concept.alts:
                if alt.stems[0].startswith(qmod.ALT_PREFIX):
                    continue  # the other language's text is not shown: nothing to highlight
                if len(alt.stems) == 1:
                    docs = self._term_scores(alt.stems[0])
                    if d in docs:
                        w = alt.boost * self._idf(len(docs))
                        spans.extend((s, e, ci, w) for _, s, e in self._offsets(alt.stems[0], d))
                    continue
                per = []
                w = 0.0
                for s in alt.stems:
                    docs = self._term_scores(s)
                    if d not in docs:
                        break
                    w += self._idf(len(docs))
                    per.append({p: (a, b) for p, a, b in self._offsets(s, d)})
                else:
                    w *= alt.boost
                    for p, (a, _) in per[0].items():
                        if all(p + k in per[k] for k in range(1, len(per))):
                            spans.append((a, per[-1][p + len(per) - 1][1], ci, w))
        return spans

    def _hit(self, d: int, score: float, plans: list[qmod.Plan]) -> Hit:
        data = self._stored(d)
        text: str = data["text"]
        spans = [sp for i, plan in enumerate(plans)
                 for sp in self._match_spans(d, plan, 1000 * i)]
        parts = data["parts"]  # (code, start, end, anchor)
        starts = data.get("part_starts")
        if starts is None:  # kept with the cached stored fields: computed once per document
            starts = data["part_starts"] = [p[1] for p in parts]
        per_part: dict[int, list[tuple[int, int, int, float]]] = {}
        for sp in spans:
            i = bisect.bisect_right(starts, sp[0]) - 1
            if i >= 0 and sp[1] <= parts[i][2]:
                per_part.setdefault(i, []).append(sp)
        # the passage: the body paragraph (or heading) matching the most concepts; among
        # those, the one whose matches are most telling (each concept's best match, by IDF
        # and boost: "refusal" says more than a fifth "consent"), then the most matches
        best_i, best_key = -1, (0, 0.0, 0)
        for i, found in per_part.items():
            code = parts[i][0]
            if code not in ("B", "H"):
                continue
            best_w: dict[int, float] = {}
            for _, _, c, w in found:
                if w > best_w.get(c, 0.0):
                    best_w[c] = w
            key = (len(best_w), round(sum(best_w.values()), 6), len(found))
            if key > best_key or (key == best_key and i < best_i):
                best_i, best_key = i, key
        if best_i < 0:
            # matched only in the title, summary or metadata: show the summary
            best_i = next((i for i, p in enumerate(parts) if p[0] == "S"), -1)
            if best_i < 0:
                best_i = next((i for i, p in enumerate(parts) if p[0] == "B"), 0)
        code, ps, pe, anchor = parts[best_i]
        local = [(s - ps, e - ps, c) for s, e, c, _ in per_part.get(best_i, [])]
        passage = text[ps:pe]
        if code == "H" and best_i + 1 < len(parts) and parts[best_i + 1][0] == "B":
            # a heading (often the question itself, in the FAQ pages) is shown with the start
            # of the paragraph under it, which holds the answer
            _, ns, ne, _ = parts[best_i + 1]
            shift = len(passage) + len(HEADING_JOIN) - ns
            passage = passage + HEADING_JOIN + text[ns:ne]
            local += [(s + shift, e + shift, c) for s, e, c, _ in per_part.get(best_i + 1, [])]
        snippet_html, snippet_text = make_snippet(passage, local)
        is_glossary = data["kind"] == "glossary"
        return Hit(
            kind=data["kind"],
            section_id=data["section_id"],
            term_id=data["id"] if is_glossary else "",
            title=data["title"],
            anchor="" if is_glossary or code != "B" and code != "H" else anchor,
            score=round(score, 4),
            snippet_html=snippet_html,
            snippet_text=snippet_text,
            statutes=tuple(data["statutes"]),
            sectors=tuple(data["sectors"]),
            provisions=tuple(data["provisions"]),
            summary=data["summary"],
        )

    def highlight_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Character spans in ``text`` matching the query's terms (same analysis as search).

        Never raises; returns ``[]`` for an empty or unusable query.
        """
        try:
            if not isinstance(text, str) or not text:
                return []
            with self._lock:
                plan = self._plan(query if isinstance(query, str) else "")
                singles, phrases = _highlight_terms(plan)
            if not singles and not phrases:
                return []
            return find_spans(text, singles, phrases, self.pipeline)
        except Exception:  # noqa: BLE001
            log.exception("highlighting failed")
            return []


_EMPTY: Mapping[int, float] = MappingProxyType({})


def _highlight_terms(plan: qmod.Plan) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    singles: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    if plan.root is None:
        return frozenset(), ()
    for c in plan.concepts:  # the positive ones: exclusions are never highlighted
        for a in c.alts:
            if len(a.stems) == 1:
                singles.add(a.stems[0])
            elif a.stems not in phrases:
                phrases.append(a.stems)
    return frozenset(singles), tuple(phrases)


def _read_postings(m: Any, values: bool = False
                   ) -> tuple[list[int], list[float], list[bytes] | None]:
    """All docnums and weights (and encoded values) of a posting matcher.

    Only the matcher's public methods (``is_active``, ``id``, ``weight``, ``value``,
    ``next``): no private attribute of Whoosh is read anywhere (tests/project/test_architecture.py
    checks). Each term is read once and cached (:class:`SearchIndex`).
    """
    ids: list[int] = []
    weights: list[float] = []
    vals: list[bytes] | None = [] if values else None
    add_id, add_weight = ids.append, weights.append
    while m.is_active():
        add_id(m.id())
        add_weight(m.weight())
        if vals is not None:
            vals.append(m.value())
        m.next()
    return ids, weights, vals
