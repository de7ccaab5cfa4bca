"""Library -> index documents: the only module that knows both the content model and the index.

No Whoosh here. Each section and each glossary term becomes one :class:`IndexDoc`; a
section's body is split into its passages with :func:`content.render.plain_blocks`, whose
``bN`` anchors match the reader's HTML anchors, so a hit can open at its passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from content import render
from content.model import GlossaryTerm, Library, Section, provision_statute

#: Part codes (weights live in index.analysis.PART_WEIGHTS).
TITLE, ALIASES, SUMMARY, TERMS, META, HEADING, BODY = "T", "A", "S", "G", "M", "H", "B"


@dataclass(frozen=True)
class Part:
    code: str
    text: str
    anchor: str = ""  # "bN" for body passages
    kind: str = ""  # passage kind from plain_blocks (heading, paragraph, item...)


@dataclass(frozen=True)
class IndexDoc:
    kind: str  # "section" | "glossary"
    id: str  # section id or glossary term id
    title: str
    summary: str
    parts: tuple[Part, ...]
    statutes: tuple[str, ...]
    sectors: tuple[str, ...]
    provisions: tuple[str, ...]
    section_id: str  # the section a hit opens (glossary: its first "see" section, or "")
    # the same section or term in the other language (a French library's English), searched
    # as that language so a query in either language finds this page; "" if there is none
    alt: str = ""


def _section_text(s: Section) -> str:
    return "\n".join((s.title, s.summary, *(b.text for b in render.plain_blocks(s.body)
                                             if b.text)))


def translation_for(library: Library) -> Library | None:
    """The other language of ``library``: a French library's English; for an English library,
    its French translation if the content folder has one (else None)."""
    if library.translation is not None:
        return library.translation
    from content.loader import load_translation

    try:
        return load_translation(library)
    except Exception:  # noqa: BLE001 - the English search works without the French text
        return None


def _alt_section(other: Library | None, s: Section) -> str:
    if other is None or s.untranslated or not other.has_section(s.id):
        return ""
    o = other.section(s.id)
    return "" if o.untranslated else _section_text(o)


def _alt_term(other: Library | None, t: GlossaryTerm) -> str:
    if other is None or t.untranslated or not other.has_term(t.id):
        return ""
    o = other.term(t.id)
    return "" if o.untranslated else "\n".join((o.term, *o.aliases, o.definition))


# A regex rather than render.links(): parsing every body twice doubled the build time, and
# a term id the loader does not know is skipped below anyway.
_GLOSSARY_LINK_RE = re.compile(r"\]\(\s*<?glossary:([a-z0-9-]+)")


def _glossary_links(markdown: str) -> list[str]:
    return _GLOSSARY_LINK_RE.findall(markdown)


def section_docs(library: Library, other: Library | None = None) -> Iterator[IndexDoc]:
    """One document per section, in reading order (``other``: the other language)."""
    for s in library.sections:
        parts = [Part(TITLE, s.title), Part(SUMMARY, s.summary)]
        terms = []
        seen = set()
        for term_id in _glossary_links(s.body):
            if term_id in seen or not library.has_term(term_id):
                continue
            seen.add(term_id)
            t = library.term(term_id)
            terms.append("; ".join((t.term, *t.aliases)))
        if terms:
            parts.append(Part(TERMS, "; ".join(terms)))
        meta = " ".join((*s.statutes, *s.provisions))
        if meta:
            parts.append(Part(META, meta))
        for b in render.plain_blocks(s.body):
            if b.text:
                parts.append(Part(HEADING if b.heading else BODY, b.text, b.anchor, b.kind))
        yield IndexDoc(
            kind="section",
            id=s.id,
            title=s.title,
            summary=s.summary,
            parts=tuple(parts),
            statutes=tuple(s.statutes),
            sectors=tuple(s.sectors),
            provisions=tuple(s.provisions),
            section_id=s.id,
            alt=_alt_section(other, s),
        )


def glossary_docs(library: Library, other: Library | None = None) -> Iterator[IndexDoc]:
    """One document per glossary term (``other``: the other language)."""
    for t in library.glossary:
        see = [sid for sid in t.see if library.has_section(sid)]
        statutes = [a for a in (provision_statute(p) for p in t.provisions) if a]
        sectors: list[str] = []
        for sid in see:
            sec = library.section(sid)
            if not t.provisions:
                statutes.extend(sec.statutes)
            sectors.extend(sec.sectors)
        parts = [Part(TITLE, t.term)]
        if t.aliases:
            parts.append(Part(ALIASES, "; ".join(t.aliases)))
        parts.append(Part(BODY, t.definition))
        if t.provisions:
            parts.append(Part(META, " ".join(t.provisions)))
        yield IndexDoc(
            kind="glossary",
            id=t.id,
            title=t.term,
            summary=t.definition,
            parts=tuple(parts),
            statutes=tuple(dict.fromkeys(statutes)),
            sectors=tuple(dict.fromkeys(sectors)),
            provisions=tuple(t.provisions),
            section_id=see[0] if see else "",
            alt=_alt_term(other, t),
        )


def all_docs(library: Library, other: Library | None = None) -> Iterator[IndexDoc]:
    yield from section_docs(library, other)
    yield from glossary_docs(library, other)
