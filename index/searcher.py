"""The query side: :class:`SearchIndex` over one open Whoosh index.

Whoosh stores and analyses; this module runs the queries itself, because Whoosh's own
query pipeline (parser, fuzzy terms, highlighter) is 10-100x too slow for search-as-you-type
on a 2-core laptop. What it does instead:

* one long-lived reader; a lock so one thread at a time uses it (Whoosh readers are not
  thread-safe);
* per-term posting lists read once (a whole block at a time) into ``{docnum: BM25 score}``
  dicts and kept in an LRU cache, so a query is a few set operations and dict lookups;
* match sets as Python sets, so totals and per-filter counts are set intersections;
* snippets only for the hits returned, from character offsets stored in the index;
* spelling corrected against the index vocabulary with a deletion map
  (:mod:`index.spelling`), then an ordinary exact search;
* parsed and resolved queries cached by query string.

Scoring is BM25 over one weighted field (title words count 4x, see
:mod:`index.analysis`); a concept's score is its best alternative (the word itself, a
synonym, a prefix completion) times that alternative's weight, and a document's score is
the sum over the concepts it matches.

No module-level Whoosh import: ``from index import SearchIndex`` stays cheap.
"""

from __future__ import annotations

import bisect
import heapq
import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from index import query as qmod
from index.snippets import find_spans, make_snippet
from index.spelling import Corrector
from index.textproc import fold
from index.types import Hit, SearchResults

log = logging.getLogger(__name__)

FIELD = "text"
TITLE_FIELD = "title"
K1 = 1.6
B = 0.75
TITLE_WEIGHT = 0.5  # a title match adds this times its BM25 on the title alone (tuned)
GLOSSARY_FACTOR = 0.75  # a definition is short; don't let it crowd out the sections
FEW = 3  # fewer exact matches than this: also try the spelling suggestion
TERM_CACHE = 1024
PLAN_CACHE = 512
STORED_CACHE = 1024
MAX_LIMIT = 1000


@dataclass(frozen=True)
class DocInfo:
    kind: str
    id: str
    statutes: tuple[str, ...]
    sectors: tuple[str, ...]


class _LRU(OrderedDict[Any, Any]):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def get_or(self, key: Any, make: Any) -> Any:
        try:
            self.move_to_end(key)
            return self[key]
        except KeyError:
            value = make(key)
            self[key] = value
            if len(self) > self.size:
                self.popitem(last=False)
            return value


@dataclass
class _Match:
    """The outcome of running a plan: the matching docs and how to score them."""

    docs: set[int]
    scorers: list[Mapping[int, float]]
    relaxed: bool = False


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
        self._lengths = [self._reader.doc_field_length(d, FIELD, 1) or 1 for d in range(n)]
        self._avgdl = (sum(self._lengths) / n) if n else 1.0
        self._norm = [K1 * (1 - B + B * ln / self._avgdl) for ln in self._lengths]
        tlengths = [self._reader.doc_field_length(d, TITLE_FIELD, 1) or 1 for d in range(n)]
        avgtl = (sum(tlengths) / n) if n else 1.0
        self._tnorm = [K1 * (1 - B + B * ln / avgtl) for ln in tlengths]
        self._kind_factor = [GLOSSARY_FACTOR if d.kind == "glossary" else 1.0
                             for d in self._info]
        self._all = frozenset(range(n))
        self._by_statute: dict[str, frozenset[int]] = {}
        self._by_sector: dict[str, frozenset[int]] = {}
        for d, info in enumerate(self._info):
            for s in info.statutes:
                self._by_statute.setdefault(s, set()).add(d)  # type: ignore[attr-defined]
            for s in info.sectors:
                self._by_sector.setdefault(s, set()).add(d)  # type: ignore[attr-defined]
        self._by_statute = {k: frozenset(v) for k, v in self._by_statute.items()}
        self._by_sector = {k: frozenset(v) for k, v in self._by_sector.items()}
        self._statute_order = [s for s in meta.get("statute_order", []) if s in self._by_statute]
        self._statute_order += sorted(set(self._by_statute) - set(self._statute_order))
        self._sector_order = [s for s in meta.get("sector_order", []) if s in self._by_sector]
        self._sector_order += sorted(set(self._by_sector) - set(self._sector_order))
        vocab: dict[str, int] = dict(meta["vocab"])
        self._vocab = vocab
        self._sorted_words = sorted(vocab)
        self._synonyms = qmod.Synonyms.from_table(
            synonyms if synonyms is not None else meta.get("synonyms", {}))
        extra = {w: 1 for k in self._synonyms.key_list() for w in k.split()}
        self._corrector = Corrector(vocab, extra)
        self._terms = _LRU(TERM_CACHE)
        self._concepts = _LRU(TERM_CACHE)
        self._plans = _LRU(PLAN_CACHE)
        self._stored_cache = _LRU(STORED_CACHE)
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
        if len(data["docs"]) != total - 1:
            raise ValueError("index meta does not match its documents")
        return data  # type: ignore[no-any-return]

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

    def prefix_terms(self, prefix: str, limit: int) -> list[str]:
        words = self._sorted_words
        i = bisect.bisect_left(words, prefix)
        found = []
        while i < len(words) and words[i].startswith(prefix):
            found.append(words[i])
            i += 1
            if len(found) > 2000:
                break
        found.sort(key=lambda w: -self._vocab[w])
        from index.textproc import stem_of

        out: list[str] = []
        for w in found:
            t = stem_of(w)
            if t not in out:
                out.append(t)
                if len(out) >= limit:
                    break
        return out

    def suggest_word(self, word: str) -> str | None:
        """The closest vocabulary word to ``word`` (for "Did you mean"), or None."""
        with self._lock:
            return self._corrector.correct(fold(word))

    # -- postings -------------------------------------------------------------------------
    def _term_scores(self, stem: str) -> Mapping[int, float]:
        return self._terms.get_or(stem, self._read_term)  # type: ignore[no-any-return]

    def _read_term(self, stem: str) -> Mapping[int, float]:
        """``{docnum: score}`` for one index term: BM25 on the text plus the title bonus."""
        scores = self._bm25(FIELD, stem, self._norm)
        if not scores:
            return _EMPTY
        for d, v in self._bm25(TITLE_FIELD, stem, self._tnorm).items():
            if d in scores:
                scores[d] += TITLE_WEIGHT * v
        return scores

    def _bm25(self, field: str, stem: str, norm: list[float]) -> dict[int, float]:
        reader = self._reader
        try:
            if (field, stem) not in reader:
                return {}
            m = reader.postings(field, stem)
            ids, weights = _read_postings(m)
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
        from whoosh.query import Phrase

        cands = None
        for s in stems:
            docs = self._term_scores(s)
            cands = set(docs) if cands is None else cands & docs.keys()
            if not cands:
                return set()
        try:
            m = Phrase(FIELD, list(stems), slop=1).matcher(self._searcher)
            out = set()
            while m.is_active():
                out.add(m.id())
                m.next()
            return out & (cands or set())
        except Exception:  # noqa: BLE001
            log.debug("phrase matching failed", exc_info=True)
            return set()

    def _concept_scores(self, concept: qmod.Concept) -> Mapping[int, float]:
        return self._concepts.get_or(concept, self._compute_concept)  # type: ignore[no-any-return]

    def _compute_concept(self, concept: qmod.Concept) -> Mapping[int, float]:
        best: dict[int, float] = {}
        for alt in concept.alts:
            if len(alt.stems) == 1:
                src = self._term_scores(alt.stems[0])
                items: Iterable[tuple[int, float]] = src.items()
            else:
                docs = self._phrase_docs(alt.stems)
                per = [self._term_scores(s) for s in alt.stems]
                items = ((d, sum(p.get(d, 0.0) for p in per)) for d in docs)
            boost = alt.boost
            get = best.get
            for d, s in items:
                v = s * boost
                if v > get(d, 0.0):
                    best[d] = v
        return best

    # -- plans ----------------------------------------------------------------------------
    def _plan(self, query: str) -> qmod.Plan:
        return self._plans.get_or(query, self._make_plan)  # type: ignore[no-any-return]

    def _make_plan(self, query: str) -> qmod.Plan:
        return qmod.resolve(qmod.parse(query), self, self._synonyms)

    def _docs(self, node: qmod.PNode) -> set[int]:
        if isinstance(node, qmod.Concept):
            return set(self._concept_scores(node))
        if isinstance(node, qmod.POr):
            out: set[int] = set()
            for c in node.children:
                out |= self._docs(c)
            return out
        sets = sorted((self._docs(c) for c in node.children), key=len)
        result = sets[0]
        for s in sets[1:]:
            if not result:
                break
            result &= s
        for neg in node.negatives:
            if not result:
                break
            result -= self._docs(neg)
        return result

    def _run(self, plan: qmod.Plan, relax: bool) -> _Match:
        root = plan.root
        assert root is not None
        scorers = [self._concept_scores(c) for c in plan.concepts
                   if not _is_negative(root, c)]
        docs = self._docs(root)
        relaxed = False
        if not docs and relax and isinstance(root, qmod.PAnd) and root.relaxable:
            docs = self._docs(qmod.POr(root.children))
            for neg in root.negatives:
                docs -= self._docs(neg)
            relaxed = True
        return _Match(docs, scorers, relaxed)

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
            return SearchResults(query=query, facets=self._facets(set(), statutes, sectors))

        statute_set = self._filter_set(self._by_statute, statutes)
        sector_set = self._filter_set(self._by_sector, sectors)

        match = self._run(plan, relax=False)
        key = self._sort_key(match)
        plans = [plan]
        suggestion = None
        corrected = False
        if plan.unknown and len(match.docs) < FEW:
            suggestion = self._suggest(query, plan)
        if suggestion is not None:
            plan2 = self._plan(suggestion)
            if not plan2.empty:
                match2 = self._run(plan2, relax=not match.docs)
                if match2.docs - match.docs:
                    corrected = True
                    plans.append(plan2)
                    exact, key1, key2 = match.docs, key, self._sort_key(match2)

                    def key(d: int) -> tuple[float, float]:
                        # exact matches keep their place at the top; corrected ones follow
                        return (1.0, key1(d)[1]) if d in exact else key2(d)

                    match = _Match(match.docs | match2.docs, [],
                                   relaxed=match2.relaxed and not exact)
        if not match.docs and not corrected:
            match = self._run(plan, relax=True)
            key = self._sort_key(match)

        facets = self._facets(match.docs, statutes, sectors, statute_set, sector_set)
        docs = match.docs
        if statute_set is not None:
            docs = docs & statute_set
        if sector_set is not None:
            docs = docs & sector_set
        keyed = [(key(d), d) for d in docs]
        top = heapq.nsmallest(limit, keyed, key=lambda kd: (-kd[0][0], -kd[0][1], kd[1]))
        hits = tuple(self._hit(d, k[1], plans) for k, d in top)
        return SearchResults(query=query, hits=hits, total=len(docs), suggestion=suggestion,
                             corrected=corrected, facets=facets, relaxed=match.relaxed)

    def _sort_key(self, match: _Match) -> Any:
        """``doc -> (tier, score)``: higher sorts first."""
        scorers = match.scorers
        factor = self._kind_factor
        if not match.relaxed:
            def key(d: int) -> tuple[float, float]:
                s = 0.0
                for sc in scorers:
                    v = sc.get(d)
                    if v:
                        s += v
                return 0.0, s * factor[d]
            return key

        n = max(1, len(scorers))

        def relaxed_key(d: int) -> tuple[float, float]:
            s = 0.0
            matched = 0
            for sc in scorers:
                v = sc.get(d)
                if v:
                    s += v
                    matched += 1
            # documents with more of the words come first, then BM25
            return matched / n - 1.0, s * factor[d]
        return relaxed_key

    def _suggest(self, query: str, plan: qmod.Plan) -> str | None:
        repl = {}
        for w in plan.unknown:
            c = self._corrector.correct(w)
            if c is not None:
                repl[w] = c
        if not repl:
            return None
        suggestion = qmod.replace_words(query, repl)
        return suggestion if suggestion and fold(suggestion) != fold(query.strip()) else None

    @staticmethod
    def _filter_set(by: Mapping[str, frozenset[int]], values: tuple[str, ...]
                    ) -> frozenset[int] | None:
        if not values:
            return None
        out: frozenset[int] = frozenset()
        for v in values:
            out = out | by.get(v, frozenset())
        return out

    def _facets(self, docs: set[int], statutes: tuple[str, ...], sectors: tuple[str, ...],
                statute_set: frozenset[int] | None = None,
                sector_set: frozenset[int] | None = None) -> Mapping[str, Mapping[str, int]]:
        base_for_statutes = docs & sector_set if sector_set is not None else docs
        base_for_sectors = docs & statute_set if statute_set is not None else docs
        st = {k: len(base_for_statutes & self._by_statute[k]) for k in self._statute_order}
        se = {k: len(base_for_sectors & self._by_sector[k]) for k in self._sector_order}
        return MappingProxyType({"statutes": MappingProxyType(st),
                                 "sectors": MappingProxyType(se)})

    # -- hits and snippets ----------------------------------------------------------------
    def _stored(self, d: int) -> dict[str, Any]:
        return self._stored_cache.get_or(d, lambda k: self._reader.stored_fields(k)["data"])  # type: ignore[no-any-return]

    def _offsets(self, stem: str, d: int) -> list[tuple[int, int, int]]:
        try:
            m = self._reader.postings(FIELD, stem)
            m.skip_to(d)
            if m.is_active() and m.id() == d:
                return list(m.value_as("characters"))
        except Exception:  # noqa: BLE001
            log.debug("reading offsets failed", exc_info=True)
        return []

    def _match_spans(self, d: int, plan: qmod.Plan, base: int = 0
                     ) -> list[tuple[int, int, int]]:
        """``(start, end, concept number)`` of every match in document ``d``."""
        root = plan.root
        spans: list[tuple[int, int, int]] = []
        for ci0, concept in enumerate(plan.concepts):
            ci = base + ci0
            if root is None or _is_negative(root, concept):
                continue
            for alt in concept.alts:
                if len(alt.stems) == 1:
                    if d in self._term_scores(alt.stems[0]):
                        spans.extend((s, e, ci) for _, s, e in self._offsets(alt.stems[0], d))
                    continue
                per = []
                for s in alt.stems:
                    if d not in self._term_scores(s):
                        break
                    per.append({p: (a, b) for p, a, b in self._offsets(s, d)})
                else:
                    for p, (a, _) in per[0].items():
                        if all(p + k in per[k] for k in range(1, len(per))):
                            spans.append((a, per[-1][p + len(per) - 1][1], ci))
        return spans

    def _hit(self, d: int, score: float, plans: list[qmod.Plan]) -> Hit:
        data = self._stored(d)
        text: str = data["text"]
        spans = [sp for i, plan in enumerate(plans)
                 for sp in self._match_spans(d, plan, 1000 * i)]
        parts = data["parts"]  # (code, start, end, anchor)
        starts = [p[1] for p in parts]
        per_part: dict[int, list[tuple[int, int, int]]] = {}
        for s, e, c in spans:
            i = bisect.bisect_right(starts, s) - 1
            if i >= 0 and e <= parts[i][2]:
                per_part.setdefault(i, []).append((s, e, c))
        best_i, best_key = -1, (0, 0)
        for i, found in per_part.items():
            code = parts[i][0]
            if code not in ("B", "H"):
                continue
            key = (len({c for _, _, c in found}), len(found))
            if key > best_key or (key == best_key and i < best_i):
                best_i, best_key = i, key
        if best_i < 0:
            # matched only in the title, summary or metadata: show the summary
            best_i = next((i for i, p in enumerate(parts) if p[0] == "S"), -1)
            if best_i < 0:
                best_i = next((i for i, p in enumerate(parts) if p[0] == "B"), 0)
        code, ps, pe, anchor = parts[best_i]
        local = [(s - ps, e - ps, c) for s, e, c in per_part.get(best_i, [])]
        snippet_html, snippet_text = make_snippet(text[ps:pe], local)
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
            return find_spans(text, singles, phrases)
        except Exception:  # noqa: BLE001
            log.exception("highlighting failed")
            return []


_EMPTY: Mapping[int, float] = MappingProxyType({})


def _is_negative(root: qmod.PNode, concept: qmod.Concept) -> bool:
    return _negatives(root).__contains__(concept)


@lru_cache(maxsize=256)
def _negatives(root: qmod.PNode) -> frozenset[qmod.Concept]:
    out: set[qmod.Concept] = set()

    def walk(node: qmod.PNode, neg: bool) -> None:
        if isinstance(node, qmod.Concept):
            if neg:
                out.add(node)
            return
        for c in node.children:
            walk(c, neg)
        if isinstance(node, qmod.PAnd):
            for c in node.negatives:
                walk(c, True)

    walk(root, False)
    return frozenset(out)


def _highlight_terms(plan: qmod.Plan) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    singles: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    if plan.root is None:
        return frozenset(), ()
    for c in plan.concepts:
        if _is_negative(plan.root, c):
            continue
        for a in c.alts:
            if len(a.stems) == 1:
                singles.add(a.stems[0])
            elif a.stems not in phrases:
                phrases.append(a.stems)
    return frozenset(singles), tuple(phrases)


def _read_postings(m: Any) -> tuple[list[int], list[float]]:
    """All ``(docnums, weights)`` of a posting matcher, a whole block at a time if possible."""
    ids: list[int] = []
    weights: list[float] = []
    # Fast path for whoosh-reloaded 2.7.5's W3LeafMatcher (pinned): whole blocks.
    if all(hasattr(m, a) for a in ("_read_ids", "_read_weights", "_next_block", "_atend")):
        try:
            while m.is_active():
                m._read_ids()
                m._read_weights()
                ids.extend(m._ids)
                weights.extend(m._weights)
                m._next_block()
            return ids, weights
        except Exception:  # noqa: BLE001 - fall back to the public API
            log.debug("block read failed; reading postings one by one", exc_info=True)
            ids.clear()
            weights.clear()
            m.reset()
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        m.next()
    return ids, weights
