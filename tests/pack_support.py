"""Helpers for the content-pack tests: a copy of the shipped content with another version."""

from __future__ import annotations

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
    m = root / "manifest.yaml"
    text = m.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("content_version:"))
    m.write_text(text.replace(old, f'content_version: "{version}"'), encoding="utf-8")
    return root
