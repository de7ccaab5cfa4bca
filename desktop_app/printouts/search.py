"""The printout of one search: the query, the filters, and each hit's title,
provisions and snippet. Reads the index's own :class:`~index.types.SearchResults`."""

from __future__ import annotations

from collections.abc import Sequence

from content.model import SECTOR_LABELS, Library
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
    title = "Search results"
    body = [kind_line(library.manifest.title if library else "Info-Sharing Guide"),
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
    suggestion = results.suggestion
    if suggestion:
        if results.corrected:
            rows.append(("Note", f"The results include matches for \u201c{suggestion}\u201d"))
        else:
            rows.append(("Did you mean", f"\u201c{suggestion}\u201d"))
    body.append('<table class="plain">' + "".join(
        f'<tr><td class="label">{esc(k)}:</td><td>{esc(v)}</td></tr>' for k, v in rows)
        + "</table>")
    if not hits:
        body.append("<p>No results.</p>")
    for n, hit in enumerate(hits, 1):
        kind = hit.kind
        htitle = hit.title
        if kind == "glossary":
            htitle = f"Glossary: {htitle}"
        body.append(f"<h3>{n}. {esc(htitle)}</h3>")
        sid = hit.section_id
        if library is not None and kind != "glossary" and sid and library.has_section(sid):
            crumbs = [c.title for c in library.breadcrumbs(sid)]
            if crumbs:
                body.append('<p class="meta">' + esc(" \u203a ".join(crumbs)) + "</p>")
        provisions = hit.provisions
        if provisions:
            body.append(f'<p class="meta"><b>Provisions:</b> '
                        f'{esc(provisions_text(provisions))}</p>')
        snippet = hit.snippet_text
        if snippet:
            body.append(f"<p>{esc(snippet)}</p>")
    name = "search-results.pdf"
    return PrintJob("search", title, page_html(title, "".join(body)), name)
