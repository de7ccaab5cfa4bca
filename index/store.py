"""Index lifecycle: the prebuilt index that travels with the content, or one built in RAM.

The packaged app carries an index built from its own content at packaging time
(``packaging/build.py`` -> ``index.build_index``; never committed). It is opened read-only
when its manifest matches the content being shown. Otherwise -- running from source, or
``--content DIR`` with an agency's own pack -- the index is built in memory (a fraction of a
second for the shipped guide, done in a worker thread after the window is painted).

Nothing is ever written to disk here: no cache folder, no lock, no swap, so none of their
failure modes (damaged caches, stale locks, read-only profiles, two instances racing)
exist. A prebuilt index that is missing, damaged, from another Whoosh or another content
is simply not used.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from content.model import Library
from index import manifest
from index.searcher import SearchIndex
from index.types import IndexBuildError

log = logging.getLogger(__name__)

def _open_folder(folder: Path, library: Library, *, readonly: bool = True) -> SearchIndex:
    """Open a verified index folder read-only; raises on any problem.

    Files Whoosh opened are closed again if opening fails (Whoosh leaves the table of
    contents open when it can't unpickle it).
    """
    from whoosh.filedb.filestore import FileStorage

    opened: list[Any] = []

    class _TrackingStorage(FileStorage):  # type: ignore[misc]
        def open_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
            f = super().open_file(name, *args, **kwargs)
            opened.append(f)
            return f

    ix = None
    try:
        ix = _TrackingStorage(str(folder), readonly=True).open_index()
        idx = SearchIndex(ix, location=str(folder), readonly=readonly,
                          synonyms=library.synonyms)
    except BaseException:
        for f in opened:
            with contextlib.suppress(Exception):
                f.close()
        if ix is not None:
            with contextlib.suppress(Exception):
                ix.close()
        raise
    opened.clear()
    return idx


def try_open(folder: Path, library: Library, *, readonly: bool = True
             ) -> tuple[SearchIndex | None, str]:
    """``(index, "")`` if ``folder`` holds a current, intact index, else ``(None, reason)``."""
    if not folder.is_dir():
        return None, "missing"
    reason = manifest.check(folder, library.content_hash)
    if reason is not None:
        return None, reason
    try:
        return _open_folder(folder, library, readonly=readonly), ""
    except Exception as exc:  # noqa: BLE001 - any damage means "rebuild"
        return None, f"cannot be opened ({type(exc).__name__})"


def _in_memory(library: Library, progress: Any, is_cancelled: Any) -> SearchIndex:
    from index.builder import build_in_memory

    ix = build_in_memory(library, progress=progress, is_cancelled=is_cancelled)
    return SearchIndex(ix, location=":memory:", readonly=False, synonyms=library.synonyms)


def open_or_build(
    library: Library,
    *,
    prebuilt_dir: Path | str | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SearchIndex:
    """See :func:`index.open_or_build`."""
    try:
        if prebuilt_dir is not None:
            idx, reason = try_open(Path(prebuilt_dir), library)
            if idx is not None:
                log.info("search index: using the prebuilt index")
                return idx
            log.info("search index: prebuilt index not usable (%s); building in memory",
                     reason)
        return _in_memory(library, progress, is_cancelled)
    except IndexBuildError:
        raise
    except Exception as exc:
        log.exception("building the search index failed")
        raise IndexBuildError(f"The search index could not be built ({exc}).") from exc
