"""The top-level YAML files: the same glossary terms (in the same order), statutes, sources
and manifest versions in both languages, with the same machine values; and each translated
file's entry in ``translated-from.yaml`` matching its English file's hash today."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from content.errors import Problem, display_path
from content.files import key_line
from content.messages import msg
from content.model import Library
from content.parity.reading import item_lines, read_yaml, sha256_file, show
from content.yamlio import line_of

if TYPE_CHECKING:
    from content.parity.report import ParityReport

#: The French YAML files that translate an English file, each listed in translated-from.yaml
#: with the SHA-256 of the English file it was translated from. ``synonyms.yaml`` is not a
#: translation (French has its own list) and has no entry.
TRANSLATED_YAML = ("manifest.yaml", "glossary.yaml", "statutes.yaml", "sources.yaml")
TRANSLATED_FROM = "translated-from.yaml"
#: The kinds of item list_problems is called for: (one item, the items) as message parts.
_ITEM_PARTS = {"glossary term": ("part-glossary-term", "parts-glossary-terms"),
               "statute": ("part-statute", "parts-statutes"),
               "source": ("part-source", "parts-sources")}


def list_problems(kind: str, name: str, en_root: Path, fr_root: Path,
                   report: ParityReport, ordered: bool = False) -> None:
    fpath = fr_root / name
    one, many = _ITEM_PARTS[kind]
    if not os.path.lexists(fpath):
        report.problems.append(Problem.of(display_path(fpath), 0, msg(
            "fr-list-missing", file=name, items=msg(many))))
        return
    en_ids, _ = item_lines(en_root / name)
    fr_ids, fr_lines = item_lines(fpath)
    en_set, fr_set = set(en_ids), set(fr_ids)
    for i in en_ids:
        if i not in fr_set:
            report.problems.append(Problem.of(display_path(fpath), 0, msg(
                "fr-item-only-english", what=msg(one), id=i, file=name)))
    for i in fr_ids:
        if i not in en_set:
            report.problems.append(Problem.of(display_path(fpath), fr_lines.get(i, 0), msg(
                "fr-item-only-french", what=msg(one), id=i)))
    if ordered:
        common_en = [i for i in en_ids if i in fr_set]
        common_fr = [i for i in fr_ids if i in en_set]
        for a, b in zip(common_en, common_fr, strict=False):
            if a != b:
                report.problems.append(Problem.of(
                    display_path(fpath), fr_lines.get(b, 0),
                    msg("fr-item-out-of-order", what=msg(one), id=b, english=a)))
                break


def term_problems(english: Library, french: Library, fr_root: Path,
                   report: ParityReport) -> None:
    fpath = fr_root / "glossary.yaml"
    _, lines = item_lines(fpath)
    for t in french.glossary:
        if t.untranslated or not english.has_term(t.id):
            continue
        e = english.term(t.id)
        for name in ("provisions", "see"):
            if getattr(e, name) != getattr(t, name):
                report.problems.append(Problem.of(
                    display_path(fpath), lines.get(t.id, 0),
                    msg("fr-term-value-differs", term=t.id, key=name,
                        fr=show(getattr(t, name)), en=show(getattr(e, name)))))


def statute_problems(english: Library, french: Library, fr_root: Path,
                      report: ParityReport) -> None:
    fpath = fr_root / "statutes.yaml"
    _, lines = item_lines(fpath)
    for st in french.statutes:
        e = english.statute(st.id)
        if st.untranslated or e is None:
            continue
        pairs = {
            "section": (e.section, st.section),
            "sources": (e.sources, st.sources),
            "risk_test.provision": (e.risk_test.provision, st.risk_test.provision),
            "notice.required": (e.notice.required, st.notice.required),
            "notice.provisions": (e.notice.provisions, st.notice.provisions),
            "law_enforcement.provisions": (e.law_enforcement.provisions,
                                           st.law_enforcement.provisions),
        }
        for name, (a, b) in pairs.items():
            if a != b:
                report.problems.append(Problem.of(
                    display_path(fpath), lines.get(st.id, 0),
                    msg("fr-statute-value-differs", statute=st.id, key=name, fr=show(b),
                        en=show(a))))


def source_problems(english: Library, french: Library, fr_root: Path,
                     report: ParityReport) -> None:
    fpath = fr_root / "sources.yaml"
    if not os.path.lexists(fpath):
        return
    _, lines = item_lines(fpath)
    for sid, src in french.sources.items():
        e = english.sources.get(sid)
        if e is None or src is e:
            continue
        for name in ("date", "url"):
            if getattr(e, name) != getattr(src, name):
                report.problems.append(Problem.of(
                    display_path(fpath), lines.get(sid, 0),
                    msg("fr-source-value-differs", source=sid, key=name,
                        fr=show(getattr(src, name)), en=show(getattr(e, name)))))


def manifest_problems(english: Library, french: Library, fr_root: Path,
                       report: ParityReport) -> None:
    fpath = fr_root / "manifest.yaml"
    if not os.path.lexists(fpath):
        report.problems.append(Problem.of(display_path(fpath), 0, msg("fr-manifest-missing")))
        return
    a, b = english.manifest, french.manifest
    for name in ("content_version", "content_date", "guidance_date", "statutes_current_to"):
        if getattr(a, name) != getattr(b, name):
            key = name.replace("guidance_", "")
            report.problems.append(Problem.of(
                display_path(fpath), key_line(fpath, key) or 1,
                msg("fr-manifest-value-differs", key=name, fr=show(getattr(b, name)),
                    en=show(getattr(a, name)))))


def translated_from_problems(en_root: Path, fr_root: Path, report: ParityReport) -> None:
    fpath = fr_root / TRANSLATED_FROM
    present = [n for n in TRANSLATED_YAML if os.path.lexists(fr_root / n)]
    decisions = fr_root / "decisions"
    if decisions.is_dir():
        present += [f"decisions/{p.name}" for p in sorted(decisions.glob("*.yaml"))
                    if not p.name.startswith(".")]
    if not present:
        return
    table: dict[str, Any] = {}
    lines: dict[tuple[Any, ...], int] = {}
    if os.path.lexists(fpath):
        loaded = read_yaml(fpath)
        if loaded is None or not isinstance(loaded[0], dict):
            report.problems.append(Problem.of(display_path(fpath), 1, msg(
                "fr-translated-from-bad", file=TRANSLATED_FROM)))
            return
        table, lines = loaded
    for name in present:
        english = en_root / name
        if not english.is_file():
            continue  # reported as an item in one language only
        where = display_path(fpath)
        recorded = str(table.get(name) or "").strip().lower()
        if not recorded:
            report.problems.append(Problem.of(where, 0 if not table else 1, msg(
                "fr-translated-from-no-entry", name=name, file=TRANSLATED_FROM)))
            continue
        now = sha256_file(english)
        if now and recorded != now:
            report.problems.append(Problem.of(
                where, line_of(lines, name) or 1,
                msg("fr-yaml-stale", file=display_path(english), name=name, sha256=now)))
    for name in table:
        if name not in present:
            report.problems.append(Problem.of(
                display_path(fpath), line_of(lines, name) or 1,
                msg("fr-translated-from-extra", name=name)))
