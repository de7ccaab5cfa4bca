"""Index lifecycle: open the cached index if it is current, else build one and swap it in.

Layout under the cache folder::

    search-index/
      current                 the name of the live index folder (replaced atomically)
      build.lock              held while one process builds
      idx-<hash>-<random>/    a complete index + ipv-index-manifest.json (never modified)
      .tmp-<pid>-<random>/    an index being built

Nobody ever writes into a folder someone else may be reading: a build goes into a fresh
``.tmp-`` folder, is renamed to ``idx-...`` when complete, and only then does ``current``
change (``os.replace``, atomic on Windows and POSIX). Readers open read-only. Two app
instances starting together: the second waits for the first's build lock, then opens
what the first built (if the lock can't be had in time it builds its own copy, which is
still safe). A missing, truncated, damaged or out-of-date index fails the manifest check
or the open and is rebuilt; an unwritable cache folder means an index in RAM.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from content.model import Library
from index import manifest
from index.searcher import SearchIndex
from index.types import IndexBuildCancelled, IndexBuildError

log = logging.getLogger(__name__)

INDEX_DIRNAME = "search-index"
POINTER = "current"
LOCK = "build.lock"
LOCK_TIMEOUT = 60.0  # seconds to wait for another process's build
STALE_TMP_SECONDS = 3600.0


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


def _read_pointer(root: Path) -> Path | None:
    try:
        name = (root / POINTER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name.startswith("idx-") or "/" in name or "\\" in name or ".." in name:
        return None
    return root / name


def _replace(src: Path, dst: Path, attempts: int = 10) -> None:
    """``os.replace`` that retries briefly: on Windows it fails while another process
    (another app instance reading the pointer, a virus scanner) has ``dst`` open."""
    for n in range(attempts):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if n == attempts - 1:
                raise
            time.sleep(0.05)


def _write_pointer(root: Path, folder: Path) -> None:
    pointer = root / POINTER
    if pointer.is_dir() and not pointer.is_symlink():  # junk where the pointer goes
        shutil.rmtree(pointer, ignore_errors=True)
    tmp = root / f"{POINTER}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        tmp.write_text(folder.name, encoding="utf-8")
        _replace(tmp, root / POINTER)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _open_current(root: Path, library: Library) -> tuple[SearchIndex | None, str]:
    reason = "missing"
    for _ in range(3):  # the pointer may move under us while another process swaps
        folder = _read_pointer(root)
        if folder is None:
            return None, "no current index"
        idx, reason = try_open(folder, library)
        if idx is not None:
            return idx, ""
        if _read_pointer(root) == folder:
            break
    return None, reason


@contextlib.contextmanager
def _build_lock(root: Path, timeout: float) -> Iterator[bool]:
    """Hold ``build.lock`` (True), or give up after ``timeout`` seconds (False)."""
    path = root / LOCK
    if path.is_dir() and not path.is_symlink():  # junk in its place: the lock could never
        shutil.rmtree(path, ignore_errors=True)  # be opened, nor the index cached again
    f = open(path, "a+b")  # noqa: SIM115 - held for the whole block
    locked = False
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                _lock_file(f)
                locked = True
                break
            except OSError:
                if time.monotonic() >= deadline:
                    break
                time.sleep(0.05)
        yield locked
    finally:
        if locked:
            with contextlib.suppress(OSError):
                _unlock_file(f)
        f.close()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(f: Any) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(f: Any) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_file(f: Any) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(f: Any) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _cleanup(root: Path, keep: Path | None) -> None:
    """Remove old index folders and abandoned builds (best effort: files may be in use)."""
    now = time.time()
    try:
        entries = list(root.iterdir())
    except OSError:
        return
    for p in entries:
        try:
            if not p.is_dir() or (keep is not None and p.name == keep.name):
                continue
            if p.name.startswith("idx-") or (
                p.name.startswith(".tmp-") and now - p.stat().st_mtime > STALE_TMP_SECONDS
            ):
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            continue
    for p in entries:  # pointer temp files left by a crash
        if p.is_file() and p.name.endswith(".tmp") and p.name.startswith(POINTER + "."):
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime > 60:
                    p.unlink()


def _build_into_cache(root: Path, library: Library, progress: Any, is_cancelled: Any) -> Path:
    from index.builder import build_index

    tmp = root / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        build_index(library, tmp, progress=progress, is_cancelled=is_cancelled)
        final = root / f"idx-{library.content_hash[:12] or 'nohash'}-{uuid.uuid4().hex[:8]}"
        _replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        _write_pointer(root, final)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)  # nobody can know of it: don't leave it
        raise
    return final


def _in_memory(library: Library, progress: Any, is_cancelled: Any) -> SearchIndex:
    from index.builder import build_in_memory

    ix = build_in_memory(library, progress=progress, is_cancelled=is_cancelled)
    return SearchIndex(ix, location=":memory:", readonly=False, synonyms=library.synonyms)


def open_or_build(
    library: Library,
    cache_dir: Path | str | None,
    *,
    prebuilt_dir: Path | str | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
) -> SearchIndex:
    """See :func:`index.open_or_build`."""
    try:
        return _open_or_build(library, cache_dir, prebuilt_dir, progress, is_cancelled,
                              lock_timeout)
    except IndexBuildError:
        raise
    except Exception as exc:
        log.exception("building the search index failed")
        raise IndexBuildError(f"The search index could not be built ({exc}).") from exc


def _open_or_build(library: Library, cache_dir: Path | str | None,
                   prebuilt_dir: Path | str | None, progress: Any, is_cancelled: Any,
                   lock_timeout: float) -> SearchIndex:
    if prebuilt_dir is not None:
        idx, reason = try_open(Path(prebuilt_dir), library)
        if idx is not None:
            log.info("search index: using the prebuilt index")
            return idx
        log.info("search index: prebuilt index not usable (%s)", reason)

    if cache_dir is None:
        return _in_memory(library, progress, is_cancelled)

    root = Path(cache_dir) / INDEX_DIRNAME
    idx, reason = _open_current(root, library)
    if idx is not None:
        return idx

    try:
        root.mkdir(parents=True, exist_ok=True)
        with _build_lock(root, lock_timeout) as locked:
            if not locked:
                log.info("search index: another process holds the build lock; building anyway")
            # another process may have built it while we waited
            idx, reason2 = _open_current(root, library)
            if idx is not None:
                return idx
            log.info("search index: building (%s)", reason2 or reason)
            final = _build_into_cache(root, library, progress, is_cancelled)
            if locked:
                _cleanup(root, final)
        idx, reason = try_open(final, library)
        if idx is not None:
            return idx
        log.warning("search index: the index just built can't be opened (%s); using RAM",
                    reason)
    except IndexBuildCancelled:
        raise
    except OSError as exc:
        log.warning("search index: cache folder not writable (%s); building in memory",
                    type(exc).__name__)
    return _in_memory(library, progress, is_cancelled)
