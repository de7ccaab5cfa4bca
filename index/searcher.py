"""The query side: :class:`SearchIndex` over one open Whoosh index.

Whoosh stores the postings; this package ranks them, reading them only through Whoosh's
public reader and matcher methods (tests/project/test_architecture.py forbids private
attributes). Why not Whoosh's own ``Searcher``: ``python -m tools.bench`` runs stock Whoosh
(its parser, BM25F, facets and highlights) beside this code on the same documents, and the
README gives the figures; and the ranking (concepts, coordination, proximity) is not what
its scorers compute.

One query, room by room: :mod:`index.query` parses it, :mod:`index.resolve` turns its words
into concepts (:mod:`index.plan`) against this index's vocabulary (the methods under
"vocabulary" below); :mod:`index.matching` finds the documents, from term scores read and
cached by :mod:`index.postings`; :mod:`index.facets` filters and counts them;
:mod:`index.scoring` ranks them; :mod:`index.hits` makes a snippet for each hit returned.

* one long-lived reader; a lock so one thread at a time uses it (Whoosh readers are not
  thread-safe);
* per-term posting lists read once into ``{docnum: BM25 score}`` dicts and kept in LRU
  caches, so a query is a few set operations and dict lookups;
* snippets only for the hits returned; phrases checked from positions.

No module-level Whoosh import: ``from index import SearchIndex`` stays cheap.
"""

from __future__ import annotations

import bisect
import heapq
import logging
import operator
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from index import scoring
from index.facets import DocInfo, Facets
from index.hits import HitMaker, highlight_terms
from index.matching import Matcher
from index.plan import ALT_PREFIX, CROSS_BOOST, SYNONYM_BOOST, Alt, Plan, Synonyms
from index.postings import EMPTY, LRU, Postings
from index.query import parse, replace_words
from index.resolve import resolve
from index.snippets import find_spans
from index.spelling import Corrector, english_words, french_words, real_words
from index.textproc import fold, other_language, pipeline
from index.types import SearchResults

_second = operator.itemgetter(1)

log = logging.getLogger(__name__)

PLAN_CACHE = 512
MAX_LIMIT = 1000


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
        info = [DocInfo(k, i, tuple(st), tuple(se)) for k, i, st, se in meta["docs"]]
        self.doc_count = len(info)
        #: "en" or "fr": the language of the pages (their text, stems and stop words)
        self.language: str = meta.get("language", "en")
        self.pipeline = pipeline(self.language)
        self._alt_pipeline = pipeline(other_language(self.language))
        self._alt_vocab: frozenset[str] = frozenset(meta.get("alt_vocab", ()))
        self._postings = Postings(ix, self._reader, [d.kind for d in info],
                                  with_alt=bool(self._alt_vocab))
        self._matcher = Matcher(self._postings, self._searcher)
        self._hits = HitMaker(self._postings)
        self._facets = Facets(info, meta.get("statute_order", []), meta.get("sector_order", []))
        self._accented: dict[str, str] = dict(meta.get("accented", {}))
        self._caps_and_lower: frozenset[str] = frozenset(meta.get("caps_and_lower", ()))
        self._scenarios: frozenset[int] = frozenset(meta.get("scenarios", ()))
        vocab: dict[str, int] = dict(meta["vocab"])
        self._vocab = vocab
        self._sorted_words = sorted(vocab)
        self._synonyms = Synonyms.from_table(
            synonyms if synonyms is not None else meta.get("synonyms", {}), self.pipeline)
        real = real_words(self.language)
        # words of this language, as a dictionary has them: never taken for the other's
        self._own_words = french_words() if self.language == "fr" else english_words()
        if self._alt_vocab:
            # a query in the other language: its synonyms too ("cops" while in French), and
            # its words are real words (never "corrected" into this language's)
            self._synonyms.fallback = Synonyms.from_table(
                meta.get("alt_synonyms", {}), self._alt_pipeline, prefix=ALT_PREFIX,
                boost=SYNONYM_BOOST * CROSS_BOOST)
            real = real | self._alt_vocab
        extra = {w: 1 for k in self._synonyms.key_list() for w in k.split()}
        self._corrector = Corrector(vocab, extra, real_words=real)
        self._plans: LRU[str, Plan] = LRU(PLAN_CACHE)
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
            for cache in (self._matcher.concepts, self._plans, self._hits.stored_cache):
                cache.clear()
            self._postings.clear()

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
        return self._postings.term_scores(stem) is not EMPTY

    def has_word(self, word: str) -> bool:
        return word in self._vocab

    def written_both_ways(self, word: str) -> bool:
        """True if the pages write the folded ``word`` both in capitals and in lower case
        (French "CAS" and "cas") and a dictionary has it as a word of the pages' language:
        typed in capitals, it means the short form."""
        return word in self._caps_and_lower and word in self._own_words

    def has_alt_word(self, word: str) -> bool:
        """True if the other language's text of the pages has ``word`` (folded) as typed."""
        return word in self._alt_vocab

    def cross_alts(self, word: str, lenient: bool = False) -> tuple[Alt, ...]:
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
        stem = ALT_PREFIX + self._alt_pipeline.stem_of(word)
        if not self.has_term(stem):
            return ()
        return (Alt((stem,), CROSS_BOOST),)

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

    # -- plans ----------------------------------------------------------------------------
    def _plan(self, query: str) -> Plan:
        return self._plans.get_or(query, self._make_plan)

    def _make_plan(self, query: str) -> Plan:
        return resolve(parse(query), self, self._synonyms)

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
            return SearchResults(query=query, facets=self._facets.counts(set()))

        statute_set = self._facets.statute_docs(statutes)
        sector_set = self._facets.sector_docs(sectors)

        # one search: the words as typed, and for a word that is neither in the content nor
        # a real word, its spelling correction too (index.query); "Did you mean" offers the
        # corrected query
        match = self._matcher.run(plan)
        suggestion = None
        corrected = False
        if plan.corrections:
            fixed = replace_words(query, {typed: self._accented.get(fix, fix)
                                               for typed, fix in plan.corrections})
            if fixed and fold(fixed) != fold(query.strip()):
                suggestion = fixed
                corrected = bool(match.docs)

        facets = self._facets.counts(match.docs, statutes, sectors)
        docs = match.docs
        if statute_set is not None:
            docs = docs & statute_set
        if sector_set is not None:
            docs = docs & sector_set
        scores = scoring.scores(match, self._postings.idf, docs)
        scoring.weigh_scenarios(scores, self._scenarios)
        if len(docs) < len(scores):
            top = heapq.nlargest(limit, ((d, scores[d]) for d in docs), key=_second)
        else:
            top = heapq.nlargest(limit, scores.items(), key=_second)
        hit, plans = self._hits.hit, [plan]
        hits = tuple(hit(d, v, plans) for d, v in top)
        return SearchResults(query=query, hits=hits, total=len(docs), suggestion=suggestion,
                             corrected=corrected, facets=facets, relaxed=match.relaxed)

    def highlight_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Character spans in ``text`` matching the query's terms (same analysis as search).

        Never raises; returns ``[]`` for an empty or unusable query.
        """
        try:
            if not isinstance(text, str) or not text:
                return []
            with self._lock:
                plan = self._plan(query if isinstance(query, str) else "")
                singles, phrases = highlight_terms(plan)
            if not singles and not phrases:
                return []
            return find_spans(text, singles, phrases, self.pipeline)
        except Exception:  # noqa: BLE001
            log.exception("highlighting failed")
            return []
