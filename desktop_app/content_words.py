"""The names the app gives to what content codes (a law's id, a sector's id) and to dates,
in the interface's language: one place for the search filters, the results, the reader, the
printouts and the command line.

Pure Python, no Qt: the words come through :func:`desktop_app.i18n.translate` (Qt's
translators when the app runs). Kept apart from :mod:`desktop_app.section_view` (a section
page's words), which the start does not need: the window's start uses these, and that one
loads with the first section opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from datetime import date

    from content.model import Library


#: The laws' short names and the sectors' names, translated when shown (context
#: ``FilterNames``): the one place that names them, for the search filters' chips
#: (:func:`filter_name`), the results, the reader and the
#: printouts. A sector never shows by its English label in French.
FILTER_NAMES = {
    ("statutes", "FIPPA"): QT_TRANSLATE_NOOP("FilterNames", "FIPPA"),
    ("statutes", "MFIPPA"): QT_TRANSLATE_NOOP("FilterNames", "MFIPPA"),
    ("statutes", "PHIPA"): QT_TRANSLATE_NOOP("FilterNames", "PHIPA"),
    ("statutes", "CYFSA"): QT_TRANSLATE_NOOP("FilterNames", "CYFSA"),
    ("statutes", "PIPEDA"): QT_TRANSLATE_NOOP("FilterNames", "PIPEDA"),
    ("sectors", "justice"): QT_TRANSLATE_NOOP("FilterNames", "Justice"),
    ("sectors", "health"): QT_TRANSLATE_NOOP("FilterNames", "Health"),
    ("sectors", "children-and-family"): QT_TRANSLATE_NOOP("FilterNames", "Children and family"),
    ("sectors", "ipv-services"): QT_TRANSLATE_NOOP("FilterNames", "IPV services"),
    ("sectors", "social-services"): QT_TRANSLATE_NOOP("FilterNames", "Social services"),
}


def filter_name(kind: str, key: str) -> str:
    """A law's short name (``kind`` "statutes") or a sector's name ("sectors"), in the
    interface's language; an unknown key as it is."""
    source = FILTER_NAMES.get((kind, key))
    return translate("FilterNames", source) if source else key


def sector_label(sector: str) -> str:
    """A sector id ("ipv-services") in words, in the current language."""
    return filter_name("sectors", sector)


def statute_short(statute_id: str) -> str:
    """A statute id ("FIPPA") as its short form in the current language ("LAIPVP")."""
    return filter_name("statutes", statute_id)


def statute_label(library: Library | None, statute_id: str) -> str:
    """A statute id ("FIPPA") as the library's language names it (LAIPVP in French)."""
    statute = library.statute(statute_id) if library is not None else None
    return statute.name if statute is not None and statute.name else statute_id


def _month(n: int) -> str:
    return (translate("SectionView", "January"), translate("SectionView", "February"),
            translate("SectionView", "March"), translate("SectionView", "April"),
            translate("SectionView", "May"), translate("SectionView", "June"),
            translate("SectionView", "July"), translate("SectionView", "August"),
            translate("SectionView", "September"), translate("SectionView", "October"),
            translate("SectionView", "November"), translate("SectionView", "December"))[n - 1]


def format_date(d: date | None) -> str:
    """25 November 2026 (in French: 25 novembre 2026; the first of a month: 1er décembre
    2026), never the OS locale's month names."""
    if not d:
        return ""
    if d.day == 1:
        return translate("SectionView", "1 {month} {year}", "the first day of a month").format(
            month=_month(d.month), year=d.year)
    return translate("SectionView", "{day} {month} {year}").format(
        day=d.day, month=_month(d.month), year=d.year)
