"""Sections: a French file for each English one, the same machine values and link targets,
and a ``source_sha256`` that is the English file's hash today (else the French is stale)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from content.errors import Problem, display_path
from content.files import key_line, section_files
from content.messages import msg
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
        report.problems.append(Problem.of(
            display_path(fr_root / "sections" / f"{stem}.md"), 0,
            msg("fr-section-missing", file=display_path(en_by_file[stem]))))
    for stem in sorted(set(fr_by_file) - set(en_by_file)):
        report.problems.append(Problem.of(
            display_path(fr_by_file[stem]), 0,
            msg("fr-section-no-english", id=stem, file=f"sections/{stem}.md")))
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
                report.problems.append(Problem.of(
                    display_path(fpath), key_line(fpath, name) or 1,
                    msg("fr-section-value-differs", key=name, fr=show(b), en=show(a),
                        file=display_path(en_by_file[stem]))))
        en_links, fr_links = _link_targets(en.body), _link_targets(fr.body)
        for target in sorted(set(en_links) - set(fr_links)):
            report.problems.append(Problem.of(
                display_path(fpath), fr.body_line, msg("fr-link-missing", target=target)))
        for target in sorted(set(fr_links) - set(en_links)):
            report.problems.append(Problem.of(
                display_path(fpath), fr.body_line + fr_links[target] - 1,
                msg("fr-link-extra", target=target)))
        now = sha256_file(en_by_file[stem])
        if fr.source_sha256 and now and fr.source_sha256 != now:
            report.problems.append(Problem.of(
                display_path(fpath), key_line(fpath, "source_sha256") or 1,
                msg("fr-section-stale", file=display_path(en_by_file[stem]), sha256=now)))
