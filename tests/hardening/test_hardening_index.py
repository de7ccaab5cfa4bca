"""Hardening: a bad search index never takes the app down, on the shipped content.

The index travels with its content: the bundle ships one built at packaging time, opened
read-only if it matches the content; otherwise the index is built in memory. There is no
cache folder, no lock and no swap, so the failure modes they had (damaged caches, hung or
killed lock holders, read-only profiles, instances racing to build) no longer exist. What
is left, and tested here, each ending with ``search("consent")`` finding the guidance:

* a damaged shipped index (tests/index/test_index_lifecycle.py covers the mini content in
  process): files cut to nothing, every file garbage, files removed, an index written with
  another schema under a manifest that claims the current one, a file where the folder should
  be -- each with its log line, search from RAM, and the damaged folder left untouched;
* another process holding an open Whoosh writer on the shipped index (its write lock and
  files of its own): the index still opens read-only and answers;
* the app (``search --json`` and ``--smoke-test``) started twice at the same instant on one
  basedir, with and without a prebuilt index: both work and nothing at all is written under
  the basedir.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from index import build_index, open_or_build
from index.manifest import MANIFEST_NAME, write_manifest
from tests.tools.index_support import ROOT

QUERY = "consent"
WAIT_S = 120.0  # upper bound for anything we wait on; never reached when things work


def _wait_for(cond: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def shipped_prebuilt(tmp_path_factory, library) -> Path:
    """The shipped content's index, built once as packaging/build.py does."""
    return build_index(library, tmp_path_factory.mktemp("shipped") / "prebuilt")


@pytest.fixture
def prebuilt_copy(tmp_path, shipped_prebuilt) -> Path:
    """A private copy of the shipped prebuilt index that a test may damage."""
    dest = tmp_path / "prebuilt"
    shutil.copytree(shipped_prebuilt, dest)
    return dest


# -- a damaged shipped index ----------------------------------------------------------------


def _zero_length_files(folder: Path) -> None:
    for p in folder.iterdir():
        p.write_bytes(b"")


def _every_file_garbage(folder: Path) -> None:
    for p in folder.iterdir():
        p.write_bytes(os.urandom(max(16, p.stat().st_size)))


def _files_removed_folder_kept(folder: Path) -> None:
    for p in folder.iterdir():
        p.unlink()


def _other_schema_same_manifest(folder: Path) -> None:
    """An index written with another Whoosh schema (an older app), whose manifest says
    everything matches: only opening it can tell."""
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.index import create_in

    m = json.loads((folder / MANIFEST_NAME).read_text())
    shutil.rmtree(folder)
    folder.mkdir()
    ix = create_in(str(folder), Schema(path=ID(stored=True), content=TEXT(stored=True)))
    with ix.writer() as w:
        w.add_document(path="/a", content="consent to share information with the police")
    ix.close()
    write_manifest(folder, m["content_hash"], m["doc_count"])


def _a_file_instead_of_the_folder(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.write_bytes(os.urandom(100))


# (damage, log text)
DAMAGE = [
    (_zero_length_files, "prebuilt index not usable"),
    (_every_file_garbage, "prebuilt index not usable"),
    (_files_removed_folder_kept, "prebuilt index not usable"),
    (_other_schema_same_manifest, "prebuilt index not usable (cannot be opened"),
    (_a_file_instead_of_the_folder, "prebuilt index not usable (missing"),
]


@pytest.mark.parametrize("damage,log_text", DAMAGE, ids=[d[0].__name__.strip("_") for d in DAMAGE])
def test_damaged_shipped_index_ends_in_a_working_search(prebuilt_copy, library, damage, log_text,
                                                         caplog):
    damage(prebuilt_copy)
    before = _snapshot(prebuilt_copy) if prebuilt_copy.is_dir() else prebuilt_copy.read_bytes()
    with caplog.at_level(logging.INFO, logger="index"), \
            open_or_build(library, prebuilt_dir=prebuilt_copy) as idx:
        assert idx.location == ":memory:"
        assert idx.search(QUERY).hits, f"no hits for {QUERY!r}"
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("index")]
    assert any(log_text in m for m in messages), messages
    after = _snapshot(prebuilt_copy) if prebuilt_copy.is_dir() else prebuilt_copy.read_bytes()
    assert after == before  # never "repaired" or rebuilt in place


def test_the_undamaged_shipped_index_is_opened(prebuilt_copy, library, caplog):
    with caplog.at_level(logging.INFO, logger="index"), \
            open_or_build(library, prebuilt_dir=prebuilt_copy) as idx:
        assert idx.location == str(prebuilt_copy) and idx.search(QUERY).hits
    assert "using the prebuilt index" in caplog.text


# -- another process writing into the shipped index -----------------------------------------

_WRITER = r"""
import sys
from pathlib import Path
from whoosh.index import open_dir

folder, ready = sys.argv[1], Path(sys.argv[2])
writer = open_dir(folder).writer()  # holds MAIN_WRITELOCK, creates files of its own
ready.write_text("held")
sys.stdin.read()  # until the test closes our stdin
writer.cancel()
"""


def test_an_open_whoosh_writer_elsewhere_does_not_stop_opening(prebuilt_copy, library, tmp_path):
    ready = tmp_path / "writer-ready"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(prebuilt_copy), str(ready)],
                            cwd=ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: ready.exists() or proc.poll() is not None, "the writer to start")
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        with open_or_build(library, prebuilt_dir=prebuilt_copy) as idx:
            assert idx.location == str(prebuilt_copy) and idx.search(QUERY).hits
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=WAIT_S)
        if proc.stderr:
            proc.stderr.close()


# -- two app instances at once on one basedir ----------------------------------------------

_LAUNCH = r"""
import runpy, sys, time
from pathlib import Path
ready, go, prebuilt = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
import desktop_app.cli, desktop_app.paths, content, index.store, whoosh.index
if prebuilt:  # as if the bundle shipped it
    desktop_app.paths.prebuilt_index_dir = lambda: Path(prebuilt)
ready.touch()
deadline = time.monotonic() + 120
while not go.exists():
    if time.monotonic() > deadline:
        sys.exit("never got the go")
    time.sleep(0.001)
sys.argv = ["desktop_app", *sys.argv[4:]]
runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
"""


def _run_together(tmp_path: Path, prebuilt: Path | None, *argv: str, n: int = 2
                  ) -> list[subprocess.CompletedProcess]:
    """Start ``n`` ``python -m desktop_app ARGV`` processes at the same instant."""
    stamp = time.monotonic_ns()
    go = tmp_path / f"go-{stamp}"
    readies = [tmp_path / f"ready-{stamp}-{i}" for i in range(n)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, "-c", _LAUNCH, str(r), str(go),
                               str(prebuilt or ""), *argv],
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


@pytest.mark.slow
@pytest.mark.parametrize("with_prebuilt", [True, False], ids=["prebuilt", "in-memory"])
def test_two_app_searches_at_once_on_one_basedir(tmp_path, basedir, shipped_prebuilt,
                                                 with_prebuilt):
    prebuilt = shipped_prebuilt if with_prebuilt else None
    before = _snapshot(shipped_prebuilt)
    runs = _run_together(tmp_path, prebuilt, "--basedir", str(basedir), "search", QUERY,
                         "--json")
    tops = []
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr, run.stderr
        results = json.loads(run.stdout)["results"]
        assert results
        tops.append([r["section_id"] for r in results])
    assert tops[0] == tops[1]
    assert list(basedir.rglob("*")) == []  # no index, no lock, nothing
    assert _snapshot(shipped_prebuilt) == before


@pytest.mark.slow
@pytest.mark.parametrize("with_prebuilt", [True, False], ids=["prebuilt", "in-memory"])
def test_two_smoke_tests_at_once_on_one_basedir(tmp_path, basedir, shipped_prebuilt,
                                                with_prebuilt):
    prebuilt = shipped_prebuilt if with_prebuilt else None
    runs = _run_together(tmp_path, prebuilt, "--basedir", str(basedir), "--smoke-test")
    want = "opened the prebuilt index" if with_prebuilt else "built in memory"
    for run in runs:
        assert run.returncode == 0, run.stdout + run.stderr
        lines = run.stdout.splitlines()
        assert lines[-1] == "smoke: all ok", run.stdout
        assert any(line.startswith("smoke: index ok") and want in line
                   for line in lines), run.stdout
    assert list(basedir.rglob("*")) == []
