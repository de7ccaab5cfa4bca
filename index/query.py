"""The query language: its syntax tree and a forgiving parser.

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
characters and :data:`MAX_WORDS` words; filler words ("so I have this client who has been
coming...") do not count against the words, only against :data:`MAX_TOKENS`, so the end of a
long, rambling question -- often where its point is -- is still searched.

What the words then mean (synonyms, completions, corrections) is :mod:`index.resolve`'s
work; the types it produces are in :mod:`index.plan`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from index.textproc import FRENCH_QUERY_STOP_WORDS, QUERY_STOP_WORDS, clean_query, fold

MAX_QUERY_CHARS = 500
MAX_WORDS = 24  # words that can carry meaning (not fillers)
MAX_TOKENS = 4 * MAX_WORDS  # every word, fillers included
#: Fillers of either language (question words, function words): read, but not counted as
#: one of the MAX_WORDS.
_FILLERS = QUERY_STOP_WORDS | FRENCH_QUERY_STOP_WORDS
MAX_DEPTH = 8

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
#: A letters-only abbreviation joined by a dot to a number: "s.40", "ss.40", "art.42".
_CITED_RE = re.compile(r"([^\W\d_]{1,4})\.(\d\w*(?:\.?\w+)*\*?)", re.UNICODE)
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
    tokens = MAX_TOKENS
    while i < n and budget > 0 and tokens > 0:
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
            budget -= fold(word) not in _FILLERS
            tokens -= 1
        elif s[0].isalnum() or s[0] == "_":
            cited = _CITED_RE.fullmatch(s)
            # "s.40", "art.42", "par.40": a section typed without its space is the
            # abbreviation and the number, as the guide writes them ("s. 40")
            for part in (cited.groups() if cited else (s,)):
                toks.append(_Tok("WORD", part, end=i))
                budget -= fold(part.rstrip("*")) not in _FILLERS
                tokens -= 1
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


def positive_words(node: Node | None) -> list[Node]:
    """Every Word/Phrase in the tree, negated or not (for the plain-terms fallback)."""
    if node is None:
        return []
    if isinstance(node, (Word, Phrase)):
        return [node]
    if isinstance(node, Not):
        return positive_words(node.child)
    return [w for c in node.children for w in positive_words(c)]


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
            for w in positive_words(tree)
        ]
        tree = _and(list(words), False)
    return tree

def replace_words(query: str, replacements: Mapping[str, str]) -> str:
    """``query`` with each whole word in ``replacements`` (folded match) replaced."""
    q = clean_query(query, MAX_QUERY_CHARS)

    def sub(m: re.Match[str]) -> str:
        return replacements.get(fold(m.group()), m.group())

    return re.sub(r"\w+(?:\.?\w+)*", sub, q).strip()

