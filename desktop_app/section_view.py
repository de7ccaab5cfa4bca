"""What a section page says around its body, in one place for the reader and for print.

The reader (:func:`desktop_app.reader_pages.section_html`) and the printout
(:func:`desktop_app.printouts.sections.sections_job`) both build from :func:`section_view` and the
labels here, so the screen and the paper can never word the same thing two ways
("Provisions cited" on one, "Provisions:" on the other). Pure Python, no Qt: the words come
in the current language through :func:`desktop_app.i18n.translate` (Qt's translators
when the app runs). The upper-case constants are the English source texts, kept for code
that still imports them; :class:`SectionView` carries the translated ones
(``check_label``, ``provisions_heading``, ``sources_heading``, ``related_heading``,
``not_legal_advice``), and :func:`labels` gives them without a section.
"""

from __future__ import annotations

from dataclasses import dataclass

from content.cite_fr import cite_in
from content.model import Library, Section
from desktop_app.content_words import format_date, sector_label, statute_label
from desktop_app.i18n import translate

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


@dataclass(frozen=True)
class Labels:
    """The words around a section, in the current language."""

    check_label: str
    default_check_note: str
    provisions_heading: str
    no_provisions: str
    sources_heading: str
    related_heading: str
    not_legal_advice: str


def labels() -> Labels:
    """The words around a section in the current language (English without Qt)."""
    return Labels(
        check_label=translate("SectionView", "Check the official text."),
        default_check_note=translate("SectionView", "Part of this section has not been "
                                     "checked against the official text of the law."),
        provisions_heading=translate("SectionView", "Provisions cited"),
        no_provisions=translate("SectionView", "None."),
        sources_heading=translate("SectionView", "Sources"),
        related_heading=translate("SectionView", "Related sections"),
        not_legal_advice=translate(
            "SectionView", "This is plain-language information, not legal advice. For a "
            "decision about a real person, talk to your supervisor, your privacy officer or "
            "a lawyer, and check the official text of the law."),
    )


@dataclass(frozen=True)
class SourceLine:
    """One source as a section page lists it: the citation, its address and a note."""

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
        provisions: the provisions cited, in the library's legal style ("par. 40 (1)
            de la LPRPS" in French); ``no_provisions`` says why there are none.
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
    check_label: str = CHECK_LABEL
    provisions_heading: str = PROVISIONS_HEADING
    sources_heading: str = SOURCES_HEADING
    related_heading: str = RELATED_HEADING
    not_legal_advice: str = NOT_LEGAL_ADVICE


def _origin(library: Library, section: Section) -> str:
    from content.agency import agency_of
    from desktop_app.content_source import agency_sections

    if section.id not in agency_sections(library.root):
        return ""
    agency = agency_of(library)
    if agency:
        return translate("SectionView", "From {agency}'s own content pack: this section is "
                         "not part of the guide as published. Ask your agency about it."
                         ).format(agency=agency.name)
    return translate("SectionView", "From your agency's own content pack: this section is "
                     "not part of the guide as published. Ask your agency about it.")


def section_view(library: Library, section: Section) -> SectionView:
    m = library.manifest
    words = labels()
    meta = translate("SectionView", "Content version {version}").format(
        version=m.content_version)
    if section.reviewed:
        meta += " \u00b7 " + translate("SectionView", "text reviewed {date}").format(
            date=format_date(section.reviewed))
    check = ""
    if section.needs_check:
        check = section.check_note or words.default_check_note
    return SectionView(
        title=section.title,
        crumbs=tuple((s.id, s.title) for s in library.breadcrumbs(section.id)),
        tags=tuple(statute_label(library, st) for st in section.statutes)
        + tuple(sector_label(s) for s in section.sectors),
        summary=section.summary,
        check_note=check,
        # in the library's legal style: "par. 40 (1) de la LPRPS" in French
        provisions=tuple(cite_in(library.language, p) for p in section.provisions),
        no_provisions="" if section.provisions else (section.provisions_reason
                                                      or words.no_provisions),
        sources=tuple(SourceLine(src.citation(), src.url, src.note)
                      for src in library.source_list(section.sources)),
        related=tuple((r, library.section(r).title) for r in section.related
                      if library.has_section(r)),
        meta=meta,
        origin=_origin(library, section),
        check_label=words.check_label,
        provisions_heading=words.provisions_heading,
        sources_heading=words.sources_heading,
        related_heading=words.related_heading,
        not_legal_advice=words.not_legal_advice,
    )
