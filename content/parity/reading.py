"""Reading both languages' files for comparison, and writing a value into a message.

The loader has read (and reported on) every file already; here a file that cannot be read
is simply skipped (``None``, no ids): its problem is the loader's to report.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from content.files import read_bounded
from content.messages import Value, msg
from content.yamlio import YamlSyntaxError, line_of, load_with_lines


def sha256_file(path: Path | str) -> str:
    """The SHA-256 hex digest of a file's bytes ("" if it cannot be read)."""
    try:
        return hashlib.sha256(read_bounded(Path(path))).hexdigest()
    except OSError:
        return ""


def show(value: Any) -> Value:
    """A machine value as a problem message writes it ("[a, b]", "[] (none)", "(none)")."""
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]" if value else msg("value-empty-list")
    return msg("value-none") if value in (None, "") else str(value)


def read_yaml(path: Path) -> tuple[Any, dict[tuple[Any, ...], int]] | None:
    """A YAML file's data and the line of each key path (None if it cannot be read)."""
    try:
        text = read_bounded(path).decode("utf-8-sig")
        return load_with_lines(text)
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return None  # the loader reports why


def item_lines(path: Path, key: str = "id") -> tuple[list[Any], dict[Any, int]]:
    """The ids of a list-of-mappings YAML file, in order, and the line of each."""
    loaded = read_yaml(path)
    if loaded is None or not isinstance(loaded[0], list):
        return [], {}
    data, lines = loaded
    ids: list[Any] = []
    where: dict[Any, int] = {}
    for i, item in enumerate(data):
        if isinstance(item, dict) and key in item:
            ids.append(item[key])
            where.setdefault(item[key], line_of(lines, i, key) or line_of(lines, i))
    return ids, where
