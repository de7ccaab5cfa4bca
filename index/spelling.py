"""Typo correction against the index vocabulary: a precomputed deletion map (SymSpell-style).

Every vocabulary word is stored under itself and each string made by deleting one of its
letters. A query word is looked up under itself, its one-letter deletions and (for longer
words) its two-letter deletions; every word found that way is then checked with the
optimal-string-alignment distance (insertions, deletions, substitutions, and swaps of two
neighbouring letters each cost 1). That catches "consnet" -> "consent", "polise" ->
"police" and "stangled" -> "strangled" in microseconds instead of scanning the vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping

MIN_LEN = 3  # words shorter than this are never corrected (nor offered)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def max_distance(word: str) -> int:
    """How many edits a word of this length may be away from its correction."""
    return 1 if len(word) <= 4 else 2


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance, or ``limit + 1`` once it is certainly over ``limit``."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ca = a[i - 1]
        best = cur[0]
        for j in range(1, lb + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            if v < best:
                best = v
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[lb], limit + 1)


class Corrector:
    """Suggest the closest vocabulary word for an unknown word.

    Args:
        frequencies: word -> how many documents contain it (ties are broken by frequency).
        extra: further words to offer (e.g. synonym-table keys), with a frequency each.
    """

    def __init__(self, frequencies: Mapping[str, int], extra: Mapping[str, int] | None = None):
        self._freq: dict[str, int] = {}
        for source in (frequencies, extra or {}):
            for w, n in source.items():
                if len(w) >= MIN_LEN and w.isalpha():
                    self._freq[w] = max(self._freq.get(w, 0), int(n))
        dmap: dict[str, list[str]] = {}
        for w in self._freq:
            for key in _deletes(w) | {w}:
                bucket = dmap.get(key)
                if bucket is None:
                    dmap[key] = [w]
                else:
                    bucket.append(w)
        self._map = dmap
        # No word longer than this plus the edit allowance can be close to any of them: a
        # pasted paragraph of letters is not worth the (cubic) deletion work.
        self._max_len = max(map(len, self._freq), default=0)

    def __len__(self) -> int:
        return len(self._freq)

    def known(self, word: str) -> bool:
        return word in self._freq

    def candidates(self, word: str, limit: int = 5) -> list[str]:
        """The closest words to ``word`` (nearest first, then most frequent), excluding itself."""
        if len(word) < MIN_LEN or not word.isalpha():
            return []
        maxd = max_distance(word)
        if len(word) > self._max_len + maxd:
            return []
        variants = _deletes(word) | {word}
        if maxd >= 2 and len(word) > MIN_LEN:
            variants |= {d2 for d1 in list(variants) for d2 in _deletes(d1)}
        found: set[str] = set()
        get = self._map.get
        for v in variants:
            bucket = get(v)
            if bucket:
                found.update(bucket)
        found.discard(word)
        scored = []
        for cand in found:
            d = osa_distance(word, cand, maxd)
            if d <= maxd:
                scored.append((d, -self._freq[cand], cand))
        scored.sort()
        return [c for _, _, c in scored[:limit]]

    def correct(self, word: str) -> str | None:
        """The best correction for ``word``, or None."""
        found = self.candidates(word, 1)
        return found[0] if found else None
