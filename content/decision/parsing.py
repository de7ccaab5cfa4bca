"""Loading a flow file: parse and validate it into a :class:`DecisionFlow`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from content.decision.fields import (
    _bool,
    _conditions,
    _Ctx,
    _keys,
    _provisions,
    _status,
    _str_list,
    _text,
)
from content.decision.labels import _parse_labels
from content.decision.model import (
    _ID_RE,
    CONSULT_ROLES,
    MAX_FILE_BYTES,
    MAX_LABEL_CHARS,
    MAX_WHY_CHARS,
    NOTICE_VALUES,
    VERDICTS,
    Alternative,
    Checklist,
    ChecklistGroup,
    Choice,
    DecisionFlow,
    Note,
    Notice,
    Outcome,
    Question,
    Rule,
    _frozen,
)
from content.decision.paths import _check_paths, _check_references
from content.files import FileTooLarge, read_bounded
from content.messages import msg
from content.yamlio import (
    Lines,
    Path_,
    Report,
    YamlSyntaxError,
    line_of,
    load_with_lines,
    parse_text,
)

QUESTION_KEYS = {"id", "fact", "text", "why", "section", "related", "help", "choices", "route",
                 "checklist", "assume", "status", "check_note"}
CHOICE_KEYS = {"value", "label", "help", "next", "sets", "not_sure"}
OUTCOME_KEYS = {"id", "verdict", "title", "plain", "provisions", "provisions_reason",
                "conditions", "notice", "record", "sections", "status", "check_note",
                "duty_to_report", "urgent", "continue_with", "continue_label", "route",
                "alternatives", "consult"}
NOTE_KEYS = {"id", "title", "text", "when", "outcomes", "except_outcomes", "provisions",
             "sections", "duty_to_report", "status", "check_note"}
CHECKLIST_KEYS = {"id", "title", "intro", "groups", "section", "status", "check_note"}
FLOW_KEYS = {"id", "title", "intro", "disclaimer", "start", "record_always", "questions",
             "outcomes", "notes", "checklists", "labels"}


def _parse_question(ctx: _Ctx, data: Any, at: Path_) -> Question | None:
    d = _keys(ctx, data, at, QUESTION_KEYS, {"id", "fact", "text", "why", "section", "choices"},
              "question")
    if not d:
        return None
    qid = _text(ctx, d, at, "id", required=True)
    if qid and not _ID_RE.match(qid):
        ctx.err((*at, "id"), msg("bad-flow-id", id=qid))
    choices = []
    raw = d.get("choices")
    if not isinstance(raw, list) or len(raw) < 2:
        ctx.err((*at, "choices"), msg("question-few-choices", question=qid))
        raw = []
    values: set[str] = set()
    for i, c in enumerate(raw):
        cat = (*at, "choices", i)
        cd = _keys(ctx, c, cat, CHOICE_KEYS, {"value", "label"}, "choice")
        if not cd:
            continue
        value = _text(ctx, cd, cat, "value", required=True)
        if value in values:
            ctx.err((*cat, "value"), msg("question-value-twice", question=qid, value=value))
        values.add(value)
        sets = cd.get("sets") or {}
        if not isinstance(sets, dict) or not all(isinstance(v, str) for v in sets.values()):
            ctx.err((*cat, "sets"), msg("bad-sets"))
            sets = {}
        nxt = cd.get("next")
        if nxt is not None and not isinstance(nxt, str):
            ctx.err((*cat, "next"), msg("bad-next"))
            nxt = None
        choices.append(Choice(
            value=value,
            label=_text(ctx, cd, cat, "label", required=True, limit=MAX_LABEL_CHARS),
            help=_text(ctx, cd, cat, "help"),
            next=nxt or None,
            sets=_frozen({str(k): v for k, v in sets.items()}),
            not_sure=_bool(ctx, cd, cat, "not_sure"),
            line=ctx.line(*cat),
        ))
    if choices and not any(c.not_sure for c in choices):
        ctx.err((*at, "choices"), msg("question-no-not-sure", question=qid))
    rules = []
    route = d.get("route") or []
    if not isinstance(route, list):
        ctx.err((*at, "route"), msg("bad-route"))
        route = []
    for i, r in enumerate(route):
        rat = (*at, "route", i)
        rd = _keys(ctx, r, rat, {"when", "goto"}, {"goto"}, "route rule")
        if not rd:
            continue
        rules.append(Rule(_frozen(_conditions(ctx, rd, rat, "when")),
                          _text(ctx, rd, rat, "goto", required=True), ctx.line(*rat)))
    for c in choices:
        if not c.next and not rules:
            ctx.err((*at, "choices"), msg("choice-no-next", value=c.value, question=qid))
    status, note = _status(ctx, d, at)
    assume = d.get("assume")
    if assume is not None and assume not in values:
        ctx.err((*at, "assume"), msg("bad-assume"))
        assume = None
    checklist = d.get("checklist")
    return Question(
        id=qid,
        fact=_text(ctx, d, at, "fact", required=True),
        text=_text(ctx, d, at, "text", required=True, limit=220),
        why=_text(ctx, d, at, "why", required=True, one_line=True, limit=MAX_WHY_CHARS),
        section=_text(ctx, d, at, "section", required=True),
        related=_str_list(ctx, d, at, "related"),
        help=_text(ctx, d, at, "help"),
        choices=tuple(choices),
        route=tuple(rules),
        checklist=checklist if isinstance(checklist, str) and checklist else None,
        assume=assume,
        status=status,
        check_note=note,
        line=ctx.line(*at),
    )


def _parse_outcome(ctx: _Ctx, data: Any, at: Path_) -> Outcome | None:
    d = _keys(ctx, data, at, OUTCOME_KEYS,
              {"id", "verdict", "title", "plain", "notice", "sections"}, "outcome")
    if not d:
        return None
    oid = _text(ctx, d, at, "id", required=True)
    if oid and not _ID_RE.match(oid):
        ctx.err((*at, "id"), msg("bad-flow-id", id=oid))
    verdict = d.get("verdict")
    if verdict not in VERDICTS:
        ctx.err((*at, "verdict"), msg("not-one-of", key="verdict",
                                      allowed=", ".join(VERDICTS)))
        verdict = "consult"
    nat = (*at, "notice")
    nd = _keys(ctx, d.get("notice"), nat, {"required", "text", "safety", "provisions"},
               {"required", "text"}, "notice")
    required = str(nd.get("required", "no")) if nd else "no"
    if nd and required not in NOTICE_VALUES:
        ctx.err((*nat, "required"), msg("bad-notice-required"))
        required = "no"
    notice = Notice(required, _text(ctx, nd, nat, "text", required=True) if nd else "",
                    _text(ctx, nd, nat, "safety") if nd else "",
                    _provisions(ctx, nd, nat, "provisions") if nd else ())
    if required in ("yes", "conditional") and nd and not notice.safety:
        ctx.err((*nat, "safety"), msg("notice-no-safety"))
    cw = d.get("continue_with") or {}
    if not isinstance(cw, dict) or not all(isinstance(v, str) for v in cw.values()):
        ctx.err((*at, "continue_with"), msg("bad-continue-with"))
        cw = {}
    status, note = _status(ctx, d, at)
    provisions = _provisions(ctx, d, at, "provisions")
    sections = _str_list(ctx, d, at, "sections")
    if not sections:
        ctx.err((*at, "sections"), msg("outcome-no-sections", outcome=oid))
    out = Outcome(
        id=oid,
        verdict=verdict,
        title=_text(ctx, d, at, "title", required=True, limit=120),
        plain=_text(ctx, d, at, "plain", required=True),
        provisions=provisions,
        provisions_reason=_text(ctx, d, at, "provisions_reason"),
        conditions=_str_list(ctx, d, at, "conditions"),
        notice=notice,
        record=_str_list(ctx, d, at, "record"),
        sections=sections,
        status=status,
        check_note=note,
        duty_to_report=_bool(ctx, d, at, "duty_to_report"),
        urgent=_bool(ctx, d, at, "urgent"),
        continue_with=_frozen({str(k): v for k, v in cw.items()}),
        continue_label=_text(ctx, d, at, "continue_label"),
        line=ctx.line(*at),
    )
    if out.continue_with and not out.continue_label:
        ctx.err((*at, "continue_label"), msg("no-continue-label"))
    alts = []
    raw_alts = d.get("alternatives") or []
    if not isinstance(raw_alts, list):
        ctx.err((*at, "alternatives"), msg("bad-alternatives"))
        raw_alts = []
    for i, a in enumerate(raw_alts):
        aat = (*at, "alternatives", i)
        ad = _keys(ctx, a, aat, {"outcome", "consequence"}, {"outcome", "consequence"},
                   "alternative")
        if not ad:
            continue
        alts.append(Alternative(_text(ctx, ad, aat, "outcome", required=True),
                                _text(ctx, ad, aat, "consequence", required=True),
                                ctx.line(*aat)))
    consult = _str_list(ctx, d, at, "consult")
    for role in consult:
        if role not in CONSULT_ROLES:
            ctx.err((*at, "consult"), msg("bad-consult-role", role=role,
                                          allowed=", ".join(CONSULT_ROLES)))
    return replace(out, route=_text(ctx, d, at, "route", limit=160),
                   alternatives=tuple(alts),
                   consult=tuple(r for r in consult if r in CONSULT_ROLES))


def _parse_note(ctx: _Ctx, data: Any, at: Path_) -> Note | None:
    d = _keys(ctx, data, at, NOTE_KEYS, {"id", "title", "text"}, "note")
    if not d:
        return None
    status, note = _status(ctx, d, at)
    return Note(
        id=_text(ctx, d, at, "id", required=True),
        title=_text(ctx, d, at, "title", required=True, limit=120),
        text=_text(ctx, d, at, "text", required=True),
        when=_frozen(_conditions(ctx, d, at, "when")),
        outcomes=_str_list(ctx, d, at, "outcomes"),
        except_outcomes=_str_list(ctx, d, at, "except_outcomes"),
        provisions=_provisions(ctx, d, at, "provisions"),
        sections=_str_list(ctx, d, at, "sections"),
        duty_to_report=_bool(ctx, d, at, "duty_to_report"),
        status=status,
        check_note=note,
        line=ctx.line(*at),
    )


def _parse_checklist(ctx: _Ctx, data: Any, at: Path_) -> Checklist | None:
    d = _keys(ctx, data, at, CHECKLIST_KEYS, {"id", "title", "groups"}, "checklist")
    if not d:
        return None
    groups = []
    raw = d.get("groups")
    if not isinstance(raw, list) or not raw:
        ctx.err((*at, "groups"), msg("bad-groups"))
        raw = []
    for i, g in enumerate(raw):
        gat = (*at, "groups", i)
        gd = _keys(ctx, g, gat, {"title", "items"}, {"title", "items"}, "checklist group")
        if gd:
            items = _str_list(ctx, gd, gat, "items")
            if not items:
                ctx.err((*gat, "items"), msg("group-no-items"))
            groups.append(ChecklistGroup(_text(ctx, gd, gat, "title", required=True), items))
    status, note = _status(ctx, d, at)
    return Checklist(
        id=_text(ctx, d, at, "id", required=True),
        title=_text(ctx, d, at, "title", required=True),
        intro=_text(ctx, d, at, "intro"),
        groups=tuple(groups),
        section=_text(ctx, d, at, "section"),
        status=status,
        check_note=note,
        line=ctx.line(*at),
    )


def _parse_list(ctx: _Ctx, data: dict[str, Any], key: str, parse: Callable[[_Ctx, Any, Path_], Any],
                *, required: bool = True) -> list[Any]:
    raw = data.get(key)
    if raw is None and not required:
        return []
    if not isinstance(raw, list) or (required and not raw):
        ctx.err((key,), msg("not-a-list", key=key))
        return []
    out = []
    for i, item in enumerate(raw):
        obj = parse(ctx, item, (key, i))
        if obj is not None:
            out.append(obj)
    return out


def parse_flow(data: Any, lines: Lines, path: Path, report: Report,
               section_exists: Callable[[str], bool] | None = None) -> DecisionFlow | None:
    """Build and validate one flow from parsed YAML. Returns None if it is unusable.

    Every problem goes to ``report(path, line, message)``. Dangling section links and
    text-style issues are reported but keep the flow; structural problems (an unknown
    target, a dead end, a cycle, an unreachable question) leave it out.
    """
    ctx = _Ctx(path, lines, report)
    d = _keys(ctx, data, (), FLOW_KEYS,
              {"id", "title", "disclaimer", "start", "questions", "outcomes"}, "decision flow")
    if not d:
        return None
    fid = _text(ctx, d, (), "id", required=True)
    if fid and fid != path.stem:
        ctx.err(("id",), msg("flow-id-not-file-name", id=fid, file=f"{path.stem}.yaml"))
    questions = _parse_list(ctx, d, "questions", _parse_question)
    outcomes = _parse_list(ctx, d, "outcomes", _parse_outcome)
    notes = _parse_list(ctx, d, "notes", _parse_note, required=False)
    checklists = _parse_list(ctx, d, "checklists", _parse_checklist, required=False)
    qmap: dict[str, Question] = {}
    omap: dict[str, Outcome] = {}
    for i, q in enumerate(questions):
        if q.id in qmap:
            ctx.err(("questions", i, "id"), msg("duplicate-question-id", id=q.id))
        qmap[q.id] = q
    for i, o in enumerate(outcomes):
        if o.id in omap or o.id in qmap:
            ctx.err(("outcomes", i, "id"), msg("duplicate-outcome-id", id=o.id))
        omap[o.id] = o
    cmap = {c.id: c for c in checklists}
    flow = DecisionFlow(
        id=fid,
        title=_text(ctx, d, (), "title", required=True),
        intro=_text(ctx, d, (), "intro"),
        disclaimer=_text(ctx, d, (), "disclaimer", required=True),
        start=_text(ctx, d, (), "start", required=True),
        questions=_frozen(qmap),
        outcomes=_frozen(omap),
        notes=tuple(notes),
        checklists=_frozen(cmap),
        record_always=_str_list(ctx, d, (), "record_always"),
        path=str(path),
        labels=_parse_labels(ctx, d),
    )
    _check_references(ctx, flow, questions, outcomes, notes, checklists, section_exists)
    if ctx.fatal:
        return None
    _check_paths(ctx, flow)
    return None if ctx.fatal else flow

def parse_flow_text(text: str, path: str | Path = "decisions/flow.yaml",
                    section_exists: Callable[[str], bool] | None = None,
                    ) -> tuple[DecisionFlow | None, list[tuple[int, str]]]:
    """Parse YAML text into a flow (for tests and tools): (flow or None, [(line, message)])."""
    return parse_text(text, lambda data, lines, report: parse_flow(
        data, lines, Path(path), report, section_exists))


def load_flows(root: Path, library: Any, report: Report) -> dict[str, DecisionFlow]:
    """Loader hook: every ``decisions/*.yaml`` under ``root`` -> {flow id: flow}.

    Called by :func:`content.loader.add_extras`; problems are reported as
    ``path:line: message`` through ``report`` and a broken flow is left out.
    """
    folder = Path(root) / "decisions"
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    flows: dict[str, DecisionFlow] = {}
    has_section = getattr(library, "has_section", None)
    for path in files:
        try:
            # never blocks on a FIFO or reads a device: the loader's bounded reader
            raw = read_bounded(path, MAX_FILE_BYTES)
        except FileTooLarge as exc:
            report(path, 0, msg("flow-too-large", size=exc.size))
            continue
        except OSError as exc:
            report(path, 0, msg("cannot-read", reason=str(exc.strerror or exc)))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            report(path, raw[: exc.start].count(b"\n") + 1, msg("not-utf8"))
            continue
        try:
            data, lines = load_with_lines(text)
        except YamlSyntaxError as exc:
            report(path, exc.line, exc.msg)
            continue
        flow = parse_flow(data, lines, path, report, has_section)
        if flow is None:
            continue
        if flow.id in flows:
            report(path, line_of(lines, "id"), msg("duplicate-flow-id", id=flow.id))
            continue
        flows[flow.id] = flow
    return flows
