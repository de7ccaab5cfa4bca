"""The filters beside the results: which documents each Act and sector keeps, and how many
of a query's matches each would keep (the counts on the filter chips).

Match sets are Python sets, so a filter is a set operation. Counting groups the matches by
their (statutes, sectors) signature -- a guide has only a few dozen distinct ones -- so it
is one C-level pass over the matches, however many there are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class DocInfo:
    """What the index's table says of one document (in document-number order)."""

    kind: str
    id: str
    statutes: tuple[str, ...]
    sectors: tuple[str, ...]


def _ordered(wanted: Iterable[str], present: Mapping[str, object]) -> list[str]:
    """The values in ``present``: those in ``wanted`` first, in its order, then the rest
    sorted."""
    out = [s for s in wanted if s in present]
    return out + sorted(set(present) - set(out))


class Facets:
    """The documents of each filter value, and the count per value of a set of matches.

    Args:
        info: every document, in document-number order.
        statute_order, sector_order: the order the filters are shown in (values the
            documents have but these lack come after, sorted).
    """

    def __init__(self, info: Sequence[DocInfo], statute_order: Iterable[str] = (),
                 sector_order: Iterable[str] = ()):
        by_statute: dict[str, set[int]] = {}
        by_sector: dict[str, set[int]] = {}
        for d, doc in enumerate(info):
            for s in doc.statutes:
                by_statute.setdefault(s, set()).add(d)
            for s in doc.sectors:
                by_sector.setdefault(s, set()).add(d)
        sig_index: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self._sig_of: list[int] = []
        for doc in info:
            key = (frozenset(doc.statutes), frozenset(doc.sectors))
            self._sig_of.append(sig_index.setdefault(key, len(sig_index)))
        self._sigs = list(sig_index)
        self._by_statute = {k: frozenset(v) for k, v in by_statute.items()}
        self._by_sector = {k: frozenset(v) for k, v in by_sector.items()}
        self._statute_order = _ordered(statute_order, self._by_statute)
        self._sector_order = _ordered(sector_order, self._by_sector)

    def statute_docs(self, statutes: tuple[str, ...]) -> frozenset[int] | None:
        """The documents about any of ``statutes`` (None: no filter)."""
        return _union(self._by_statute, statutes)

    def sector_docs(self, sectors: tuple[str, ...]) -> frozenset[int] | None:
        """The documents for any of ``sectors`` (None: no filter)."""
        return _union(self._by_sector, sectors)

    def counts(self, docs: set[int], statutes: tuple[str, ...] = (),
               sectors: tuple[str, ...] = ()) -> Mapping[str, Mapping[str, int]]:
        """How many of ``docs`` each filter value would keep (see
        :class:`~index.types.SearchResults`): a statute's count is within the sectors
        chosen, a sector's within the statutes chosen."""
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


def _union(by: Mapping[str, frozenset[int]], values: tuple[str, ...]) -> frozenset[int] | None:
    if not values:
        return None
    out: frozenset[int] = frozenset()
    for v in values:
        out = out | by.get(v, frozenset())
    return out
