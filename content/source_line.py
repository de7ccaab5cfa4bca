"""One source as a section page lists it, on screen and on paper: the same words in both.

``[3] Title. Publisher. 2024-05-01 — https://… (note)``: the citation, its web address and
the note. The reader (:mod:`desktop_app.reader_pages`) makes the address a link; the
printout (:mod:`desktop_app.printouts.sections`) prints it as text. No Qt.
"""

from __future__ import annotations

from content.html_escape import esc

#: between the citation and the web address
URL_SEPARATOR = " \u2014 "


def source_line_html(citation: str, url: str = "", note: str = "", *, link: bool) -> str:
    """The line's HTML, every part escaped; with ``link`` the address is an ``<a href>``."""
    line = esc(citation)
    if url:
        shown = esc(url)
        line += URL_SEPARATOR + (f'<a href="{shown}">{shown}</a>' if link else shown)
    if note:
        line += f" <i>({esc(note)})</i>"
    return line
