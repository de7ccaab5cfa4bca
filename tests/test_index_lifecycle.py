"""Index lifecycle: build, reopen, rebuild when damaged or stale, read-only folders,
prebuilt indexes, cancellation, and two processes opening one cache at once."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index import IndexBuildCancelled, build_index, open_or_build
from index import store as store_mod
from index.manifest import MANIFEST_NAME, check
from tests import index_support as sup
from tests.index_support import MINI_CONTENT, ROOT, index_folder, section_ids, segment_file

# fixtures
mini_library = sup.mini_library
mini_copy = sup.mini_copy


def _searchable(idx) -> bool:
    return "police-sharing" in section_ids(idx.search("warrant"))


def _fresh(cache: Path, library) -> tuple[str, bool]:
    """Open the index under ``cache``: (its folder, whether it was built just now)."""
    pointer = cache / "search-index" / "current"
    before = pointer.read_bytes() if pointer.exists() else None
    with open_or_build(library, cache) as idx:
        assert _searchable(idx)
        location = idx.location
    after = pointer.read_bytes()
    return location, before != after


def test_build_then_reopen_without_rebuilding(tmp_path, mini_library):
    cache = tmp_path / "cache"
    loc1, built = _fresh(cache, mini_library)
    assert built and Path(loc1).parent == cache / "search-index"
    assert check(Path(loc1), mini_library.content_hash) is None
    loc2, built = _fresh(cache, mini_library)
    assert not built and loc2 == loc1


def test_progress_is_reported(tmp_path, mini_library):
    seen = []
    with open_or_build(mini_library, tmp_path, progress=lambda d, t: seen.append((d, t))):
        pass
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:], strict=False))


def test_cancel_leaves_nothing_behind(tmp_path, mini_library):
    with pytest.raises(IndexBuildCancelled):
        open_or_build(mini_library, tmp_path, is_cancelled=lambda: True)
    root = tmp_path / "search-index"
    assert not (root / "current").exists()
    assert not [p for p in root.iterdir() if p.is_dir()]


# -- damage: every case ends in a rebuild and a working index ------------------------------


def _damage_seg_truncate(folder: Path) -> None:
    seg = segment_file(folder)
    data = seg.read_bytes()
    seg.write_bytes(data[: len(data) // 2])


def _damage_seg_garbage(folder: Path) -> None:
    seg = segment_file(folder)
    seg.write_bytes(os.urandom(seg.stat().st_size))


def _damage_toc_garbage(folder: Path) -> None:
    for toc in folder.glob("*.toc"):
        toc.write_bytes(b"\x00garbage" * 10)


def _damage_delete_folder(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder)


def _damage_delete_seg(folder: Path) -> None:
    segment_file(folder).unlink()


def _damage_manifest_missing(folder: Path) -> None:
    (folder / MANIFEST_NAME).unlink()


def _damage_manifest_garbage(folder: Path) -> None:
    (folder / MANIFEST_NAME).write_bytes(b"{not json\xff")


def _damage_older_schema(folder: Path) -> None:
    m = json.loads((folder / MANIFEST_NAME).read_text())
    m["schema_version"] -= 1
    (folder / MANIFEST_NAME).write_text(json.dumps(m))


def _damage_other_whoosh(folder: Path) -> None:
    m = json.loads((folder / MANIFEST_NAME).read_text())
    m["whoosh_version"] = "2.7.4"
    (folder / MANIFEST_NAME).write_text(json.dumps(m))


def _damage_pointer_garbage(folder: Path) -> None:
    (folder.parent / "current").write_bytes(b"\xff\xfe../../etc")


def _damage_pointer_dangling(folder: Path) -> None:
    (folder.parent / "current").write_text("idx-does-not-exist")


def _damage_truncated_then_manifest_rewritten(folder: Path) -> None:
    """Truncated files that the manifest agrees with: only opening the index can tell."""
    from index.manifest import write_manifest

    for toc in folder.glob("*.toc"):
        toc.write_bytes(toc.read_bytes()[:20])
    m = json.loads((folder / MANIFEST_NAME).read_text())
    write_manifest(folder, m["content_hash"], m["doc_count"])


DAMAGE = [_damage_seg_truncate, _damage_seg_garbage, _damage_toc_garbage, _damage_delete_folder,
          _damage_delete_seg, _damage_manifest_missing, _damage_manifest_garbage,
          _damage_older_schema, _damage_other_whoosh, _damage_pointer_garbage,
          _damage_pointer_dangling, _damage_truncated_then_manifest_rewritten]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__.removeprefix("_damage_"))
def test_damaged_index_is_rebuilt(tmp_path, mini_library, damage, caplog):
    cache = tmp_path / "cache"
    loc1, _ = _fresh(cache, mini_library)
    damage(Path(loc1))
    with caplog.at_level(logging.INFO, logger="index"):
        loc2, built = _fresh(cache, mini_library)
    assert built and loc2 != loc1
    assert any("building" in r.getMessage() for r in caplog.records)
    assert check(Path(loc2), mini_library.content_hash) is None
    # the damaged copy was cleaned away and the next start just opens
    assert not Path(loc1).exists()
    assert _fresh(cache, mini_library) == (loc2, False)


def test_changed_content_is_rebuilt(tmp_path, mini_copy):
    from content import load_library

    cache = tmp_path / "cache"
    lib1 = load_library(mini_copy)
    loc1, _ = _fresh(cache, lib1)
    sec = mini_copy / "sections" / "records.md"
    sec.write_text(sec.read_text() + "\nA brand new zanzibar paragraph.\n")
    lib2 = load_library(mini_copy)
    assert lib2.content_hash != lib1.content_hash
    loc2, built = _fresh(cache, lib2)
    assert built and loc2 != loc1
    with open_or_build(lib2, cache) as idx:
        assert section_ids(idx.search("zanzibar")) == ["records"]


def test_garbage_in_cache_root_is_harmless(tmp_path, mini_library):
    root = tmp_path / "search-index"
    root.mkdir()
    (root / "idx-junk").write_text("a file where a folder should be")
    (root / ".tmp-123-abc").mkdir()
    (root / "build.lock").write_bytes(os.urandom(64))
    loc, built = _fresh(tmp_path, mini_library)
    assert built


# -- read-only and unusable cache folders --------------------------------------------------


def test_cache_path_under_a_file_builds_in_memory(tmp_path, mini_library, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with caplog.at_level(logging.WARNING, logger="index"):
        idx = open_or_build(mini_library, blocker / "cache")
    with idx:
        assert idx.location == ":memory:" and _searchable(idx)
    assert any("in memory" in r.getMessage() for r in caplog.records)


def test_unwritable_cache_builds_in_memory(tmp_path, mini_library, monkeypatch, caplog):
    def refuse(*a, **k):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(store_mod, "_build_into_cache", refuse)
    with caplog.at_level(logging.WARNING, logger="index"):
        idx = open_or_build(mini_library, tmp_path)
    with idx:
        assert idx.location == ":memory:" and _searchable(idx)
    assert any("not writable" in r.getMessage() for r in caplog.records)


def _unprivileged() -> list[str]:
    """A command prefix that makes file permissions apply (root drops its capabilities)."""
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all"]


def _chmod_tree(path: Path, dirs: int, files: int) -> None:
    for p in [path, *path.rglob("*")]:
        p.chmod(dirs if p.is_dir() else files)


def test_really_read_only_cache_folders(tmp_path, mini_library):
    """In a fresh process that can't write the cache: an empty cache means an index in
    memory and one log line; a cache holding a good index is simply opened."""
    prefix = _unprivileged()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home), XDG_CONFIG_HOME=str(home))
    cmd = [*prefix, sys.executable, "-m", "desktop_app", "--content", str(MINI_CONTENT)]

    empty = tmp_path / "empty"
    (empty / "cache").mkdir(parents=True)
    good = tmp_path / "good"
    with open_or_build(mini_library, good / "cache"):
        pass
    try:
        _chmod_tree(empty, 0o555, 0o444)
        _chmod_tree(good, 0o555, 0o444)
        for base, expect_log in ((empty, True), (good, False)):
            run = subprocess.run([*cmd, "--basedir", str(base), "search", "warrant", "--json"],
                                 cwd=ROOT, env=env, capture_output=True, text=True,
                                 timeout=120)
            assert run.returncode == 0, run.stderr
            out = json.loads(run.stdout)
            assert out["results"][0]["section_id"] == "police-sharing"
            assert "Traceback" not in run.stderr
            assert ("building in memory" in run.stderr) is expect_log, run.stderr
        assert list((empty / "cache").iterdir()) == []  # nothing was written
    finally:
        _chmod_tree(empty, 0o755, 0o644)
        _chmod_tree(good, 0o755, 0o644)


def test_read_only_cache_with_a_good_index_is_opened(tmp_path, mini_library, monkeypatch):
    loc, _ = _fresh(tmp_path, mini_library)

    def refuse(*a, **k):
        raise AssertionError("must not build")

    monkeypatch.setattr(store_mod, "_build_into_cache", refuse)
    with open_or_build(mini_library, tmp_path) as idx:
        assert idx.location == loc and idx.readonly


def test_no_cache_dir_means_memory(mini_library):
    with open_or_build(mini_library, None) as idx:
        assert idx.location == ":memory:" and _searchable(idx)


# -- prebuilt indexes ---------------------------------------------------------------------


def test_prebuilt_index_is_used_read_only(tmp_path, mini_library, monkeypatch):
    pre = build_index(mini_library, tmp_path / "prebuilt")
    files = {p.name: p.stat().st_mtime_ns for p in pre.iterdir()}
    monkeypatch.setattr(store_mod, "_build_into_cache", lambda *a, **k: 1 / 0)
    with open_or_build(mini_library, tmp_path / "cache", prebuilt_dir=pre) as idx:
        assert idx.location == str(pre) and _searchable(idx)
    assert {p.name: p.stat().st_mtime_ns for p in pre.iterdir()} == files
    assert not (tmp_path / "cache").exists()  # nothing written to the cache


def test_stale_prebuilt_index_falls_back_to_the_cache(tmp_path, mini_copy):
    from content import load_library

    old = load_library(mini_copy)
    pre = build_index(old, tmp_path / "prebuilt")
    (mini_copy / "sections" / "records.md").write_text(
        (mini_copy / "sections" / "records.md").read_text() + "\nNew words.\n")
    new = load_library(mini_copy)
    with open_or_build(new, tmp_path / "cache", prebuilt_dir=pre) as idx:
        assert Path(idx.location).parent == tmp_path / "cache" / "search-index"


def test_missing_or_damaged_prebuilt_falls_back(tmp_path, mini_library):
    pre = build_index(mini_library, tmp_path / "prebuilt")
    _damage_seg_garbage(pre)
    for candidate in (pre, tmp_path / "nowhere"):
        with open_or_build(mini_library, tmp_path / "cache", prebuilt_dir=candidate) as idx:
            assert idx.location != str(candidate) and _searchable(idx)


# -- two processes at once ----------------------------------------------------------------

_WORKER = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from content import load_library
from index.store import open_or_build
lib = load_library(sys.argv[2])
go = Path(sys.argv[4])
while not go.exists():
    time.sleep(0.005)
idx = open_or_build(lib, sys.argv[3], lock_timeout=float(sys.argv[5]))
res = idx.search("warrant")
print(json.dumps({"location": idx.location, "ids": [h.section_id for h in res.hits]}))
idx.close()
"""


def _run_pair(cache: Path, tmp_path: Path, n: int = 2, lock_timeout: float = 60.0
              ) -> list[dict]:
    go = tmp_path / f"go-{time.monotonic_ns()}"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, str(ROOT), str(MINI_CONTENT),
                               str(cache), str(go), str(lock_timeout)],
                              stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(n)]
    time.sleep(0.3)  # let both reach the start line
    go.touch()
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        assert p.returncode == 0, stderr
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


@pytest.mark.slow
def test_two_processes_build_the_same_cache_at_once(tmp_path, mini_library):
    cache = tmp_path / "cache"
    for round_ in range(3):
        if round_ == 2:  # last round: a stale index is there already
            _damage_older_schema(index_folder(cache))
        results = _run_pair(cache, tmp_path)
        for r in results:
            assert "police-sharing" in r["ids"], r
            assert r["location"] != ":memory:"
        # the index left behind is intact and current: the next start just opens it
        live = index_folder(cache)
        assert check(live, mini_library.content_hash) is None
        assert _fresh(cache, mini_library) == (str(live), False)
    # no half-built folders are left
    leftovers = [p.name for p in (cache / "search-index").iterdir()
                 if p.name.startswith(".tmp-")]
    assert leftovers == []


@pytest.mark.slow
def test_simultaneous_builds_without_the_lock_are_safe(tmp_path, mini_library):
    """Worst case: the lock is held elsewhere, so three processes all build and swap at once."""
    cache = tmp_path / "cache"
    root = cache / "search-index"
    root.mkdir(parents=True)
    with store_mod._build_lock(root, 0) as held:
        assert held
        results = _run_pair(cache, tmp_path, n=3, lock_timeout=0.0)
    assert all("police-sharing" in r["ids"] and r["location"] != ":memory:" for r in results)
    live = index_folder(cache)
    assert check(live, mini_library.content_hash) is None
    assert _fresh(cache, mini_library) == (str(live), False)


def test_lock_timeout_still_builds_safely(tmp_path, mini_library, caplog):
    """If the build lock can't be had (a hung process), build anyway, into a private folder."""
    root = tmp_path / "search-index"
    root.mkdir()
    with store_mod._build_lock(root, 0) as held:
        assert held
        with caplog.at_level(logging.INFO, logger="index"):
            idx = store_mod.open_or_build(mini_library, tmp_path, lock_timeout=0.2)
        with idx:
            assert _searchable(idx) and idx.location != ":memory:"
    assert any("holds the build lock" in r.getMessage() for r in caplog.records)
    assert check(index_folder(tmp_path), mini_library.content_hash) is None
