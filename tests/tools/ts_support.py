"""Qt translation sources (.ts) for tests: what a file holds, and the lupdate that makes it."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def ts_translations(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the translation, or None while it is unfinished."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            unfinished = tr is None or tr.get("type") is not None
            out[(ctx.findtext("name") or "", m.findtext("source") or "")] = \
                None if unfinished else (tr.text or "")
    return out


def lupdate_tool() -> str:
    """The pyside6-lupdate beside this Python (or on PATH)."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(tool) if tool.is_file() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate is not installed"
    return found
