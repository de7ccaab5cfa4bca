"""The parity report: every check run over a French library and its English, and
:func:`translation_ready`, which says whether the app may offer French."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from content.errors import Problem, display_path
from content.files import read_bounded
from content.messages import msg
from content.model import Library
from content.parity.flows import flow_problems
from content.parity.sections import section_problems
from content.parity.yaml_files import (
    TRANSLATED_FROM,
    list_problems,
    manifest_problems,
    source_problems,
    statute_problems,
    term_problems,
    translated_from_problems,
)


@dataclass
class ParityReport:
    """What :func:`parity_report` found.

    Attributes:
        problems: every difference, with file and line.
        missing: how many English sections have no French file yet.
        total: how many English sections there are.
    """

    problems: list[Problem] = field(default_factory=list)
    missing: int = 0
    total: int = 0

    @property
    def complete(self) -> bool:
        """True once every English section has a French file (parity problems then count)."""
        return self.total > 0 and self.missing == 0


def typography_problems(fr_root: Path) -> list[Problem]:
    """Missing French non-breaking spaces, by file and line (:mod:`content.typography`,
    which ``python -m tools.fr_typography --fix`` applies)."""
    from content.typography import problems

    out: list[Problem] = []
    files = sorted(p for p in fr_root.rglob("*") if p.suffix in (".md", ".yaml")
                   and p.name != TRANSLATED_FROM and not p.name.startswith("."))
    for path in files:
        try:
            text = read_bounded(path).decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # the loader reports it
        out += [Problem.of(display_path(path), line, msg("fr-typography"))
                for line, _ in problems(text)]
    return out


def parity_report(french: Library) -> ParityReport:
    """Every difference between ``french`` (loaded with ``language="fr"``) and its English.

    The French library's own load problems are not repeated here (they are in
    ``french.problems``, next to the English ones).
    """
    report = ParityReport()
    english = french.translation
    if english is None:
        return report
    en_root, fr_root = Path(english.root), Path(french.root)
    section_problems(english, french, en_root, fr_root, report)
    if not fr_root.is_dir():
        report.problems.append(Problem.of(display_path(fr_root), 0, msg("fr-folder-missing")))
        return report
    list_problems("glossary term", "glossary.yaml", en_root, fr_root, report, ordered=True)
    term_problems(english, french, fr_root, report)
    if os.path.lexists(en_root / "statutes.yaml"):
        list_problems("statute", "statutes.yaml", en_root, fr_root, report)
        statute_problems(english, french, fr_root, report)
    list_problems("source", "sources.yaml", en_root, fr_root, report)
    source_problems(english, french, fr_root, report)
    manifest_problems(english, french, fr_root, report)
    translated_from_problems(en_root, fr_root, report)
    flow_problems(en_root, fr_root, report)
    report.problems += typography_problems(fr_root)
    _agency_layer(en_root, fr_root, report)
    return report


def _agency_layer(en_root: Path, fr_root: Path, report: ParityReport) -> None:
    """The agency's part: its ``fr/agency.yaml`` must match the English (roles, phones);
    and in a folder with an agency pack laid over the guide, an agency section with no French
    is not counted as missing (it shows in English, marked; the pack's build listed it), so
    that an agency's English-only pack does not withdraw French from everyone."""
    from content.agency import layered_sections, parity_problems

    report.problems += [Problem.of(display_path(path), line, message)
                        for path, line, message in parity_problems(en_root, fr_root)
                        if message.kind != "agency-fr-missing"]
    layered = layered_sections(en_root)
    if not layered:
        return
    kept = []
    for p in report.problems:
        where = Path(p.path)
        if (p.kind == "fr-section-missing" and where.stem in layered
                and where.parent.name == "sections"):
            report.missing -= 1
            report.total -= 1
            continue
        kept.append(p)
    report.problems = kept


def french_load_problems(french: Library) -> list[Problem]:
    """The problems the loader found in the French files themselves (a French library's
    ``problems`` never repeat its English library's)."""
    return list(french.problems)


def translation_ready(root: Path | str | None = None, language: str = "fr") -> bool:
    """True if the ``language`` translation of the content folder ``root`` (default: the
    shipped content) is complete and has no parity problem: the app offers French in its
    menu, and follows a French OS, only then (until then ``--lang fr`` alone shows it)."""
    from content.errors import ContentError
    from content.loader import load_library

    try:
        translated = load_library(root, language=language)
    except (ContentError, OSError, ValueError):
        return False
    report = parity_report(translated)
    return report.complete and not report.problems and not translated.problems
