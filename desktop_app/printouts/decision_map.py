"""The decision map printout: the whole decision flow for review on paper (every path,
question, outcome and note), with a one-page overview diagram before it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from content.decision.flowmap import FlowMap, MapQuestion
from content.model import Library
from desktop_app.agency_view import role_words
from desktop_app.decision.map_words import (
    answer_html,
    conditions_text,
    outcome_heading,
    question_heading,
    question_meta,
    read_down,
    sets_text,
    tree_lines,
)
from desktop_app.i18n import translate
from desktop_app.printouts.decision import (
    notice_words,
    section_title_of,
    share_flow,
    verdict_words,
)
from desktop_app.printouts.job import PrintJob, esc, kind_line, page_html, provisions_text


def _tree_html(lines: Sequence[str | tuple[str, Sequence[str]]]) -> str:
    """The tree of every path: each line indented as it is, its bold parts (a question's
    name, an outcome's name) in bold."""
    out = []
    for item in lines:
        line, bold = (item, ()) if isinstance(item, str) else item
        text = line.strip()
        if not text:
            continue
        indent = len(line) - len(line.lstrip(" "))
        shown = esc(text)
        for part in bold:
            shown = shown.replace(esc(part), f"<b>{esc(part)}</b>", 1)
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


def overview_groups() -> tuple[tuple[str, str], ...]:
    """:data:`OVERVIEW_GROUPS` in the current language."""
    return (("emergency", translate("Printouts", "Emergency: call 911")),
            ("must-report", translate("Printouts", "Duty to report")),
            ("may-share", translate("Printouts", "May share without consent")),
            ("seek-consent", translate("Printouts", "Ask for consent")),
            ("consent-only", translate("Printouts", "Only with consent")),
            ("consult", translate("Printouts", "Talk it through first")),
            ("no-statute", translate("Printouts", "No privacy statute applies")))


def flow_overview(flow_map: FlowMap) -> dict[str, Any]:
    """Plain data for the decision map's one-page overview diagram: the questions in
    layers (each below every question that leads to it), the links between questions,
    and the kinds of outcome each question can end in, with the outcomes in each kind.
    Drawn by :func:`desktop_app.printing.overview.draw_overview`."""
    questions = {q["id"]: q for q in flow_map.get("questions", [])}
    outcomes = {o["id"]: o for o in flow_map.get("outcomes", [])}
    qnum = {qid: i for i, qid in enumerate(questions, 1)}

    def targets(q: MapQuestion) -> list[str]:
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
    for verdict, label in (*overview_groups(),
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


def decision_map_job(flow_map: FlowMap, *,
                     tree: Sequence[str | tuple[str, Sequence[str]]] = (),
                     section_title: Callable[[str], str] | None = None,
                     manifest_title: str = "Info-Sharing Guide", disclaimer: str = "") -> PrintJob:
    """The whole decision flow for review: every path, question, outcome and note.

    Args:
        flow_map: ``content.decision.flow_map(flow)`` (plain, JSON-able data).
        tree: the lines of the tree of every path (``desktop_app.decision.map_words.
            tree_lines(flow)``: each line, or each line with its parts to set in bold), in
            which a repeated branch is printed once (a flow can have thousands of paths).
            Without it, every path gets a row of a table.
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
            return translate("Printouts", "Outcome {n}: {title}").format(
                n=onum[node_id], title=outcomes[node_id]["title"])
        return (translate("Printouts", "(see routing)") if not node_id else
                translate("Printouts", "(missing: {id})").format(id=node_id))

    def label_of(qid: str, value: str) -> str:
        question = questions.get(qid)
        for c in question["choices"] if question else []:
            if c["value"] == value:
                return c["label"]
        return value

    flow_title = str(flow_map.get("title", ""))
    title = translate("Printouts", "Decision map: {title}").format(title=flow_title)
    body = [kind_line(manifest_title), f"<h1>{esc(title)}</h1>",
            "<p>" + esc(translate(
                "Printouts", "{questions} questions, {outcomes} outcomes, {paths} paths. Every "
                "path from the first question (Q{first}) to an outcome, then every question, "
                "outcome and note, for review by a supervisor or privacy officer.").format(
                    questions=len(questions), outcomes=len(outcomes), paths=len(paths),
                    first=qnum.get(flow_map.get("start", ""), 1))) + "</p>"]
    colon = translate("Printouts", "{label}:")

    def bold(label: str) -> str:
        return "<b>" + esc(colon.format(label=label)) + "</b> "
    if disclaimer:
        body.append(f'<p class="meta"><i>{esc(disclaimer)}</i></p>')

    body.append("<h2>" + esc(translate("Printouts", "1. Every path ({n})").format(n=len(paths)))
                + "</h2>")
    if tree:
        body.append("<p>" + esc(read_down()) + "</p>")
        body.append(_tree_html(tree))
    rows = ['<thead><tr><th width="5%">#</th><th width="52%">'
            + esc(translate("Printouts", "Answers")) + '</th><th width="28%">'
            + esc(translate("Printouts", "Outcome")) + '</th><th width="15%">'
            + esc(translate("Printouts", "Notice / duty")) + "</th></tr></thead>"]
    for n, p in enumerate(paths, 1):
        answers = translate("DecisionMap", "; ").join(
            answer_html(qnum.get(a["question"], 0), label_of(a["question"], a["value"]))
            for a in p.get("answers", []))
        flags = [translate("Printouts", "notice required") if p.get("notice_required")
                 else translate("Printouts", "no notice rule")]
        if p.get("duty_to_report"):
            flags.append(translate("Printouts", "duty to report"))
        provs = p.get("provisions") or []
        outcome = esc(ref(p.get("outcome_id")))
        if provs:
            outcome += f'<br><span class="meta">{esc(provisions_text(provs))}</span>'
        rows.append(f"<tr><td>{n}</td><td>{answers}</td><td>{outcome}</td>"
                    f"<td>{esc('; '.join(flags))}</td></tr>")
    if not tree:
        body.append('<table class="paths" width="100%" cellspacing="0">' + "".join(rows)
                    + "</table>")

    check = translate("Printouts", "Check the official text")
    body.append("<h2>" + esc(translate("Printouts", "2. Questions ({n})").format(
        n=len(questions))) + "</h2>")
    qlist = list(questions.values())
    for qid, q in questions.items():
        body.append(f"<h3>{esc(question_heading(qnum[qid], qid, q['text']))}</h3>")
        body.append('<p class="meta">' + esc(question_meta(q["fact"], q["why"],
                                                           st(q["section"]))) + "</p>")
        if q.get("status") == "check-official-text":
            body.append(f"<p>{bold(check)}{esc(q.get('check_note', ''))}</p>")
        items = []
        for c in q.get("choices", []):
            sets = "".join(" " + esc(sets_text(k, v, qlist))
                           for k, v in (c.get("sets") or {}).items())
            items.append(f"<li><b>{esc(c['label'])}</b>{sets} \u2192 {esc(ref(c.get('next')))}"
                         "</li>")
        for r in q.get("route", []):
            cond = (conditions_text(r["when"], qlist)
                    or translate("Printouts", "otherwise"))
            items.append("<li>" + esc(translate("Printouts", "Routing: if {condition}").format(
                condition=cond)) + f" \u2192 {esc(ref(r['goto']))}</li>")
        body.append("<ul>" + "".join(items) + "</ul>")

    body.append("<h2>" + esc(translate("Printouts", "3. Outcomes ({n})").format(
        n=len(outcomes))) + "</h2>")
    for oid, o in outcomes.items():
        reached = sum(1 for p in paths if p.get("outcome_id") == oid)
        verdict = verdict_words(o.get("verdict", ""))
        body.append("<h3>" + esc(outcome_heading(onum[oid], oid, o["title"])) + "</h3>")
        body.append('<p class="meta">' + esc(translate(
            "Printouts", "{verdict}; reached by {n} path(s).").format(
                verdict=verdict, n=reached)) + "</p>")
        body.append(f"<p>{esc(o.get('plain', ''))}</p>")
        provs = o.get("provisions") or []
        body.append("<p>" + bold(translate("Printouts", "Provisions"))
                    + (esc(provisions_text(provs)) if provs else
                       esc(translate("Printouts", "none cited.")) + " "
                       + esc(o.get("provisions_reason", ""))) + "</p>")
        if o.get("conditions"):
            body.append("<ul>" + "".join(f"<li>{esc(c)}</li>" for c in o["conditions"])
                        + "</ul>")
        nt = o.get("notice") or {}
        notice = notice_words(nt.get("required", ""))
        body.append("<p>" + bold(translate("Printouts", "Notice"))
                    + f"{esc(notice)}. {esc(nt.get('text', ''))}</p>")
        if nt.get("safety"):
            body.append("<p>" + bold(translate("Printouts", "Safety"))
                        + f"{esc(nt['safety'])}</p>")
        if o.get("record"):
            body.append("<p>" + bold(translate("Printouts", "Record"))
                        + esc(" ".join(o["record"])) + "</p>")
        if o.get("sections"):
            body.append('<p class="meta">' + bold(translate("Printouts", "Read"))
                        + esc("; ".join(st(s) for s in o["sections"])) + "</p>")
        if o.get("duty_to_report"):
            body.append("<p><b>" + esc(translate("Printouts", "Duty to report applies."))
                        + "</b></p>")
        if o.get("consult"):
            body.append("<p>" + bold(translate("Printouts", "Consult"))
                        + esc(", ".join(role_words(r) for r in o["consult"])) + "</p>")
        if o.get("status") == "check-official-text":
            body.append(f"<p>{bold(check)}{esc(o.get('check_note', ''))}</p>")

    notes = flow_map.get("notes", [])
    if notes:
        body.append("<h2>" + esc(translate("Printouts", "4. Notes added to outcomes ({n})")
                                 .format(n=len(notes))) + "</h2>")
        for nd in notes:
            cond = (conditions_text(nd.get("when") or {}, qlist)
                    or translate("Printouts", "always"))
            if nd.get("outcomes") and nd.get("except_outcomes"):
                where = translate("Printouts", "only for {outcomes} except {others}").format(
                    outcomes=", ".join(ref(x) for x in nd["outcomes"]),
                    others=", ".join(ref(x) for x in nd["except_outcomes"]))
            elif nd.get("outcomes"):
                where = translate("Printouts", "only for {outcomes}").format(
                    outcomes=", ".join(ref(x) for x in nd["outcomes"]))
            elif nd.get("except_outcomes"):
                where = translate("Printouts", "for every outcome except {others}").format(
                    others=", ".join(ref(x) for x in nd["except_outcomes"]))
            else:
                where = translate("Printouts", "for every outcome")
            body.append(f"<h3>{esc(nd['title'])}</h3>")
            body.append('<p class="meta">' + esc(translate(
                "Printouts", "When {condition}; {where}.").format(condition=cond, where=where))
                + "</p>")
            body.append(f"<p>{esc(nd['text'])}</p>")
            if nd.get("provisions"):
                body.append("<p>" + bold(translate("Printouts", "Provisions"))
                            + f"{esc(provisions_text(nd['provisions']))}</p>")
    return PrintJob("decision-map", title, page_html(title, "".join(body)), "decision-map.pdf",
                    overview=flow_overview(flow_map) if flow_map.get("questions") else None)


def decision_map_from_library(library: Library) -> PrintJob:
    """The decision map printout of the main flow."""
    from content.decision import flow_map

    flow = share_flow(library)
    tree = tree_lines(flow)  # the tree of every path, in the current language
    return decision_map_job(flow_map(flow), tree=tree, section_title=section_title_of(library),
                            manifest_title=library.manifest.title, disclaimer=flow.disclaimer)
