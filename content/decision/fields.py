"""Reading one field of a flow file: text, lists, provisions, status, conditions, with
problems reported as ``path:line: message``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from content.decision.model import _INLINE_PROVISION_RE, Report
from content.model import STATUSES, is_canonical_provision
from content.yamlio import line_of

# -- loading and validating --------------------------------------------------------------

class _Ctx:
    """Problem reporting for one flow file, with line lookup and a 'fatal' flag."""

    def __init__(self, path: Path, lines: dict, report: Report):
        self.path, self.lines, self._report = path, lines, report
        self.fatal = False
        self._seen: set[tuple[int, str]] = set()

    def line(self, *keys: Any) -> int:
        return line_of(self.lines, *keys)

    def err(self, keys: tuple, message: str, *, fatal: bool = True) -> None:
        line = self.line(*keys)
        if (line, message) in self._seen:
            return
        self._seen.add((line, message))
        self.fatal = self.fatal or fatal
        self._report(self.path, line, message)

    def warn(self, keys: tuple, message: str) -> None:
        self.err(keys, message, fatal=False)


def _keys(ctx: _Ctx, data: Any, at: tuple, allowed: set[str], required: set[str],
          what: str) -> dict:
    if not isinstance(data, dict):
        ctx.err(at, f"{what} must be a set of 'key: value' lines")
        return {}
    for k in data:
        if k not in allowed:
            ctx.err((*at, k), f"unknown key '{k}' in {what}; allowed: "
                    + ", ".join(sorted(allowed)))
    for k in sorted(required - set(data)):
        ctx.err(at, f"{what} is missing required key '{k}'")
    return data


def _text(ctx: _Ctx, data: dict, at: tuple, key: str, *, required: bool = False,
          one_line: bool = False, limit: int = 0) -> str:
    v = data.get(key)
    if v is None:
        v = ""
    if not isinstance(v, str):
        ctx.err((*at, key), f"'{key}' must be text, not {type(v).__name__}")
        return ""
    if one_line and "\n" in v.strip():
        ctx.err((*at, key), f"'{key}' must be one line")
    v = " ".join(v.split())
    if required and not v:
        ctx.err((*at, key), f"'{key}' must not be empty")
    if limit and len(v) > limit:
        ctx.err((*at, key), f"'{key}' is {len(v)} characters; keep it under {limit}",
                fatal=False)
    for m in _INLINE_PROVISION_RE.finditer(v):
        cite = m.group(0).rstrip(".,;:")
        while cite.endswith(")") and cite.count("(") < cite.count(")"):
            cite = cite[:-1]  # the ")" that closes "(PHIPA s. 40(1))"
        cite = cite.rstrip(".,;:")
        if not is_canonical_provision(cite):
            ctx.err((*at, key), f"provision '{cite}' in the text is not canonical; write it "
                    "like 'PHIPA s. 40(1)'", fatal=False)
    return v


def _str_list(ctx: _Ctx, data: dict, at: tuple, key: str) -> tuple[str, ...]:
    v = data.get(key) or []
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(i, str) for i in v):
        ctx.err((*at, key), f"'{key}' must be a list of text items")
        return ()
    return tuple(" ".join(i.split()) for i in v if i.strip())


def _bool(ctx: _Ctx, data: dict, at: tuple, key: str) -> bool:
    v = data.get(key, False)
    if not isinstance(v, bool):
        ctx.err((*at, key), f"'{key}' must be true or false")
        return False
    return v


def _provisions(ctx: _Ctx, data: dict, at: tuple, key: str) -> tuple[str, ...]:
    vals = _str_list(ctx, data, at, key)
    for p in vals:
        if not is_canonical_provision(p):
            ctx.err((*at, key), f"malformed provision '{p}'; write it like 'PHIPA s. 40(1)' "
                    "or 'FIPPA s. 42(1)(h)'")
    return vals


def _status(ctx: _Ctx, data: dict, at: tuple) -> tuple[str, str]:
    status = data.get("status", "confirmed") or "confirmed"
    if status not in STATUSES:
        ctx.err((*at, "status"), "'status' must be one of: " + ", ".join(STATUSES))
        status = "confirmed"
    note = _text(ctx, data, at, "check_note")
    if status == "check-official-text" and not note:
        ctx.err((*at, "check_note"), "status is check-official-text: add 'check_note' saying "
                "what to check in the official text")
    return status, note


def _conditions(ctx: _Ctx, data: dict, at: tuple, key: str) -> dict[str, tuple[str, ...]]:
    v = data.get(key) or {}
    if not isinstance(v, dict):
        ctx.err((*at, key), f"'{key}' must map facts to values, like {{risk: serious}}")
        return {}
    out = {}
    for k, vals in v.items():
        if isinstance(vals, str):
            vals = [vals]
        if not isinstance(vals, list) or not all(isinstance(x, str) for x in vals):
            ctx.err((*at, key, k), f"'{k}' must be a value or a list of values")
            continue
        out[str(k)] = tuple(vals)
    return out
