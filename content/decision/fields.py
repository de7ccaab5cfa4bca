"""The flow parser's view of the shared field validator (:mod:`content.fields`).

Each helper reads one key of one mapping in a flow file through :class:`content.fields.Fields`,
so flows follow the same rules as every other content file. Flow text is one folded
paragraph (whitespace collapsed) and is checked for non-canonical inline provisions.
"""

from __future__ import annotations

from typing import Any

from content.fields import Fields, Problems
from content.messages import msg
from content.yamlio import Path_

#: Problem reporting for one flow file (line lookup, de-duplication, fatal or warning).
_Ctx = Problems


def _f(ctx: _Ctx, data: Any, at: Path_) -> Fields:
    return Fields(data, ctx, at)


def _keys(ctx: _Ctx, data: Any, at: Path_, allowed: set[str], required: set[str],
          what: str) -> dict[str, Any]:
    """``what`` names the mapping: ``"route rule"`` stands for the message part
    ``part-route-rule`` (:mod:`content.messages`)."""
    part = msg("part-" + what.replace(" ", "-"))
    if not isinstance(data, dict):
        ctx.err(at, msg("part-not-mapping", what=part))
        return {}
    _f(ctx, data, at).check_keys(allowed, required, part)
    return data


def _text(ctx: _Ctx, data: dict[str, Any], at: Path_, key: str, *, required: bool = False,
          one_line: bool = False, limit: int = 0) -> str:
    return _f(ctx, data, at).text(key, required=required, one_line=one_line, limit=limit,
                                  collapse=True, cites=True)


def _str_list(ctx: _Ctx, data: dict[str, Any], at: Path_, key: str) -> tuple[str, ...]:
    return _f(ctx, data, at).str_list(key, collapse=True)


def _bool(ctx: _Ctx, data: dict[str, Any], at: Path_, key: str) -> bool:
    return _f(ctx, data, at).boolean(key)


def _provisions(ctx: _Ctx, data: dict[str, Any], at: Path_, key: str) -> tuple[str, ...]:
    return _f(ctx, data, at).provisions(key)


def _status(ctx: _Ctx, data: dict[str, Any], at: Path_) -> tuple[str, str]:
    return _f(ctx, data, at).status()


def _conditions(ctx: _Ctx, data: dict[str, Any], at: Path_, key: str) -> dict[str, tuple[str, ...]]:
    return _f(ctx, data, at).conditions(key)
