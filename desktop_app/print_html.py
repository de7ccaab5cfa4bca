"""Print HTML for every kind of printout: pure functions, no Qt.

Each builder returns a :class:`PrintJob`: the HTML for a ``QTextDocument`` (with the
print stylesheet inlined), a title, a default file name, and, for the one-page quick
reference card, a ladder of ever more compact variants that :mod:`desktop_app.printing`
tries until one fits on one page. The running footer is not part of the HTML: the
printer draws it on every page from :class:`PrintMeta` (see :meth:`PrintMeta.footer`),
because only the printer knows the page count.

Builders take plain data (a :class:`content.Library`, a search-results-like object, a
:class:`DecisionDoc`, the ``flow_map`` dict of the decision engine): easy to test without Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Protocol

from content import render
from content.agency import Agency, agency_of, role_label
from content.html_escape import esc
from content.model import SECTOR_LABELS, Library, Section, Statute
from desktop_app import agency_view
from desktop_app.section_view import (
    CHECK_LABEL,
    PROVISIONS_HEADING,
    RELATED_HEADING,
    SOURCES_HEADING,
    section_view,
)
from desktop_app.section_view import NOT_LEGAL_ADVICE as SECTION_NOT_LEGAL_ADVICE

#: Smallest font size on the quick reference card (its footer too), in points: legible
#: at arm's length.
MIN_CARD_PT = 10.0
#: (font size, cell padding in px, compactness) the card tries in order, roomiest first.
CARD_LADDER = ((10.5, 4, 0), (10.0, 4, 0), (10.0, 3, 1), (10.0, 2, 2), (10.0, 3, 3),
               (10.0, 2, 3))
#: Character limits per card cell for the last-resort shortened variants.
CARD_CELL_LIMITS = (420, 320, 240, 180, 130, 90, 60)

NOT_LEGAL_ADVICE = "Not legal advice"




def stylesheet() -> str:
    """The print stylesheet shipped in ``desktop_app/resources/print.css``."""
    return (resources.files("desktop_app") / "resources" / "print.css").read_text(
        encoding="utf-8")


def safe_filename(text: str, default: str = "print") -> str:
    """A short, portable file-name stem from ``text`` (letters, digits and dashes)."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60].strip("-")
    return stem or default


# -- metadata and the running footer -------------------------------------------------

@dataclass(frozen=True)
class PrintMeta:
    """What the footer of every printed page says.

    Attributes:
        app_title: the app's name ("Info-Sharing Guide").
        guidance_title: the title of the guidance the content is based on.
        content_version: ``manifest.content_version``.
        content_date: ``manifest.content_date`` as ISO text, or "".
        app_version: ``desktop_app.__version__``.
        printed: the print date as ISO text.
    """

    app_title: str
    guidance_title: str
    content_version: str
    content_date: str
    app_version: str
    printed: str

    @classmethod
    def from_library(cls, library: Library, *, app_version: str | None = None,
                     printed: date | None = None) -> PrintMeta:
        if app_version is None:
            from desktop_app import __version__ as app_version
        m = library.manifest
        return cls(
            app_title=m.title or "Info-Sharing Guide",
            guidance_title=m.guidance_title or m.title,
            content_version=m.content_version,
            content_date=m.content_date.isoformat() if m.content_date else "",
            app_version=str(app_version),
            printed=(printed or date.today()).isoformat(),
        )

    def footer(self, page: int, total: int, note: str = "") -> tuple[str, str]:
        """The two footer lines for page ``page`` of ``total``; ``note`` (the card's "Law
        checked to ...") goes right after the content version and date."""
        first = f"{NOT_LEGAL_ADVICE}. Based on: {self.guidance_title}"
        content = f"Content {self.content_version}"
        if self.content_date:
            content += f" of {self.content_date}"
        if note:
            content += f" \u00b7 {note}"
        second = " \u00b7 ".join([
            content,
            f"{self.app_title} {self.app_version}",
            f"Printed {self.printed}",
            f"Page {page} of {total}",
        ])
        return first, second


# -- the job -------------------------------------------------------------------------

@dataclass(frozen=True)
class PrintJob:
    """One printable document.

    Attributes:
        kind: "sections", "search", "decision-summary", "decision-record",
            "quick-reference" or "decision-map".
        title: the document title (PDF title, print-queue name).
        html: the full HTML (stylesheet inlined).
        filename: a default file name for Export PDF, ending in ``.pdf``.
        one_page: the document must fit on exactly one page.
        fallbacks: more compact versions of ``html`` to try, in order, when a
            one-page document does not fit.
        margins_in: page margins in inches (left, top, right, bottom).
        footer_pt, footer_sans: the running footer's size, and a sans-serif face for it
            (the quick reference card's, to match its body).
        footer_note: said in the footer right after the content version and date.
        overview: plain data for a diagram drawn on a page of its own before the
            document (the decision map's overview; see :func:`flow_overview`).
    """

    kind: str
    title: str
    html: str
    filename: str
    one_page: bool = False
    fallbacks: tuple[str, ...] = ()
    margins_in: tuple[float, float, float, float] = (0.75, 0.6, 0.75, 0.5)
    footer_pt: float = 9.0
    footer_sans: bool = False
    footer_note: str = ""
    overview: dict[str, Any] | None = None

    @property
    def variants(self) -> tuple[str, ...]:
        return (self.html, *self.fallbacks)


def _page(title: str, body: str, *, extra_css: str = "", base_css: bool = True) -> str:
    css = (stylesheet() if base_css else "") + extra_css
    return ("<html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
            "<style>" + css + "</style></head><body>" + body + "</body></html>")


def _kind_line(text: str) -> str:
    return f'<p class="doc-kind">{esc(text)}</p>'


def nobreak(provision: str) -> str:
    """A citation that never breaks across lines ("PHIPA s. 43(1)(h)" stays whole):
    no-break spaces, and a word joiner (U+2060) between ")" and "(", where line
    breaking would otherwise allow a break."""
    return provision.replace(" ", "\u00a0").replace(")(", ")\u2060(")


def _provisions_text(provisions: Iterable[str]) -> str:
    return "; ".join(nobreak(p) for p in provisions)


# -- sections ------------------------------------------------------------------------

def _link_title(library: Library) -> Callable[[str], str | None]:
    def title(section_id: str) -> str | None:
        return library.section(section_id).title if library.has_section(section_id) else None
    return title


def _section_block(library: Library, s: Section) -> str:
    """One section as the reader shows it (the words around the body come from
    :mod:`desktop_app.section_view`), with links as plain text."""
    v = section_view(library, s)
    parts = []
    if v.crumbs:
        parts.append('<p class="meta">' + esc(" \u203a ".join(t for _i, t in v.crumbs))
                     + "</p>")
    parts.append(f"<h1>{esc(v.title)}</h1>")
    if v.origin:
        parts.append(f"<p><b>{esc(v.origin)}</b></p>")
    if v.tags:
        parts.append(f'<p class="meta">{esc(" · ".join(v.tags))}</p>')
    if v.summary:
        parts.append(f'<p class="summary">{esc(v.summary)}</p>')
    if v.check_note:
        parts.append(_box(f"<b>{esc(CHECK_LABEL)}</b> {esc(v.check_note)}"))
    parts.append(render.to_html(s.body, print_mode=True, link_title=_link_title(library)))
    parts.append(f"<h3>{esc(PROVISIONS_HEADING)}</h3>")
    if v.provisions:
        parts.append("<ul>" + "".join(f"<li>{esc(nobreak(p))}</li>" for p in v.provisions)
                     + "</ul>")
    else:
        parts.append(f"<p>{esc(v.no_provisions)}</p>")
    if v.sources:
        parts.append(f"<h3>{esc(SOURCES_HEADING)}</h3>")
        for src in v.sources:
            line = esc(src.citation)
            if src.url:
                line += f" \u2014 {esc(src.url)}"
            if src.note:
                line += f" <i>({esc(src.note)})</i>"
            parts.append(f'<p class="meta">{line}</p>')
    if v.related:
        parts.append(f"<h3>{esc(RELATED_HEADING)}</h3><ul>"
                     + "".join(f"<li>{esc(t)}</li>" for _r, t in v.related) + "</ul>")
    parts.append(f'<p class="meta">{esc(SECTION_NOT_LEGAL_ADVICE)}<br>{esc(v.meta)}</p>')
    return "".join(parts)


def sections_job(library: Library, section_ids: Sequence[str]) -> PrintJob:
    """The chosen sections, in reading order, with a list of their summaries first.

    Unknown ids are left out; ValueError if none is left.
    """
    wanted = set(section_ids)
    chosen = [s for s in library.sections if s.id in wanted]
    if not chosen:
        raise ValueError("No sections to print: choose at least one section.")
    body: list[str] = []
    if len(chosen) == 1:
        s = chosen[0]
        title = s.title
        filename = safe_filename(s.id, "section") + ".pdf"
        body.append(_kind_line(library.manifest.title))
    else:
        title = f"{library.manifest.title}: {len(chosen)} sections"
        filename = f"sections-{len(chosen)}.pdf"
        body.append(_kind_line(library.manifest.title))
        body.append(f"<h1>{len(chosen)} sections: summaries</h1>")
        body.append("<ol>")
        for s in chosen:
            body.append(f"<li><b>{esc(s.title)}</b><br>{esc(s.summary)}</li>")
        body.append("</ol>")
        body.append('<hr>')
    for i, s in enumerate(chosen):
        if i:
            body.append("<hr>")
        body.append(_section_block(library, s))
    body.append(f'<p class="meta"><i>{esc(library.manifest.disclaimer)}</i></p>')
    return PrintJob("sections", title, _page(title, "".join(body)), filename)


# -- search digest ---------------------------------------------------------------------

class HitLike(Protocol):
    kind: str
    section_id: str
    title: str
    snippet_text: str
    provisions: Sequence[str]


class ResultsLike(Protocol):
    query: str
    hits: Sequence[Any]
    total: int


def search_job(results: ResultsLike, *, statutes: Sequence[str] = (),
               sectors: Sequence[str] = (), library: Library | None = None) -> PrintJob:
    """A digest of one search: the query, the filters, and each hit's title, provisions
    and snippet. ``results`` is an ``index.SearchResults`` or anything shaped like it."""
    query = str(getattr(results, "query", ""))
    hits = tuple(getattr(results, "hits", ()))
    total = int(getattr(results, "total", len(hits)) or 0)
    # Neutral on purpose: the title names the print job (print queues and print servers
    # keep job names) and the PDF's metadata; the file name is offered in the Save dialog.
    # The words searched for appear only inside the document.
    title = "Search results"
    body = [_kind_line(library.manifest.title if library else "Info-Sharing Guide"),
            "<h1>Search results</h1>"]
    rows = [("Search", f"\u201c{query}\u201d" if query else "(no search words)")]
    filt = []
    if statutes:
        filt.append("Laws: " + ", ".join(statutes))
    if sectors:
        filt.append("Sectors: " + ", ".join(SECTOR_LABELS.get(s, s) for s in sectors))
    rows.append(("Filters", "; ".join(filt) if filt else "none"))
    shown = len(hits)
    rows.append(("Results", f"{total}" + (f" (the first {shown} are listed)"
                                          if total > shown else "")))
    suggestion = getattr(results, "suggestion", None)
    if suggestion:
        if getattr(results, "corrected", False):
            rows.append(("Note", f"The results include matches for \u201c{suggestion}\u201d"))
        else:
            rows.append(("Did you mean", f"\u201c{suggestion}\u201d"))
    body.append('<table class="plain">' + "".join(
        f'<tr><td class="label">{esc(k)}:</td><td>{esc(v)}</td></tr>' for k, v in rows)
        + "</table>")
    if not hits:
        body.append("<p>No results.</p>")
    for n, hit in enumerate(hits, 1):
        kind = getattr(hit, "kind", "section")
        htitle = str(getattr(hit, "title", ""))
        if kind == "glossary":
            htitle = f"Glossary: {htitle}"
        body.append(f"<h3>{n}. {esc(htitle)}</h3>")
        sid = getattr(hit, "section_id", "") or ""
        if library is not None and kind != "glossary" and sid and library.has_section(sid):
            crumbs = [c.title for c in library.breadcrumbs(sid)]
            if crumbs:
                body.append('<p class="meta">' + esc(" \u203a ".join(crumbs)) + "</p>")
        provisions = tuple(getattr(hit, "provisions", ()) or ())
        if provisions:
            body.append(f'<p class="meta"><b>Provisions:</b> '
                        f'{esc(_provisions_text(provisions))}</p>')
        snippet = str(getattr(hit, "snippet_text", "") or "")
        if snippet:
            body.append(f"<p>{esc(snippet)}</p>")
    name = "search-results.pdf"
    return PrintJob("search", title, _page(title, "".join(body)), name)


# -- decision summary and record ----------------------------------------------------------

_VERDICT_WORDS = {
    "emergency": "Emergency", "must-report": "You must report", "may-share": "You may share",
    "seek-consent": "Ask for consent", "consent-only": "Only with consent",
    "consult": "Talk it through first", "no-statute": "No privacy statute applies",
}
_NOTICE_REQUIRED = {"yes": "Required", "no": "Not required", "conditional": "Sometimes required"}


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


def _box(html_text: str) -> str:
    return f'<table class="check" width="100%"><tr><td>{html_text}</td></tr></table>'


def decision_job(doc: DecisionDoc, *, record: bool,
                 manifest_title: str = "Info-Sharing Guide") -> PrintJob:
    """The decision summary (``record=False``) or the decision record (``record=True``:
    the summary, then the record fields, then signature and date lines)."""
    kind = "decision-record" if record else "decision-summary"
    title = "Decision record" if record else "Decision summary"
    body = [_kind_line(f"{manifest_title}: {doc.flow_title}"), f"<h1>{title}</h1>"]
    body.append(f"<h2>Outcome: {esc(doc.outcome_title)}</h2>")
    if doc.outcome_text:
        body.append("".join(f"<p>{esc(p)}</p>" for p in doc.outcome_text.split("\n\n") if p))
    if doc.duty_to_report:
        body.append(_box("<b>Duty to report:</b> if a child may be in need of protection, "
                         "CYFSA s. 125 requires you to report it to a children's aid society "
                         "yourself, at once."))
    if doc.checks:
        body.append(_box("<b>Check the official text:</b> "
                         + " ".join(esc(c) for c in doc.checks)))
    # the screen's words: "Provisions: ..." or "Provisions: none cited. ..."
    if doc.provisions:
        body.append(f"<p><b>Provisions:</b> {esc(_provisions_text(doc.provisions))}</p>")
    else:
        body.append(f"<p><b>Provisions:</b> none cited. {esc(doc.provisions_reason)}</p>")
    if doc.route:
        body.append(f"<p><b>Route relied on:</b> {esc(doc.route)}</p>")
    if doc.conditions:
        body.append("<h2>What must still be true</h2><ul>"
                    + "".join(f"<li>{esc(c)}</li>" for c in doc.conditions) + "</ul>")
    body.append("<h2>Telling the person afterwards</h2>")
    notice = _NOTICE_REQUIRED.get(doc.notice_required, "")
    text = (f"<b>{esc(notice)}.</b> " if notice else "") + esc(doc.notice)
    missing = [p for p in doc.notice_provisions if p not in doc.notice]  # not said twice
    if missing:
        text += f" ({esc(_provisions_text(missing))})"
    body.append(f"<p>{text}</p>")
    if doc.notice_safety:
        body.append(_box(f"<b>Safety first:</b> {esc(doc.notice_safety)}"))
    if doc.consult_html:
        body.append(doc.consult_html)
    for route, consequence, provisions, notice_text, safety in doc.alternatives:
        alt = [f"<h2>Another route: {esc(route)}</h2>", f"<p><b>{esc(consequence)}</b></p>"]
        if provisions:
            alt.append(f"<p>{esc(_provisions_text(provisions))}</p>")
        alt.append(f"<p>{esc(notice_text)}</p>")
        if safety:
            alt.append(f"<p><b>Safety:</b> {esc(safety)}</p>")
        body.append("".join(alt))
    body.append("<h2>Answers given</h2>")
    if doc.answers:
        body.append('<table width="100%" cellspacing="0"><thead><tr><th width="60%">Question'
                    "</th><th>Answer</th></tr></thead>"
                    + "".join(f"<tr><td>{esc(q)}</td><td>{esc(a)}</td></tr>"
                              for q, a in doc.answers) + "</table>")
    else:
        body.append("<p>No questions answered.</p>")
    if doc.record_points and not record:
        body.append("<h2>What to record</h2><ul>"
                    + "".join(f"<li>{esc(r)}</li>" for r in doc.record_points) + "</ul>")
    if doc.sections:
        body.append("<h2>Read more in the guide</h2><ul>"
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
                        "Record</th><th>Outcome: " + esc(doc.outcome_title)
                        + " (write in any blank)</th></tr></thead>" + "".join(rows)
                        + "</table>")
        if doc.record_points:
            body.append('<p class="meta"><b>Remember to record:</b> '
                        + esc(" ".join(doc.record_points)) + "</p>")
        body.append(_signature_lines(("Signature", "Name and role"),
                                     ("Date and time",
                                      "Reviewed by (supervisor or privacy officer)")))
        body.append('<p class="meta">This record is not kept by the app. Store it the way '
                    "your organization requires.</p>")
    if doc.disclaimer:
        body.append(f'<p class="meta"><i>{esc(doc.disclaimer)}</i></p>')
    filename = "decision-record.pdf" if record else "decision-summary.pdf"
    return PrintJob(kind, title, _page(title, "".join(body)), filename)


def decision_text(doc: DecisionDoc, *, record: bool = True,
                  manifest_title: str = "Info-Sharing Guide") -> str:
    """The decision summary or record as plain text, for pasting into an electronic case
    file: the same parts and wording as the printout (and the screen)."""
    out: list[str] = []
    title = "Decision record" if record else "Decision summary"
    out.append(f"{title} ({manifest_title}: {doc.flow_title})")
    out.append(f"Outcome: {doc.outcome_title}")
    out += [p.strip() for p in doc.outcome_text.split("\n\n") if p.strip()]
    if doc.duty_to_report:
        out.append("Duty to report: if a child may be in need of protection, CYFSA s. 125 "
                   "requires you to report it to a children's aid society yourself, at once.")
    if doc.checks:
        out.append("Check the official text: " + " ".join(doc.checks))
    if doc.provisions:
        out.append("Provisions: " + "; ".join(doc.provisions))
    else:
        out.append(f"Provisions: none cited. {doc.provisions_reason}".rstrip())
    if doc.route:
        out.append(f"Route relied on: {doc.route}")
    if doc.conditions:
        out.append("What must still be true:")
        out += [f"- {c}" for c in doc.conditions]
    notice = _NOTICE_REQUIRED.get(doc.notice_required, "")
    line = "Telling the person afterwards: " + (f"{notice}. " if notice else "") + doc.notice
    missing = [p for p in doc.notice_provisions if p not in doc.notice]
    if missing:
        line += f" ({'; '.join(missing)})"
    out.append(line)
    if doc.notice_safety:
        out.append(f"Safety first: {doc.notice_safety}")
    out += list(doc.consult_lines)
    for route, consequence, provisions, notice_text, safety in doc.alternatives:
        out.append(f"Another route: {route}. {consequence}")
        if provisions:
            out.append("  " + "; ".join(provisions))
        out.append(f"  {notice_text}")
        if safety:
            out.append(f"  Safety: {safety}")
    out.append("Answers given:")
    out += [f"- {q} Answer: {a}" for q, a in doc.answers] or ["- No questions answered."]
    if record:
        out.append("Record:")
        out += [f"- {label}: {value.strip() or '(blank)'}" for label, value in
                doc.record_fields]
    elif doc.record_points:
        out.append("What to record:")
        out += [f"- {r}" for r in doc.record_points]
    if doc.disclaimer:
        out.append(doc.disclaimer)
    return "\n".join(out) + "\n"


# -- decision map ------------------------------------------------------------------------

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
    Drawn by :func:`desktop_app.printing.draw_overview`."""
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
    body = [_kind_line(manifest_title), f"<h1>{esc(title)}</h1>",
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
            outcome += f'<br><span class="meta">{esc(_provisions_text(provs))}</span>'
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
        verdict = _VERDICT_WORDS.get(o.get("verdict", ""), o.get("verdict", ""))
        body.append(f"<h3>Outcome {onum[oid]} ({esc(oid)}). {esc(o['title'])}</h3>")
        body.append(f'<p class="meta">{esc(verdict)}; reached by {reached} path(s).</p>')
        body.append(f"<p>{esc(o.get('plain', ''))}</p>")
        provs = o.get("provisions") or []
        body.append("<p><b>Provisions:</b> " + (esc(_provisions_text(provs)) if provs else
                    "none cited. " + esc(o.get("provisions_reason", ""))) + "</p>")
        if o.get("conditions"):
            body.append("<ul>" + "".join(f"<li>{esc(c)}</li>" for c in o["conditions"])
                        + "</ul>")
        nt = o.get("notice") or {}
        notice = _NOTICE_REQUIRED.get(nt.get("required", ""), "")
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
                body.append(f"<p><b>Provisions:</b> {esc(_provisions_text(nd['provisions']))}</p>")
    return PrintJob("decision-map", title, _page(title, "".join(body)), "decision-map.pdf",
                    overview=flow_overview(flow_map) if flow_map.get("questions") else None)


# -- quick reference card ------------------------------------------------------------------

_NOTICE_WORD = {"yes": "Yes", "no": "No", "conditional": "Sometimes"}
_CARD_ORDER = ("FIPPA", "MFIPPA", "PHIPA", "CYFSA", "PIPEDA")
#: A tint per law: light enough that black text on it reads in greyscale, different
#: enough in hue (and a little in lightness) to tell the laws apart in colour.
CARD_LAW_COLOURS = {"FIPPA": "#cfe0f5", "MFIPPA": "#d3ecd0", "PHIPA": "#fde1c4",
                    "CYFSA": "#ecd5f0", "PIPEDA": "#e6e6e6"}
CARD_EMERGENCY = "Someone in danger now? Call 911."
CARD_FONTS = ('Arial, "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Sans", Helvetica, '
              "sans-serif")
#: The mark after a law that has something to check in the official text.
CHECK_MARK = "\u2020"


def _cut(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "\u2026"


_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)\u201d][.!?])\s+(?=[A-Z(])")


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` ("s. 40." and "e.g." do not end one)."""
    text = " ".join(text.split())
    for m in _SENTENCE_END.finditer(text):
        before = text[: m.start()]
        if re.search(r"(?:\bs|\bss|\be\.g|\bi\.e|\bc|\bpara|\bNo)\.$", before):
            continue
        return before
    return text


def _card_css(pt: float, pad: int) -> str:
    return (
        f"body {{ font-family: {CARD_FONTS}; font-size: {pt}pt; color: #000000; }}"
        # DejaVu and Arial have loose line spacing (1.15 em): a little tighter still reads
        # easily and keeps the laws on one page with six contacts.
        "p, td, th { line-height: 94%; }"
        "table { border-collapse: collapse; }"
        "th { font-weight: bold; text-align: left; border: 1px solid #000000; }"
        "td { border: 1px solid #000000; vertical-align: top; }"
        f"p {{ margin-top: 0px; margin-bottom: {pad}px; }}"
        "p.card-title { font-size: 14pt; font-weight: bold; margin-top: 2px; "
        "margin-bottom: 2px; }"
        "p.block-title { font-size: 12pt; font-weight: bold; margin-bottom: 2px; }"
        f"td, th {{ padding: {pad}px; font-size: {pt}pt; }}"
        "th { font-size: 10.5pt; background-color: #404040; color: #ffffff; "
        "vertical-align: top; }"
        "td.law { font-size: 10pt; padding-top: 3px; }"
        "span.law { font-size: 12.5pt; font-weight: bold; }"
        "table { margin-top: 2px; margin-bottom: 5px; }"
        "table.sos td { border: none; padding: 4px; background-color: #b3261e; "
        "color: #ffffff; }"
        "span.sos { font-size: 19pt; font-weight: bold; color: #ffffff; }"
        "table.contacts td { border: 1px solid #000000; padding: 4px; }"
        "table.duty td { border: 2px solid #000000; background-color: #fff2b3; }"
        "span.phone { font-size: 12pt; font-weight: bold; }"
        ".meta { font-size: 10pt; }"
    )


def _short_citations(provisions: Sequence[str]) -> str:
    """"PHIPA s. 18(3); s. 43(1)(g)": the Act named once when every citation is in it."""
    acts = {p.split(" s. ")[0] for p in provisions if " s. " in p}
    if len(acts) != 1 or not all(" s. " in p for p in provisions):
        return _provisions_text(provisions)
    act = acts.pop()
    rest = [nobreak("s. " + p.split(" s. ", 1)[1]) for p in provisions]
    return nobreak(act) + "\u00a0" + "; ".join(rest)


def _statute_rows(st: Statute, *, compact: int, limit: int | None) -> str:
    """Two table rows for one statute: a band across the table in the law's tint (the
    law, who it covers, and whether it makes reporting a duty), then its risk test,
    notice and police cells. ``compact``: 0 full; 1 without the law's full title; 2 also
    without the plain-language gloss of the risk test; 3 also only the first sentence of
    each plain-language field; 4 (the last resort) only the provisions and the quoted
    tests, with who the law covers and the duty cut short."""
    if compact >= 4:
        def limit_text(text: str) -> str:
            return _cut(_first_sentence(text), 60)
    elif compact >= 3:
        limit_text = _first_sentence
    else:
        def limit_text(text: str) -> str:
            return text
    colour = CARD_LAW_COLOURS.get(st.id, "#eeeeee")
    mark = f" {CHECK_MARK}" if st.status == "check-official-text" else ""
    band = f'<span class="law">{esc(st.name)}{mark}</span>'
    if compact < 1:
        band += f" \u2014 <i>{esc(st.full_title)}</i>"
    band += f" \u00b7 <b>Covers:</b> {esc(_cut(limit_text(st.binds), limit))}"
    if st.id == "CYFSA":  # its duty is the s. 125 box above the table; not said twice
        duty = "yes, s. 125 (the yellow box above)."
    else:
        duty = esc(_cut(limit_text(st.duty), limit))
    band += f" \u00b7 <b>Duty to report:</b> {duty}"
    rt = st.risk_test
    risk = f"<b>{esc(nobreak(rt.provision))}</b>"
    if rt.quote:
        risk += f": \u201c{esc(_cut(rt.quote, limit))}\u201d"
    if compact < 2 and rt.plain:
        risk += f"<br>{esc(_cut(rt.plain, limit))}"
    nt = st.notice
    notice = f"<b>{_NOTICE_WORD.get(nt.required, esc(nt.required))}.</b> "
    if compact < 4:
        notice += esc(_cut(limit_text(nt.plain), limit))
    extra = [p for p in nt.provisions if p != rt.provision]  # the risk test's: not twice
    cites = _short_citations if compact >= 3 else _provisions_text
    if extra:
        notice += f" ({esc(cites(extra))})"
    le = st.law_enforcement
    police = f"<b>{esc(cites(le.provisions))}</b>" if le.provisions else ""
    if compact < 4 or not le.provisions:
        police += (": " if le.provisions else "") + esc(_cut(limit_text(le.plain), limit))
    return (f'<tr><td class="law" colspan="3" bgcolor="{colour}">{band}</td></tr>'
            + "<tr>" + "".join(f"<td>{c}</td>" for c in (risk, notice, police)) + "</tr>")


CARD_TITLE = "Sharing without consent when someone is at risk of serious harm"


def _contacts_block(agency: Agency | None, compact: int = 0) -> str:
    """The agency's contacts, three to a row, or boxes to write them in by hand. In the
    last-resort variants (``compact`` 4 and 5) names are left out and hours and the
    procedure are cut short (5: the procedure is only pointed to), so that any file
    check-content accepts still fits on the card."""
    if agency is not None and agency.contacts:
        title = f"Your contacts at {esc(agency.name)}"
        cells = []
        for c in agency.contacts:
            who = f"<b>{esc(c.role_label)}</b>"
            if c.name and compact < 4:
                who += f" \u00b7 {esc(c.name)}"
            line = f'<span class="phone">{esc(agency_view.unbreakable(c.phone))}</span>'
            if c.hours:
                line += f" \u00b7 {esc(c.hours if compact < 4 else _cut(c.hours, 30))}"
            cells.append(f'<td width="33%">{who}<br>{line}</td>')
    else:
        title = "Your contacts: write them in"
        cells = [f'<td width="33%"><b>{esc(label)}</b><br>&nbsp;<br>&nbsp;</td>'
                 for label in BLANK_CONTACT_ROLES]
    per_row = 3 if len(cells) > 4 else 2
    while len(cells) % per_row:
        cells.append('<td></td>')
    rows = "".join("<tr>" + "".join(cells[i:i + per_row]) + "</tr>"
                   for i in range(0, len(cells), per_row))
    out = (f'<p class="block-title">{title}</p>'
           f'<table class="contacts" width="100%" cellspacing="0">{rows}</table>')
    if agency is not None and agency.procedure:
        procedure = " ".join(agency.procedure)
        if compact >= 5:
            procedure = "in the app, Help > Your agency's contacts."
        elif compact >= 4:
            procedure = _cut(procedure, 200)
        out += f"<p><b>Our procedure:</b> {esc(procedure)}</p>"
    return out


#: The roles the card leaves boxes for when there is no agency.yaml.
BLANK_CONTACT_ROLES = ("Privacy officer", "Supervisor on call", "Children's aid society",
                       "VAW crisis line", "Police (non-emergency)", "Agency lawyer")


def law_checked_line(library: Library) -> str:
    """What "Law checked to" means: which Acts' text every provision was read in, and
    the date that text is in force to (the card prints it next to the content version
    and date, so a card printed years later does not look stale without saying why)."""
    m = library.manifest
    acts = _acts_checked(library)
    if acts:
        groups: dict[date, list[str]] = {}
        for act, current_to in acts:
            groups.setdefault(current_to, []).append(act)
        law = "; ".join(f"{', '.join(names)} as in force on {day.isoformat()}"
                        for day, names in sorted(groups.items()))
    elif m.statutes_current_to:
        law = f"the Acts as in force on {m.statutes_current_to.isoformat()}"
    else:
        return "Law checked to: not stated; check the official text"
    return f"Law checked to: {law} (later changes: e-Laws, Justice Laws)"


def _acts_checked(library: Library) -> list[tuple[str, date]]:
    """(Act, the date its text read is current to) for the laws on the card, from the
    content's verified-provisions list; [] when there is none."""
    from content.provisions import load_verified

    try:
        verified = load_verified(library.root)
    except Exception:  # noqa: BLE001 - the card must print even if the list is broken
        return []
    if verified.problems and not verified.acts:
        return []
    names = {st.id: st.name.split()[0] for st in library.statutes}
    return [(names.get(a, a), verified.acts[a].current_to)
            for a in _CARD_ORDER if a in verified.acts and a in names]


def _card_html(library: Library, statutes: Sequence[Statute], agency: Agency | None,
               pt: float, pad: int, compact: int, limit: int | None, *,
               whole_citations: bool = True, contacts: int | None = None) -> str:
    """One variant of the card. ``contacts``: how compact the contact block is (see
    :func:`_contacts_block`; default: as compact as the rest)."""
    body = ['<table class="sos" width="100%" cellspacing="0"><tr><td>'
            f'<span class="sos">{esc(CARD_EMERGENCY)}</span></td></tr></table>']
    body.append(_contacts_block(agency, compact if contacts is None else contacts))
    # Not <h1>: Qt gives h1 a fixed size of its own.
    body.append(f'<p class="card-title">{esc(CARD_TITLE)}</p>')
    body.append("<p><b>Ask for consent first when it is safe.</b> Without it, <b>share only "
                "what is needed</b>, with someone who can act on it, and <b>record your "
                "decision</b> and why. <b>Before telling the person, think of safety:</b> "
                "it may be the abusive partner.</p>")
    cyfsa = next((s for s in statutes if s.id == "CYFSA"), None)
    duty_text = (" ".join(cyfsa.duty.split()) if cyfsa else  # shortened only as a last resort
                 "Anyone with reasonable grounds to suspect a child is or may be in need of "
                 "protection must report it to a children's aid society at once.")
    if compact >= 4:
        duty_text = _cut(duty_text, 300)
    body.append('<table width="100%" class="duty" cellspacing="0"><tr><td>'
                "<b>A child may need protection? You must report it: CYFSA s. 125.</b> "
                f"{esc(duty_text)}</td></tr></table>")
    head = ["1. Risk test: share without consent if\u2026",
            "2. Tell the person afterwards?",
            "3. Police and law enforcement"]
    widths = ["31%", "31%", "38%"]
    rows = ["<tr>" + "".join(f'<th width="{w}">{esc(h)}</th>'
                             for h, w in zip(head, widths, strict=True)) + "</tr>"]
    rows += [_statute_rows(st, compact=compact, limit=limit) for st in statutes]
    body.append('<table width="100%" cellspacing="0">' + "".join(rows) + "</table>")
    notes = []
    for st in statutes:
        if st.status == "check-official-text":
            note = _cut(st.check_note, limit) if st.check_note else \
                "this law has changed since it was checked."
            notes.append(f"{CHECK_MARK} <b>{esc(st.name)}: check the official text.</b> "
                         f"{esc(note)}")
    if limit is not None or compact >= 3:  # said, never hidden
        notes.append("Some entries are shortened; the full text is in the app.")
    body.append("".join(f'<p class="meta">{n}</p>' for n in notes))
    page = _page(CARD_TITLE, "".join(body), extra_css=_card_css(pt, pad), base_css=False)
    return page if whole_citations else page.replace("\u2060", "")


def quick_reference_job(library: Library, agency: Agency | None = None) -> PrintJob:
    """The one-page quick reference card, from ``statutes.yaml`` and, when there is one,
    the agency's ``agency.yaml`` (``agency``; default: the library's own).

    The first line is the emergency line; then the agency's contacts (or boxes to write
    them in); then the laws. ``html`` is the roomiest version; ``fallbacks`` get tighter,
    then more compact, then shortened (never below :data:`MIN_CARD_PT`), so the printer
    can pick the first that fits on one page. ValueError if the content has no statutes.
    """
    if not library.statutes:
        raise ValueError("The quick reference needs statutes.yaml, and this content has "
                         "no statutes.")
    if agency is None:
        agency = agency_of(library)
    order = {sid: i for i, sid in enumerate(_CARD_ORDER)}
    statutes = sorted(library.statutes, key=lambda s: order.get(s.id, 99))
    variants = [_card_html(library, statutes, agency, pt, pad, c, None)
                for pt, pad, c in CARD_LADDER]
    # then citations may break between their parts ("42(1)" / "(f)"), then cells shorten
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 2, 3, None,
                            whole_citations=False)]
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 2, 3, n,
                            whole_citations=False) for n in CARD_CELL_LIMITS]
    # last resorts: the contacts without names, and the procedure cut short...
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 2, 3, n,
                            whole_citations=False, contacts=4) for n in (180, 130, 90)]
    # ...then only the provisions and quoted tests, and the procedure only pointed to
    variants += [_card_html(library, statutes, agency, MIN_CARD_PT, 1, c, 60,
                            whole_citations=False) for c in (4, 5)]
    title = "Quick reference card"
    return PrintJob("quick-reference", title, variants[0], "quick-reference.pdf",
                    one_page=True, fallbacks=tuple(variants[1:]),
                    margins_in=(0.35, 0.3, 0.35, 0.3), footer_pt=MIN_CARD_PT,
                    footer_sans=True, footer_note=law_checked_line(library))


# -- adapters from the decision engine (content.decision) to plain data ------------------

def share_flow(library: Library) -> Any:
    """The main decision flow ("share"); LookupError if the content has none."""
    flows = library.extras.get("decisions") or {}
    flow = flows.get("share") if hasattr(flows, "get") else None
    if flow is None:
        raise LookupError("This content has no decision helper (content/data/decisions), "
                          "so there is no decision map or decision summary to print.")
    return flow


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
    return decision_map_job(flow_map(flow), tree=tree, section_title=_section_title(library),
                            manifest_title=library.manifest.title, disclaimer=flow.disclaimer)


def _section_title(library: Library) -> Callable[[str], str]:
    return lambda sid: library.section(sid).title if library.has_section(sid) else sid


def decision_doc(summary: Any, record: Any = None, *, library: Library | None = None,
                 flow_title: str = "", consult: Sequence[str] | None = None) -> DecisionDoc:
    """A :class:`DecisionDoc` from a ``content.decision.DecisionSummary`` and, for the
    decision record, a ``DecisionRecord`` (its ``rows()``; None prints a blank form).

    ``consult``: the role ids the outcome says to consult (default: the outcome's own
    ``consult`` list, when the content gives one); with the library's ``agency.yaml``
    the document names who to ask."""
    from content.decision import RECORD_FIELDS

    st = _section_title(library) if library is not None else (lambda sid: sid)
    if not flow_title and library is not None:
        flows = library.extras.get("decisions") or {}
        flow = flows.get(summary.flow_id) if hasattr(flows, "get") else None
        flow_title = flow.title if flow is not None else ""
    o = summary.outcome
    roles = tuple(consult if consult is not None else outcome_consult(o))
    agency = agency_of(library) if library is not None else None
    rows = (tuple(record.rows()) if record is not None
            else tuple((label, "") for _key, label in RECORD_FIELDS))
    return DecisionDoc(
        flow_title=flow_title or "Decision helper",
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
        route=getattr(summary, "route", ""),
        alternatives=tuple((ao.route or ao.title, a.consequence, tuple(ao.provisions),
                            ao.notice.text, ao.notice.safety)
                           for a, ao in getattr(summary, "alternatives", ())),
        consult_html=agency_view.consult_html(agency, roles),
        consult_lines=tuple(agency_view.consult_text(agency, roles)),
    )


def outcome_consult(outcome: Any) -> tuple[str, ...]:
    """The role ids an outcome says to consult (its ``consult`` list, e.g.
    ``("privacy-officer", "supervisor")``)."""
    return tuple(getattr(outcome, "consult", ()) or ())


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
        raise ValueError(f"These facts do not reach an outcome yet. Add {q.fact}="
                         f"{values} ({q.text})" if q is not None else
                         "These facts do not reach an outcome.")
    return decision_doc(ev.summary, DecisionRecord.prefilled(ev.summary), library=library,
                        flow_title=flow.title)
