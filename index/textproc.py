"""Text normalisation shared by indexing, querying and highlighting. No Whoosh at import time.

One word goes through exactly one pipeline everywhere: the tokenizer regex, lower case,
accent folding, a stop-word check, then the Porter2 (English Snowball) stemmer. The Whoosh
analyzer in :mod:`index.analysis` calls :func:`stem_of`, so the index, the query side and
the snippet highlighter can never disagree about what "the same word" means.

French has its own :class:`Pipeline` (:data:`FRENCH`, chosen with :func:`pipeline`): the same
tokenizer, accents folded **before** the stop-word check and the Snowball French stemmer
(Snowball stems "sécurité" to "sécur" but "securite" to "securit", so folding first is what
makes a word typed without its accents the same word), and a stop list holding both the
accented and the folded forms. The text shown keeps its accents: only index terms are folded.
Elisions need no rule of their own: the tokenizer splits "l'enfant" at the apostrophe (either
kind) and the one-letter half is too short to index.
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
    # the narrative of a long question ("he said... last week... yesterday"): "say" and
    # "says" were here already; time words that name nothing in this guide ("last" stays:
    # "last known address")
    "said", "saying", "week", "weeks", "yesterday", "ago", "recently", "lately",
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


# -- one pipeline per language -----------------------------------------------------------

#: The Snowball French stop list as Whoosh ships it (``whoosh.lang.stopwords_for_language``),
#: copied so this module stays Whoosh-free, plus "les" and "leurs" (which it lacks) and the
#: halves the tokenizer leaves of elided words ("jusqu'à", "lorsqu'il", "quelqu'un").
def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FRENCH_STOP_ACCENTED = _wordset("""
ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions
aurons auront aux avaient avais avait avec avez aviez avions avons ayant ayante ayantes
ayants ayez ayons c ce ces d dans de des du elle en es est et eu eue eues eurent eus eusse
eussent eusses eussiez eussions eut eux eûmes eût eûtes furent fus fusse fussent fusses
fussiez fussions fut fûmes fût fûtes il j je l la le leur lui m ma mais me mes moi mon même
n ne nos notre nous on ont ou par pas pour qu que qui s sa se sera serai seraient serais
serait seras serez seriez serions serons seront ses soient sois soit sommes son sont soyez
soyons suis sur t ta te tes toi ton tu un une vos votre vous y à étaient étais était étant
étante étantes étants étiez étions été étée étées étés êtes
les leurs jusqu lorsqu puisqu quoiqu quelqu
""")

#: French index stop words: every word in both forms, accented and folded ("été", "ete"),
#: so the check works on the folded word the pipeline has in hand.
FRENCH_STOP_WORDS = frozenset(_FRENCH_STOP_ACCENTED | {_fold(w) for w in _FRENCH_STOP_ACCENTED})

#: Question words and fillers francophone workers type ("est-ce que je peux le dire à la
#: police", "qu'est-ce que je dois faire si..."), dropped from loose query words only, as
#: :data:`QUERY_STOP_WORDS` does for English. English question words are dropped too (a
#: query in English while the guide is in French: "can I tell the police"), but not the
#: few that are French words that mean something here ("sure": *sûre*, safe).
_FRENCH_QUERY_EXTRA = frozenset(_fold(w) for w in _wordset("""
comment pourquoi quand quoi quel quelle quels quelles lequel laquelle lesquels lesquelles
dois doit doivent devons devez devoir devrais devrait devrions devriez devraient
peux peut peuvent pouvons pouvez pouvoir pourrais pourrait pourrions pourriez pourraient puis
faut faudrait faire fait fais faites font veux veut veulent voulons voulez vouloir voudrais
sais sait savons savez savoir si oui alors donc aussi tout tous toute toutes très bien
encore déjà quelque quelques chose choses ils elles leurs ça cela ceci celui celle ceux
celles cet cette là ici voici voilà avant après pendant depuis vers chez selon afin parce
comme plus moins beaucoup peu trop autre autres mêmes chaque tel telle tels telles car
ni svp merci bonjour allo salut etre avoir être vraiment juste genre ok okay
dit disait hier semaine récemment dernièrement combien
"""))
FRENCH_QUERY_STOP_WORDS = FRENCH_STOP_WORDS | _FRENCH_QUERY_EXTRA | (
    QUERY_STOP_WORDS - frozenset(("sure",)))

_french_stemmer: Callable[[str], str] | None = None


def _snowball_french(word: str) -> str:
    global _french_stemmer
    if _french_stemmer is None:
        # Whoosh's Snowball French stemmer, imported on first use only.
        from whoosh.lang import stemmer_for_language

        _french_stemmer = stemmer_for_language("fr")
    return _french_stemmer(word)


#: Nouns in -ée that are not the feminine of a word in -é: kept as they are ("données" is
#: data, not "donner"; "entrée" is not "entre"; "année" is not "Anne").
_EE_NOUNS = _wordset("""
annee armee assemblee allee arrivee bouchee chaussee cheminee contree curee dictee donnee
duree entree epopee fusee gelee idee journee lycee mausolee musee odyssee pensee poignee
portee poupee pygmee randonnee rangee soiree tranchee trophee vallee
""")


def _masculine(word: str) -> str:
    """The masculine form of a folded French word, where Snowball stems the two forms
    apart: "infirmière"/"infirmier", "policière"/"policier", "conseillère"/"conseiller",
    "étranglée"/"étranglé", "menacée"/"menacé", "employée"/"employé" (the accents are
    already folded, so Snowball no longer sees "é" as a verb ending),
    "travailleuse"/"travailleur", "directrice"/"directeur". Applied to the index and to
    queries alike, so a rare wrong guess ("manière" read as "manier") costs nothing but
    a little noise; -euse and -trice are changed only where a dictionary has the -eur form
    ("dangereuse" stays: it is "dangereux")."""
    plural = word.endswith("s") and len(word) > 5
    w = word[:-1] if plural else word
    if len(w) < 5:
        return word
    out = w
    if w.endswith("ee") and w not in _EE_NOUNS:
        out = w[:-1]
    elif w.endswith("ere"):
        out = w[:-3] + "er"
    elif w.endswith(("euse", "trice")):
        guess = w[:-4] + "eur" if w.endswith("euse") else w[:-5] + "teur"
        from index.spelling import french_words  # the folded word list, read once

        if guess in french_words():
            out = guess
    if out is w:
        return word
    return out + "s" if plural else out


def _french_stem(word: str) -> str:
    return _snowball_french(_masculine(word))


class Pipeline:
    """One language's word pipeline: :func:`fold`, stop words, stemmer.

    Attributes:
        lang: ``"en"`` or ``"fr"``.
        stop_words: words the index drops (folded forms; the French list holds both).
        query_stop_words: further words dropped from loose query words.
    """

    def __init__(self, lang: str, stop_words: frozenset[str], query_stop_words: frozenset[str],
                 stemmer: Callable[[str], str]):
        self.lang = lang
        self.stop_words = stop_words
        self.query_stop_words = query_stop_words
        self._stemmer = stemmer
        self.stem_of: Callable[[str], str] = lru_cache(maxsize=200_000)(self._stem_of)
        self.index_term: Callable[[str], str | None] = lru_cache(maxsize=200_000)(
            self._index_term)

    def __repr__(self) -> str:
        return f"<Pipeline {self.lang}>"

    def _stem_of(self, folded: str) -> str:
        if not folded.isalpha():
            return folded
        return self._stemmer(folded)

    def _index_term(self, word: str) -> str | None:
        f = _fold(word)  # folded BEFORE the stop list and the stemmer
        if len(f) < MIN_WORD_LEN or f in self.stop_words:
            return None
        return self.stem_of(f)

    def terms_with_offsets(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, index term)`` for every indexed word in ``text``, in order."""
        term = self.index_term
        out = []
        for m in TOKEN_RE.finditer(text):
            t = term(m.group())
            if t is not None:
                out.append((m.start(), m.end(), t))
        return out


class _English(Pipeline):
    """The English pipeline: the module's own functions (and their caches), unchanged."""

    def __init__(self) -> None:
        super().__init__("en", INDEX_STOP_WORDS, QUERY_STOP_WORDS, _porter2)
        self.stem_of = stem_of
        self.index_term = index_term

    def terms_with_offsets(self, text: str) -> list[tuple[int, int, str]]:
        return terms_with_offsets(text)


ENGLISH: Pipeline = _English()
FRENCH: Pipeline = Pipeline("fr", FRENCH_STOP_WORDS, FRENCH_QUERY_STOP_WORDS, _french_stem)
LANGUAGES = ("en", "fr")


def pipeline(lang: str) -> Pipeline:
    """The pipeline for ``lang`` (``"en"`` or ``"fr"``); ValueError for any other."""
    if lang == "en":
        return ENGLISH
    if lang == "fr":
        return FRENCH
    raise ValueError(f"no search pipeline for language {lang!r}")


def other_language(lang: str) -> str:
    return "fr" if lang == "en" else "en"
