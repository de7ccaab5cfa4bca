"""The decision summary and the decision record printouts, and the adapters that turn
the decision engine's result (``content.decision``) into their plain data
(:class:`DecisionDoc`). The record adds the form's fields, then signature and date lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from content.agency import agency_of
from content.cite_fr import cite_in
from content.model import Library
from desktop_app import agency_view
from desktop_app.i18n import current_language, translate
from desktop_app.printouts.job import (
    PrintJob,
    check_box,
    esc,
    kind_line,
    page_html,
    provisions_text,
)

if TYPE_CHECKING:  # the engine is imported only when a decision is printed
    from content.decision import DecisionFlow, DecisionRecord, DecisionSummary, Outcome


def verdict_words(verdict: str) -> str:
    """A verdict id ("may-share") in words, in the current language."""
    words = {
        "emergency": translate("Printouts", "Emergency"),
        "must-report": translate("Printouts", "You must report"),
        "may-share": translate("Printouts", "You may share"),
        "seek-consent": translate("Printouts", "Ask for consent"),
        "consent-only": translate("Printouts", "Only with consent"),
        "consult": translate("Printouts", "Talk it through first"),
        "no-statute": translate("Printouts", "No privacy statute applies"),
    }
    return words.get(verdict, verdict)


def notice_words(required: str) -> str:
    """Whether notice is required ("yes", "no", "conditional") in words; "" otherwise."""
    words = {"yes": translate("Printouts", "Required"),
             "no": translate("Printouts", "Not required"),
             "conditional": translate("Printouts", "Sometimes required")}
    return words.get(required, "")


def _duty_text() -> str:
    return translate("Printouts", "If a child may be in need of protection, CYFSA s. 125 "
                     "requires you to report it to a children's aid society yourself, at once.")


@dataclass(frozen=True)
class DecisionDoc:
    """A decision reached with the decision helper, as plain data for printing.

    Build it from the engine with :func:`decision_doc` (a ``DecisionSummary`` and,
    optionally, a ``DecisionRecord``).

    Attributes:
        flow_title: the helper's title.
        answers: (question, answer) pairs in the order answered.
        outcome_title, outcome_text, verdict: the outcome.
        provisions: provisions relied on; ``provisions_reason`` says why there are none.
        conditions: conditions that still apply (outcome conditions and notes).
        notice_required: "yes", "no" or "conditional"; ``notice`` the text,
            ``notice_safety`` the safety caution, ``notice_provisions`` its provisions.
        record_points: what to write down.
        sections: (section id, title) pairs to read next.
        checks: what to check in the official text.
        duty_to_report: the CYFSA s. 125 duty applies.
        record_fields: (label, value) rows of the decision record (record printouts);
            empty values print as space to fill in by hand.
        disclaimer: the helper's disclaimer.
        route: the route relied on, in words.
        alternatives: other routes that also fit, each (route, consequence, provisions,
            notice text, safety caution); the consequence is printed first.
        consult_html, consult_lines: who to ask at the agency (``agency.yaml``) for the
            roles the outcome names, as HTML and as plain text; empty without one.
    """

    flow_title: str
    answers: tuple[tuple[str, str], ...]
    outcome_title: str
    outcome_text: str = ""
    verdict: str = ""
    provisions: tuple[str, ...] = ()
    provisions_reason: str = ""
    conditions: tuple[str, ...] = ()
    notice_required: str = ""
    notice: str = ""
    notice_safety: str = ""
    notice_provisions: tuple[str, ...] = ()
    record_points: tuple[str, ...] = ()
    sections: tuple[tuple[str, str], ...] = ()
    checks: tuple[str, ...] = ()
    duty_to_report: bool = False
    record_fields: tuple[tuple[str, str], ...] = ()
    disclaimer: str = ""
    route: str = ""
    alternatives: tuple[tuple[str, str, tuple[str, ...], str, str], ...] = ()
    consult_html: str = ""
    consult_lines: tuple[str, ...] = ()


def _signature_lines(*pairs: tuple[str, str]) -> str:
    rows = []
    for left, right in pairs:
        rows.append('<tr><td class="line" width="46%">&nbsp;<br>&nbsp;</td><td width="8%"></td>'
                    '<td class="line" width="46%">&nbsp;<br>&nbsp;</td></tr>')
        rows.append(f"<tr><td>{esc(left)}</td><td></td><td>{esc(right)}</td></tr>")
    return ('<table class="signature" width="100%" cellspacing="0">' + "".join(rows)
            + "</table>")



def decision_job(doc: DecisionDoc, *, record: bool,
                 manifest_title: str = "Info-Sharing Guide") -> PrintJob:
    """The decision summary (``record=False``) or the decision record (``record=True``:
    the summary, then the record fields, then signature and date lines)."""
    kind = "decision-record" if record else "decision-summary"
    title = (translate("Printouts", "Decision record") if record
             else translate("Printouts", "Decision summary"))
    colon = translate("Printouts", "{label}:")
    body = [kind_line(translate("Printouts", "{guide}: {helper}").format(
        guide=manifest_title, helper=doc.flow_title)), f"<h1>{esc(title)}</h1>"]
    body.append("<h2>" + esc(translate("Printouts", "Outcome: {title}").format(
        title=doc.outcome_title)) + "</h2>")
    if doc.outcome_text:
        body.append("".join(f"<p>{esc(p)}</p>" for p in doc.outcome_text.split("\n\n") if p))
    if doc.duty_to_report:
        body.append(check_box("<b>" + esc(colon.format(label=translate(
            "Printouts", "Duty to report"))) + "</b> " + esc(_duty_text())))
    if doc.checks:
        body.append(check_box("<b>" + esc(colon.format(label=translate(
            "Printouts", "Check the official text"))) + "</b> "
            + " ".join(esc(c) for c in doc.checks)))
    # the screen's words: "Provisions: ..." or "Provisions: none cited. ..."
    provisions_label = "<b>" + esc(colon.format(label=translate("Printouts", "Provisions"))) \
        + "</b> "
    if doc.provisions:
        body.append(f"<p>{provisions_label}{esc(provisions_text(doc.provisions))}</p>")
    else:
        body.append(f"<p>{provisions_label}"
                    + esc(translate("Printouts", "none cited.")) + " "
                    + f"{esc(doc.provisions_reason)}</p>")
    if doc.route:
        body.append("<p><b>" + esc(colon.format(label=translate("Printouts", "Route relied on")))
                    + f"</b> {esc(doc.route)}</p>")
    if doc.conditions:
        body.append("<h2>" + esc(translate("Printouts", "What must still be true")) + "</h2><ul>"
                    + "".join(f"<li>{esc(c)}</li>" for c in doc.conditions) + "</ul>")
    body.append("<h2>" + esc(translate("Printouts", "Telling the person afterwards")) + "</h2>")
    notice = notice_words(doc.notice_required)
    text = (f"<b>{esc(notice)}.</b> " if notice else "") + esc(doc.notice)
    missing = [p for p in doc.notice_provisions if p not in doc.notice]  # not said twice
    if missing:
        text += f" ({esc(provisions_text(missing))})"
    body.append(f"<p>{text}</p>")
    safety_label = "<b>" + esc(colon.format(label=translate("Printouts", "Safety"))) + "</b> "
    if doc.notice_safety:
        body.append(check_box("<b>" + esc(colon.format(label=translate(
            "Printouts", "Safety first"))) + f"</b> {esc(doc.notice_safety)}"))
    if doc.consult_html:
        body.append(doc.consult_html)
    for route, consequence, provisions, notice_text, safety in doc.alternatives:
        alt = ["<h2>" + esc(translate("Printouts", "Another route: {route}").format(route=route))
               + "</h2>", f"<p><b>{esc(consequence)}</b></p>"]
        if provisions:
            alt.append(f"<p>{esc(provisions_text(provisions))}</p>")
        alt.append(f"<p>{esc(notice_text)}</p>")
        if safety:
            alt.append(f"<p>{safety_label}{esc(safety)}</p>")
        body.append("".join(alt))
    body.append("<h2>" + esc(translate("Printouts", "Answers given")) + "</h2>")
    if doc.answers:
        body.append('<table width="100%" cellspacing="0"><thead><tr><th width="60%">'
                    + esc(translate("Printouts", "Question")) + "</th><th>"
                    + esc(translate("Printouts", "Answer")) + "</th></tr></thead>"
                    + "".join(f"<tr><td>{esc(q)}</td><td>{esc(a)}</td></tr>"
                              for q, a in doc.answers) + "</table>")
    else:
        body.append("<p>" + esc(translate("Printouts", "No questions answered.")) + "</p>")
    if doc.record_points and not record:
        body.append("<h2>" + esc(translate("Printouts", "What to record")) + "</h2><ul>"
                    + "".join(f"<li>{esc(r)}</li>" for r in doc.record_points) + "</ul>")
    if doc.sections:
        body.append("<h2>" + esc(translate("Printouts", "Read more in the guide")) + "</h2><ul>"
                    + "".join(f"<li>{esc(t)}</li>" for _sid, t in doc.sections) + "</ul>")
    if record:
        # No forced page break (it left half-empty pages): rows are kept whole and the
        # header row, which names the part, repeats on each page instead. No heading
        # above the table either: it could be left alone at the foot of a page.
        rows = []
        for label, value in doc.record_fields:
            # room to write by hand: three lines when the field is empty
            shown = (esc(value).replace("\n", "<br>") if value.strip()
                     else "&nbsp;<br>&nbsp;<br>&nbsp;")
            rows.append(f'<tr><td width="28%" class="label">{esc(label)}</td>'
                        f'<td class="write">{shown}</td></tr>')
        if rows:
            body.append('<table width="100%" cellspacing="0"><thead><tr><th width="28%">'
                        + esc(translate("Printouts", "Record")) + "</th><th>"
                        + esc(translate("Printouts", "Outcome: {title} (write in any blank)")
                              .format(title=doc.outcome_title))
                        + "</th></tr></thead>" + "".join(rows) + "</table>")
        if doc.record_points:
            body.append('<p class="meta"><b>' + esc(colon.format(label=translate(
                "Printouts", "Remember to record"))) + "</b> "
                + esc(" ".join(doc.record_points)) + "</p>")
        body.append(_signature_lines(
            (translate("Printouts", "Signature"), translate("Printouts", "Name and role")),
            (translate("Printouts", "Date and time"),
             translate("Printouts", "Reviewed by (supervisor or privacy officer)"))))
        body.append('<p class="meta">' + esc(translate(
            "Printouts", "This record is not kept by the app. Store it the way your "
            "organization requires.")) + "</p>")
    if doc.disclaimer:
        body.append(f'<p class="meta"><i>{esc(doc.disclaimer)}</i></p>')
    filename = "decision-record.pdf" if record else "decision-summary.pdf"
    return PrintJob(kind, title, page_html(title, "".join(body)), filename)


def decision_text(doc: DecisionDoc, *, record: bool = True,
                  manifest_title: str = "Info-Sharing Guide") -> str:
    """The decision summary or record as plain text, for pasting into an electronic case
    file: the same parts and wording as the printout (and the screen)."""
    out: list[str] = []
    colon = translate("Printouts", "{label}:")
    language = current_language()

    def cite(provision: str) -> str:
        return cite_in(language, provision)

    def said(label: str, text: str) -> str:
        return (colon.format(label=label) + " " + text).rstrip()

    title = (translate("Printouts", "Decision record") if record
             else translate("Printouts", "Decision summary"))
    out.append(f"{title} (" + translate("Printouts", "{guide}: {helper}").format(
        guide=manifest_title, helper=doc.flow_title) + ")")
    out.append(translate("Printouts", "Outcome: {title}").format(title=doc.outcome_title))
    out += [p.strip() for p in doc.outcome_text.split("\n\n") if p.strip()]
    if doc.duty_to_report:
        out.append(said(translate("Printouts", "Duty to report"), _duty_text()))
    if doc.checks:
        out.append(said(translate("Printouts", "Check the official text"), " ".join(doc.checks)))
    provisions = translate("Printouts", "Provisions")
    if doc.provisions:
        out.append(said(provisions, "; ".join(cite(p) for p in doc.provisions)))
    else:
        out.append(said(provisions, translate("Printouts", "none cited.") + " "
                        + doc.provisions_reason))
    if doc.route:
        out.append(said(translate("Printouts", "Route relied on"), doc.route))
    if doc.conditions:
        out.append(colon.format(label=translate("Printouts", "What must still be true")))
        out += [f"- {c}" for c in doc.conditions]
    notice = notice_words(doc.notice_required)
    line = said(translate("Printouts", "Telling the person afterwards"),
                (f"{notice}. " if notice else "") + doc.notice)
    missing = [p for p in doc.notice_provisions if p not in doc.notice]
    if missing:
        line += f" ({'; '.join(cite(p) for p in missing)})"
    out.append(line)
    if doc.notice_safety:
        out.append(said(translate("Printouts", "Safety first"), doc.notice_safety))
    out += list(doc.consult_lines)
    for route, consequence, alt_provisions, notice_text, safety in doc.alternatives:
        out.append(translate("Printouts", "Another route: {route}").format(route=route)
                   + f". {consequence}")
        if alt_provisions:
            out.append("  " + "; ".join(cite(p) for p in alt_provisions))
        out.append(f"  {notice_text}")
        if safety:
            out.append("  " + said(translate("Printouts", "Safety"), safety))
    out.append(colon.format(label=translate("Printouts", "Answers given")))
    answer = translate("Printouts", "Answer")
    out += ([f"- {q} " + said(answer, a) for q, a in doc.answers]
            or ["- " + translate("Printouts", "No questions answered.")])
    if record:
        out.append(colon.format(label=translate("Printouts", "Record")))
        blank = translate("Printouts", "(blank)")
        out += ["- " + said(label, value.strip() or blank) for label, value in
                doc.record_fields]
    elif doc.record_points:
        out.append(colon.format(label=translate("Printouts", "What to record")))
        out += [f"- {r}" for r in doc.record_points]
    if doc.disclaimer:
        out.append(doc.disclaimer)
    return "\n".join(out) + "\n"


# -- adapters from the decision engine (content.decision) to plain data ------------------

def share_flow(library: Library) -> DecisionFlow:
    """The main decision flow ("share"); LookupError if the content has none."""
    flows = library.flows
    flow: DecisionFlow | None = flows.get("share")
    if flow is None:
        raise LookupError(translate(
            "Printouts", "This content has no decision helper (content/data/decisions), so "
            "there is no decision map or decision summary to print."))
    return flow



def section_title_of(library: Library) -> Callable[[str], str]:
    return lambda sid: library.section(sid).title if library.has_section(sid) else sid


def decision_doc(summary: DecisionSummary, record: DecisionRecord | None = None, *,
                 library: Library | None = None,
                 flow_title: str = "", consult: Sequence[str] | None = None) -> DecisionDoc:
    """A :class:`DecisionDoc` from a ``content.decision.DecisionSummary`` and, for the
    decision record, a ``DecisionRecord`` (its ``rows()``; None prints a blank form).

    ``consult``: the role ids the outcome says to consult (default: the outcome's own
    ``consult`` list, when the content gives one); with the library's ``agency.yaml``
    the document names who to ask."""
    from content.decision import record_fields

    st = section_title_of(library) if library is not None else (lambda sid: sid)
    if not flow_title and library is not None:
        flows = library.flows
        flow: DecisionFlow | None = flows.get(summary.flow_id)
        flow_title = flow.title if flow is not None else ""
    o = summary.outcome
    roles = tuple(consult if consult is not None else outcome_consult(o))
    agency = agency_of(library) if library is not None else None
    rows = (tuple(record.rows(summary.labels)) if record is not None
            else tuple((label, "") for _key, label in record_fields(summary.labels)))
    return DecisionDoc(
        flow_title=flow_title or translate("Printouts", "Decision helper"),
        answers=tuple((a.question.text, a.choice.label) for a in summary.answers),
        outcome_title=o.title,
        outcome_text=o.plain,
        verdict=o.verdict,
        provisions=tuple(summary.provisions),
        provisions_reason=o.provisions_reason,
        conditions=tuple(summary.conditions),
        notice_required=o.notice.required,
        notice=o.notice.text,
        notice_safety=o.notice.safety,
        notice_provisions=tuple(summary.notice_provisions),
        record_points=tuple(summary.record_points),
        sections=tuple((sid, st(sid)) for sid in summary.sections),
        checks=tuple(summary.checks),
        duty_to_report=bool(summary.duty_to_report),
        record_fields=rows,
        disclaimer=summary.disclaimer,
        route=summary.route,
        alternatives=tuple((ao.route or ao.title, a.consequence, tuple(ao.provisions),
                            ao.notice.text, ao.notice.safety)
                           for a, ao in summary.alternatives),
        consult_html=agency_view.consult_html(agency, roles),
        consult_lines=tuple(agency_view.consult_text(agency, roles)),
    )


def outcome_consult(outcome: Outcome) -> tuple[str, ...]:
    """The role ids an outcome says to consult (its ``consult`` list, e.g.
    ``("privacy-officer", "supervisor")``)."""
    return tuple(outcome.consult)


def decision_doc_from_facts(library: Library, facts: str) -> DecisionDoc:
    """The decision for ``KEY=VALUE,...`` facts (the syntax of ``ipv-guide decide
    --facts``), with a prefilled but otherwise blank record form.

    Raises:
        LookupError: no decision helper in this content.
        ValueError: bad facts, or facts that do not reach an outcome (the message says
            which question is still open).
    """
    from content.decision import DecisionRecord, evaluate_facts, parse_facts

    flow = share_flow(library)
    ev = evaluate_facts(flow, parse_facts(facts))  # FactError is a ValueError
    if ev.summary is None:
        q = ev.next_question
        values = "|".join(c.value for c in q.choices) if q is not None else ""
        raise ValueError(translate("Printouts", "These facts do not reach an outcome yet. "
                                   "Add {fact}={values} ({question})").format(
            fact=q.fact, values=values, question=q.text) if q is not None else
            translate("Printouts", "These facts do not reach an outcome."))
    return decision_doc(ev.summary, DecisionRecord.prefilled(ev.summary), library=library,
                        flow_title=flow.title)
