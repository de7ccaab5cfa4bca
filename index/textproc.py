"""Text normalisation shared by indexing, querying and highlighting. No Whoosh at import time.

One word goes through exactly one pipeline everywhere: the tokenizer regex, lower case,
accent folding, a stop-word check, then the Porter2 (English Snowball) stemmer. The Whoosh
analyzer in :mod:`index.analysis` calls :func:`stem_of`, so the index, the query side and
the snippet highlighter can never disagree about what "the same word" means.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

#: A word: letters/digits, with inner dots kept ("42.1") -- Whoosh's default pattern.
TOKEN_RE = re.compile(r"\w+(?:\.?\w+)*")

#: Whoosh's English stop list (``whoosh.analysis.STOP_WORDS``), copied so this module stays
#: Whoosh-free. Removed from the index and from queries.
INDEX_STOP_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "have", "if", "in",
    "is", "it", "may", "of", "on", "or", "tbd", "that", "the", "this", "to", "us", "we",
    "when", "will", "with", "yet", "you", "your",
))

#: Extra words dropped from *loose* query words only (never from quoted phrases): the
#: question words people type ("what do I write down", "can I tell the police") would
#: otherwise have to appear in every result. Checked on the folded lower-case word.
QUERY_STOP_WORDS = INDEX_STOP_WORDS | frozenset((
    "about", "after", "all", "am", "any", "anyone", "anything", "been", "being", "but",
    "could", "did", "do", "does", "doing", "done", "get", "gets", "got", "had", "has", "he",
    "her", "here", "him", "his", "how", "i", "im", "into", "its", "just", "know", "let", "me",
    "might", "must", "my", "need", "needs", "no", "not", "now", "our", "ok", "okay", "please",
    "she", "should", "so", "some", "someone", "something", "than", "their", "them", "then",
    "there", "these", "they", "those", "too", "under", "up", "very", "want", "was", "were",
    "what", "whats", "where", "which", "who", "whom", "whose", "why", "would", "yes",
    # more question words and fillers: "am I allowed to", "is it ok if I", "do we still"
    "able", "also", "actually", "again", "else", "even", "ever", "go", "going", "guess",
    "hi", "hello", "lot", "maybe", "mean", "means", "much", "really", "still", "sure",
    "enough", "thanks", "thing", "things", "think", "way", "well", "whether", "while",
    # function words that carry no topic ("sharing info between agencies", "after I called
    # police", "he is getting out of jail"): they would otherwise count as a concept a page
    # must match. Words that name something in this guide stay out of this list ("without",
    # "not", "under", "new", "high", "good", "call", "give", "tell", "afterwards"...).
    "above", "across", "after", "again", "against", "along", "already", "although",
    "always", "among", "another", "anybody", "anyway", "around", "because", "before",
    "behind", "below", "beside", "besides", "between", "beyond", "both", "came", "come",
    "comes", "coming", "during", "each", "either", "etc", "every", "everybody", "everyone",
    "everything", "few", "further", "gets", "getting", "gotten", "happen", "happened",
    "happening", "happens", "herself", "himself", "however", "instead", "itself",
    "kind", "least", "less", "like", "look", "looking", "made", "make", "makes", "making",
    "many", "more", "most", "myself", "neither", "never", "nobody", "nor", "nothing", "off",
    "often", "once", "one", "ones", "other", "others", "ourselves", "out", "over", "own",
    "per", "put", "quite", "rather", "same", "say", "says", "several", "since", "somebody",
    "somehow", "sometimes", "somewhere", "soon", "such", "take", "takes", "taking",
    "themselves", "though", "through", "throughout", "together", "toward", "towards", "try",
    "trying", "until", "upon", "use", "used", "using", "usually", "via", "yourself",
    # contractions typed without the apostrophe, and the halves the tokenizer leaves of
    # "doesn't" or "I'm" (TOKEN_RE splits at the apostrophe)
    "aren", "arent", "cant", "couldn", "couldnt", "didn", "didnt", "doesn", "doesnt",
    "don", "dont", "hasn", "hasnt", "haven", "havent", "hes", "isn", "isnt", "ive",
    "ll", "re", "shes", "shouldn", "shouldnt", "theyre", "ve", "wasn", "wasnt", "weren",
    "werent", "won", "wont", "wouldn", "wouldnt", "youre",
))

MIN_WORD_LEN = 2  # single letters ("s." in "s. 40(1)") are not indexed


def fold(word: str) -> str:
    """Lower case with accents removed: ``"Résumé"`` -> ``"resume"``."""
    return _fold(word)


@lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    w = word.lower()
    if w.isascii():
        return w
    decomposed = unicodedata.normalize("NFKD", w)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_stemmer: Callable[[str], str] | None = None


def _porter2(word: str) -> str:
    global _stemmer
    if _stemmer is None:
        # Whoosh's Porter2 implementation; a plain function, imported on first use only.
        from whoosh.lang.porter2 import stem

        _stemmer = stem
    return _stemmer(word)


@lru_cache(maxsize=200_000)
def stem_of(folded: str) -> str:
    """The index term for an already folded word (stemmed; numbers unchanged)."""
    if not folded.isalpha():
        return folded
    return _porter2(folded)


@lru_cache(maxsize=200_000)
def index_term(word: str) -> str | None:
    """The index term for a raw word, or None if the index drops it (stop word, too short)."""
    f = _fold(word)
    if len(f) < MIN_WORD_LEN or f in INDEX_STOP_WORDS:
        return None
    return stem_of(f)


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded word)`` for every word in ``text`` (stop words included)."""
    return [(m.start(), m.end(), _fold(m.group())) for m in TOKEN_RE.finditer(text)]


def terms_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, index term)`` for every indexed word in ``text``, in order.

    Consecutive entries are consecutive positions in the index (stop words renumbered away),
    which is what phrase matching needs.
    """
    out = []
    for m in TOKEN_RE.finditer(text):
        t = index_term(m.group())
        if t is not None:
            out.append((m.start(), m.end(), t))
    return out


_CONTROL = {c: " " for c in range(32)} | {0x7F: " "}

#: Characters that are invisible inside a word and must vanish, not split it: the soft
#: hyphen and the zero-width family that PDFs and web pages paste along with text
#: ("custo\u00addian" is "custodian"). Every other format (Cf) character, such as the
#: bidirectional marks, is removed too; control characters become spaces.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]")


def strip_invisible(text: str) -> str:
    """``text`` without soft hyphens, zero-width and other invisible format characters.

    Used on queries and on the content as it is indexed, so a word pasted from a PDF with a
    hidden hyphen in it is still the same word.
    """
    if text.isascii():
        return text
    text = _INVISIBLE_RE.sub("", text)
    if any(unicodedata.category(c) == "Cf" for c in text):
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return text


def clean_query(text: str, max_chars: int) -> str:
    """Bound and sanitise a raw query: NFKC, invisible characters removed, control and
    unassigned characters made spaces, ``max_chars`` max."""
    if not isinstance(text, str):
        text = str(text)
    text = text[: max_chars * 2]
    try:
        text = unicodedata.normalize("NFKC", text)
    except (ValueError, TypeError):  # lone surrogates and the like
        text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    text = text.translate(_CONTROL)
    if not text.isascii():
        text = strip_invisible(text)
        text = "".join(
            " " if unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") else c for c in text
        )
    return text[:max_chars]
