"""Helpers for the content-pack tests: a copy of the shipped content with another version."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from content import data_root


def content_copy(tmp: Path, version: str = "2099.1.1") -> Path:
    root = tmp / f"content-{version}"
    n = 1
    while root.exists():
        n += 1
        root = tmp / f"content-{version}-{n}"
    shutil.copytree(data_root(), root)
    for m in (root / "manifest.yaml", root / "fr" / "manifest.yaml"):
        if not m.exists():
            continue
        text = m.read_text(encoding="utf-8")
        old = next(line for line in text.splitlines() if line.startswith("content_version:"))
        m.write_text(text.replace(old, f'content_version: "{version}"'), encoding="utf-8")
    # a release of the bilingual guide bumps both manifests: the French records the English
    # manifest it now matches (content.parity reports a stale one)
    table = root / "fr" / "translated-from.yaml"
    if table.exists():
        digest = hashlib.sha256((root / "manifest.yaml").read_bytes()).hexdigest()
        table.write_text(re.sub(r"(?m)^manifest\.yaml:.*$", f"manifest.yaml: {digest}",
                                table.read_text(encoding="utf-8")), encoding="utf-8")
    return root
