"""What every printout is made of: the :class:`PrintJob` a builder returns, the
:class:`PrintMeta` its running footer is drawn from, the print stylesheet and the small
HTML helpers the builders share. Pure functions, no Qt.

The running footer is not part of the HTML: the printer draws it on every page from
:class:`PrintMeta` (see :meth:`PrintMeta.footer`), because only the printer knows the page
count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from content.cite_fr import cite_in
from content.html_escape import esc
from content.model import Library
from desktop_app.i18n import current_language, translate

NOT_LEGAL_ADVICE = "Not legal advice"  # the English; the footer says it in the current language


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
        first = translate("Printouts", "Not legal advice. Based on: {guidance}").format(
            guidance=self.guidance_title)
        if self.content_date:
            content = translate("Printouts", "Content {version} of {date}").format(
                version=self.content_version, date=self.content_date)
        else:
            content = translate("Printouts", "Content {version}").format(
                version=self.content_version)
        if note:
            content += f" \u00b7 {note}"
        second = " \u00b7 ".join([
            content,
            f"{self.app_title} {self.app_version}",
            translate("Printouts", "Printed {date}").format(date=self.printed),
            translate("Printouts", "Page {page} of {total}").format(page=page, total=total),
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


def page_html(title: str, body: str, *, extra_css: str = "", base_css: bool = True) -> str:
    css = (stylesheet() if base_css else "") + extra_css
    return ("<html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
            "<style>" + css + "</style></head><body>" + body + "</body></html>")


def kind_line(text: str) -> str:
    return f'<p class="doc-kind">{esc(text)}</p>'


def nobreak(provision: str) -> str:
    """A citation that never breaks across lines ("PHIPA s. 43(1)(h)" stays whole):
    no-break spaces, and a word joiner (U+2060) between ")" and "(", where line
    breaking would otherwise allow a break."""
    return provision.replace(" ", "\u00a0").replace(")(", ")\u2060(")


def provisions_text(provisions: Iterable[str]) -> str:
    """The citations, each kept whole, in the current language's style (French: "par. 40
    (1) de la LPRPS")."""
    language = current_language()
    return "; ".join(nobreak(cite_in(language, p)) for p in provisions)

def check_box(html_text: str) -> str:
    """``html_text`` in the framed "check" box (cautions, notices)."""
    return f'<table class="check" width="100%"><tr><td>{html_text}</td></tr></table>'
