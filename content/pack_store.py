"""Installed content packs: atomic install, the previous version kept, restore.

The store is one folder (the app puts it in its data folder, or beside the program in portable
mode). Each kind of pack has its own slot::

    <store>/content/state.json          {"current": "2026.12.2-1a2b3c4d", "previous": "..."}
    <store>/content/2026.12.2-1a2b3c4d/ the verified content folder
    <store>/agency/...                  the same for an agency's overlay pack

Installing writes the new version into a temporary folder, checks that it loads, renames it
into place and only then replaces ``state.json`` (write, flush, fsync, ``os.replace``). A
crash at any moment therefore leaves the previous ``state.json`` pointing at a complete
folder. The bundled content is never modified.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from content.messages import msg
from content.pack import PackError, VerifiedPack, read_small_file, version_tuple

STATE = "state.json"
TMP_PREFIX = ".tmp-"

#: Called with the name of each step just before it runs (tests inject crashes here).
Step = Callable[[str], None]
#: Checks an unpacked folder; returns problems as text (empty: it loads).
Check = Callable[[Path], list[str]]


@dataclass(frozen=True)
class SlotState:
    current: str | None = None
    previous: str | None = None


def _slot(store: Path, kind: str) -> Path:
    return store / kind


def read_state(store: Path, kind: str = "content") -> SlotState:
    path = _slot(store, kind) / STATE
    try:
        data = json.loads(read_small_file(path))  # never a pipe: it would block start-up
    except (OSError, ValueError):
        return SlotState()
    if not isinstance(data, dict):
        return SlotState()
    cur, prev = data.get("current"), data.get("previous")
    return SlotState(cur if isinstance(cur, str) else None,
                     prev if isinstance(prev, str) else None)


def _usable(slot: Path, name: str | None) -> Path | None:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    folder = slot / name
    return folder if folder.is_dir() else None


def active_folder(store: Path, kind: str = "content") -> Path | None:
    """The installed, current folder of ``kind``; None when nothing usable is installed."""
    return _usable(_slot(store, kind), read_state(store, kind).current)


def installed_version(store: Path, kind: str = "content") -> str | None:
    folder = active_folder(store, kind)
    return folder.name.rsplit("-", 1)[0] if folder else None


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_state(slot: Path, state: SlotState) -> None:
    tmp = slot / f"{STATE}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"current": state.current, "previous": state.previous}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, slot / STATE)
    _fsync_dir(slot)


def _no_step(_name: str) -> None:
    return None


def install(pack: VerifiedPack, store: Path, *, baseline_version: str | None = None,
            check: Check | None = None, step: Step = _no_step) -> Path:
    """Install a verified pack; return its folder. PackError (one line) if refused.

    ``baseline_version`` is the version the app would otherwise show (the bundled content's):
    a pack not newer than it, or than the installed one, is refused as a downgrade.
    """
    m = pack.manifest
    slot = _slot(store, m.kind)
    step("prepare")
    slot.mkdir(parents=True, exist_ok=True)
    for stale in slot.glob(TMP_PREFIX + "*"):  # left by an earlier crash
        shutil.rmtree(stale, ignore_errors=True)
    state = read_state(store, m.kind)
    new = version_tuple(m.content_version)
    for label, have in (("installed", installed_version(store, m.kind)),
                        ("built-in", baseline_version if m.kind == "content" else None)):
        if have and new <= version_tuple(have):
            raise PackError(msg("pack-not-newer-" + label, version=m.content_version,
                                have=have))
    name = f"{m.content_version}-{m.key_id[:8]}"
    tmp = slot / f"{TMP_PREFIX}{uuid.uuid4().hex}"
    step("write")
    for rel, data in sorted(pack.files.items()):
        target = tmp.joinpath(*rel.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    step("check")
    if check is not None:
        problems = check(tmp)
        if problems:
            shutil.rmtree(tmp, ignore_errors=True)
            raise PackError(msg("pack-content-problems", n=len(problems), first=problems[0]))
    step("rename")
    final = slot / name
    if final.exists():
        shutil.rmtree(final)
    os.replace(tmp, final)
    _fsync_dir(slot)
    step("switch")
    _write_state(slot, SlotState(name, state.current if state.current != name else None))
    step("tidy")
    keep = {name, state.current}
    for folder in slot.iterdir():
        if folder.is_dir() and folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)
    return final


def restore_previous(store: Path, kind: str = "content") -> Path:
    """Make the previous version current again (and the current one previous)."""
    slot = _slot(store, kind)
    state = read_state(store, kind)
    previous = _usable(slot, state.previous)
    if previous is None:
        raise PackError(msg("pack-no-previous"))
    _write_state(slot, SlotState(state.previous, state.current))
    return previous
