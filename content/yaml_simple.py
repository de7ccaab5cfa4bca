"""The plain subset of YAML the section files' front matter and the manifest use, read by
hand (issue 15: PyYAML, and its parse, are not needed before the app's first paint).

"key: value" lines, one mapping inside another, and as values single-line plain or
double-quoted text, whole numbers, dates, one-line "[a, b]" lists and ">-" folded
paragraphs. Anything else, anything unusual in these (a comment after a value, a tab, an
escape other than ``\\"`` and ``\\\\``, a blank line, a key given twice, a value that would
not be text), and anything PyYAML would refuse, is left to PyYAML: :func:`simple_load` then
returns None and :func:`content.yamlio.load_with_lines` reads the file, and reports its
problems, exactly as before. For what it accepts it returns what PyYAML's safe loader and
``content.yamlio._walk`` return (tests/content/test_yaml_simple.py compares the two on every
YAML file and front matter in the repository, on thousands of damaged copies and on
thousands of generated documents). Why it is worth it: docs/architecture.md.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

Path_ = tuple[Any, ...]
Lines = dict[Path_, int]

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$")
#: Plain words YAML 1.1 (PyYAML) reads as true/false or null, not as text.
_SPECIAL_WORDS = frozenset({
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL"})
_INT = re.compile(r"0|[1-9][0-9]{0,8}")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: What a plain scalar inside "[...]" may not hold (or YAML reads it otherwise).
_NOT_IN_FLOW = re.compile("[,\\[\\]{}:#\"']")
#: What PyYAML refuses in any text (content.textcheck refuses the rest, and lets these
#: through), and what it counts as a line break besides "\n".
_NOT_YAML_TEXT = re.compile("[\ud800-\udfff\ufffe\uffff\x85\u2028\u2029]")


def _plain(text: str, flow: bool) -> Any:
    """The value of a plain scalar that is surely text, a whole number or a date; ``...``
    (Ellipsis) when unsure."""
    first = text[:1]
    if first.isdigit():
        if _INT.fullmatch(text):
            return int(text)
        m = _DATE.fullmatch(text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return ...
        if _SHA256.fullmatch(text) and not text.isdigit() and not text.startswith("0b"):
            return text  # a translation's source_sha256 (a number only if it had no letter)
        return ...
    if not first.isalpha() or text in _SPECIAL_WORDS or text.endswith(":") \
            or ": " in text or " #" in text or (flow and _NOT_IN_FLOW.search(text)):
        return ...
    return text


def _double_quoted(text: str) -> Any:
    """A one-line double-quoted scalar (escapes: only ``\\"`` and ``\\\\``)."""
    end = text.find('"', 1)
    if end != -1 and "\\" not in text[1:end]:
        return ... if text[end + 1:].strip(" ") else text[1:end]
    out: list[str] = []
    i, n = 1, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            return ... if text[i + 1:].strip(" ") else "".join(out)
        if c == "\\":
            if i + 1 >= n or text[i + 1] not in '"\\':
                return ...
            c = text[i + 1]
            i += 1
        out.append(c)
        i += 1
    return ...


def _value(text: str) -> Any:
    """The value written on a key's own line (not ``>-``); ``...`` when unsure."""
    if text.startswith('"'):
        return _double_quoted(text)
    if text.startswith("["):
        if not text.endswith("]"):
            return ...
        inner = text[1:-1]
        if not inner.strip(" "):
            return [] if inner == "" else ...
        items = [_plain(item.strip(" "), True) for item in inner.split(",")]
        return ... if any(item is ... or item == "" for item in items) else items
    return _plain(text.rstrip(" "), False)


def simple_load(text: str, offset: int) -> tuple[Any, Lines] | None:
    """``text`` read as the plain subset above, or None to leave it to PyYAML."""
    if "\t" in text or "\r" in text or not text.strip() or _NOT_YAML_TEXT.search(text):
        return None
    rows = text.split("\n")
    if rows[-1] == "":
        rows.pop()
    lines: Lines = {}
    root: dict[str, Any] = {}
    # the open mappings: (indent, the mapping, its key path); the root is at indent 0
    stack: list[tuple[int, dict[str, Any], Path_]] = [(0, root, ())]
    i, n = 0, len(rows)
    pending: tuple[dict[str, Any], str, Path_, int] | None = None  # "key:" awaiting its mapping
    while i < n:
        row = rows[i]
        stripped = row.lstrip(" ")
        indent = len(row) - len(stripped)
        if not stripped:
            return None  # a blank line: PyYAML decides what it means
        if stripped.startswith("#"):
            if indent:
                return None
            i += 1
            continue
        if pending is not None:
            parent, key, path, _line = pending
            if indent <= stack[-1][0]:
                return None  # "key:" with nothing under it is null: PyYAML's business
            child: dict[str, Any] = {}
            parent[key] = child
            stack.append((indent, child, path))
            pending = None
        while indent < stack[-1][0]:
            stack.pop()
        if indent != stack[-1][0]:
            return None
        m = _KEY.match(stripped)
        if m is None:
            return None
        key, value = m[1], m[2]
        mapping, path = stack[-1][1], stack[-1][2]
        if key in _SPECIAL_WORDS or key in mapping:
            return None
        line = i + 1 + offset
        lines.setdefault(path, line)
        lines[path + (key,)] = line
        i += 1
        if value is None:
            mapping[key] = None
            pending = (mapping, key, path + (key,), line)
            continue
        if value == ">-":
            block: list[str] = []
            block_indent = -1
            while i < n:
                row = rows[i]
                body = row.lstrip(" ")
                if not body:
                    return None
                row_indent = len(row) - len(body)
                if row_indent <= indent:
                    break
                if block_indent == -1:
                    block_indent = row_indent
                if row_indent != block_indent or body.endswith(" "):
                    return None
                block.append(body)
                i += 1
            if not block:
                return None
            mapping[key] = " ".join(block)
            continue
        parsed = _value(value)
        if parsed is ...:
            return None
        mapping[key] = parsed
        if isinstance(parsed, list):
            for k in range(len(parsed)):
                lines[path + (key, k)] = line
    if pending is not None or not root:
        return None
    return root, lines
