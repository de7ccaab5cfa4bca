"""The decision helper's result as a full page in the reader.

The side panel is narrow; the result (what the law allows, the conditions, notice, what to
record) is the most important text in the app, so it also opens as a page in the wide
reader, with links to the sections and the scenarios that fit the situation, and a link
to print it.

The page is built from whatever the engine's summary holds, not from a fixed list of
fields: the summary's own Markdown (``DecisionSummary.to_markdown``, also what printing
uses) first, then any other field of ``DecisionSummary.as_dict()`` that the Markdown does
not already show (alternative routes, notes...), rendered generically.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from content.cite_fr import cite_in
from content.html_escape import esc
from content.model import Library, Section
from desktop_app.agency_view import role_words
from desktop_app.i18n import translate

if TYPE_CHECKING:  # the reader imports this page before the decision engine loads
    from content.decision import DecisionSummary

PAGE_KIND = "outcome"
#: Links the window handles on this page (not section links).
PRINT_URL = "decision:print"
PANEL_URL = "decision:panel"

# as_dict() keys that to_markdown() already shows, or that are bookkeeping
_SHOWN = {"flow", "outcome_id", "verdict", "title", "plain", "provisions", "provisions_reason",
          "conditions", "notice", "notice_required", "record", "sections", "answers",
          "facts", "disclaimer", "check_official_text", "duty_to_report"}
_TITLE_KEYS = ("title", "name", "label", "route", "id")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 3}


def fitting_scenarios(library: Library, summary: DecisionSummary, limit: int = 4
                      ) -> list[Section]:
    """Scenario sections that fit this result: same provisions, links to the same
    sections, the same recipient or sector words in the title. Best first."""
    from content import render

    listed = set(summary.sections)
    provisions = set(summary.provisions)
    acts = {p.split()[0] for p in provisions if p}
    answer_words: set[str] = set()
    for a in summary.answers:
        answer_words |= _words(a.choice.label) | _words(a.choice.value.replace("-", " "))
    scored: list[tuple[int, int, Section]] = []
    for s in library.sections:
        if s.kind != "scenario" or s.id in listed:
            continue
        targets = {link.href.partition(":")[2] for link in render.links(s.body)
                   if link.href.startswith("section:")} | set(s.related)
        score = (3 * len(provisions & set(s.provisions)) + 2 * len(listed & targets)
                 + (1 if acts & set(s.statutes) else 0)
                 + 2 * len(answer_words & _words(s.title)))
        if score > 1:
            scored.append((-score, s.order, s))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [s for _score, _order, s in scored[:limit]]


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _key_words(key: str) -> str:
    """A summary field's name ("alternatives") as a heading, in the current language."""
    words = {
        "route": translate("DecisionHelper", "Route relied on"),
        "alternatives": translate("DecisionHelper", "Alternatives"),
        "consult": translate("DecisionHelper", "Who to ask"),
        "notes": translate("DecisionHelper", "Notes"),
        "consequence": translate("DecisionHelper", "Consequence"),
        "notice_required": translate("DecisionHelper", "Notice required"),
        "caution": translate("DecisionHelper", "Caution"),
        "check_official_text": translate("DecisionHelper", "Check the official text"),
        "safety": translate("DecisionHelper", "Safety"),
        "required": translate("DecisionHelper", "Required"),
        "provisions": translate("DecisionHelper", "Provisions"),
        "notice": translate("DecisionHelper", "Notice"),
    }
    return words.get(key) or key.replace("_", " ").capitalize()


def _generic(value: Any, library: Library | None = None) -> str:
    """HTML for a summary field the page has no special layout for. A section id becomes
    a link to that section; another id ("privacy-officer") reads as words."""
    if isinstance(value, str) and _SLUG.match(value):
        if library is not None and library.has_section(value):
            return f'<a href="section:{esc(value)}">{esc(library.section(value).title)}</a>'
        return esc(role_words(value))
    if isinstance(value, dict):
        title = next((value[k] for k in _TITLE_KEYS if value.get(k)), "")
        rest = []
        for k, v in value.items():
            if v in (None, "", [], (), {}) or (k in _TITLE_KEYS and v == title) or k == "id":
                continue  # ids are for the program, not the reader
            if k in ("text", "plain", "body"):
                rest.append(f"<br/>{esc(v)}")
                continue
            label = translate("DecisionHelper", "{label}:").format(label=_key_words(k))
            if isinstance(v, bool):
                v = translate("DecisionHelper", "yes") if v else translate("DecisionHelper", "no")
            if isinstance(v, (list, tuple)):
                v = "; ".join(str(x) for x in v)
            rest.append(f"<br/><i>{esc(label)}</i> {esc(v)}")
        return f"<b>{esc(title)}</b>{''.join(rest)}" if title else "".join(rest)[5:]
    if isinstance(value, (list, tuple)):
        return "<ul>" + "".join(f"<li>{_generic(v, library)}</li>" for v in value) + "</ul>"
    return esc(value)


def _already_shown(value: Any, markdown: str) -> bool:
    """True when every piece of text in ``value`` is already in the page's Markdown."""
    texts: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, str) and len(v) > 12:
            texts.append(v)

    walk(value)
    flat = " ".join(markdown.split())
    return all(" ".join(t.split())[:60] in flat for t in texts)


def outcome_html(library: Library, summary: DecisionSummary) -> str:
    """The full page for the result on screen (``summary``: a DecisionSummary)."""

    def title(sid: str) -> str:
        return library.section(sid).title if library.has_section(sid) else sid

    from content import render

    markdown = summary.to_markdown(title, lambda c: cite_in(library.language, c))
    lines = markdown.splitlines()
    if lines and lines[0].startswith("## "):  # the title becomes the page's h1
        lines = lines[1:]
    body = "\n".join(lines)
    parts = [f'<p class="crumbs"><a href="{PANEL_URL}">'
             + esc(translate("DecisionHelper", "Decision helper")) + "</a> &rsaquo; "
             + esc(translate("DecisionHelper", "Result")) + "</p>",
             f"<h1>{esc(summary.title)}</h1>",
             f'<p class="tags"><a href="{PRINT_URL}">'
             + esc(translate("DecisionHelper", "Print or save this result as a PDF")) + "</a> "
             + esc(translate("DecisionHelper", "(with the decision record)")) + "</p>",
             '<div class="body">', render.to_html(body), "</div>"]

    extras = summary.as_dict()
    for key, value in extras.items():
        if key in _SHOWN or value in (None, "", [], (), {}) or isinstance(value, bool):
            continue
        if _already_shown(value, markdown):
            continue
        parts.append(f"<h2>{esc(_key_words(key))}</h2>")
        parts.append(_generic(value, library))

    scenarios = fitting_scenarios(library, summary)
    if scenarios:
        parts.append("<h2>" + esc(translate("DecisionHelper", "Scenarios like this one"))
                     + "</h2><ul>")
        for s in scenarios:
            blurb = f" &mdash; {esc(s.summary)}" if s.summary else ""
            parts.append(f'<li><a href="section:{esc(s.id)}">{esc(s.title)}</a>{blurb}</li>')
        parts.append("</ul>")
    parts.append('<p class="legal">' + translate(
        "DecisionHelper", "Fill in the decision record in the <a href=\"{url}\">decision "
        "helper</a>; print it from here or from there. Nothing is saved by the app.").format(
            url=PANEL_URL) + "</p>")
    return "\n".join(parts)


def no_outcome_html() -> str:
    """Shown if the reader is asked for a result that is no longer on screen."""
    return ("<h1>" + esc(translate("DecisionHelper", "No result")) + "</h1><p>" + translate(
        "DecisionHelper", "The decision helper has no result on screen now. Answer its "
        "questions in the <a href=\"{url}\">decision helper</a> to see one.").format(
            url=PANEL_URL) + "</p>")
