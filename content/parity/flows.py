"""Decision flows: the French flow with its prose removed, compared key by key with the
English one -- the same questions, choices, values, routes, outcomes, verdicts and sections
(``status`` and ``check_note`` may differ: a French legal test restated in our own words is
``check-official-text``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from content.errors import Problem, display_path
from content.messages import Msg, Value, msg
from content.parity.reading import read_yaml, show
from content.yamlio import line_of

if TYPE_CHECKING:
    from content.parity.report import ParityReport

#: Decision-flow keys whose values people read: translated, so not compared (only that the
#: key is there in both). ``route`` is prose on an outcome (a sentence on the record) and
#: machine on a question (a list of rules): only a text value counts as prose.
FLOW_PROSE = frozenset((
    "title", "intro", "disclaimer", "text", "why", "help", "label", "plain", "conditions",
    "record", "record_always", "items", "safety", "consequence", "provisions_reason",
    "continue_label", "name", "description", "note", "summary", "heading", "route",
))
#: Keys that may differ between the languages altogether.
FLOW_FREE = frozenset(("status", "check_note"))


def _skeleton(value: Any, key: str = "") -> Any:
    """``value`` with its prose replaced by a marker and the free keys removed."""
    if key in FLOW_PROSE and (isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value))):
        return "<prose>"
    if isinstance(value, dict):
        return {k: _skeleton(v, str(k)) for k, v in value.items() if k not in FLOW_FREE}
    if isinstance(value, list):
        return [_skeleton(v, key) for v in value]
    return value


def _diff(a: Any, b: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Msg]]:
    """``(path in the French file, what differs)`` for each difference between skeletons."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                yield path, msg("fr-flow-key-only-english", key=str(k))
            else:
                yield from _diff(a[k], b[k], (*path, k))
        for k in b:
            if k not in a:
                yield (*path, k), msg("fr-flow-key-only-french", key=str(k))
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield path, msg("fr-flow-count-differs", fr=len(b), en=len(a))
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            yield from _diff(x, y, (*path, i))
        return
    if a != b:
        where: Value = ".".join(str(p) for p in path) or msg("part-whole-file")
        yield path, msg("fr-flow-value-differs", where=where, fr=show(b), en=show(a))


def _by_id(items: Any) -> dict[str, tuple[int, Any]]:
    out: dict[str, tuple[int, Any]] = {}
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                out.setdefault(item["id"], (i, item))
    return out


def flow_mismatches(en_root: Path | str, fr_root: Path | str, flow_id: str) -> list[Problem]:
    """How the French flow ``flow_id`` differs from the English one, prose aside.

    Empty if they have the same structure. A French flow that is missing or unreadable is
    one problem (the loader says why it could not be read).
    """
    en_path = Path(en_root) / "decisions" / f"{flow_id}.yaml"
    fr_path = Path(fr_root) / "decisions" / f"{flow_id}.yaml"
    shown = display_path(fr_path)
    en, fr = read_yaml(en_path), read_yaml(fr_path)
    if en is None:
        return []
    if fr is None:
        kind = ("fr-flow-missing" if not os.path.lexists(fr_path)
                else "fr-flow-unreadable")
        return [Problem.of(shown, 0, msg(kind, file=display_path(en_path)))]
    (en_data, _), (fr_data, lines) = en, fr
    if not isinstance(en_data, dict) or not isinstance(fr_data, dict):
        return [Problem.of(shown, 1, msg("fr-flow-not-flow"))]
    out: list[Problem] = []
    for group, part in (("questions", "part-question"), ("outcomes", "part-outcome"),
                        ("notes", "part-note"), ("checklists", "part-checklist")):
        en_items, fr_items = _by_id(en_data.get(group)), _by_id(fr_data.get(group))
        for item_id in en_items:
            if item_id not in fr_items:
                out.append(Problem.of(shown, line_of(lines, group), msg(
                    "fr-flow-item-only-english", what=msg(part), id=item_id)))
        for item_id, (i, _) in fr_items.items():
            if item_id not in en_items:
                out.append(Problem.of(shown, line_of(lines, group, i), msg(
                    "fr-flow-item-only-french", what=msg(part), id=item_id)))
        for item_id, (i, fr_item) in fr_items.items():
            if item_id not in en_items:
                continue
            j, en_item = en_items[item_id]
            if i != j:
                out.append(Problem.of(shown, line_of(lines, group, i), msg(
                    "fr-flow-item-moved", what=msg(part), id=item_id, fr=i + 1, en=j + 1)))
            for path, message in _diff(_skeleton(en_item), _skeleton(fr_item), (group, i)):
                out.append(Problem.of(shown, line_of(lines, *path), msg(
                    "fr-flow-item-differs", what=msg(part), id=item_id, detail=message)))
    rest_en = {k: v for k, v in en_data.items()
               if k not in ("questions", "outcomes", "notes", "checklists")}
    rest_fr = {k: v for k, v in fr_data.items()
               if k not in ("questions", "outcomes", "notes", "checklists")}
    for path, message in _diff(_skeleton(rest_en), _skeleton(rest_fr), ()):
        out.append(Problem.of(shown, line_of(lines, *path) or 1, message))
    return out


def flow_problems(en_root: Path, fr_root: Path, report: ParityReport) -> None:
    en_dir, fr_dir = en_root / "decisions", fr_root / "decisions"
    en_ids = {p.stem for p in en_dir.glob("*.yaml")} if en_dir.is_dir() else set()
    fr_ids = {p.stem for p in fr_dir.glob("*.yaml")} if fr_dir.is_dir() else set()
    for flow_id in sorted(en_ids):
        report.problems += flow_mismatches(en_root, fr_root, flow_id)
    for flow_id in sorted(fr_ids - en_ids):
        report.problems.append(Problem.of(display_path(fr_dir / f"{flow_id}.yaml"), 0,
                                          msg("fr-flow-no-english", id=flow_id)))
