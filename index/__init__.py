"""Full-text search over the guidance: a Whoosh index, queried fast and forgivingly.

No Qt here, and no Whoosh at import time (it is imported when an index is opened or
built), so ``import index`` never delays the app's first window.

    from index import open_or_build
    idx = open_or_build(library, prebuilt_dir=...)   # in a worker thread
    res = idx.search("can I tell the police", statutes=("PHIPA",), limit=20)
    for hit in res.hits: ...                        # hit.section_id, hit.anchor, hit.snippet_html
    res.suggestion, res.facets                       # "Did you mean", counts per filter value
    idx.highlight_spans("police", section_text)      # [(start, end), ...] for the reader

Modules: ``textproc`` (the one word pipeline), ``analysis``/``schema`` (Whoosh side),
``documents`` (content -> documents), ``builder``, ``manifest``, ``store`` (prebuilt or RAM),
``query`` (the parser), ``plan`` and ``resolve`` (synonym/prefix resolution), ``spelling``,
``postings``, ``matching``, ``scoring``, ``facets``, ``hits``, ``snippets``, ``searcher``
(:class:`SearchIndex`). The benchmark and the fuzzer are developer tools,
not part of the app: ``python -m tools.bench``, ``python -m tools.fuzz``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from index.types import Hit, IndexBuildCancelled, IndexBuildError, SearchResults

if TYPE_CHECKING:
    from content.model import Library
    from index.searcher import SearchIndex


def __getattr__(name: str) -> object:
    """``SearchIndex`` is imported when first asked for: ``import index.types`` (the values
    the app's search box shows) then does not import the whole search engine before the
    app's first paint (issue 15)."""
    if name == "SearchIndex":
        from index.searcher import SearchIndex

        return SearchIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Hit",
    "IndexBuildCancelled",
    "IndexBuildError",
    "SearchIndex",
    "SearchResults",
    "build_index",
    "open_or_build",
]


def open_or_build(
    library: Library,
    *,
    prebuilt_dir: Path | str | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SearchIndex:
    """Open the search index for ``library``: the prebuilt one, or one built in memory.

    ``prebuilt_dir`` (an index shipped with the app, made by :func:`build_index`) is opened
    read-only if its manifest matches ``library.content_hash``; otherwise (no prebuilt
    index, another content folder, a damaged or out-of-date one) the index is built in
    RAM. Nothing is written to disk. Pure Python, no Qt: call it from a worker thread.

    Args:
        library: the loaded content.
        prebuilt_dir: an index folder made by :func:`build_index`, opened read-only.
        progress: called as ``progress(done, total)`` while building.
        is_cancelled: polled while building; return True to stop.

    Raises:
        IndexBuildCancelled: ``is_cancelled()`` returned True.
        IndexBuildError: the index could not be built.
    """
    from index.store import open_or_build as _open_or_build

    return _open_or_build(library, prebuilt_dir=prebuilt_dir, progress=progress,
                          is_cancelled=is_cancelled)


def build_index(
    library: Library,
    target_dir: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Build a complete index with its manifest into ``target_dir`` (for packaging).

    The folder can then be passed as ``open_or_build(..., prebuilt_dir=target_dir)``.
    """
    from index.builder import build_index as _build_index

    return _build_index(library, target_dir, progress=progress, is_cancelled=is_cancelled)
