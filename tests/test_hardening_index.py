"""Hardening: a bad search index never takes the app down, on the shipped content.

What tests/test_index_lifecycle.py already proves (on the mini content, in process) is not
repeated here: a truncated, garbage-filled, deleted or older-schema index (manifest, segment,
table of contents, pointer) is rebuilt with an INFO log line; an unwritable cache means an
index in RAM; a really read-only cache (capabilities dropped when root) for an empty and a
good cache; the build lock held in the same process; three library-level processes building
one cache at once.

Added here, each ending with ``search("consent")`` finding the shipped guidance:

* more damage: files cut to nothing, every file garbage, an index written with another
  schema under a manifest that claims the current one, folders where the pointer, the lock
  or the whole index root should be -- each with its log line, and self-healing (the next
  start just opens) wherever the cache can be written;
* locked by another process: a process holding the build lock and an open Whoosh writer
  on the live index; a hung process holding the build lock over a damaged or missing index
  (we wait a bounded time, then build a private copy); a process that finishes its build
  while we wait (we open its index); a builder killed while holding the lock;
* a read-only cache holding a damaged or outdated index, in a process that really cannot
  write (capabilities dropped when root): search works from RAM, one log line, nothing
  written;
* two app processes (``search --json`` and ``--smoke-test``) started at the same instant
  on one empty basedir: both work, and a third start opens the index they left without
  rebuilding.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from index import open_or_build
from index import store as store_mod
from index.manifest import MANIFEST_NAME, check, write_manifest
from tests.index_support import ROOT, index_folder, segment_file
from tests.test_index_lifecycle import _chmod_tree, _unprivileged

QUERY = "consent"
WAIT_S = 120.0  # upper bound for anything we wait on; never reached when things work


def _wait_for(cond: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    """Poll ``cond`` until it is true; fail (never hang) after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def _pointer(cache: Path) -> bytes | None:
    p = cache / "search-index" / "current"
    return p.read_bytes() if p.is_file() else None


def _open_and_search(library, cache: Path, **kwargs) -> tuple[str, int]:
    """Open the index under ``cache`` (in process) and search: (location, hits)."""
    with store_mod.open_or_build(library, cache, **kwargs) as idx:
        return idx.location, len(idx.search(QUERY).hits)


def _assert_opens_without_rebuilding(library, cache: Path, caplog) -> str:
    """The index under ``cache`` is current and intact: opening it builds nothing."""
    live = index_folder(cache)
    assert check(live, library.content_hash) is None
    before = _pointer(cache)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="index"):
        location, hits = _open_and_search(library, cache)
    assert location == str(live) and hits
    assert _pointer(cache) == before
    assert not [r for r in caplog.records if "building" in r.getMessage()]
    return location


def _index_dirs(cache: Path) -> list[str]:
    """The index folders (complete or half-built) under ``cache``."""
    root = cache / "search-index"
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and p.name.startswith(("idx-", ".tmp-")))


@pytest.fixture
def cache_with_index(tmp_path, library) -> Path:
    """A cache folder holding a good index of the shipped content."""
    cache = tmp_path / "cache"
    with open_or_build(library, cache):
        pass
    return cache


# -- more damage, on the shipped content ---------------------------------------------------


def _zero_length_files(cache: Path) -> None:
    for p in index_folder(cache).iterdir():
        p.write_bytes(b"")


def _every_file_garbage(cache: Path) -> None:
    folder = index_folder(cache)
    for p in folder.iterdir():
        p.write_bytes(os.urandom(max(16, p.stat().st_size)))
    (cache / "search-index" / "build.lock").write_bytes(os.urandom(64))


def _files_removed_folder_kept(cache: Path) -> None:
    for p in index_folder(cache).iterdir():
        p.unlink()


def _whole_root_deleted(cache: Path) -> None:
    shutil.rmtree(cache / "search-index")


def _other_schema_same_manifest(cache: Path) -> None:
    """An index written with another Whoosh schema (an older app), whose manifest says
    everything matches: only opening it can tell."""
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.index import create_in

    folder = index_folder(cache)
    m = json.loads((folder / MANIFEST_NAME).read_text())
    shutil.rmtree(folder)
    folder.mkdir()
    ix = create_in(str(folder), Schema(path=ID(stored=True), content=TEXT(stored=True)))
    with ix.writer() as w:
        w.add_document(path="/a", content="consent to share information with the police")
    ix.close()
    write_manifest(folder, m["content_hash"], m["doc_count"])


def _pointer_is_a_folder(cache: Path) -> None:
    pointer = cache / "search-index" / "current"
    pointer.unlink()
    (pointer / "junk").mkdir(parents=True)


def _lock_is_a_folder(cache: Path) -> None:
    lock = cache / "search-index" / "build.lock"
    lock.unlink(missing_ok=True)
    (lock / "junk").mkdir(parents=True)
    segment_file(index_folder(cache)).unlink()  # and the index needs a rebuild


def _root_is_a_file(cache: Path) -> None:
    shutil.rmtree(cache / "search-index")
    (cache / "search-index").write_bytes(os.urandom(100))


# (damage, log text, where the next index lives: "cache" (and self-healed) or "memory")
DAMAGE = [
    (_zero_length_files, "building", "cache"),
    (_every_file_garbage, "building", "cache"),
    (_files_removed_folder_kept, "building", "cache"),
    (_whole_root_deleted, "building", "cache"),
    (_other_schema_same_manifest, "building (cannot be opened", "cache"),
    (_pointer_is_a_folder, "building", "cache"),
    (_lock_is_a_folder, "building", "cache"),
    (_root_is_a_file, "building in memory", "memory"),
]


@pytest.mark.parametrize("damage,log_text,where", DAMAGE,
                         ids=[d[0].__name__.strip("_") for d in DAMAGE])
def test_damaged_index_ends_in_a_working_search(cache_with_index, library, damage, log_text,
                                                where, caplog):
    cache = cache_with_index
    old = index_folder(cache)
    damage(cache)
    with caplog.at_level(logging.INFO, logger="index"):
        location, hits = _open_and_search(library, cache)
    assert hits, f"no hits for {QUERY!r}"
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("index")]
    assert any(log_text in m for m in messages), messages
    if where == "memory":
        assert location == ":memory:"
        return
    assert Path(location).parent == cache / "search-index" and Path(location) != old
    # self-healed: what was left is the new index alone, and the next start just opens it
    assert _index_dirs(cache) == [Path(location).name]
    assert _assert_opens_without_rebuilding(library, cache, caplog) == location


def test_a_pointer_that_cannot_be_written_leaves_no_index_behind(tmp_path, library,
                                                                 monkeypatch, caplog):
    """The index is built but ``current`` can't be replaced (e.g. a full disk): search runs
    from RAM and the unreachable folder is removed, not left to pile up at every start."""
    cache = tmp_path / "cache"

    def refuse(root, folder):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_mod, "_write_pointer", refuse)
    for _ in range(2):
        with caplog.at_level(logging.WARNING, logger="index"):
            location, hits = _open_and_search(library, cache)
        assert location == ":memory:" and hits
        assert any("building in memory" in r.getMessage() for r in caplog.records)
        assert _index_dirs(cache) == []


# -- locked by another process -------------------------------------------------------------

_HOLDER = r"""
import sys
from pathlib import Path
from content import load_library
from index import store

root, ready, writer_on = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
root.mkdir(parents=True, exist_ok=True)
with store._build_lock(root, 0) as held:
    if not held:
        sys.exit("could not take the build lock")
    writer = None
    if writer_on:  # an open Whoosh writer: holds MAIN_WRITELOCK and has files of its own
        from whoosh.index import open_dir
        writer = open_dir(writer_on).writer()
    ready.write_text("held")
    for line in sys.stdin:  # "build": build the index into the cache, as a first instance
        if line.strip() == "build":
            final = store._build_into_cache(root, load_library(), None, None)
            print(final, flush=True)
    if writer is not None:
        writer.cancel()
"""


class LockHolder:
    """Another process holding the build lock (and optionally a Whoosh writer) of a cache."""

    def __init__(self, tmp_path: Path):
        self._tmp = tmp_path
        self.proc: subprocess.Popen[str] | None = None

    def start(self, cache: Path, writer_on: Path | None = None) -> LockHolder:
        ready = self._tmp / f"holder-ready-{time.monotonic_ns()}"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(cache / "search-index"), str(ready),
             str(writer_on or "")],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        proc = self.proc

        def ready_or_dead() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"the lock holder exited: {proc.stderr.read() if proc.stderr else ''}")
            return ready.exists()

        _wait_for(ready_or_dead, "the other process to take the lock")
        return self

    def build(self) -> Path:
        """Have the holder build the index into the cache (still holding the lock)."""
        assert self.proc is not None and self.proc.stdin and self.proc.stdout
        self.proc.stdin.write("build\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline().strip()
        assert line, "the lock holder did not build"
        return Path(line)

    def release(self) -> None:
        """Let the holder go (it releases its locks and exits)."""
        if self.proc is not None and self.proc.poll() is None:
            assert self.proc.stdin
            self.proc.stdin.close()
            self.proc.wait(timeout=WAIT_S)
            assert self.proc.returncode == 0, self.proc.stderr.read() if self.proc.stderr else ""

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(timeout=WAIT_S)


@pytest.fixture
def holder(tmp_path) -> Iterator[LockHolder]:
    h = LockHolder(tmp_path)
    yield h
    if h.proc is not None and h.proc.poll() is None:
        h.proc.kill()
        h.proc.wait(timeout=WAIT_S)
    for stream in (h.proc.stdin, h.proc.stdout, h.proc.stderr) if h.proc else ():
        if stream:
            stream.close()


def _build_lock_taken(cache: Path) -> bool:
    with store_mod._build_lock(cache / "search-index", 0) as got:
        return not got


def _in_thread(fn: Callable[[], object]) -> tuple[threading.Thread, dict[str, object]]:
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def _finished(t: threading.Thread, out: dict[str, object]) -> object:
    t.join(WAIT_S)
    assert not t.is_alive(), "open_or_build hung"
    if "error" in out:
        raise out["error"]  # type: ignore[misc]
    return out["result"]


def test_good_index_opens_while_another_process_holds_every_lock(cache_with_index, library,
                                                                 holder, caplog):
    """Build lock and Whoosh write lock held elsewhere: a good index is simply opened (the
    lock is never waited for, even with an hour's timeout)."""
    from whoosh.filedb.filestore import FileStorage

    live = index_folder(cache_with_index)
    holder.start(cache_with_index, writer_on=live)
    assert _build_lock_taken(cache_with_index)
    assert not FileStorage(str(live)).lock("MAIN_WRITELOCK").acquire(blocking=False)
    before = _pointer(cache_with_index)
    with caplog.at_level(logging.INFO, logger="index"):
        t, out = _in_thread(lambda: _open_and_search(library, cache_with_index,
                                                     lock_timeout=3600.0))
        location, hits = _finished(t, out)  # type: ignore[misc]
    assert location == str(live) and hits
    assert _pointer(cache_with_index) == before
    assert not [r for r in caplog.records if "building" in r.getMessage()]


def _break_segment(cache: Path) -> None:
    seg = segment_file(index_folder(cache))
    seg.write_bytes(os.urandom(seg.stat().st_size))


def _make_outdated(cache: Path) -> None:
    folder = index_folder(cache)
    m = json.loads((folder / MANIFEST_NAME).read_text())
    m["schema_version"] -= 1
    (folder / MANIFEST_NAME).write_text(json.dumps(m))


def _remove_pointer(cache: Path) -> None:
    (cache / "search-index" / "current").unlink()


@pytest.mark.parametrize("damage", [_break_segment, _make_outdated, _remove_pointer],
                         ids=["garbage", "outdated", "missing"])
def test_hung_process_holding_the_build_lock(cache_with_index, library, holder, damage,
                                             caplog):
    """A process that holds the build lock and never finishes: we wait ``lock_timeout``,
    then build a private copy and swap it in; search works, and it is logged."""
    damage(cache_with_index)
    holder.start(cache_with_index)
    assert _build_lock_taken(cache_with_index)
    with caplog.at_level(logging.INFO, logger="index"):
        t, out = _in_thread(lambda: _open_and_search(library, cache_with_index,
                                                     lock_timeout=0.5))
        location, hits = _finished(t, out)  # type: ignore[misc]
    assert hits and location != ":memory:"
    messages = [r.getMessage() for r in caplog.records]
    assert any("holds the build lock" in m for m in messages), messages
    assert any("building" in m for m in messages), messages
    assert index_folder(cache_with_index) == Path(location)
    holder.release()
    assert _assert_opens_without_rebuilding(library, cache_with_index, caplog) == location


def test_waits_for_the_other_instance_and_opens_what_it_built(tmp_path, library, holder,
                                                             monkeypatch, caplog):
    """A first instance is building (holds the lock); we wait for it, then open its index
    instead of building another."""
    cache = tmp_path / "cache"
    holder.start(cache)
    tried = threading.Event()
    real_lock = store_mod._lock_file

    def lock_file(f):
        try:
            real_lock(f)
        except OSError:
            tried.set()  # we found the lock taken and are waiting
            raise

    monkeypatch.setattr(store_mod, "_lock_file", lock_file)
    with caplog.at_level(logging.INFO, logger="index"):
        t, out = _in_thread(lambda: _open_and_search(library, cache, lock_timeout=WAIT_S))
        _wait_for(tried.is_set, "our open to find the lock taken")
        assert t.is_alive()  # still waiting: nothing to open yet
        built = holder.build()
        holder.release()
        location, hits = _finished(t, out)  # type: ignore[misc]
    assert location == str(built) and hits
    assert not [r for r in caplog.records if "building" in r.getMessage()
                or "holds the build lock" in r.getMessage()]


def test_a_builder_killed_while_holding_the_lock_blocks_nobody(tmp_path, library, holder,
                                                               caplog):
    """The OS drops a dead process's lock: no waiting, an ordinary build."""
    cache = tmp_path / "cache"
    holder.start(cache)
    holder.kill()
    with caplog.at_level(logging.INFO, logger="index"):
        t, out = _in_thread(lambda: _open_and_search(library, cache, lock_timeout=3600.0))
        location, hits = _finished(t, out)  # type: ignore[misc]
    assert hits and Path(location).parent == cache / "search-index"
    messages = [r.getMessage() for r in caplog.records]
    assert not any("holds the build lock" in m for m in messages), messages
    assert any("building" in m for m in messages), messages


# -- a read-only cache holding a damaged or outdated index ----------------------------------


def _truncate_toc(cache: Path) -> None:
    for toc in index_folder(cache).glob("*.toc"):
        toc.write_bytes(toc.read_bytes()[:10])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("damage", [_break_segment, _make_outdated, _truncate_toc,
                                    _remove_pointer],
                         ids=["garbage", "outdated", "truncated", "no-pointer"])
def test_read_only_cache_with_a_bad_index(tmp_path, library, damage):
    """A process that really can't write (root drops its capabilities): a damaged or
    outdated index can't be replaced, so search runs from RAM, says so once, and nothing
    on disk changes."""
    prefix = _unprivileged()
    base = tmp_path / "base"
    cache = base / "cache"
    with open_or_build(library, cache):
        pass
    damage(cache)
    before = _snapshot(base)
    env = dict(os.environ, HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    env.pop("PYTEST_CURRENT_TEST", None)
    try:
        _chmod_tree(base, 0o555, 0o444)
        run = subprocess.run([*prefix, sys.executable, "-m", "desktop_app", "--basedir",
                              str(base), "search", QUERY, "--json"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=WAIT_S)
    finally:
        _chmod_tree(base, 0o755, 0o644)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["results"], run.stdout
    assert "Traceback" not in run.stderr
    assert run.stderr.count("building in memory") == 1, run.stderr
    assert _snapshot(base) == before


# -- two app instances at once on one basedir ----------------------------------------------

_LAUNCH = r"""
import runpy, sys, time
from pathlib import Path
ready, go = Path(sys.argv[1]), Path(sys.argv[2])
import desktop_app.cli, content, index.store, whoosh.index  # both start the race from here
ready.touch()
deadline = time.monotonic() + 120
while not go.exists():
    if time.monotonic() > deadline:
        sys.exit("never got the go")
    time.sleep(0.001)
sys.argv = ["desktop_app", *sys.argv[3:]]
runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
"""


def _run_together(tmp_path: Path, *argv: str, n: int = 2) -> list[subprocess.CompletedProcess]:
    """Start ``n`` ``python -m desktop_app ARGV`` processes at the same instant."""
    stamp = time.monotonic_ns()
    go = tmp_path / f"go-{stamp}"
    readies = [tmp_path / f"ready-{stamp}-{i}" for i in range(n)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, "-c", _LAUNCH, str(r), str(go), *argv],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for r in readies]
    try:
        _wait_for(lambda: all(r.exists() or p.poll() is not None
                              for r, p in zip(readies, procs, strict=True)),
                  "both processes to reach the start line")
        go.touch()
        out = []
        for p in procs:
            stdout, stderr = p.communicate(timeout=WAIT_S)
            out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
        return out
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()


def _cache_of(basedir: Path) -> Path:
    from desktop_app.paths import Paths

    return Path(Paths.from_args(str(basedir)).cache_dir)


@pytest.mark.slow
def test_two_app_searches_at_once_on_one_basedir(tmp_path, basedir, library, caplog):
    cache = _cache_of(basedir)
    for round_ in ("empty basedir", "outdated index"):
        if round_ == "outdated index":
            _make_outdated(cache)
        runs = _run_together(tmp_path, "--basedir", str(basedir), "search", QUERY, "--json")
        tops = []
        for run in runs:
            assert run.returncode == 0, (round_, run.stderr)
            assert "Traceback" not in run.stderr, (round_, run.stderr)
            results = json.loads(run.stdout)["results"]
            assert results, round_
            tops.append([r["section_id"] for r in results])
        assert tops[0] == tops[1], round_
        assert not [d for d in _index_dirs(cache) if d.startswith(".tmp-")], round_
        _assert_opens_without_rebuilding(library, cache, caplog)


@pytest.mark.slow
def test_two_smoke_tests_at_once_on_one_basedir(tmp_path, basedir, library, caplog):
    runs = _run_together(tmp_path, "--basedir", str(basedir), "--smoke-test")
    for run in runs:
        assert run.returncode == 0, run.stdout + run.stderr
        lines = run.stdout.splitlines()
        assert lines[-1] == "smoke: all ok", run.stdout
        assert any(line.startswith("smoke: index ok") and "in the cache" in line
                   for line in lines), run.stdout
    cache = _cache_of(basedir)
    assert not [d for d in _index_dirs(cache) if d.startswith(".tmp-")]
    _assert_opens_without_rebuilding(library, cache, caplog)
