"""The HTML of the pages the reader shows: a section (the words around its body come from
:mod:`desktop_app.section_view`, shared with print), the glossary A to Z, and the start page.

Only the start page is needed before the window's first paint, so the modules a section or
the glossary needs (the section's words and blocks, the French citations) are imported when
the first of those pages is built (issue 15: the start's dataclasses and patterns).

Functions of the library (Qt only for the translations, context ``ReaderPages``): links are
``section:``, ``glossary:`` and ``home:`` addresses the main window follows (the reader
never follows a link itself). A page is built when it is shown, in the interface's language
at that moment.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from content.html_escape import esc
from content.model import Library, Section
from desktop_app.agency_view import agency_block_html
from desktop_app.content_words import format_date
from desktop_app.i18n import untranslated_html, untranslated_note

if TYPE_CHECKING:
    from content.section_blocks import BlockStyle

translate = QCoreApplication.translate

#: The start page's "How to use this guide", one item each (HTML: the keys in bold).
HOW_TO_USE = (
    QT_TRANSLATE_NOOP("ReaderPages", "<b>Search</b>: press <b>Ctrl+K</b> and type a few "
                      "words, for example <i>police asking for records</i>. Spelling "
                      "mistakes are fine."),
    QT_TRANSLATE_NOOP("ReaderPages", "<b>Browse</b>: pick a topic from the contents on the "
                      "left, or below."),
    QT_TRANSLATE_NOOP("ReaderPages", "<b>Leave quickly</b>: press <b>Shift</b> three times, "
                      "or <b>Ctrl+Shift+Q</b>, or the <b>Quick exit</b> button."),
    QT_TRANSLATE_NOOP("ReaderPages", "All keyboard shortcuts: <b>F1</b>."),
)


@dataclass(frozen=True)
class Page:
    """What the reader shows: ``kind`` is ``home``, ``section``, ``glossary`` or a decision
    result (:data:`desktop_app.decision.outcome_page.PAGE_KIND`)."""

    kind: str
    id: str = ""

    @property
    def url(self) -> str:
        return f"{self.kind}:{self.id}"




def _notice(inner_html: str) -> str:
    """The reader's framed "check the official text" box around ``inner_html``."""
    return ('<table class="notice" width="100%" cellspacing="0" cellpadding="10" border="1">'
            f'<tr><td class="notice">{inner_html}</td></tr></table>')


@functools.cache
def on_screen() -> BlockStyle:
    """A section page on screen: headings of the page's second level, links, the warning
    sign."""
    from content.section_blocks import BlockStyle

    return BlockStyle(heading="h2", links=True, origin_class="summary", tags_class="tags",
                      notice=_notice, notice_mark="&#9888; ", source_class="source",
                      closing_class="legal")


def _not_legal_advice() -> str:
    from desktop_app.section_view import labels

    return labels().not_legal_advice


HOME = Page("home")
GLOSSARY = Page("glossary")


def section_html(library: Library, section: Section) -> str:
    """The full page for one section (see the issue's "Each section page shows"). The
    words around the body come from :mod:`desktop_app.section_view`, shared with print."""
    from content.section_blocks import cited_blocks, lead_blocks
    from desktop_app.section_view import section_view

    v = section_view(library, section)
    parts: list[str] = []
    crumbs = [f'<a href="home:">{esc(translate("ReaderPages", "Contents"))}</a>']
    crumbs += [f'<a href="section:{esc(sid)}">{esc(title)}</a>' for sid, title in v.crumbs]
    parts.append(f'<p class="crumbs">{" &rsaquo; ".join(crumbs)}</p>')
    parts.append(f"<h1>{esc(v.title)}</h1>")
    if section.untranslated:  # the French guide: this section is still in English
        parts.append(untranslated_html())
    parts += lead_blocks(v, on_screen())
    from content import render  # Markdown is needed only once a section opens, after start-up

    parts.append('<div class="body">')
    parts.append(render.to_html(section.body))
    parts.append("</div>")

    parts += cited_blocks(v, on_screen())
    return "\n".join(parts)


def term_anchor(term_id: str) -> str:
    return f"term-{term_id}"


def glossary_html(library: Library) -> str:
    """All glossary terms, A to Z, grouped by first letter."""
    from content.cite_fr import cite_in

    contents = esc(translate("ReaderPages", "Contents"))
    glossary = esc(translate("ReaderPages", "Glossary"))
    parts = [f'<p class="crumbs"><a href="home:">{contents}</a> &rsaquo; {glossary}</p>',
             f"<h1>{glossary}</h1>",
             '<p class="summary">' + esc(translate(
                 "ReaderPages", "The words this guide uses, in plain language, A to Z."))
             + "</p>"]
    terms = sorted(library.glossary, key=lambda t: t.term.casefold())
    if not terms:
        parts.append("<p>" + esc(translate(
            "ReaderPages", "There are no glossary terms in this content.")) + "</p>")
    letter = ""
    for t in terms:
        first = (t.term[:1] or "#").upper()
        if first != letter:
            letter = first
            parts.append(f"<h2>{esc(letter)}</h2>")
        parts.append(f'<p class="term"><a name="{esc(term_anchor(t.id))}"></a>'
                     f"<b>{esc(t.term)}</b><br/>{esc(t.definition)}")
        if t.untranslated:
            parts.append(f'<br/><i>{esc(untranslated_note())}</i>')
        extras = []
        if t.provisions:
            extras.append(esc(translate("ReaderPages", "Provisions: {provisions}").format(
                provisions=", ".join(cite_in(library.language, p) for p in t.provisions))))
        see = [library.section(s) for s in t.see if library.has_section(s)]
        if see:
            links = ", ".join(f'<a href="section:{esc(s.id)}">{esc(s.title)}</a>' for s in see)
            extras.append(esc(translate("ReaderPages", "See: {sections}")).format(
                sections=links))
        if extras:
            parts.append('<br/><span class="tags">' + "<br/>".join(extras) + "</span>")
        parts.append("</p>")
    parts.append(f'<p class="legal">{esc(_not_legal_advice())}</p>')
    return "\n".join(parts)


def home_html(library: Library) -> str:
    """The start page: what this is, how to use it, the top-level contents."""
    m = library.manifest
    parts = [f"<h1>{esc(m.title)}</h1>"]
    if m.guidance_title:
        values = {"title": f"<i>{esc(m.guidance_title)}</i>",
                  "publisher": esc(m.guidance_publisher),
                  "year": m.guidance_date.year if m.guidance_date else ""}
        about = translate(
            "ReaderPages", "When Ontario privacy law lets you share information in situations "
            "involving intimate partner violence. A plain-language companion to {title} "
            "({publisher}, {year}).") if m.guidance_date else translate(
            "ReaderPages", "When Ontario privacy law lets you share information in situations "
            "involving intimate partner violence. A plain-language companion to {title} "
            "({publisher}).")
        parts.append(f'<p class="summary">{esc(about).format(**values)}</p>')
    if m.provenance:
        parts.append(f'<p class="summary">{esc(m.provenance)}</p>')
    agency = agency_block_html(library.agency)
    if agency:  # the agency's own contacts (agency.yaml): only when there is one
        parts.append(agency)
    parts.append("<h2>" + esc(translate("ReaderPages", "How to use this guide")) + "</h2><ul>")
    parts += ["<li>" + translate("ReaderPages", str(item)) + "</li>" for item in HOW_TO_USE]
    parts.append("</ul>")
    top = library.children(None)
    if top:
        parts.append(f"<h2>{esc(translate('ReaderPages', 'Contents'))}</h2><ul>")
        for s in top:
            summary = f" &mdash; {esc(s.summary)}" if s.summary else ""
            parts.append(f'<li><a href="section:{esc(s.id)}">{esc(s.title)}</a>{summary}</li>')
        parts.append('<li><a href="glossary:">'
                     + esc(translate("ReaderPages", "Glossary (A to Z)")) + "</a></li></ul>")
    parts.append("<h2>" + esc(translate("ReaderPages", "Your privacy")) + "</h2><p>" + esc(
        translate("ReaderPages", "This app works entirely offline: nothing you type or read "
                   "leaves this computer, and nothing is saved except your display "
                   "preferences. Searches and pages you visit are forgotten when you close it "
                   "or press Quick exit.")) + "</p>")
    parts.append(f'<p class="legal">{esc(m.disclaimer or _not_legal_advice())}<br/>'
                 f"{esc(_version_line(library))}</p>")
    return "\n".join(parts)


def _version_line(library: Library) -> str:
    """The start page's last line: the content's version and date, the statutes' date."""
    m = library.manifest
    values = {"version": m.content_version, "date": format_date(m.content_date),
              "statutes": format_date(m.statutes_current_to)}
    if m.content_date and m.statutes_current_to:
        text = translate("ReaderPages", "Content version {version} ({date}). Statutes "
                          "current to {statutes}.")
    elif m.content_date:
        text = translate("ReaderPages", "Content version {version} ({date}).")
    elif m.statutes_current_to:
        text = translate("ReaderPages", "Content version {version}. Statutes current to "
                          "{statutes}.")
    else:
        text = translate("ReaderPages", "Content version {version}.")
    return text.format(**values)
