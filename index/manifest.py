"""The manifest kept beside an index: what it was built from, and a checksum of its files.

An index folder is trusted only if its manifest names the same content hash, schema version
and Whoosh version as the running app, and every file it lists is present with the same
size and CRC-32. Anything else (missing, truncated, garbage, older) means "rebuild".
No Whoosh import here.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from index.schema import SCHEMA_VERSION

MANIFEST_NAME = "ipv-index-manifest.json"
FORMAT = "ipv-guide-search-index"


def whoosh_version() -> str:
    import whoosh  # the package __init__ only: cheap

    return str(whoosh.versionstring())


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def file_table(folder: Path) -> dict[str, list[int]]:
    """``{file name: [size, crc32]}`` for the index files in ``folder``."""
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.name != MANIFEST_NAME and not p.name.endswith(".lock"):
            out[p.name] = [p.stat().st_size, _crc(p)]
    return out


def expected(content_hash: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "content_hash": content_hash,
        "schema_version": SCHEMA_VERSION,
        "whoosh_version": whoosh_version(),
    }


def write_manifest(folder: Path, content_hash: str, doc_count: int) -> dict[str, Any]:
    """Write the manifest for the index just built in ``folder`` (atomically)."""
    data = expected(content_hash) | {"doc_count": doc_count, "files": file_table(folder)}
    tmp = folder / (MANIFEST_NAME + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST_NAME)
    return data


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def check(folder: Path, content_hash: str, *, verify_files: bool = True) -> str | None:
    """Why the index in ``folder`` can't be used for ``content_hash``; None if it can."""
    data = read_manifest(folder)
    if data is None:
        return "no readable manifest"
    for key, value in expected(content_hash).items():
        if data.get(key) != value:
            return f"{key} differs"
    files = data.get("files")
    if not isinstance(files, dict) or not files:
        return "manifest lists no files"
    if verify_files:
        for name, meta in files.items():
            p = folder / str(name)
            try:
                size = p.stat().st_size
            except OSError:
                return f"{name} is missing"
            if not isinstance(meta, list) or len(meta) != 2 or size != meta[0]:
                return f"{name} has the wrong size"
            try:
                if _crc(p) != meta[1]:
                    return f"{name} is damaged"
            except OSError:
                return f"{name} is unreadable"
    return None
