"""The decision map printout: the whole decision flow for review on paper (every path,
question, outcome and note), with a one-page overview diagram before it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from content.agency import role_label
from content.model import Library
from desktop_app.printouts.decision import (
    NOTICE_REQUIRED,
    VERDICT_WORDS,
    section_title_of,
    share_flow,
)
from desktop_app.printouts.job import PrintJob, esc, kind_line, page_html, provisions_text


def _fact_label(fact: str) -> str:
    return fact.replace("_", " ").replace("-", " ").capitalize()


def _tree_html(lines: Sequence[str]) -> str:
    out = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        indent = len(line) - len(line.lstrip(" "))
        shown = esc(text)
        shown = re.sub(r"(OUTCOME [a-z0-9_-]+)", r"<b>\1</b>", shown)
        shown = re.sub(r"^((?:\[[A-Z]+\] )?Q [a-z0-9_-]+)", r"<b>\1</b>", shown)
        out.append(f'<p class="tree" style="margin-left: {indent * 6}px;">{shown}</p>')
    return "".join(out)


#: How each kind of outcome is named in the decision map's overview, in display order.
OVERVIEW_GROUPS = (("emergency", "Emergency: call 911"),
                   ("must-report", "Duty to report"),
                   ("may-share", "May share without consent"),
                   ("seek-consent", "Ask for consent"),
                   ("consent-only", "Only with consent"),
                   ("consult", "Talk it through first"),
                   ("no-statute", "No privacy statute applies"))


def flow_overview(flow_map: dict[str, Any]) -> dict[str, Any]:
    """Plain data for the decision map's one-page overview diagram: the questions in
    layers (each below every question that leads to it), the links between questions,
    and the kinds of outcome each question can end in, with the outcomes in each kind.
    Drawn by :func:`desktop_app.printing.overview.draw_overview`."""
    questions = {q["id"]: q for q in flow_map.get("questions", [])}
    outcomes = {o["id"]: o for o in flow_map.get("outcomes", [])}
    qnum = {qid: i for i, qid in enumerate(questions, 1)}

    def targets(q: dict[str, Any]) -> list[str]:
        out = [c.get("next") for c in q.get("choices", [])]
        out += [r.get("goto") for r in q.get("route", [])]
        return [t for t in out if t]

    q_edges: list[tuple[str, str]] = []
    ends: dict[str, list[str]] = {}
    for qid, q in questions.items():
        for t in targets(q):
            if t in questions and (qid, t) not in q_edges:
                q_edges.append((qid, t))
            elif t in outcomes:
                verdict = outcomes[t].get("verdict", "")
                if verdict not in ends.setdefault(qid, []):
                    ends[qid].append(verdict)
    depth = {qid: 0 for qid in questions}
    for _ in range(len(questions)):  # longest path from the start (the flow has no loops)
        changed = False
        for a, b in q_edges:
            if depth[b] < depth[a] + 1 <= len(questions):
                depth[b] = depth[a] + 1
                changed = True
        if not changed:
            break
    layers: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for qid in questions:
        layers[depth[qid]].append(qid)
    known = dict(OVERVIEW_GROUPS)
    groups = []
    for verdict, label in (*OVERVIEW_GROUPS,
                           *((v, v) for v in sorted({o.get("verdict", "") for o in
                                                     outcomes.values()}) if v not in known)):
        titles = [o["title"] for o in outcomes.values() if o.get("verdict", "") == verdict]
        if titles:
            groups.append({"verdict": verdict, "label": label, "outcomes": titles})
    return {
        "title": str(flow_map.get("title", "")),
        "layers": layers,
        "questions": {qid: {"n": qnum[qid], "text": str(q.get("text", ""))}
                      for qid, q in questions.items()},
        "edges": q_edges,
        "ends": {qid: [v for v, _l in OVERVIEW_GROUPS if v in vs] +
                 [v for v in vs if v not in known] for qid, vs in ends.items()},
        "groups": groups,
        "paths": len(flow_map.get("paths", [])),
    }


def decision_map_job(flow_map: dict[str, Any], *, tree: Sequence[str] = (),
                     section_title: Callable[[str], str] | None = None,
                     manifest_title: str = "Info-Sharing Guide", disclaimer: str = "") -> PrintJob:
    """The whole decision flow for review: every path, question, outcome and note.

    Args:
        flow_map: ``content.decision.flow_map(flow)`` (plain, JSON-able data).
        tree: the lines of part 1 of ``content.decision.format_flow_map(flow)``: every path
            as a tree in which a repeated branch is printed once (a flow can have thousands
            of paths). Without it, every path gets a row of a table.
        section_title: section id -> title (default: the id).
    """
    st = section_title or (lambda sid: sid)
    questions = {q["id"]: q for q in flow_map.get("questions", [])}
    outcomes = {o["id"]: o for o in flow_map.get("outcomes", [])}
    qnum = {qid: i for i, qid in enumerate(questions, 1)}
    onum = {oid: i for i, oid in enumerate(outcomes, 1)}
    paths = flow_map.get("paths", [])

    def ref(node_id: str | None) -> str:
        if node_id in questions:
            return f"Q{qnum[node_id]}"
        if node_id in outcomes:
            return f"Outcome {onum[node_id]}: {outcomes[node_id]['title']}"
        return "(see routing)" if not node_id else f"(missing: {node_id})"

    def label_of(qid: str, value: str) -> str:
        for c in questions.get(qid, {}).get("choices", []):
            if c["value"] == value:
                return str(c["label"])
        return value

    flow_title = str(flow_map.get("title", ""))
    title = f"Decision map: {flow_title}"
    body = [kind_line(manifest_title), f"<h1>{esc(title)}</h1>",
            f"<p>{len(questions)} questions, {len(outcomes)} outcomes, {len(paths)} paths. "
            f"Every path from the first question (Q{qnum.get(flow_map.get('start', ''), 1)}) "
            "to an outcome, then every question, outcome and note, for review by a "
            "supervisor or privacy officer.</p>"]
    if disclaimer:
        body.append(f'<p class="meta"><i>{esc(disclaimer)}</i></p>')

    body.append(f"<h2>1. Every path ({len(paths)})</h2>")
    if tree:
        body.append("<p>Read down: each answer leads to the next question or to an OUTCOME. "
                    "A block marked [A], [B]\u2026 is printed once; where it comes again, the "
                    "map says \u201csame as [A]\u201d. Questions and outcomes are named by "
                    "their ids, listed in parts 2 and 3.</p>")
        body.append(_tree_html(tree))
    rows = ['<thead><tr><th width="5%">#</th><th width="52%">Answers</th>'
            '<th width="28%">Outcome</th><th width="15%">Notice / duty</th></tr></thead>']
    for n, p in enumerate(paths, 1):
        answers = "; ".join(
            f"Q{qnum.get(a['question'], '?')} {esc(_fact_label(a['fact']))}: "
            f"<b>{esc(label_of(a['question'], a['value']))}</b>" for a in p.get("answers", []))
        flags = ["notice required" if p.get("notice_required") else "no notice rule"]
        if p.get("duty_to_report"):
            flags.append("duty to report")
        provs = p.get("provisions") or []
        outcome = esc(ref(p.get("outcome_id")))
        if provs:
            outcome += f'<br><span class="meta">{esc(provisions_text(provs))}</span>'
        rows.append(f"<tr><td>{n}</td><td>{answers}</td><td>{outcome}</td>"
                    f"<td>{esc('; '.join(flags))}</td></tr>")
    if not tree:
        body.append('<table class="paths" width="100%" cellspacing="0">' + "".join(rows)
                    + "</table>")

    body.append(f"<h2>2. Questions ({len(questions)})</h2>")
    for qid, q in questions.items():
        body.append(f"<h3>Q{qnum[qid]} ({esc(qid)}). {esc(q['text'])}</h3>")
        body.append(f'<p class="meta">Fact: {esc(q["fact"])}. Why we ask: {esc(q["why"])} '
                    f"Read more: {esc(st(q['section']))}.</p>")
        if q.get("status") == "check-official-text":
            body.append(f"<p><b>Check the official text:</b> {esc(q.get('check_note', ''))}</p>")
        items = []
        for c in q.get("choices", []):
            sets = "".join(f" (sets {esc(k)} = {esc(v)})" for k, v in (c.get("sets") or {}).items())
            items.append(f"<li><b>{esc(c['label'])}</b>{sets} \u2192 {esc(ref(c.get('next')))}"
                         "</li>")
        for r in q.get("route", []):
            cond = " and ".join(f"{_fact_label(k)} is {' or '.join(v)}"
                                for k, v in r["when"].items()) or "otherwise"
            items.append(f"<li>Routing: if {esc(cond)} \u2192 {esc(ref(r['goto']))}</li>")
        body.append("<ul>" + "".join(items) + "</ul>")

    body.append(f"<h2>3. Outcomes ({len(outcomes)})</h2>")
    for oid, o in outcomes.items():
        reached = sum(1 for p in paths if p.get("outcome_id") == oid)
        verdict = VERDICT_WORDS.get(o.get("verdict", ""), o.get("verdict", ""))
        body.append(f"<h3>Outcome {onum[oid]} ({esc(oid)}). {esc(o['title'])}</h3>")
        body.append(f'<p class="meta">{esc(verdict)}; reached by {reached} path(s).</p>')
        body.append(f"<p>{esc(o.get('plain', ''))}</p>")
        provs = o.get("provisions") or []
        body.append("<p><b>Provisions:</b> " + (esc(provisions_text(provs)) if provs else
                    "none cited. " + esc(o.get("provisions_reason", ""))) + "</p>")
        if o.get("conditions"):
            body.append("<ul>" + "".join(f"<li>{esc(c)}</li>" for c in o["conditions"])
                        + "</ul>")
        nt = o.get("notice") or {}
        notice = NOTICE_REQUIRED.get(nt.get("required", ""), "")
        body.append(f"<p><b>Notice:</b> {esc(notice)}. {esc(nt.get('text', ''))}</p>")
        if nt.get("safety"):
            body.append(f"<p><b>Safety:</b> {esc(nt['safety'])}</p>")
        if o.get("record"):
            body.append("<p><b>Record:</b> " + esc(" ".join(o["record"])) + "</p>")
        if o.get("sections"):
            body.append('<p class="meta"><b>Read:</b> '
                        + esc("; ".join(st(s) for s in o["sections"])) + "</p>")
        if o.get("duty_to_report"):
            body.append("<p><b>Duty to report applies.</b></p>")
        if o.get("consult"):
            body.append("<p><b>Consult:</b> "
                        + esc(", ".join(role_label(r) for r in o["consult"])) + "</p>")
        if o.get("status") == "check-official-text":
            body.append(f"<p><b>Check the official text:</b> {esc(o.get('check_note', ''))}</p>")

    notes = flow_map.get("notes", [])
    if notes:
        body.append(f"<h2>4. Notes added to outcomes ({len(notes)})</h2>")
        for nd in notes:
            cond = " and ".join(f"{_fact_label(k)} is {' or '.join(v)}"
                                for k, v in (nd.get("when") or {}).items()) or "always"
            where = ("only for " + ", ".join(ref(x) for x in nd["outcomes"])
                     if nd.get("outcomes") else "for every outcome")
            if nd.get("except_outcomes"):
                where += " except " + ", ".join(ref(x) for x in nd["except_outcomes"])
            body.append(f"<h3>{esc(nd['title'])}</h3>")
            body.append(f'<p class="meta">When {esc(cond)}; {esc(where)}.</p>')
            body.append(f"<p>{esc(nd['text'])}</p>")
            if nd.get("provisions"):
                body.append(f"<p><b>Provisions:</b> {esc(provisions_text(nd['provisions']))}</p>")
    return PrintJob("decision-map", title, page_html(title, "".join(body)), "decision-map.pdf",
                    overview=flow_overview(flow_map) if flow_map.get("questions") else None)


def decision_map_from_library(library: Library) -> PrintJob:
    """The decision map printout of the main flow."""
    from content.decision import flow_map, format_flow_map

    flow = share_flow(library)
    lines = format_flow_map(flow).splitlines()
    try:  # part 1 of the text map, without its heading: the tree of every path
        start = lines.index("1. Every path") + 2
        end = lines.index("2. Questions", start)
        # indented lines only: the unindented ones explain the notation (said in HTML)
        tree = [line for line in lines[start:end] if line.startswith(" ") and line.strip()]
    except ValueError:
        tree = []
    return decision_map_job(flow_map(flow), tree=tree, section_title=section_title_of(library),
                            manifest_title=library.manifest.title, disclaimer=flow.disclaimer)
