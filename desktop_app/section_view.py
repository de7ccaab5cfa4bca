"""What a section page says around its body, in one place for the reader and for print.

The reader (:func:`desktop_app.reader.section_html`) and the printout
(:func:`desktop_app.printouts.sections.sections_job`) both build from :func:`section_view` and the
labels here, so the screen and the paper can never word the same thing two ways
("Provisions cited" on one, "Provisions:" on the other). Pure Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from content.model import SECTOR_LABELS, Library, Section

CHECK_LABEL = "Check the official text."
DEFAULT_CHECK_NOTE = ("Part of this section has not been checked against the official text "
                      "of the law.")
PROVISIONS_HEADING = "Provisions cited"
NO_PROVISIONS = "None."
SOURCES_HEADING = "Sources"
RELATED_HEADING = "Related sections"
NOT_LEGAL_ADVICE = ("This is plain-language information, not legal advice. For a decision "
                    "about a real person, talk to your supervisor, your privacy officer or a "
                    "lawyer, and check the official text of the law.")


def format_date(d: date | None) -> str:
    """25 November 2026."""
    if not d:
        return ""
    return f"{d.day} {d.strftime('%B %Y')}"


@dataclass(frozen=True)
class SourceLine:
    citation: str
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class SectionView:
    """Everything a section page shows except its body, as plain text.

    Attributes:
        crumbs: (id, title) of the sections above it, top first.
        tags: the laws and sectors it is about.
        check_note: what to check in the official text ("" when nothing is flagged).
        provisions: the provisions cited; ``no_provisions`` says why there are none.
        meta: "Content version ... · text reviewed ...".
        origin: "" for the guide's own sections; for a section an agency's content pack
            added or replaced, a line saying so.
    """

    title: str
    crumbs: tuple[tuple[str, str], ...]
    tags: tuple[str, ...]
    summary: str
    check_note: str
    provisions: tuple[str, ...]
    no_provisions: str
    sources: tuple[SourceLine, ...]
    related: tuple[tuple[str, str], ...]
    meta: str
    origin: str = ""


def _origin(library: Library, section: Section) -> str:
    from content.agency import agency_of
    from desktop_app.content_source import agency_sections

    if section.id not in agency_sections(library.root):
        return ""
    agency = agency_of(library)
    who = f"{agency.name}'s" if agency else "your agency's"
    return (f"From {who} own content pack: this section is not part of the guide as "
            "published. Ask your agency about it.")


def section_view(library: Library, section: Section) -> SectionView:
    m = library.manifest
    meta = f"Content version {m.content_version}"
    if section.reviewed:
        meta += f" \u00b7 text reviewed {format_date(section.reviewed)}"
    check = ""
    if section.needs_check:
        check = section.check_note or DEFAULT_CHECK_NOTE
    return SectionView(
        title=section.title,
        crumbs=tuple((s.id, s.title) for s in library.breadcrumbs(section.id)),
        tags=tuple(section.statutes) + tuple(SECTOR_LABELS.get(s, s) for s in section.sectors),
        summary=section.summary,
        check_note=check,
        provisions=tuple(section.provisions),
        no_provisions="" if section.provisions else (section.provisions_reason
                                                      or NO_PROVISIONS),
        sources=tuple(SourceLine(src.citation(), src.url, src.note)
                      for src in library.source_list(section.sources)),
        related=tuple((r, library.section(r).title) for r in section.related
                      if library.has_section(r)),
        meta=meta,
        origin=_origin(library, section),
    )
