"""The printout of one search: the query, the filters, and each hit's title,
provisions and snippet. Reads the index's own :class:`~index.types.SearchResults`."""

from __future__ import annotations

from collections.abc import Sequence

from content.model import Library
from desktop_app.content_words import sector_label, statute_label
from desktop_app.i18n import translate
from desktop_app.printouts.job import PrintJob, esc, kind_line, page_html, provisions_text
from index.types import SearchResults


def search_job(results: SearchResults, *, statutes: Sequence[str] = (),
               sectors: Sequence[str] = (), library: Library | None = None) -> PrintJob:
    """A digest of one search: the query, the filters, and each hit's title, provisions
    and snippet."""
    query = results.query
    hits = results.hits
    total = results.total
    # Neutral on purpose: the title names the print job (print queues and print servers
    # keep job names) and the PDF's metadata; the file name is offered in the Save dialog.
    # The words searched for appear only inside the document.
    title = translate("Printouts", "Search results")
    body = [kind_line(library.manifest.title if library else "Info-Sharing Guide"),
            f"<h1>{esc(title)}</h1>"]
    rows = [(translate("Printouts", "Search"),
             translate("Printouts", "\u201c{words}\u201d").format(words=query) if query
             else translate("Printouts", "(no search words)"))]
    filt = []
    if statutes:
        filt.append(translate("Printouts", "Laws: {laws}").format(
            laws=", ".join(statute_label(library, st) for st in statutes)))
    if sectors:
        filt.append(translate("Printouts", "Sectors: {sectors}").format(
            sectors=", ".join(sector_label(s) for s in sectors)))
    rows.append((translate("Printouts", "Filters"),
                 "; ".join(filt) if filt else translate("Printouts", "none")))
    shown = len(hits)
    rows.append((translate("Printouts", "Results"),
                 translate("Printouts", "{total} (the first {shown} are listed)").format(
                     total=total, shown=shown) if total > shown else f"{total}"))
    suggestion = results.suggestion
    if suggestion:
        if results.corrected:
            rows.append((translate("Printouts", "Note"), translate(
                "Printouts", "The results include matches for \u201c{words}\u201d").format(
                    words=suggestion)))
        else:
            rows.append((translate("Printouts", "Did you mean"), translate(
                "Printouts", "\u201c{words}\u201d").format(words=suggestion)))
    colon = translate("Printouts", "{label}:")
    body.append('<table class="plain">' + "".join(
        f'<tr><td class="label">{esc(colon.format(label=k))}</td><td>{esc(v)}</td></tr>'
        for k, v in rows) + "</table>")
    if not hits:
        body.append("<p>" + esc(translate("Printouts", "No results.")) + "</p>")
    for n, hit in enumerate(hits, 1):
        kind = hit.kind
        htitle = hit.title
        if kind == "glossary":
            htitle = translate("Printouts", "Glossary: {term}").format(term=htitle)
        body.append(f"<h3>{n}. {esc(htitle)}</h3>")
        sid = hit.section_id
        if library is not None and kind != "glossary" and sid and library.has_section(sid):
            crumbs = [c.title for c in library.breadcrumbs(sid)]
            if crumbs:
                body.append('<p class="meta">' + esc(" \u203a ".join(crumbs)) + "</p>")
        provisions = hit.provisions
        if provisions:
            body.append('<p class="meta"><b>' + esc(colon.format(
                label=translate("Printouts", "Provisions"))) + "</b> "
                + f"{esc(provisions_text(provisions))}</p>")
        snippet = hit.snippet_text
        if snippet:
            body.append(f"<p>{esc(snippet)}</p>")
    name = "search-results.pdf"
    return PrintJob("search", title, page_html(title, "".join(body)), name)
