"""Index lifecycle: the prebuilt index that travels with the content, or one built in RAM.

Nothing is ever written to disk by opening or building an index: no cache folder, no lock,
no swap. A prebuilt index is used only if it matches the content; a missing, stale, damaged
or read-only one never stops search (it is built in memory instead)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index import IndexBuildCancelled, build_index, open_or_build
from index.manifest import MANIFEST_NAME, check
from tests.tools.index_support import MINI_CONTENT, ROOT, section_ids, segment_file


def _searchable(idx) -> bool:
    return "police-sharing" in section_ids(idx.search("warrant"))


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(folder)): (p.stat().st_mode, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_without_a_prebuilt_index_it_is_built_in_memory(mini_library):
    with open_or_build(mini_library) as idx:
        assert idx.location == ":memory:" and not idx.readonly and _searchable(idx)


def test_building_writes_nothing_anywhere(tmp_path, mini_library, monkeypatch):
    """No file is opened for writing while the index is built and searched."""
    import builtins
    import io

    monkeypatch.chdir(tmp_path)
    writes = []
    real_open, real_os_open = builtins.open, os.open

    def spy(file, mode="r", *a, **k):  # noqa: ANN001, ANN202
        if any(c in str(mode) for c in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *a, **k)

    def os_spy(path, flags, *a, **k):  # noqa: ANN001, ANN202
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *a, **k)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr(os, "open", os_spy)
    with open_or_build(mini_library) as idx:
        assert _searchable(idx)
    assert writes == []
    assert list(tmp_path.iterdir()) == []


def test_the_spy_above_would_see_a_write(tmp_path, mini_library, monkeypatch):
    """The same spy catches the old behaviour: building an index into a folder."""
    import builtins

    writes = []
    real_open = builtins.open

    def spy(file, mode="r", *a, **k):  # noqa: ANN001, ANN202
        if any(c in str(mode) for c in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *a, **k)

    monkeypatch.setattr(builtins, "open", spy)
    build_index(mini_library, tmp_path / "out")
    assert writes


def test_progress_is_reported(mini_library):
    seen = []
    with open_or_build(mini_library, progress=lambda d, t: seen.append((d, t))):
        pass
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:], strict=False))


def test_cancel_raises(mini_library):
    with pytest.raises(IndexBuildCancelled):
        open_or_build(mini_library, is_cancelled=lambda: True)


# -- the prebuilt index ---------------------------------------------------------------------


def test_prebuilt_index_is_used_read_only(tmp_path, mini_library):
    pre = build_index(mini_library, tmp_path / "prebuilt")
    assert check(pre, mini_library.content_hash) is None
    before = _snapshot(pre)
    with open_or_build(mini_library, prebuilt_dir=pre) as idx:
        assert idx.location == str(pre) and idx.readonly and _searchable(idx)
        for q in ("consent", "police OR doctor", '"serious bodily harm"', "consnet"):
            idx.search(q)
    assert _snapshot(pre) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prebuilt"]


def test_stale_prebuilt_index_is_not_used(tmp_path, mini_copy):
    """Another content (an agency's pack, ``--content DIR``): the index is built in RAM."""
    from content import load_library

    old = load_library(mini_copy)
    pre = build_index(old, tmp_path / "prebuilt")
    (mini_copy / "sections" / "records.md").write_text(
        (mini_copy / "sections" / "records.md").read_text() + "\nNew wordsxyz.\n")
    new = load_library(mini_copy)
    with open_or_build(new, prebuilt_dir=pre) as idx:
        assert idx.location == ":memory:"
        assert "records" in section_ids(idx.search("wordsxyz"))


# -- a damaged prebuilt index: never used, never fatal; search works from RAM -------------


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


def _damage_truncated_then_manifest_rewritten(folder: Path) -> None:
    """Truncated files that the manifest agrees with: only opening the index can tell."""
    from index.manifest import write_manifest

    for toc in folder.glob("*.toc"):
        toc.write_bytes(toc.read_bytes()[:20])
    m = json.loads((folder / MANIFEST_NAME).read_text())
    write_manifest(folder, m["content_hash"], m["doc_count"])


DAMAGE = [_damage_seg_truncate, _damage_seg_garbage, _damage_toc_garbage, _damage_delete_folder,
          _damage_delete_seg, _damage_manifest_missing, _damage_manifest_garbage,
          _damage_older_schema, _damage_other_whoosh, _damage_truncated_then_manifest_rewritten]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__.removeprefix("_damage_"))
def test_damaged_prebuilt_index_is_not_used(tmp_path, mini_library, damage, caplog):
    pre = build_index(mini_library, tmp_path / "prebuilt")
    damage(pre)
    before = _snapshot(pre) if pre.exists() else None
    with caplog.at_level(logging.INFO, logger="index"), \
            open_or_build(mini_library, prebuilt_dir=pre) as idx:
        assert idx.location == ":memory:" and _searchable(idx)
    assert "prebuilt index not usable" in caplog.text
    if before is not None:
        assert _snapshot(pre) == before  # a damaged index is left alone, never "repaired"


def test_a_file_or_nothing_where_the_prebuilt_index_should_be(tmp_path, mini_library):
    junk = tmp_path / "junk"
    junk.write_bytes(b"\x00" * 100)
    for candidate in (junk, tmp_path / "nowhere", tmp_path):
        with open_or_build(mini_library, prebuilt_dir=candidate) as idx:
            assert idx.location == ":memory:" and _searchable(idx)


def _unprivileged() -> list[str]:
    """A command prefix that drops root's override of file permissions, or skip."""
    if os.name != "posix" or os.geteuid() != 0:
        return []
    import shutil

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions can't be tested")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_prebuilt_index_opens(tmp_path, mini_library):
    """The bundle may sit on a read-only share: the prebuilt index opens from it as is."""
    pre = build_index(mini_library, tmp_path / "prebuilt")
    for p in [*pre.iterdir(), pre]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    code = (
        "import sys\n"
        "from content import load_library\n"
        "from index import open_or_build\n"
        "idx = open_or_build(load_library(sys.argv[1]), prebuilt_dir=sys.argv[2])\n"
        "print(idx.location == sys.argv[2], idx.search('warrant').total > 0)\n"
    )
    try:
        out = subprocess.run([*_unprivileged(), sys.executable, "-c", code, str(MINI_CONTENT),
                              str(pre)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    finally:
        for p in [pre, *pre.iterdir()]:
            p.chmod(0o755 if p.is_dir() else 0o644)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]


@pytest.mark.slow
def test_processes_share_one_prebuilt_index(tmp_path, mini_library):
    """Several app instances open the same prebuilt index at once: nothing to race for."""
    pre = build_index(mini_library, tmp_path / "prebuilt")
    before = _snapshot(pre)
    code = (
        "import sys\n"
        "from content import load_library\n"
        "from index import open_or_build\n"
        "idx = open_or_build(load_library(sys.argv[1]), prebuilt_dir=sys.argv[2])\n"
        "print(idx.location == sys.argv[2], idx.search('warrant').total > 0)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(MINI_CONTENT), str(pre)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=ROOT) for _ in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert out.split() == ["True", "True"]
    assert _snapshot(pre) == before
