"""English and French side by side: what one language has and the other lacks, and where the
French skeleton differs from the English.

The French content (``content/data/fr/``) mirrors the English: the same ids, provisions,
statutes, sources, sectors, related sections, link targets and decision-flow structure,
with only the words people read translated. :func:`parity_report` lists, each with its file
and line:

* items (sections, glossary terms, statutes, sources, decision questions and outcomes) that
  exist in one language and not the other;
* any difference in a machine value between the two (a section's ``parent``, ``order``,
  ``kind``, ``statutes``, ``sectors``, ``provisions``, ``sources``, ``related``,
  ``reviewed``; the link targets in its body; a term's ``provisions`` and ``see``; a
  statute's provisions and ``notice.required``...);
* the decision flow with its prose removed, compared key by key: the same questions,
  choices, values, routes, outcomes, verdicts and sections (``status`` and ``check_note``
  may differ: a French legal test restated in our own words is ``check-official-text``);
* **staleness**: a French section whose ``source_sha256``, or a French YAML file whose
  ``translated-from.yaml`` hash, is not the SHA-256 of the English file as it is today;
* French typography (:mod:`content.typography`): a missing non-breaking space.

No Qt, no index. ``check-content`` prints the report (see ``desktop_app/cli/content_cmds``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from content.errors import Problem, display_path
from content.files import key_line, read_bounded, section_files
from content.model import Library
from content.references import internal_links
from content.yamlio import YamlSyntaxError, line_of, load_with_lines

#: The French YAML files that translate an English file, each listed in translated-from.yaml
#: with the SHA-256 of the English file it was translated from. ``synonyms.yaml`` is not a
#: translation (French has its own list) and has no entry.
TRANSLATED_YAML = ("manifest.yaml", "glossary.yaml", "statutes.yaml", "sources.yaml")
TRANSLATED_FROM = "translated-from.yaml"

#: Decision-flow keys whose values people read: translated, so not compared (only that the
#: key is there in both). ``route`` is prose on an outcome (a sentence on the record) and
#: machine on a question (a list of rules): only a text value counts as prose.
FLOW_PROSE = frozenset((
    "title", "intro", "disclaimer", "text", "why", "help", "label", "plain", "conditions",
    "record", "record_always", "items", "safety", "consequence", "provisions_reason",
    "continue_label", "name", "description", "note", "summary", "heading", "route",
))
#: Keys that may differ between the languages altogether.
FLOW_FREE = frozenset(("status", "check_note"))


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


def sha256_file(path: Path | str) -> str:
    """The SHA-256 hex digest of a file's bytes ("" if it cannot be read)."""
    try:
        return hashlib.sha256(read_bounded(Path(path))).hexdigest()
    except OSError:
        return ""


def _shown(path: Path) -> str:
    return display_path(path)


# -- sections ---------------------------------------------------------------------------

_SECTION_FIELDS = ("parent", "order", "kind", "statutes", "sectors", "provisions", "sources",
                   "related", "reviewed")


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]" if value else "[] (none)"
    return "(none)" if value in (None, "") else str(value)


def _link_targets(body: str) -> dict[str, int]:
    """Each section:/glossary: link target in ``body`` with the body line of its first use."""
    out: dict[str, int] = {}
    for line, href in internal_links(body):
        out.setdefault(href.split("#", 1)[0], line)
    return out


def _section_problems(english: Library, french: Library, en_root: Path, fr_root: Path,
                      report: ParityReport) -> None:
    en_by_file = {p.stem: p for p in section_files(en_root)}
    fr_by_file = {p.stem: p for p in section_files(fr_root)}
    report.total = len(en_by_file)
    for stem in sorted(set(en_by_file) - set(fr_by_file)):
        report.missing += 1
        report.problems.append(Problem(
            _shown(fr_root / "sections" / f"{stem}.md"), 0,
            f"no French translation yet of {_shown(en_by_file[stem])}"))
    for stem in sorted(set(fr_by_file) - set(en_by_file)):
        report.problems.append(Problem(
            _shown(fr_by_file[stem]), 0,
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
                    _shown(fpath), key_line(fpath, name) or 1,
                    f"'{name}' is {_show(b)} in French but {_show(a)} in English "
                    f"({_shown(en_by_file[stem])}); machine values stay as in English"))
        en_links, fr_links = _link_targets(en.body), _link_targets(fr.body)
        for target in sorted(set(en_links) - set(fr_links)):
            report.problems.append(Problem(
                _shown(fpath), fr.body_line, f"the English links to {target}; the French does "
                "not (links keep their targets)"))
        for target in sorted(set(fr_links) - set(en_links)):
            report.problems.append(Problem(
                _shown(fpath), fr.body_line + fr_links[target] - 1,
                f"link to {target}, which the English section does not link to"))
        now = sha256_file(en_by_file[stem])
        if fr.source_sha256 and now and fr.source_sha256 != now:
            report.problems.append(Problem(
                _shown(fpath), key_line(fpath, "source_sha256") or 1,
                f"stale: {_shown(en_by_file[stem])} has changed since this was translated "
                f"(its SHA-256 is now {now}); update the French, then 'source_sha256'"))


# -- glossary, statutes, sources, manifest -----------------------------------------------

def _yaml(path: Path) -> tuple[Any, dict[tuple[Any, ...], int]] | None:
    try:
        text = read_bounded(path).decode("utf-8-sig")
        return load_with_lines(text)
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return None  # the loader reports why


def _item_lines(path: Path, key: str = "id") -> tuple[list[Any], dict[Any, int]]:
    """The ids of a list-of-mappings YAML file, in order, and the line of each."""
    loaded = _yaml(path)
    if loaded is None or not isinstance(loaded[0], list):
        return [], {}
    data, lines = loaded
    ids: list[Any] = []
    where: dict[Any, int] = {}
    for i, item in enumerate(data):
        if isinstance(item, dict) and key in item:
            ids.append(item[key])
            where.setdefault(item[key], line_of(lines, i, key) or line_of(lines, i))
    return ids, where


def _list_problems(kind: str, name: str, en_root: Path, fr_root: Path,
                   report: ParityReport, ordered: bool = False) -> None:
    fpath = fr_root / name
    if not os.path.lexists(fpath):
        report.problems.append(Problem(_shown(fpath), 0, f"no French {name} yet (the English "
                                       f"{kind}s are shown)"))
        return
    en_ids, _ = _item_lines(en_root / name)
    fr_ids, fr_lines = _item_lines(fpath)
    en_set, fr_set = set(en_ids), set(fr_ids)
    for i in en_ids:
        if i not in fr_set:
            report.problems.append(Problem(_shown(fpath), 0, f"{kind} '{i}' is in English "
                                           f"({name}) but not in French"))
    for i in fr_ids:
        if i not in en_set:
            report.problems.append(Problem(_shown(fpath), fr_lines.get(i, 0),
                                           f"{kind} '{i}' is in French but not in English"))
    if ordered:
        common_en = [i for i in en_ids if i in fr_set]
        common_fr = [i for i in fr_ids if i in en_set]
        for a, b in zip(common_en, common_fr, strict=False):
            if a != b:
                report.problems.append(Problem(
                    _shown(fpath), fr_lines.get(b, 0),
                    f"{kind} '{b}' is out of order: the English has '{a}' here (same order "
                    "as English)"))
                break


def _term_problems(english: Library, french: Library, fr_root: Path,
                   report: ParityReport) -> None:
    fpath = fr_root / "glossary.yaml"
    _, lines = _item_lines(fpath)
    for t in french.glossary:
        if t.untranslated or not english.has_term(t.id):
            continue
        e = english.term(t.id)
        for name in ("provisions", "see"):
            if getattr(e, name) != getattr(t, name):
                report.problems.append(Problem(
                    _shown(fpath), lines.get(t.id, 0),
                    f"term '{t.id}': '{name}' is {_show(getattr(t, name))} in French but "
                    f"{_show(getattr(e, name))} in English"))


def _statute_problems(english: Library, french: Library, fr_root: Path,
                      report: ParityReport) -> None:
    fpath = fr_root / "statutes.yaml"
    _, lines = _item_lines(fpath)
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
                report.problems.append(Problem(
                    _shown(fpath), lines.get(st.id, 0),
                    f"statute {st.id}: '{name}' is {_show(b)} in French but {_show(a)} in "
                    "English"))


def _source_problems(english: Library, french: Library, fr_root: Path,
                     report: ParityReport) -> None:
    fpath = fr_root / "sources.yaml"
    if not os.path.lexists(fpath):
        return
    _, lines = _item_lines(fpath)
    for sid, src in french.sources.items():
        e = english.sources.get(sid)
        if e is None or src is e:
            continue
        for name in ("date", "url"):
            if getattr(e, name) != getattr(src, name):
                report.problems.append(Problem(
                    _shown(fpath), lines.get(sid, 0),
                    f"source {sid}: '{name}' is {_show(getattr(src, name))} in French but "
                    f"{_show(getattr(e, name))} in English"))


def _manifest_problems(english: Library, french: Library, fr_root: Path,
                       report: ParityReport) -> None:
    fpath = fr_root / "manifest.yaml"
    if not os.path.lexists(fpath):
        report.problems.append(Problem(_shown(fpath), 0, "no French manifest.yaml yet (the "
                                       "English title and disclaimer are shown)"))
        return
    a, b = english.manifest, french.manifest
    for name in ("content_version", "content_date", "guidance_date", "statutes_current_to"):
        if getattr(a, name) != getattr(b, name):
            key = name.replace("guidance_", "")
            report.problems.append(Problem(
                _shown(fpath), key_line(fpath, key) or 1,
                f"'{name}' is {_show(getattr(b, name))} in French but "
                f"{_show(getattr(a, name))} in English (same versions and dates)"))


def _translated_from_problems(en_root: Path, fr_root: Path, report: ParityReport) -> None:
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
        loaded = _yaml(fpath)
        if loaded is None or not isinstance(loaded[0], dict):
            report.problems.append(Problem(_shown(fpath), 1, f"{TRANSLATED_FROM} must map each "
                                           "French file to the SHA-256 of its English file"))
            return
        table, lines = loaded
    for name in present:
        english = en_root / name
        if not english.is_file():
            continue  # reported as an item in one language only
        where = _shown(fpath)
        recorded = str(table.get(name) or "").strip().lower()
        if not recorded:
            report.problems.append(Problem(where, 0 if not table else 1,
                                           f"{name}: no entry in {TRANSLATED_FROM} (add "
                                           f"'{name}: <sha256sum of the English file>')"))
            continue
        now = sha256_file(english)
        if now and recorded != now:
            report.problems.append(Problem(
                where, line_of(lines, name) or 1,
                f"stale: {_shown(english)} has changed since {name} was translated (its "
                f"SHA-256 is now {now}); update the French, then this entry"))
    for name in table:
        if name not in present:
            report.problems.append(Problem(_shown(fpath), line_of(lines, name) or 1,
                                           f"'{name}' is listed but there is no French {name}"))


# -- the decision flow ---------------------------------------------------------------------

def _skeleton(value: Any, key: str = "") -> Any:
    """``value`` with its prose replaced by a marker and the free keys removed."""
    if key in FLOW_PROSE and (isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value))):
        return "<prose>"
    if isinstance(value, dict):
        return {k: _skeleton(v, str(k)) for k, v in value.items() if k not in FLOW_FREE}
    if isinstance(value, list):
        return [_skeleton(v, key) for v in value]
    return value


def _diff(a: Any, b: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """``(path in the French file, what differs)`` for each difference between skeletons."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                yield path, f"'{k}' is in English but not in French"
            else:
                yield from _diff(a[k], b[k], (*path, k))
        for k in b:
            if k not in a:
                yield (*path, k), f"'{k}' is in French but not in English"
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield path, f"{len(b)} entries in French, {len(a)} in English"
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            yield from _diff(x, y, (*path, i))
        return
    if a != b:
        where = ".".join(str(p) for p in path) or "the file"
        yield path, f"{where} is {_show(b)} in French but {_show(a)} in English"


def _by_id(items: Any) -> dict[str, tuple[int, Any]]:
    out: dict[str, tuple[int, Any]] = {}
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                out.setdefault(item["id"], (i, item))
    return out


def flow_mismatches(en_root: Path | str, fr_root: Path | str, flow_id: str) -> list[Problem]:
    """How the French flow ``flow_id`` differs from the English one, prose aside.

    Empty if they have the same structure. A French flow that is missing or unreadable is
    one problem (the loader says why it could not be read).
    """
    en_path = Path(en_root) / "decisions" / f"{flow_id}.yaml"
    fr_path = Path(fr_root) / "decisions" / f"{flow_id}.yaml"
    shown = _shown(fr_path)
    en, fr = _yaml(en_path), _yaml(fr_path)
    if en is None:
        return []
    if fr is None:
        what = "missing" if not os.path.lexists(fr_path) else "not readable"
        return [Problem(shown, 0, f"the French decision flow is {what}; the English flow "
                        f"({_shown(en_path)}) is used")]
    (en_data, _), (fr_data, lines) = en, fr
    if not isinstance(en_data, dict) or not isinstance(fr_data, dict):
        return [Problem(shown, 1, "the French decision flow is not a flow")]
    out: list[Problem] = []
    for group, kind in (("questions", "question"), ("outcomes", "outcome"),
                        ("notes", "note"), ("checklists", "checklist")):
        en_items, fr_items = _by_id(en_data.get(group)), _by_id(fr_data.get(group))
        for item_id in en_items:
            if item_id not in fr_items:
                out.append(Problem(shown, line_of(lines, group), f"{kind} '{item_id}' is in "
                                   "English but not in French"))
        for item_id, (i, _) in fr_items.items():
            if item_id not in en_items:
                out.append(Problem(shown, line_of(lines, group, i), f"{kind} '{item_id}' is in "
                                   "French but not in English"))
        for item_id, (i, fr_item) in fr_items.items():
            if item_id not in en_items:
                continue
            j, en_item = en_items[item_id]
            if i != j:
                out.append(Problem(shown, line_of(lines, group, i), f"{kind} '{item_id}' is "
                                   f"entry {i + 1} in French but {j + 1} in English"))
            for path, message in _diff(_skeleton(en_item), _skeleton(fr_item), (group, i)):
                out.append(Problem(shown, line_of(lines, *path),
                                   f"{kind} '{item_id}': {message}"))
    rest_en = {k: v for k, v in en_data.items()
               if k not in ("questions", "outcomes", "notes", "checklists")}
    rest_fr = {k: v for k, v in fr_data.items()
               if k not in ("questions", "outcomes", "notes", "checklists")}
    for path, message in _diff(_skeleton(rest_en), _skeleton(rest_fr), ()):
        out.append(Problem(shown, line_of(lines, *path) or 1, message))
    return out


def _flow_problems(en_root: Path, fr_root: Path, report: ParityReport) -> None:
    en_dir, fr_dir = en_root / "decisions", fr_root / "decisions"
    en_ids = {p.stem for p in en_dir.glob("*.yaml")} if en_dir.is_dir() else set()
    fr_ids = {p.stem for p in fr_dir.glob("*.yaml")} if fr_dir.is_dir() else set()
    for flow_id in sorted(en_ids):
        report.problems += flow_mismatches(en_root, fr_root, flow_id)
    for flow_id in sorted(fr_ids - en_ids):
        report.problems.append(Problem(_shown(fr_dir / f"{flow_id}.yaml"), 0,
                                       f"decision flow '{flow_id}' has no English original"))


# -- typography --------------------------------------------------------------------------

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
        out += [Problem(_shown(path), line, "French typography: " + message)
                for line, message in problems(text)]
    return out


# -- everything ----------------------------------------------------------------------------

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
    _section_problems(english, french, en_root, fr_root, report)
    if not fr_root.is_dir():
        report.problems.append(Problem(_shown(fr_root), 0, "no French content folder"))
        return report
    _list_problems("glossary term", "glossary.yaml", en_root, fr_root, report, ordered=True)
    _term_problems(english, french, fr_root, report)
    if os.path.lexists(en_root / "statutes.yaml"):
        _list_problems("statute", "statutes.yaml", en_root, fr_root, report)
        _statute_problems(english, french, fr_root, report)
    _list_problems("source", "sources.yaml", en_root, fr_root, report)
    _source_problems(english, french, fr_root, report)
    _manifest_problems(english, french, fr_root, report)
    _translated_from_problems(en_root, fr_root, report)
    _flow_problems(en_root, fr_root, report)
    report.problems += typography_problems(fr_root)
    return report


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
