"""Resolution: the syntax tree of a query (:mod:`index.query`) into a :class:`~index.plan.Plan`.

Each word becomes a :class:`~index.plan.Concept`: the word's own index term plus, from the
synonym table, the guidance's terms for it ("police" -> "law enforcement"), plus prefix
completions, plus -- for a word that is neither in the content nor a real word -- its
spelling correction. A multi-word synonym key ("circle of care", "write down") is matched
across neighbouring words. Plain words are optional (a page matching more of the
question's concepts ranks higher, see :mod:`index.scoring`); typed phrases, bracketed
groups and words joined by ``AND`` are required. Question words are dropped (unless every
word is one), and so are the other language's stop words in a query typed in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.plan import (
    CORRECTION_BOOST,
    EXPLICIT_PREFIX_BOOST,
    PREFIX_BOOST,
    Alt,
    Concept,
    PAnd,
    Plan,
    PNode,
    POr,
    Synonyms,
    Vocabulary,
)
from index.query import Node, Not, Or, Phrase, Word, positive_words
from index.textproc import MIN_WORD_LEN

MAX_PREFIX_TERMS = 40
#: The longest word typed in capitals that is read as a short form ("CAS", "SAE", "OPP");
#: a longer one is someone typing with caps lock on ("POLICE").
MAX_SHORT_FORM = 5


def _is_short_form(w: Word, vocab: Vocabulary, syn: Synonyms) -> bool:
    """A word typed in capitals ("CAS") that the synonym table expands and the pages also
    write in lower case as an ordinary word (French "cas", a case): the short form is meant,
    so its expansions count and the ordinary word does not."""
    raw = w.raw
    return (MIN_WORD_LEN <= len(raw) <= MAX_SHORT_FORM and raw.isalpha() and raw.isupper()
            and not w.prefix and bool(syn.lookup([w.text]))
            and getattr(vocab, "written_both_ways", lambda _w: False)(w.text))


def _word_concept(w: Word, vocab: Vocabulary, syn: Synonyms, foreign: bool = False,
                  caps: bool = True) -> Concept | None:
    text = w.text
    if len(text) < MIN_WORD_LEN and not w.prefix:
        return None
    lang = syn.pipeline
    stem = lang.stem_of(text)
    if caps and _is_short_form(w, vocab, syn):
        expansions = tuple(a for a in syn.lookup([text]) if a.stems != (stem,))
        if expansions:
            return Concept(w.raw, expansions)
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
                      all_stop: bool, extra: frozenset[str] = frozenset(),
                      caps: bool = True) -> list[PNode]:
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
        c = _resolve(node, vocab, syn, all_stop, extra, caps)
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
             extra: frozenset[str] = frozenset(), caps: bool = True) -> PNode | None:
    """``caps``: words typed in capitals may be short forms (False when the whole query is
    in capitals: caps lock, not a short form)."""
    if isinstance(node, Word):
        if not all_stop and _is_query_stop(node, syn, extra):
            return None
        return _word_concept(node, vocab, syn, bool(extra), caps)
    if isinstance(node, Phrase):
        return _phrase_concept(node, vocab, syn)
    if isinstance(node, Not):
        return _resolve(node.child, vocab, syn, True, extra, caps)
    if isinstance(node, Or):
        kids = [c for c in (_resolve(ch, vocab, syn, all_stop, extra, caps)
                            for ch in node.children) if c]
        if not kids:
            return None
        return kids[0] if len(kids) == 1 else POr(tuple(kids))
    # And
    pos = [c for c in node.children if not isinstance(c, Not)]
    neg_nodes = [c.child for c in node.children if isinstance(c, Not)]
    kids = _resolve_sequence(pos, vocab, syn, all_stop, extra, caps)
    negs = [c for c in (_resolve(x, vocab, syn, True, extra, caps) for x in neg_nodes)
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
    words = [w for w in positive_words(tree) if isinstance(w, Word)]
    phrases = [w for w in positive_words(tree) if isinstance(w, Phrase)]
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
    for w in positive_words(tree):
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
    raws = [w.raw for w in positive_words(tree) if isinstance(w, Word)]
    # several words, every one in capitals: caps lock is on, none is a short form
    caps = len(raws) < 2 or any(not r.isupper() for r in raws)
    root = _resolve(tree, vocab, syn, all_stop, extra, caps)
    concepts: list[Concept] = []
    _concepts(root, concepts)
    unknown = tuple(dict.fromkeys(u for c in concepts for u in c.unknown))
    corrections = tuple(dict.fromkeys(x for c in concepts for x in c.corrections))
    return Plan(root, tuple(concepts), unknown, corrections)
