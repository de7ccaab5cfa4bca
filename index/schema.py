"""THE index schema and its version.

Bump :data:`SCHEMA_VERSION` whenever the schema, the analyzer, the document layout
(:mod:`index.documents`, :mod:`index.builder`) or the meta document changes: the manifest
then no longer matches and every cached index is rebuilt on next start.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 2  # 2: invisible characters removed from the text at indexing


def make_schema() -> Any:
    """The Whoosh schema (imports Whoosh)."""
    from whoosh.fields import ID, STORED, TEXT, Schema

    from index.analysis import PartsAnalyzer

    return Schema(
        # "section" | "glossary" | "meta" (one meta document, always the last one)
        kind=ID(stored=True),
        # every part of the document, weighted; offsets kept for snippets (see analysis.py)
        text=TEXT(analyzer=PartsAnalyzer(), chars=True),
        # the title again, alone: scored separately so a short title match counts for a lot
        # even in a long section (BM25 length normalisation would otherwise drown it)
        title=TEXT(analyzer=PartsAnalyzer(), phrase=False),
        # what a hit shows: title, text, part spans, statutes... (a dict, pickled)
        data=STORED(),
    )
