"""Which content folder the app and the CLI show (their locations: :mod:`desktop_app.paths`).

Order: ``--content DIR`` if given; else the newest installed content pack (a deliberate
update, kept in ``Paths.packs_dir``, see :mod:`desktop_app.paths`) when it is newer than the
content built into the app; else the built-in content. An installed agency pack is laid over
whichever of those two applies: the app reads a merged copy (``content-packs/merged/``),
rebuilt only when either side changes, and :func:`agency_sections` names the sections that
came from the agency. No Qt here: the CLI uses it too.

When no pack was ever installed (no ``Paths.packs_dir``: the usual start), nothing of the
pack code is imported: the app's first paint does not wait for it (issue 15).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from content import data_root
from desktop_app.paths import Paths

if TYPE_CHECKING:
    from content.pack import PublicKey


def trusted_keys(paths: Paths, extra: list[PublicKey] | None = None) -> list[PublicKey]:
    from content.pack import load_public_keys

    return load_public_keys(paths.key_folders()) + list(extra or [])


def bundled_version() -> str:
    import yaml

    data = yaml.safe_load((data_root() / "manifest.yaml").read_text(encoding="utf-8")) or {}
    return str(data.get("content_version", "0"))


AGENCY_LIST = ".agency-sections"  # = content.agency.AGENCY_LIST (not imported: start-up cost)


def _main_root(store: Path) -> Path | None:
    from content.pack import PackError, version_tuple
    from content.pack_store import active_folder, installed_version

    have = installed_version(store)
    if have is None:
        return None
    try:
        newer = version_tuple(have) > version_tuple(bundled_version())
    except PackError:
        return None
    return active_folder(store) if newer else None


def overlay(base: Path, layer: Path, into: Path) -> list[Path]:
    """Copy ``base`` to ``into``, then ``layer``'s files over it; the layer's relative paths."""
    shutil.copytree(base, into)
    laid: list[Path] = []
    for src in sorted(layer.rglob("*")):
        if src.is_file():
            rel = src.relative_to(layer)
            (into / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, into / rel)
            laid.append(rel)
    # A base file the layer replaces in English but does not translate: the base's French
    # translates the text replaced, so it goes (the layer's English shows, marked untranslated).
    for rel in laid:
        french = Path("fr", rel)
        if rel.parts[0] != "fr" and not (layer / french).exists() and (into / french).is_file():
            (into / french).unlink()
    return laid


def _merged(store: Path, main: Path, agency: Path) -> Path:
    """``main`` with ``agency`` laid over it, as one folder (made once per pair of versions)."""
    parent = store / "merged"
    name = f"{main.name if main != data_root() else 'built-in'}+{agency.name}"
    target = parent / name
    if (target / AGENCY_LIST).is_file():
        return target
    parent.mkdir(parents=True, exist_ok=True)
    import uuid

    tmp = parent / f".tmp-{uuid.uuid4().hex}"
    ids = [p.stem for p in overlay(main, agency, tmp) if p.parts[0] == "sections"]
    (tmp / AGENCY_LIST).write_text("\n".join(ids) + "\n", encoding="utf-8")
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    for old in parent.iterdir():
        if old != target:
            shutil.rmtree(old, ignore_errors=True)
    return target


def content_root(content_arg: str | None, paths: Paths) -> Path | None:
    """The folder to load, or None for the built-in content."""
    if content_arg:
        return Path(content_arg)
    store = paths.packs_dir
    try:
        installed = store.is_dir()
    except OSError:  # a --basedir name too long, a link loop: no pack can be there
        installed = False
    if not installed:  # no pack was ever installed: the built-in content
        return None
    from content.pack_store import active_folder

    main = _main_root(store)
    agency = active_folder(store, "agency")
    if agency is None:
        return main
    try:
        return _merged(store, main or data_root(), agency)
    except OSError:
        return main  # the guide itself still works without the agency's layer


def agency_sections(root: Path | str) -> frozenset[str]:
    """Ids of the sections an agency pack added or replaced in ``root`` (empty: none).

    ``root`` may be the French folder inside the merged copy (``.../fr``): an agency
    section has the same id in both languages (its French, if the pack has one, is in
    ``fr/``; if not, the English shows there untranslated), so the list one folder up
    applies."""
    from content.model import LANGUAGES

    folder = Path(root)
    if folder.name in LANGUAGES and not (folder / AGENCY_LIST).exists():
        folder = folder.parent
    try:
        text = (folder / AGENCY_LIST).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())
