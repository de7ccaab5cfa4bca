"""THE index schema and its version.

Bump :data:`SCHEMA_VERSION` whenever the schema, the analyzer, the document layout
(:mod:`index.documents`, :mod:`index.builder`) or the meta document changes: the manifest
then no longer matches and every cached index is rebuilt on next start.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 4  # 2: invisible characters removed; 3: a language, and the "alt" field;
#                    4: the meta document's "caps_and_lower" words and "scenarios"


def make_schema(lang: str = "en") -> Any:
    """The Whoosh schema for an index of content in ``lang`` (imports Whoosh)."""
    from whoosh.fields import ID, STORED, TEXT, Schema

    from index.analysis import PartsAnalyzer
    from index.textproc import other_language

    return Schema(
        # "section" | "glossary" | "meta" (one meta document, always the last one)
        kind=ID(stored=True),
        # every part of the document, weighted; offsets kept for snippets (see analysis.py)
        text=TEXT(analyzer=PartsAnalyzer(lang), chars=True),
        # the title again, alone: scored separately so a short title match counts for a lot
        # even in a long section (BM25 length normalisation would otherwise drown it)
        title=TEXT(analyzer=PartsAnalyzer(lang), phrase=False),
        # the same section (or term) in the other language, analysed as that language, so a
        # query typed in English finds the French page while the guide is in French; its
        # own field, so its length never changes the scores of the page's own words
        alt=TEXT(analyzer=PartsAnalyzer(other_language(lang))),
        # what a hit shows: title, text, part spans, statutes... (a dict, pickled)
        data=STORED(),
    )
