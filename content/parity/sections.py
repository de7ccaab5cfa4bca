"""Sections: a French file for each English one, the same machine values and link targets,
and a ``source_sha256`` that is the English file's hash today (else the French is stale)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from content.errors import Problem, display_path
from content.files import key_line, section_files
from content.model import Library
from content.parity.reading import sha256_file, show
from content.references import internal_links

if TYPE_CHECKING:
    from content.parity.report import ParityReport

_SECTION_FIELDS = ("parent", "order", "kind", "statutes", "sectors", "provisions", "sources",
                   "related", "reviewed")


def _link_targets(body: str) -> dict[str, int]:
    """Each section:/glossary: link target in ``body`` with the body line of its first use."""
    out: dict[str, int] = {}
    for line, href in internal_links(body):
        out.setdefault(href.split("#", 1)[0], line)
    return out


def section_problems(english: Library, french: Library, en_root: Path, fr_root: Path,
                      report: ParityReport) -> None:
    en_by_file = {p.stem: p for p in section_files(en_root)}
    fr_by_file = {p.stem: p for p in section_files(fr_root)}
    report.total = len(en_by_file)
    for stem in sorted(set(en_by_file) - set(fr_by_file)):
        report.missing += 1
        report.problems.append(Problem(
            display_path(fr_root / "sections" / f"{stem}.md"), 0,
            f"no French translation yet of {display_path(en_by_file[stem])}"))
    for stem in sorted(set(fr_by_file) - set(en_by_file)):
        report.problems.append(Problem(
            display_path(fr_by_file[stem]), 0,
            f"section '{stem}' has no English original (sections/{stem}.md); a translation "
            "must keep the English file name and id"))
    for stem in sorted(set(fr_by_file) & set(en_by_file)):
        fpath = fr_by_file[stem]
        if not english.has_section(stem) or not french.has_section(stem):
            continue  # a file the loader refused: its own problem is reported already
        en, fr = english.section(stem), french.section(stem)
        if fr.untranslated:
            continue
        for name in _SECTION_FIELDS:
            a, b = getattr(en, name), getattr(fr, name)
            if a != b:
                report.problems.append(Problem(
                    display_path(fpath), key_line(fpath, name) or 1,
                    f"'{name}' is {show(b)} in French but {show(a)} in English "
                    f"({display_path(en_by_file[stem])}); machine values stay as in English"))
        en_links, fr_links = _link_targets(en.body), _link_targets(fr.body)
        for target in sorted(set(en_links) - set(fr_links)):
            report.problems.append(Problem(
                display_path(fpath), fr.body_line, f"the English links to {target}; the French "
                "does not (links keep their targets)"))
        for target in sorted(set(fr_links) - set(en_links)):
            report.problems.append(Problem(
                display_path(fpath), fr.body_line + fr_links[target] - 1,
                f"link to {target}, which the English section does not link to"))
        now = sha256_file(en_by_file[stem])
        if fr.source_sha256 and now and fr.source_sha256 != now:
            report.problems.append(Problem(
                display_path(fpath), key_line(fpath, "source_sha256") or 1,
                f"stale: {display_path(en_by_file[stem])} has changed since this was translated "
                f"(its SHA-256 is now {now}); update the French, then 'source_sha256'"))
