"""The content model: frozen dataclasses, no I/O, no Qt."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from content.deferred import Deferred, Later, Pending
from content.errors import Problem

if TYPE_CHECKING:  # both import this module
    from content.agency import Agency
    from content.decision.model import DecisionFlow

    # defined in content.model_later (see __getattr__ below); the same names here
    from content.model_later import GlossaryTerm as GlossaryTerm
    from content.model_later import NoticeRule as NoticeRule
    from content.model_later import RiskTest as RiskTest
    from content.model_later import Statute as Statute
    from content.model_later import StatuteRoute as StatuteRoute

STATUTES = ("FIPPA", "MFIPPA", "PHIPA", "CYFSA", "PIPEDA")
SECTORS = ("justice", "health", "children-and-family", "ipv-services", "social-services")
SECTOR_LABELS = {
    "justice": "Justice",
    "health": "Health",
    "children-and-family": "Children and family",
    "ipv-services": "IPV services",
    "social-services": "Social services",
}
KINDS = ("topic", "scenario", "faq")
#: The languages the guide can be shown in; English is the original, French its translation
#: (``content/data/fr/``, the same layout).
LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
STATUSES = ("confirmed", "check-official-text")

#: Other Acts the content may cite. They are not search filters (a section citing only
#: these needs no ``statutes`` entry): the *Mandatory Gunshot Wounds Reporting Act, 2005*,
#: the federal *Youth Criminal Justice Act*, *Privacy Act* and *Criminal Code*.
OTHER_ACTS = ("MGWRA", "YCJA", "Privacy Act", "Criminal Code")

#: A canonical citation: ``PHIPA s. 40(1)``, ``FIPPA s. 42(1)(h)``, ``MFIPPA s. 32(h)``,
#: ``CYFSA s. 292(1)(g)``, ``PIPEDA s. 7(3)(e)``, ``PHIPA s. 3(1) para 4.vii``,
#: ``MGWRA s. 2(1)``, ``Privacy Act s. 8(2)(e)``, ``Criminal Code s. 487.014``.
PROVISION_PATTERN = (
    r"^(?P<act>FIPPA|MFIPPA|PHIPA|CYFSA|PIPEDA|MGWRA|YCJA|Privacy Act|Criminal Code)"
    r" s\. (?P<num>\d+(?:\.\d+)?)"
    r"(?P<parts>(?:\((?:\d+(?:\.\d+)?|[a-z](?:\.\d+)?|[ivx]+)\))*)"
    r"(?: para \d+(?:\.[ivx]+)?)?$"
)


@functools.cache
def provision_re() -> re.Pattern[str]:
    """:data:`PROVISION_PATTERN`, compiled when first needed (not by the app's start, which
    checks no citation: compiling the patterns it does not use cost it about 2 ms)."""
    return re.compile(PROVISION_PATTERN)


SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_canonical_provision(text: str) -> bool:
    """True if ``text`` is a canonical citation string."""
    return bool(provision_re().match(text))


def provision_act(text: str) -> str | None:
    """The Act a canonical citation belongs to (``"PHIPA"``, ``"MGWRA"``), or None."""
    m = provision_re().match(text)
    return m.group("act") if m else None


def provision_statute(text: str) -> str | None:
    """The filter statute (one of :data:`STATUTES`) a citation belongs to, or None."""
    act = provision_act(text)
    return act if act in STATUTES else None


@dataclass(frozen=True)
class Manifest:
    """The content's title, version, dates, disclaimer and provenance (``manifest.yaml``)."""

    title: str
    content_version: str
    content_date: date | None
    guidance_title: str
    guidance_publisher: str
    guidance_date: date | None
    statutes_current_to: date | None
    disclaimer: str
    # Where the content comes from, said plainly (start page, About box, README).
    provenance: str = ""


@dataclass(frozen=True)
class Source:
    """One numbered source a section cites (``sources.yaml``)."""

    id: int
    title: str
    publisher: str = ""
    date: date | None = None
    url: str = ""
    note: str = ""

    def citation(self) -> str:
        """One line for source lists and printouts."""
        bits = [f"[{self.id}] {self.title}"]
        if self.publisher:
            bits.append(self.publisher)
        if self.date:
            bits.append(self.date.isoformat())
        return ". ".join(bits)


@dataclass(frozen=True)
class Section:
    """One page of guidance (``sections/<id>.md``): its front matter and Markdown body."""

    id: str
    title: str
    summary: str
    body: str
    parent: str | None = None
    order: int = 0
    kind: str = "topic"
    statutes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    provisions_reason: str = ""
    sources: tuple[int, ...] = ()
    status: str = "confirmed"
    check_note: str = ""
    related: tuple[str, ...] = ()
    reviewed: date | None = None
    path: str = ""
    body_line: int = 1  # 1-based line of the body's first line in the file
    # A translated section: the SHA-256 of the English file it translates (front matter).
    source_sha256: str = ""
    # In a French library: the English section, shown because no French one exists yet.
    untranslated: bool = False

    @property
    def needs_check(self) -> bool:
        return self.status == "check-official-text"


@dataclass(frozen=True)
class TocNode:
    """A section and its children in the table of contents."""

    section: Section
    children: tuple[TocNode, ...] = ()


#: The glossary's and the Acts' types: their files are read after the app's first paint, so
#: their classes are made then too (:mod:`content.model_later`; each frozen dataclass costs
#: about 4 million instructions to make, issue 15). They are still ``content.model``'s names.
LATER_TYPES = ("GlossaryTerm", "StatuteRoute", "RiskTest", "NoticeRule", "Statute")

if not TYPE_CHECKING:  # for type checkers they are the imports above: no catch-all
    def __getattr__(name: str) -> Any:
        if name in LATER_TYPES:
            from content import model_later

            value = getattr(model_later, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _frozen_map(d: Mapping[Any, Any] | None = None) -> Mapping[Any, Any]:
    return MappingProxyType(dict(d or {}))


@dataclass(frozen=True)
class Library:
    """Everything loaded from one content folder.

    ``sections`` is in reading order (a depth-first walk of the table of contents).
    ``problems`` lists everything the loader found wrong; the rest still loaded.

    The app shows its window before the glossary, sources, statutes and synonyms are read
    (:func:`content.load_library` with ``extras=False``; see :meth:`defer`): those fields
    are then read from their files the first time anything asks for one of them, so they
    are never seen empty. ``problems`` never waits for them: until they are loaded it holds
    the problems found so far (:attr:`complete` says which).
    """

    root: str
    manifest: Manifest
    sections: tuple[Section, ...]
    glossary: Deferred[tuple[GlossaryTerm, ...]] = Deferred(tuple)
    sources: Deferred[Mapping[int, Source]] = Deferred(_frozen_map)
    statutes: Deferred[tuple[Statute, ...]] = Deferred(tuple)
    synonyms: Deferred[Mapping[str, tuple[str, ...]]] = Deferred(_frozen_map)
    problems: tuple[Problem, ...] = ()
    content_hash: Deferred[str] = Deferred(str)
    #: What :func:`content.add_extras` loads after the window shows, by name: read it
    #: through :attr:`flows` and :attr:`agency`.
    extras: Mapping[str, Any] = field(default_factory=_frozen_map)
    # lookups by id, made from the fields above in __post_init__
    _by_id: Mapping[str, Section] = field(init=False, repr=False, compare=False,
                                          default_factory=dict)

    @property
    def flows(self) -> Mapping[str, DecisionFlow]:
        """The decision flows by id; empty until :func:`content.add_extras` has run."""
        flows: Mapping[str, DecisionFlow] | None = self.extras.get("decisions")
        return flows or {}

    @property
    def flows_loaded(self) -> bool:
        """Whether :func:`content.add_extras` has run (the flows may still be empty)."""
        return "decisions" in self.extras

    @property
    def agency(self) -> Agency | None:
        """The agency's own contacts (``agency.yaml``), or None."""
        value = self.extras.get("agency")
        if value is None:  # none, or not read yet: content.agency is not needed
            return None
        from content.agency import Agency

        return value if isinstance(value, Agency) else None
    #: ``"en"`` or ``"fr"`` (see :data:`LANGUAGES`).
    language: str = "en"
    #: A French library: the English library it translates (sections, terms and statutes
    #: not yet translated are taken from it, marked ``untranslated``). None for English.
    translation: Library | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {s.id: s for s in self.sections})

    # -- loading later -----------------------------------------------------------
    def defer(self, load: Callable[[], Later]) -> None:
        """Leave the glossary, sources, statutes, synonyms and content hash to ``load()``,
        called (once, under a lock) the first time any of them is read, or by
        :meth:`load_deferred`. For the loader only, right after it builds the library."""
        self.__dict__["_pending"] = Pending(load)

    @property
    def complete(self) -> bool:
        """Whether every field is loaded (so ``problems`` lists every problem)."""
        return "_pending" not in self.__dict__

    def load_deferred(self) -> Library:
        """Load what :meth:`defer` left (nothing if it is loaded); returns ``self``."""
        pending = self.__dict__.get("_pending")
        if pending is not None:
            pending.finish(self)
        return self

    # -- lookups ---------------------------------------------------------------
    def section(self, section_id: str) -> Section:
        """The section with ``section_id``; KeyError if there is none."""
        return self._by_id[section_id]

    def has_section(self, section_id: str) -> bool:
        return section_id in self._by_id

    def term(self, term_id: str) -> GlossaryTerm:
        return self._term_map()[term_id]

    def has_term(self, term_id: str) -> bool:
        return term_id in self._term_map()

    def _term_map(self) -> Mapping[str, GlossaryTerm]:
        terms: Mapping[str, GlossaryTerm] | None = self.__dict__.get("_terms")
        if terms is None:  # made on first use: the glossary may be loaded later
            terms = {t.id: t for t in self.glossary}
            self.__dict__["_terms"] = terms
        return terms

    def statute(self, statute_id: str) -> Statute | None:
        return next((s for s in self.statutes if s.id == statute_id), None)

    def children(self, section_id: str | None) -> tuple[Section, ...]:
        """Direct children of ``section_id`` (None: top level), in reading order."""
        return tuple(s for s in self.sections if s.parent == section_id)

    def toc(self) -> tuple[TocNode, ...]:
        """The table of contents as a tree."""

        def node(s: Section) -> TocNode:
            return TocNode(s, tuple(node(c) for c in self.children(s.id)))

        return tuple(node(s) for s in self.children(None))

    def depth(self, section_id: str) -> int:
        d, s = 0, self.section(section_id)
        while s.parent is not None and self.has_section(s.parent) and d < 50:
            d += 1
            s = self.section(s.parent)
        return d

    def breadcrumbs(self, section_id: str) -> tuple[Section, ...]:
        """The section's ancestors, top first (not including the section)."""
        out: list[Section] = []
        s = self.section(section_id)
        while s.parent is not None and self.has_section(s.parent) and len(out) < 50:
            s = self.section(s.parent)
            out.append(s)
        return tuple(reversed(out))

    def source_list(self, ids: tuple[int, ...]) -> tuple[Source, ...]:
        return tuple(self.sources[i] for i in ids if i in self.sources)

    def untranslated_sections(self) -> tuple[Section, ...]:
        """The sections shown in English in a French library (empty for English)."""
        return tuple(s for s in self.sections if s.untranslated)

