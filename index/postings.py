"""The postings of one open index: read once per term, scored, cached.

Postings are read only through Whoosh's public reader and matcher methods
(``reader.postings()``, ``is_active``/``id``/``weight``/``value``/``next``;
tests/project/test_architecture.py forbids private attributes). Each term is read in one
pass into ``{docnum: score}`` -- BM25 on the page text plus a bonus for the title, scored as its own
short field so a title match still counts in a long section -- and kept in an LRU cache, so
a query is a few set operations and dict lookups. The same pass keeps the term's encoded
positions and character offsets, decoded only for the hits shown (snippets) and for
phrases.

Title words count 4x, summary 2x (:mod:`index.analysis`); ``TITLE_WEIGHT`` and
``GLOSSARY_FACTOR`` were tuned on tests/data/relevance_questions.yaml
(tests/index/test_index_relevance.py reports P@1 and P@3).
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from index.plan import ALT_PREFIX

log = logging.getLogger(__name__)

FIELD = "text"
TITLE_FIELD = "title"
ALT_FIELD = "alt"  # the page in the other language (see index.schema)
K1 = 1.6
B = 0.75
TITLE_WEIGHT = 0.5  # a title match adds this times its BM25 on the title alone (tuned)
GLOSSARY_FACTOR = 0.6  # a definition is short; the sections answer questions (tuned)
TERM_CACHE = 1024
OFFSETS_CACHE = 20_000  # (term, document) -> decoded offsets, for snippets
VALUES_CACHE = 256  # terms whose encoded offsets are kept (they are bigger than scores)
POSTINGS_BUDGET = 2_000_000  # postings kept per cache, in all (~100-200 MB on a huge corpus)
TIE_BREAK = 1e-9  # per document number: equal scores keep reading order, deterministically

#: The scores of a term no document has.
EMPTY: Mapping[int, float] = MappingProxyType({})

K = TypeVar("K")
V = TypeVar("V")


class LRU(OrderedDict[K, V]):
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


def read_postings(m: Any, values: bool = False
                  ) -> tuple[list[int], list[float], list[bytes] | None]:
    """All docnums and weights (and encoded values) of a posting matcher.

    Only the matcher's public methods (``is_active``, ``id``, ``weight``, ``value``,
    ``next``): no private attribute of Whoosh is read anywhere
    (tests/project/test_architecture.py checks). Each term is read once and cached
    (:class:`Postings`).
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


def _norms(reader: Any, field: str, n: int) -> list[float]:
    """BM25's length normalisation of each document's ``field``."""
    lengths = [reader.doc_field_length(d, field, 1) or 1 for d in range(n)]
    avg = (sum(lengths) / n) if n else 1.0
    return [K1 * (1 - B + B * ln / avg) for ln in lengths]


class Postings:
    """Term scores, positions and offsets of one open index (callers hold its lock).

    Args:
        ix: the open Whoosh index (its schema gives the decoders of the stored values).
        reader: its long-lived reader.
        kinds: each document's kind, in document-number order (``"glossary"`` counts
            :data:`GLOSSARY_FACTOR`).
        with_alt: the index has the other language's text of each page (``alt`` field).
    """

    def __init__(self, ix: Any, reader: Any, kinds: Sequence[str], with_alt: bool):
        self.reader = reader
        n = self.doc_count = len(kinds)
        self._norm = _norms(reader, FIELD, n)
        self._tnorm = _norms(reader, TITLE_FIELD, n)
        self._anorm = _norms(reader, ALT_FIELD, n) if with_alt else []
        self._kind_factor = [GLOSSARY_FACTOR if k == "glossary" else 1.0 for k in kinds]
        self.terms: LRU[str, Mapping[int, float]] = LRU(TERM_CACHE, POSTINGS_BUDGET)
        self.values: LRU[str, dict[int, bytes]] = LRU(VALUES_CACHE, POSTINGS_BUDGET // 2)
        self._offsets: LRU[tuple[str, int], list[tuple[int, int, int]]] = LRU(OFFSETS_CACHE)
        fmt = ix.schema[FIELD].format
        self._decode_chars = fmt.decoder("characters")
        #: positions from an encoded value (see :meth:`stem_values`)
        self.decode_positions: Callable[[bytes], Any] = fmt.decoder("positions")

    def clear(self) -> None:
        for cache in (self.terms, self.values, self._offsets):
            cache.clear()

    def idf(self, df: int) -> float:
        n = self.doc_count
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    # -- scores -----------------------------------------------------------------------------
    def term_scores(self, stem: str) -> Mapping[int, float]:
        """``{docnum: score}`` for one index term (:data:`EMPTY` if no document has it)."""
        return self.terms.get_or(stem, self._read_term)

    def _read_term(self, stem: str) -> Mapping[int, float]:
        """BM25 on the text plus the title bonus.

        A term of the other language (:data:`~index.plan.ALT_PREFIX`) is read from the
        ``alt`` field, BM25 on that text alone."""
        if stem.startswith(ALT_PREFIX):
            if not self._anorm:
                return EMPTY
            alt = self._bm25(ALT_FIELD, stem[len(ALT_PREFIX):], self._anorm)
            if not alt:
                return EMPTY
            factor = self._kind_factor
            return {d: v * factor[d] - d * TIE_BREAK for d, v in alt.items()}
        scores = self._bm25(FIELD, stem, self._norm)
        if not scores:
            return EMPTY
        for d, v in self._bm25(TITLE_FIELD, stem, self._tnorm).items():
            if d in scores:
                scores[d] += TITLE_WEIGHT * v
        factor = self._kind_factor
        return {d: v * factor[d] - d * TIE_BREAK for d, v in scores.items()}

    def _bm25(self, field: str, stem: str, norm: list[float]) -> dict[int, float]:
        reader = self.reader
        keep_values = field == FIELD
        try:
            if (field, stem) not in reader:
                return {}
            m = reader.postings(field, stem)
            ids, weights, values = read_postings(m, values=keep_values)
            if values is not None:
                # the encoded offsets, decoded only for the hits shown (see offsets)
                self.values.put(stem, dict(zip(ids, values, strict=True)))
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

    # -- positions and offsets --------------------------------------------------------------
    def stem_values(self, stem: str) -> dict[int, bytes] | None:
        """``{docnum: encoded positions and offsets}`` for ``stem``, from the cache or read
        again in one pass (None if that fails).

        The scores of a term outlive its values (:data:`VALUES_CACHE` is the smaller
        cache), so a term can be scored from the cache while its values are gone; reading
        them once here beats re-reading the posting list for every hit shown.
        """
        cached = self.values.get(stem)
        if cached is not None:
            return cached
        try:
            if (FIELD, stem) not in self.reader:
                return None
            ids, _, values = read_postings(self.reader.postings(FIELD, stem), values=True)
            if values is None:
                return None
            cached = dict(zip(ids, values, strict=True))
        except Exception:  # noqa: BLE001 - the callers fall back to the reader
            log.debug("reading postings values failed", exc_info=True)
            return None
        self.values.put(stem, cached)
        return cached

    def offsets(self, stem: str, d: int) -> list[tuple[int, int, int]]:
        """``(position, start, end)`` of each occurrence of ``stem`` in document ``d``."""
        key = (stem, d)
        found = self._offsets.get(key)
        if found is None:
            found = self._read_offsets(stem, d)
            self._offsets.put(key, found)
        return found

    def _read_offsets(self, stem: str, d: int) -> list[tuple[int, int, int]]:
        cached = self.stem_values(stem)
        if cached is not None:
            value = cached.get(d)
            if value is not None:
                try:
                    return list(self._decode_chars(value))
                except Exception:  # noqa: BLE001
                    log.debug("decoding offsets failed", exc_info=True)
        try:
            m = self.reader.postings(FIELD, stem)
            m.skip_to(d)
            if m.is_active() and m.id() == d:
                return list(m.value_as("characters"))
        except Exception:  # noqa: BLE001
            log.debug("reading offsets failed", exc_info=True)
        return []
