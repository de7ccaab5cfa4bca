"""The printout of one or more sections, each as the reader shows it (the words around
the body come from :mod:`desktop_app.section_view`), with links as plain text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from content import render
from content.model import Library, Section
from content.section_blocks import BlockStyle, cited_blocks, lead_blocks
from desktop_app.i18n import translate, untranslated_note
from desktop_app.printouts.job import (
    PrintJob,
    check_box,
    esc,
    kind_line,
    nobreak,
    page_html,
    safe_filename,
)
from desktop_app.section_view import section_view

#: A section on paper: smaller headings, addresses and titles as text, the notice in the
#: printouts' "check" box, each citation kept whole on its line.
ON_PAPER = BlockStyle(heading="h3", links=False, origin_class="", tags_class="meta",
                      notice=check_box, notice_mark="", source_class="meta",
                      closing_class="meta", citation=nobreak)


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
    if s.untranslated:  # the French guide: this section is still in English, as on screen
        parts.append(f'<p class="meta"><b>&#9432; {esc(untranslated_note())}</b></p>')
    parts += lead_blocks(v, ON_PAPER)
    parts.append(render.to_html(s.body, print_mode=True, link_title=_link_title(library),
                                see=translate("Printouts", "see: {title}")))
    parts += cited_blocks(v, ON_PAPER)
    return "".join(parts)


def sections_job(library: Library, section_ids: Sequence[str]) -> PrintJob:
    """The chosen sections, in reading order, with a list of their summaries first.

    Unknown ids are left out; ValueError if none is left.
    """
    wanted = set(section_ids)
    chosen = [s for s in library.sections if s.id in wanted]
    if not chosen:
        raise ValueError(translate("Printouts", "No sections to print: choose at least one "
                                   "section."))
    body: list[str] = []
    if len(chosen) == 1:
        s = chosen[0]
        title = s.title
        filename = safe_filename(s.id, "section") + ".pdf"
        body.append(kind_line(library.manifest.title))
    else:
        title = translate("Printouts", "{guide}: {n} sections").format(
            guide=library.manifest.title, n=len(chosen))
        filename = f"sections-{len(chosen)}.pdf"
        body.append(kind_line(library.manifest.title))
        body.append("<h1>" + esc(translate("Printouts", "{n} sections: summaries").format(
            n=len(chosen))) + "</h1>")
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
    return PrintJob("sections", title, page_html(title, "".join(body)), filename)
