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


def _diff(a: Any, b: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """``(path in the French file, what differs)`` for each difference between skeletons."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                yield path, f"'{k}' is in English but not in French"
            else:
                yield from _diff(a[k], b[k], (*path, k))
        for k in b:
            if k not in a:
                yield (*path, k), f"'{k}' is in French but not in English"
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield path, f"{len(b)} entries in French, {len(a)} in English"
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            yield from _diff(x, y, (*path, i))
        return
    if a != b:
        where = ".".join(str(p) for p in path) or "the file"
        yield path, f"{where} is {show(b)} in French but {show(a)} in English"


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
        what = "missing" if not os.path.lexists(fr_path) else "not readable"
        return [Problem(shown, 0, f"the French decision flow is {what}; the English flow "
                        f"({display_path(en_path)}) is used")]
    (en_data, _), (fr_data, lines) = en, fr
    if not isinstance(en_data, dict) or not isinstance(fr_data, dict):
        return [Problem(shown, 1, "the French decision flow is not a flow")]
    out: list[Problem] = []
    for group, kind in (("questions", "question"), ("outcomes", "outcome"),
                        ("notes", "note"), ("checklists", "checklist")):
        en_items, fr_items = _by_id(en_data.get(group)), _by_id(fr_data.get(group))
        for item_id in en_items:
            if item_id not in fr_items:
                out.append(Problem(shown, line_of(lines, group), f"{kind} '{item_id}' is in "
                                   "English but not in French"))
        for item_id, (i, _) in fr_items.items():
            if item_id not in en_items:
                out.append(Problem(shown, line_of(lines, group, i), f"{kind} '{item_id}' is in "
                                   "French but not in English"))
        for item_id, (i, fr_item) in fr_items.items():
            if item_id not in en_items:
                continue
            j, en_item = en_items[item_id]
            if i != j:
                out.append(Problem(shown, line_of(lines, group, i), f"{kind} '{item_id}' is "
                                   f"entry {i + 1} in French but {j + 1} in English"))
            for path, message in _diff(_skeleton(en_item), _skeleton(fr_item), (group, i)):
                out.append(Problem(shown, line_of(lines, *path),
                                   f"{kind} '{item_id}': {message}"))
    rest_en = {k: v for k, v in en_data.items()
               if k not in ("questions", "outcomes", "notes", "checklists")}
    rest_fr = {k: v for k, v in fr_data.items()
               if k not in ("questions", "outcomes", "notes", "checklists")}
    for path, message in _diff(_skeleton(rest_en), _skeleton(rest_fr), ()):
        out.append(Problem(shown, line_of(lines, *path) or 1, message))
    return out


def flow_problems(en_root: Path, fr_root: Path, report: ParityReport) -> None:
    en_dir, fr_dir = en_root / "decisions", fr_root / "decisions"
    en_ids = {p.stem for p in en_dir.glob("*.yaml")} if en_dir.is_dir() else set()
    fr_ids = {p.stem for p in fr_dir.glob("*.yaml")} if fr_dir.is_dir() else set()
    for flow_id in sorted(en_ids):
        report.problems += flow_mismatches(en_root, fr_root, flow_id)
    for flow_id in sorted(fr_ids - en_ids):
        report.problems.append(Problem(display_path(fr_dir / f"{flow_id}.yaml"), 0,
                                             f"decision flow '{flow_id}' has no English original"))
