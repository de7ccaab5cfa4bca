"""Query language: a forgiving parser and the resolver that turns words into index terms.

No Whoosh here. The language, for those who know it (everyone else just types words)::

    consent police          any of the words; the more of them a page has, the higher it ranks
    "serious bodily harm"   a phrase
    disclos*                a prefix; the last word typed is also treated as a prefix
                            while it is not yet a whole word ("consen" finds "consent")
    police OR doctor        either
    police AND consent      both words, required
    police NOT warrant      NOT / -word leave documents out
    (police OR doctor) consent

``AND``, ``OR`` and ``NOT`` are operators only in capitals. Nothing is a syntax error:
an unbalanced quote or bracket is ignored, a lone operator is dropped, and a query made
only of exclusions is read as plain words. Queries are cut at :data:`MAX_QUERY_CHARS`
characters and :data:`MAX_WORDS` words.

Resolution (:func:`resolve`) maps each word to a :class:`Concept`: the word's own index
term plus, from the synonym table, the guidance's terms for it ("police" -> "law
enforcement"), plus prefix completions, plus -- for a word that is neither in the content
nor a real English word -- its spelling correction. A multi-word synonym key ("circle of
care", "write down") is matched across neighbouring words. Plain words are optional (a
page matching more of the question's concepts ranks higher, see :mod:`index.searcher`);
typed phrases, bracketed groups and words joined by ``AND`` are required.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from index.textproc import (
    ENGLISH,
    MIN_WORD_LEN,
    Pipeline,
    clean_query,
    fold,
)

MAX_QUERY_CHARS = 500
MAX_WORDS = 24
MAX_DEPTH = 8
MAX_PREFIX_TERMS = 40
MAX_SYNONYM_KEY_WORDS = 5

#: Relative weight of a word's alternatives (the word itself counts 1.0).
SYNONYM_BOOST = 0.8
PREFIX_BOOST = 0.7
EXPLICIT_PREFIX_BOOST = 0.9
CORRECTION_BOOST = 0.9
#: A word found in the other language's text of a page (an English word while the guide is
#: in French): the page in the current language still matches, a little below its own words.
CROSS_BOOST = 0.8
#: Index terms of the other language's text (the ``alt`` field) start with this.
ALT_PREFIX = "~"

# -- syntax tree --------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str  # folded (lower case, no accents)
    raw: str
    prefix: bool = False  # typed with a trailing *
    partial: bool = False  # last thing typed, no space after it: may be half a word


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # folded
    raw: str


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]
    explicit: bool = False  # the user typed AND somewhere in it


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


Node = Word | Phrase | And | Or | Not

_LEX_RE = re.compile(r'"|\(|\)|[-+!]?\w+(?:\.?\w+)*\*?|\S', re.UNICODE)
_OPERATORS = {"AND": "AND", "OR": "OR", "NOT": "NOT", "&&": "AND", "||": "OR"}


@dataclass
class _Tok:
    kind: str  # WORD PHRASE LP RP AND OR NOT
    text: str = ""
    neg: bool = False
    words: tuple[str, ...] = ()
    end: int = 0


def _lex(q: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(q)
    budget = MAX_WORDS
    while i < n and budget > 0:
        m = _LEX_RE.search(q, i)
        if not m:
            break
        s = m.group()
        i = m.end()
        if s == '"':
            close = q.find('"', i)
            if close < 0:  # unbalanced: ignore the quote, read on as words
                continue
            inner = q[i:close]
            neg = bool(toks) and toks[-1].kind == "NEGMARK"
            if neg:
                toks.pop()
            ws = tuple(fold(w.group()) for w in re.finditer(r"\w+(?:\.?\w+)*", inner))
            ws = ws[:budget]
            i = close + 1
            if ws:
                budget -= len(ws)
                toks.append(_Tok("PHRASE", inner.strip(), neg=neg, words=ws, end=i))
            continue
        if s == "(":
            toks.append(_Tok("LP", end=i))
        elif s == ")":
            toks.append(_Tok("RP", end=i))
        elif s in ("-", "!"):
            # "-" directly before a quote or bracket negates it
            if i < n and q[i] in '"(':
                toks.append(_Tok("NEGMARK", end=i))
        elif s in _OPERATORS:
            toks.append(_Tok(_OPERATORS[s], s, end=i))
        elif s[0] in "-+!" and len(s) > 1 and (s[1].isalnum() or s[1] == "_"):
            word = s[1:]
            # "decision-maker", "co-worker": a hyphen inside a word joins, it never negates
            start = m.start()
            inside = start > 0 and (q[start - 1].isalnum() or q[start - 1] in "_'’")
            toks.append(_Tok("WORD", word, neg=s[0] in "-!" and not inside, end=i))
            budget -= 1
        elif s[0].isalnum() or s[0] == "_":
            toks.append(_Tok("WORD", s, end=i))
            budget -= 1
        # anything else (punctuation, emoji, a lone *) separates words
    # a "-(" marker stays a marker only directly before "("
    out: list[_Tok] = []
    for k, t in enumerate(toks):
        if t.kind == "NEGMARK":
            if k + 1 < len(toks) and toks[k + 1].kind == "LP":
                out.append(t)
            continue
        out.append(t)
    return out


class _Parser:
    def __init__(self, toks: list[_Tok], partial_end: int):
        self.toks = toks
        self.i = 0
        self.partial_end = partial_end

    def peek(self) -> str:
        return self.toks[self.i].kind if self.i < len(self.toks) else "END"

    def parse(self) -> Node | None:
        items: list[Node] = []
        while self.peek() != "END":
            if self.peek() == "RP":  # unbalanced ")": ignore
                self.i += 1
                continue
            node = self.parse_or(0)
            if node is not None:
                items.append(node)
        return _and(items, False)

    def parse_or(self, depth: int) -> Node | None:
        items = []
        first = self.parse_and(depth)
        if first is not None:
            items.append(first)
        while self.peek() == "OR":
            self.i += 1
            nxt = self.parse_and(depth)
            if nxt is not None:
                items.append(nxt)
        if not items:
            return None
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_and(self, depth: int) -> Node | None:
        items: list[Node] = []
        explicit = False
        while self.peek() not in ("OR", "RP", "END"):
            if self.peek() == "AND":
                self.i += 1
                explicit = True
                continue
            node = self.parse_unary(depth)
            if node is not None:
                items.append(node)
        return _and(items, explicit and len(items) > 1)

    def parse_unary(self, depth: int) -> Node | None:
        kind = self.peek()
        tok = self.toks[self.i]
        self.i += 1
        if kind == "NOT":
            if self.peek() in ("OR", "RP", "END", "AND"):
                return None  # a lone NOT
            child = self.parse_unary(depth)
            return Not(child) if child is not None else None
        if kind == "NEGMARK":
            if self.peek() != "LP":
                return None
            child = self.parse_unary(depth)
            return Not(child) if child is not None else None
        if kind == "LP":
            if depth >= MAX_DEPTH:
                return None  # too deep: the bracket is ignored, its contents read on
            inner = self.parse_or(depth + 1)
            if self.peek() == "RP":
                self.i += 1
            return inner
        if kind == "PHRASE":
            node: Node = (
                Phrase(tok.words, tok.text)
                if len(tok.words) > 1
                else Word(tok.words[0], tok.text)
            )
            return Not(node) if tok.neg else node
        if kind == "WORD":
            text = tok.text
            prefix = text.endswith("*")
            text = text.rstrip("*")
            folded = fold(text)
            if not folded:
                return None
            partial = (not prefix) and tok.end == self.partial_end
            node = Word(folded, text, prefix=prefix, partial=partial)
            return Not(node) if tok.neg else node
        return None  # stray AND / RP handled by callers


def _and(items: list[Node], explicit: bool) -> Node | None:
    if not items:
        return None
    if len(items) == 1 and not explicit:
        return items[0]
    return And(tuple(items), explicit)


def _positive_words(node: Node | None) -> list[Node]:
    """Every Word/Phrase in the tree, negated or not (for the plain-terms fallback)."""
    if node is None:
        return []
    if isinstance(node, (Word, Phrase)):
        return [node]
    if isinstance(node, Not):
        return _positive_words(node.child)
    return [w for c in node.children for w in _positive_words(c)]


def _has_positive(node: Node | None) -> bool:
    if node is None:
        return False
    if isinstance(node, (Word, Phrase)):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_has_positive(c) for c in node.children)
    return all(_has_positive(c) for c in node.children)


def parse(query: str) -> Node | None:
    """The syntax tree of ``query`` (None if it has no words). Never raises."""
    q = clean_query(query, MAX_QUERY_CHARS)
    # The last word is "partial" (still being typed) unless whitespace follows it.
    stripped = q.rstrip()
    partial_end = len(stripped) if stripped == q else -1
    toks = _lex(q)
    tree = _Parser(toks, partial_end).parse()
    if tree is not None and not _has_positive(tree):
        # only exclusions ("NOT police", "-consent"): read it as plain words instead
        words = [
            Word(w.text, w.raw, prefix=w.prefix, partial=w.partial) if isinstance(w, Word) else w
            for w in _positive_words(tree)
        ]
        tree = _and(list(words), False)
    return tree


# -- resolution ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Alt:
    """One way a concept can match: a term (one stem) or a phrase (several), with a weight."""

    stems: tuple[str, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Concept:
    """One thing the user asked for (a word, a phrase, or a multi-word synonym key)."""

    label: str
    alts: tuple[Alt, ...]
    unknown: tuple[str, ...] = ()  # typed words the index and synonym table don't know
    corrections: tuple[tuple[str, str], ...] = ()  # (typed word, its spelling correction)


@dataclass(frozen=True)
class PAnd:
    """Words side by side. ``relaxable`` (typed without ``AND``): ``children`` are optional
    (a document needs at least one, more rank higher); ``must`` are required in any case
    (typed phrases and bracketed groups). Not relaxable: every child is required."""

    children: tuple[PNode, ...]
    negatives: tuple[PNode, ...] = ()
    relaxable: bool = False
    must: tuple[PNode, ...] = ()


@dataclass(frozen=True)
class POr:
    children: tuple[PNode, ...]


PNode = Concept | PAnd | POr


class Vocabulary(Protocol):
    def has_term(self, stem: str) -> bool: ...

    def has_word(self, word: str) -> bool: ...

    def prefix_terms(self, prefix: str, limit: int) -> list[tuple[str, float]]: ...

    def correction(self, word: str) -> str | None: ...

    # optional: ``cross_alts(word)`` -> the word's alternatives in the other language's text
    # (see index.searcher.SearchIndex.cross_alts); a vocabulary without it has none


@dataclass(frozen=True)
class Plan:
    """A resolved query: a tree of concepts, ready to run against the index."""

    root: PNode | None
    concepts: tuple[Concept, ...] = ()  # the positive ones, in order (not the exclusions)
    unknown: tuple[str, ...] = ()  # unknown words, in the order typed
    corrections: tuple[tuple[str, str], ...] = ()  # (typed, suggested), in the order typed

    @property
    def empty(self) -> bool:
        return self.root is None


@dataclass
class Synonyms:
    """The synonym table, normalised for lookup by folded words and by stems.

    ``pipeline`` is the language of the index (its stemmer and stop words: the query side
    reads them from here). ``fallback`` is the other language's table, its terms made
    ``alt``-field terms (:data:`ALT_PREFIX`): looked up when this table has no entry.
    """

    by_words: dict[str, tuple[Alt, ...]] = field(default_factory=dict)
    by_stems: dict[str, tuple[Alt, ...]] = field(default_factory=dict)
    max_key_words: int = 1
    pipeline: Pipeline = ENGLISH
    fallback: Synonyms | None = None

    @classmethod
    def from_table(cls, table: Mapping[str, Iterable[str]], pipeline: Pipeline = ENGLISH,
                   *, prefix: str = "", boost: float = SYNONYM_BOOST) -> Synonyms:
        syn = cls(pipeline=pipeline)
        for key, values in table.items():
            kw = [fold(w) for w in re.findall(r"\w+(?:\.?\w+)*", str(key))]
            if not kw:
                continue
            alts: list[Alt] = []
            for v in values:
                stems = tuple(prefix + t for _, _, t in pipeline.terms_with_offsets(str(v)))
                if stems and Alt(stems, boost) not in alts:
                    alts.append(Alt(stems, boost))
            if not alts:
                continue
            wkey = " ".join(kw)
            skey = " ".join(pipeline.stem_of(w) for w in kw)
            syn.by_words[wkey] = _merge(syn.by_words.get(wkey, ()), alts)
            syn.by_stems[skey] = _merge(syn.by_stems.get(skey, ()), alts)
            syn.max_key_words = max(syn.max_key_words, min(len(kw), MAX_SYNONYM_KEY_WORDS))
        return syn

    def lookup(self, words: Sequence[str]) -> tuple[Alt, ...]:
        key = " ".join(words)
        found = self.by_words.get(key)
        if found is None:
            found = self.by_stems.get(" ".join(self.pipeline.stem_of(w) for w in words))
        if not found and self.fallback is not None:
            # the other language's keys as typed only: its stems are too loose across
            # languages ("not" would be French "notes")
            return self.fallback.by_words.get(key) or ()
        return found or ()

    def key_list(self) -> list[str]:
        """This language's keys (the spelling corrector offers them; never the fallback's: a
        typo is corrected into a word of the language the guide is in)."""
        return list(self.by_words)


def _merge(a: Sequence[Alt], b: Sequence[Alt]) -> tuple[Alt, ...]:
    out = list(a)
    for x in b:
        if x not in out:
            out.append(x)
    return tuple(out)


def _word_concept(w: Word, vocab: Vocabulary, syn: Synonyms, foreign: bool = False
                  ) -> Concept | None:
    text = w.text
    if len(text) < MIN_WORD_LEN and not w.prefix:
        return None
    lang = syn.pipeline
    stem = lang.stem_of(text)
    alts: list[Alt] = []
    # a word of the other language ("tell" while the guide is in French) is looked for in
    # that language's text of each page, not as a French stem ("tel")
    cross_fn = getattr(vocab, "cross_alts", None)
    cross: tuple[Alt, ...] = ()
    if cross_fn is not None and not w.prefix:
        # ``foreign``: the query is typed in the other language (see _foreign_stop_words)
        cross = cross_fn(text, foreign) if foreign else cross_fn(text)
    if cross and w.partial and not getattr(vocab, "has_alt_word", lambda _w: False)(text) \
            and vocab.prefix_terms(text, 1):
        cross = ()  # still being typed, and a word of this language starts so: complete it
    own = not cross or vocab.has_word(text)  # a word the pages use keeps its own term
    if text not in lang.stop_words and len(text) >= MIN_WORD_LEN and own:
        alts.append(Alt((stem,), 1.0))
    for a in syn.lookup([text]):
        if a not in alts and a.stems != (stem,):
            alts.append(a)
    alts += [a for a in cross if a not in alts]
    wants_prefix = w.prefix or (
        w.partial and len(text) >= 3 and not vocab.has_word(text) and not syn.lookup([text])
        and not cross
    )
    if wants_prefix and len(text) >= 2:
        boost = EXPLICIT_PREFIX_BOOST if w.prefix else PREFIX_BOOST
        # a completion counts by how common it is: "conse" is far more often "consent"
        # than "consequence", so the pages about consent come first
        for t, share in vocab.prefix_terms(text, MAX_PREFIX_TERMS):
            if t != stem:
                alts.append(Alt((t,), round(boost * (0.4 + 0.6 * share), 3)))
    known = bool(cross) or vocab.has_term(stem) or len(alts) > 1
    corrections: tuple[tuple[str, str], ...] = ()
    if not known and not w.prefix:
        # neither in the content nor a synonym: a typo? Search the word as typed *and* its
        # correction (never a real English word: see index.spelling)
        fix = vocab.correction(text)
        if fix is not None and fix != text:
            corrections = ((text, fix),)
            for a in (Alt((lang.stem_of(fix),), CORRECTION_BOOST),
                      *(Alt(x.stems, x.boost * CORRECTION_BOOST) for x in syn.lookup([fix]))):
                if all(a.stems != b.stems for b in alts):
                    alts.append(a)
    if not alts:
        return None
    return Concept(w.raw if w.prefix is False else w.raw + "*", tuple(alts),
                   () if known else (text,), corrections)


def _phrase_concept(p: Phrase, vocab: Vocabulary, syn: Synonyms) -> Concept | None:
    lang = syn.pipeline
    stems = tuple(lang.stem_of(w) for w in p.words if w not in lang.stop_words and len(w) >= 2)
    if not stems:
        return None
    unknown = tuple(
        w for w in p.words
        if w not in lang.stop_words and len(w) >= 2 and not vocab.has_term(lang.stem_of(w))
    )
    return Concept(f'"{p.raw}"', (Alt(stems, 1.0),), unknown)


def _resolve_sequence(items: Sequence[Node], vocab: Vocabulary, syn: Synonyms,
                      all_stop: bool, extra: frozenset[str] = frozenset()) -> list[PNode]:
    """Resolve an AND's positive children, joining multi-word synonym keys."""
    out: list[PNode] = []
    i = 0
    n = len(items)
    while i < n:
        node = items[i]
        if isinstance(node, Word) and not node.prefix and syn.max_key_words > 1:
            matched = False
            for size in range(min(syn.max_key_words, n - i), 1, -1):
                group = items[i : i + size]
                if not all(isinstance(g, Word) and not g.prefix for g in group):
                    continue
                words = [g.text for g in group]  # type: ignore[union-attr]
                alts = syn.lookup(words)
                if alts:
                    own = tuple(syn.pipeline.stem_of(w) for w in words
                                if w not in syn.pipeline.stop_words and len(w) >= MIN_WORD_LEN)
                    all_alts = ((Alt(own, 1.0),) if own else ()) + tuple(
                        a for a in alts if a.stems != own)
                    label = " ".join(g.raw for g in group)  # type: ignore[union-attr]
                    out.append(Concept(label, all_alts))
                    i += size
                    matched = True
                    break
            if matched:
                continue
        c = _resolve(node, vocab, syn, all_stop, extra)
        if c is not None:
            out.append(c)
        i += 1
    return out


def _is_query_stop(w: Word, syn: Synonyms, extra: frozenset[str] = frozenset()) -> bool:
    """A question word or filler (or, in a query typed in the other language, one of its
    stop words: ``extra``)."""
    return ((w.text in syn.pipeline.query_stop_words or w.text in extra) and not w.prefix
            and not syn.lookup([w.text]))


def _resolve(node: Node, vocab: Vocabulary, syn: Synonyms, all_stop: bool,
             extra: frozenset[str] = frozenset()) -> PNode | None:
    if isinstance(node, Word):
        if not all_stop and _is_query_stop(node, syn, extra):
            return None
        return _word_concept(node, vocab, syn, bool(extra))
    if isinstance(node, Phrase):
        return _phrase_concept(node, vocab, syn)
    if isinstance(node, Not):
        return _resolve(node.child, vocab, syn, True, extra)
    if isinstance(node, Or):
        kids = [c for c in (_resolve(ch, vocab, syn, all_stop, extra) for ch in node.children)
                if c]
        if not kids:
            return None
        return kids[0] if len(kids) == 1 else POr(tuple(kids))
    # And
    pos = [c for c in node.children if not isinstance(c, Not)]
    neg_nodes = [c.child for c in node.children if isinstance(c, Not)]
    kids = _resolve_sequence(pos, vocab, syn, all_stop, extra)
    negs = [c for c in (_resolve(x, vocab, syn, True, extra) for x in neg_nodes)
            if c is not None]
    if not kids:
        return None
    if len(kids) == 1 and not negs:
        return kids[0]
    if node.explicit:
        return PAnd(tuple(kids), tuple(negs))
    must = tuple(k for k in kids if _is_required(k))
    optional = tuple(k for k in kids if not _is_required(k))
    return PAnd(optional, tuple(negs), relaxable=True, must=must)


def _is_required(node: PNode) -> bool:
    """Typed phrases and bracketed groups must match; plain words are optional."""
    if isinstance(node, Concept):
        return node.label.startswith('"') and len(node.alts) == 1 and len(node.alts[0].stems) > 1
    return True


def _concepts(node: PNode | None, out: list[Concept]) -> None:
    if node is None:
        return
    if isinstance(node, Concept):
        out.append(node)
    else:
        for c in (*node.children, *(node.must if isinstance(node, PAnd) else ())):
            _concepts(c, out)


def _all_stop(tree: Node | None, syn: Synonyms, extra: frozenset[str] = frozenset()) -> bool:
    """True if every word typed is a question word (and no run of them is a synonym key,
    such as "says no"): then the words are searched after all, rather than nothing."""
    words = [w for w in _positive_words(tree) if isinstance(w, Word)]
    phrases = [w for w in _positive_words(tree) if isinstance(w, Phrase)]
    if not words or phrases or not all(_is_query_stop(w, syn, extra) for w in words):
        return False
    texts = [w.text for w in words]
    for size in range(2, min(syn.max_key_words, len(texts)) + 1):
        for i in range(len(texts) - size + 1):
            if syn.lookup(texts[i:i + size]):
                return False
    return True


def _foreign_stop_words(tree: Node | None, vocab: Vocabulary, syn: Synonyms
                        ) -> frozenset[str]:
    """The other language's stop words, if the query is typed in it (a word of it is found
    only in the other language's text of the pages): "consentement de la victime" in the
    English guide drops "de" and "la", which English pages have too ("de-identified")."""
    cross_fn = getattr(vocab, "cross_alts", None)
    if syn.fallback is None or cross_fn is None:
        return frozenset()
    own_stops = syn.pipeline.query_stop_words
    for w in _positive_words(tree):
        if isinstance(w, Word) and not w.prefix and len(w.text) >= 3 \
                and w.text not in own_stops and cross_fn(w.text):
            return syn.fallback.pipeline.stop_words
    return frozenset()


def resolve(tree: Node | None, vocab: Vocabulary, syn: Synonyms) -> Plan:
    """Turn a syntax tree into a :class:`Plan` against ``vocab``. Never raises."""
    if tree is None:
        return Plan(None)
    # "what is it" is all question words: keep them rather than search for nothing
    extra = _foreign_stop_words(tree, vocab, syn)
    all_stop = _all_stop(tree, syn, extra)
    root = _resolve(tree, vocab, syn, all_stop, extra)
    concepts: list[Concept] = []
    _concepts(root, concepts)
    unknown = tuple(dict.fromkeys(u for c in concepts for u in c.unknown))
    corrections = tuple(dict.fromkeys(x for c in concepts for x in c.corrections))
    return Plan(root, tuple(concepts), unknown, corrections)


def replace_words(query: str, replacements: Mapping[str, str]) -> str:
    """``query`` with each whole word in ``replacements`` (folded match) replaced."""
    q = clean_query(query, MAX_QUERY_CHARS)

    def sub(m: re.Match[str]) -> str:
        return replacements.get(fold(m.group()), m.group())

    return re.sub(r"\w+(?:\.?\w+)*", sub, q).strip()
