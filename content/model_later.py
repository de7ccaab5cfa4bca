"""The content model's glossary and Act types (``glossary.yaml``, ``statutes.yaml``): frozen
dataclasses, no I/O, no Qt.

They are :mod:`content.model`'s, and read from there (``from content.model import
Statute``); this module is imported the first time one of them is asked for, which the app
does only after its window's first paint, when it reads those files (issue 15).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GlossaryTerm:
    """One plain-language definition (``glossary.yaml``)."""

    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    see: tuple[str, ...] = ()
    untranslated: bool = False  # see Section.untranslated


@dataclass(frozen=True)
class StatuteRoute:
    """What an Act says about one route of sharing (``statutes.yaml``)."""

    provisions: tuple[str, ...]
    plain: str


@dataclass(frozen=True)
class RiskTest:
    """An Act's test for sharing to prevent serious harm (``statutes.yaml``)."""

    provision: str
    quote: str
    plain: str


@dataclass(frozen=True)
class NoticeRule:
    """Whether an Act requires notice after sharing (``statutes.yaml``)."""

    required: str  # "yes" | "no" | "conditional"
    provisions: tuple[str, ...]
    plain: str


@dataclass(frozen=True)
class Statute:
    """One Act, summed up for the comparison and the quick card (``statutes.yaml``)."""

    id: str
    name: str
    full_title: str
    citation: str
    section: str
    sources: tuple[int, ...]
    status: str
    check_note: str
    binds: str
    risk_test: RiskTest
    notice: NoticeRule
    law_enforcement: StatuteRoute
    duty: str
    untranslated: bool = False  # see Section.untranslated
