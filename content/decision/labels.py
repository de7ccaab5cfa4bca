"""A flow's ``labels:`` list: the headings and labels around a decision summary (the
printouts, the result page, the CLI) in the flow's language, checked on load."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from content.decision.fields import _Ctx, _keys, _text
from content.decision.model import DEFAULT_LABELS, MAX_LABEL_CHARS, _frozen
from content.messages import msg
from content.yamlio import Path_

LABEL_KEYS = {"id", "text"}
_PLACEHOLDER_RE = re.compile(r"{([^{}]*)}")


def _parse_labels(ctx: _Ctx, d: dict[str, Any]) -> Mapping[str, str]:
    """The flow's ``labels:`` list (``- id: ...`` / ``text: ...``) -> {id: text}, over the
    English defaults. An unknown id, a repeated one, or a text whose ``{placeholders}``
    differ from the English default is reported with its line."""
    labels = dict(DEFAULT_LABELS)
    raw = d.get("labels")
    if raw is None:
        return _frozen(labels)
    if not isinstance(raw, list):
        ctx.err(("labels",), msg("bad-labels"))
        return _frozen(labels)
    seen: set[str] = set()
    for i, item in enumerate(raw):
        at: Path_ = ("labels", i)
        ld = _keys(ctx, item, at, LABEL_KEYS, {"id", "text"}, "label")
        if not ld:
            continue
        lid = _text(ctx, ld, at, "id", required=True)
        text = _text(ctx, ld, at, "text", required=True, one_line=True,
                     limit=MAX_LABEL_CHARS)
        if not lid or not text:
            continue
        if lid not in DEFAULT_LABELS:
            ctx.err((*at, "id"), msg("unknown-label", id=lid, allowed=", ".join(DEFAULT_LABELS)))
            continue
        if lid in seen:
            ctx.err((*at, "id"), msg("label-twice", id=lid))
            continue
        seen.add(lid)
        want = sorted(set(_PLACEHOLDER_RE.findall(DEFAULT_LABELS[lid])))
        got = sorted(set(_PLACEHOLDER_RE.findall(text)))
        if got != want:
            shown = ", ".join("{" + w + "}" for w in want) or msg("value-no-placeholders")
            ctx.err((*at, "text"), msg("label-placeholders", id=lid, placeholders=shown))
            continue
        labels[lid] = text
    return _frozen(labels)
