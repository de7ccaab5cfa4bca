"""The values the index hands out: immutable, no Whoosh, no Qt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class IndexBuildError(Exception):
    """The search index could not be opened or built; ``message`` is for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class IndexBuildCancelled(IndexBuildError):
    """``is_cancelled()`` returned True while the index was being built."""

    def __init__(self, message: str = "Building the search index was cancelled."):
        super().__init__(message)


@dataclass(frozen=True)
class Hit:
    """One search result.

    Attributes:
        kind: ``"section"`` or ``"glossary"``.
        section_id: the section to open (a glossary hit: its first "see" section, or "").
        term_id: the glossary term's id (glossary hits), else "".
        title: section title or glossary term.
        anchor: the passage that matched best (``"b3"``), or "" (matched in title/summary).
        score: relevance, higher is better (only comparable within one result list).
        snippet_html: the passage with matched words in ``<b class="hit">``; all else escaped.
        snippet_text: the same passage as plain text.
        statutes, sectors, provisions: from the section (or glossary term).
        summary: the section summary (glossary: the definition).
    """

    kind: str
    section_id: str
    term_id: str
    title: str
    anchor: str
    score: float
    snippet_html: str
    snippet_text: str
    statutes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    summary: str = ""


def _empty_facets() -> Mapping[str, Mapping[str, int]]:
    return MappingProxyType({"statutes": MappingProxyType({}), "sectors": MappingProxyType({})})


@dataclass(frozen=True)
class SearchResults:
    """The answer to one query.

    Attributes:
        query: the query as typed.
        hits: the best ``limit`` hits, best first.
        total: how many documents matched (with the filters applied).
        suggestion: a "Did you mean ...?" query, or None: the query with each word that is
            neither in the content nor a real English word replaced by its correction.
        corrected: True if the hits include matches for the corrections (the words as typed
            are always searched too; a real word is never corrected).
        facets: ``{"statutes": {"PHIPA": 3, ...}, "sectors": {"health": 2, ...}}``: how many
            matches each filter value would give. A dimension's counts ignore that
            dimension's own filter (so other values can be offered) but honour the other's.
        relaxed: True if no document matches every concept of the query, so the hits
            match only some of them (words are optional; more matched ranks higher).
    """

    query: str
    hits: tuple[Hit, ...] = ()
    total: int = 0
    suggestion: str | None = None
    corrected: bool = False
    facets: Mapping[str, Mapping[str, int]] = field(default_factory=_empty_facets)
    relaxed: bool = False
