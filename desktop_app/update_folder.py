"""IT's update folder: the shared folder named in ``update-folder.txt`` and the newest
content pack in it (:mod:`desktop_app.content_update` checks it after the first paint, in a
worker thread). Nothing here waits for ever: a pipe, a device or a folder is never opened,
and a damaged, encrypted or oversized pack is skipped. No Qt.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from content.pack import version_tuple
from desktop_app.paths import Paths

log = logging.getLogger(__name__)

MAX_UPDATE_FOLDER_FILE = 64 * 1024


def _regular_file(path: Path) -> os.stat_result | None:
    """``path``'s status if it is a regular file (or a link to one), else None: a pipe, a
    device or a folder is never opened (reading a pipe waits for a writer for ever)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def configured_update_folder(paths: Paths) -> Path | None:
    """The shared folder IT named in ``update-folder.txt`` (beside the program first)."""
    for file in paths.update_folder_files():
        st = _regular_file(file)
        if st is None or st.st_size > MAX_UPDATE_FOLDER_FILE:
            continue
        try:
            line = file.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        if line and "\x00" not in line:
            return Path(line.splitlines()[0].strip())
    return None


def newest_pack_in(folder: Path) -> Path | None:
    """The pack with the highest version in its file name's manifest (None if none).

    Anything that is not a readable pack is skipped: a pipe or a folder named ``.igpack``
    (never opened), a damaged or encrypted zip, a manifest too big to be one (a zip bomb's
    manifest is read no further than :data:`content.pack.MAX_MANIFEST_BYTES`).
    """
    import zipfile

    from content.pack import MANIFEST, MAX_MANIFEST_BYTES, PackManifest

    best: tuple[tuple[int, ...], Path] | None = None
    try:
        candidates = sorted(folder.glob("*.igpack"))
    except (OSError, ValueError):
        return None
    for p in candidates:
        if _regular_file(p) is None:
            continue
        try:
            with zipfile.ZipFile(p) as z, z.open(MANIFEST) as fh:
                raw = fh.read(MAX_MANIFEST_BYTES + 1)
            if len(raw) > MAX_MANIFEST_BYTES:
                continue
            v = version_tuple(PackManifest.from_bytes(raw).content_version)
        except Exception:  # noqa: BLE001 - zipfile raises many kinds; any bad file is skipped
            log.info("update folder: %s skipped", p.name)
            continue
        if best is None or v > best[0]:
            best = (v, p)
    return best[1] if best else None
