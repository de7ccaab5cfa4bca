"""Typo correction against the index vocabulary: a precomputed deletion map (SymSpell-style).

Every vocabulary word is stored under itself and each string made by deleting one of its
letters. A query word is looked up under itself, its one-letter deletions and (for longer
words) its two-letter deletions; every word found that way is then checked with the
optimal-string-alignment distance (insertions, deletions, substitutions, and swaps of two
neighbouring letters each cost 1). That catches "consnet" -> "consent", "polise" ->
"police" and "stangled" -> "strangled" in microseconds instead of scanning the vocabulary.

A real word is never corrected: a word the content uses, a synonym-table key, or a word in
the English word list shipped in ``index/data`` (from symspellpy, MIT) is left as typed, so
"tenant", "bail" or "bylaw" are searched as themselves, never as "meant", "mail" or "law".
Only words of at most :data:`MAX_WORD_LEN` letters take part: a pasted run of letters in the
content or in a query costs nothing.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

MIN_LEN = 3  # words shorter than this are never corrected (nor offered)
MAX_WORD_LEN = 32  # longer words are neither corrected nor offered (no English word is)
WORDS_FILE = "english-words.txt.gz"
FRENCH_WORDS_FILE = "french-words.txt.gz"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The shipped English word list (lower case, 3+ letters); empty if it can't be read."""
    return _word_file(WORDS_FILE, "English")


@lru_cache(maxsize=1)
def french_words() -> frozenset[str]:
    """The shipped French word list (folded: lower case, no accents, 3+ letters; from
    pyspellchecker, MIT, see index/data/README.md); empty if it can't be read."""
    return _word_file(FRENCH_WORDS_FILE, "French")


@lru_cache(maxsize=2)
def real_words(lang: str) -> frozenset[str]:
    """The words never corrected in an index of ``lang``: English for English; for French
    both lists, since a query in English is a fair query while the guide is in French."""
    if lang == "fr":
        return french_words() | english_words()
    return english_words()


def _word_file(name: str, what: str) -> frozenset[str]:
    try:
        data = (resources.files("index") / "data" / name).read_bytes()
        return frozenset(gzip.decompress(data).decode("ascii").split())
    except Exception:  # noqa: BLE001 - without the list, only the content's words are known
        log.warning("the %s word list could not be read; spelling suggestions may "
                    "change real words", what, exc_info=True)
        return frozenset()


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
        real_words: words that are never corrected, though not offered either (the English
            word list: :func:`english_words`).
    """

    def __init__(self, frequencies: Mapping[str, int], extra: Mapping[str, int] | None = None,
                 real_words: Iterable[str] = ()):
        self._freq: dict[str, int] = {}
        for source in (frequencies, extra or {}):
            for w, n in source.items():
                if MIN_LEN <= len(w) <= MAX_WORD_LEN and w.isalpha():
                    self._freq[w] = max(self._freq.get(w, 0), int(n))
        self._real = real_words if isinstance(real_words, (set, frozenset)) else set(real_words)
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
        """True for a real word: one the content uses, a synonym key, or an English word."""
        return word in self._freq or word in self._real

    def candidates(self, word: str, limit: int = 5) -> list[str]:
        """The closest words to ``word`` (nearest first, then most frequent), excluding itself."""
        if len(word) < MIN_LEN or len(word) > MAX_WORD_LEN or not word.isalpha():
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
        """The best correction for ``word`` (folded), or None; never one for a real word."""
        if self.known(word):
            return None
        found = self.candidates(word, 1)
        return found[0] if found else None
