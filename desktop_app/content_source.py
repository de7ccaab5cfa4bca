"""Which content folder the app and the CLI show, and where installed packs and trusted keys live.

Order: ``--content DIR`` if given; else the newest installed content pack (a deliberate update,
kept in ``<settings folder>/content-packs``) when it is newer than the content built into the
app; else the built-in content. No Qt here: the CLI uses it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from content import data_root
from content.pack import PackError, PublicKey, load_public_keys, version_tuple
from content.pack_store import active_folder, installed_version
from desktop_app.paths import Paths

PACKS_DIR = "content-packs"
KEYS_DIR = "trusted-keys"
#: The project's own public key(s), shipped with the app.
SHIPPED_KEYS = Path(__file__).resolve().parent / "resources" / KEYS_DIR


def packs_dir(paths: Paths) -> Path:
    return paths.config_dir / PACKS_DIR


def key_folders(paths: Paths) -> list[Path]:
    """Where trusted public keys are read from: shipped, beside the program, the settings folder."""
    folders = [SHIPPED_KEYS]
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent / KEYS_DIR)
    folders.append(paths.config_dir / KEYS_DIR)
    return folders


def trusted_keys(paths: Paths, extra: list[PublicKey] | None = None) -> list[PublicKey]:
    return load_public_keys(key_folders(paths)) + list(extra or [])


def bundled_version() -> str:
    import yaml

    data = yaml.safe_load((data_root() / "manifest.yaml").read_text(encoding="utf-8")) or {}
    return str(data.get("content_version", "0"))


def content_root(content_arg: str | None, paths: Paths) -> Path | None:
    """The folder to load, or None for the built-in content."""
    if content_arg:
        return Path(content_arg)
    store = packs_dir(paths)
    have = installed_version(store)
    if have is None:
        return None
    try:
        newer = version_tuple(have) > version_tuple(bundled_version())
    except PackError:
        return None
    return active_folder(store) if newer else None
