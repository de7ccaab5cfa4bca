"""The verified-provisions list: every provision the content cites, checked against an Act's text.

``content/data/verified-provisions.yaml`` names, for each Act, the text it was checked against
and the date that text is current to, then lists each canonical citation with the date it was
checked. :func:`unverified_citations` reports every provision the content cites that is neither
on the list nor inside an item marked ``check-official-text``, so ``check-content`` fails on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from content.errors import Problem, display_path
from content.fields import inline_provision_re
from content.files import key_line, read_bounded
from content.messages import Msg, msg
from content.model import Library, is_canonical_provision, provision_act
from content.yamlio import YamlSyntaxError, line_of, load_with_lines

FILE_NAME = "verified-provisions.yaml"


@dataclass(frozen=True)
class ActText:
    act: str
    text: str
    current_to: date


@dataclass(frozen=True)
class VerifiedProvision:
    cite: str
    checked: date
    line: int = 0


@dataclass(frozen=True)
class VerifiedList:
    path: str
    acts: dict[str, ActText] = field(default_factory=dict)
    provisions: dict[str, VerifiedProvision] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def __contains__(self, cite: object) -> bool:
        return cite in self.provisions


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def load_verified(root: Path | str) -> VerifiedList:
    """Read the list under ``root``; every problem is reported with its line.

    A translation (``content/data/fr``) has the same provisions as its English, so it shares
    the English folder's list: when ``root`` is a language folder without a list of its own,
    the list one folder up is read.
    """
    path = Path(root) / FILE_NAME
    from content.model import LANGUAGES

    if Path(root).name in LANGUAGES and not path.exists() \
            and (Path(root).parent / FILE_NAME).exists():
        path = Path(root).parent / FILE_NAME
    shown = display_path(path)
    problems: list[Problem] = []

    def err(line: int, message: Msg) -> None:
        problems.append(Problem.of(shown, line, message))

    try:
        text = read_bounded(path).decode("utf-8-sig")  # never blocks on a FIFO or a device
    except FileNotFoundError:
        return VerifiedList(shown, problems=(Problem.of(shown, 0, msg("verified-missing")),))
    except OSError as exc:
        return VerifiedList(shown, problems=(Problem.of(shown, 0, msg(
            "cannot-read", reason=str(exc.strerror or exc))),))
    except UnicodeDecodeError as exc:
        return VerifiedList(shown, problems=(Problem.of(shown, 0, msg(
            "cannot-read", reason=str(exc))),))
    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as exc:
        return VerifiedList(shown, problems=(Problem.of(shown, exc.line, exc.msg),))
    if not isinstance(data, dict):
        return VerifiedList(shown, problems=(Problem.of(shown, 1, msg("verified-not-mapping")),))
    for key in data:
        if key not in ("acts", "provisions"):
            err(line_of(lines, key), msg("verified-unknown-key", key=key))

    acts: dict[str, ActText] = {}
    raw_acts = data.get("acts")
    if not isinstance(raw_acts, dict):
        err(line_of(lines, "acts"), msg("verified-acts-not-mapping"))
        raw_acts = {}
    for act, entry in raw_acts.items():
        at = line_of(lines, "acts", act)
        if not isinstance(entry, dict):
            err(at, msg("verified-act-not-mapping", act=act))
            continue
        current_to = _as_date(entry.get("current_to"))
        text_ref = entry.get("text")
        if not isinstance(text_ref, str) or not text_ref.strip():
            err(at, msg("verified-act-no-text", act=act))
            continue
        if current_to is None:
            err(at, msg("verified-act-no-date", act=act))
            continue
        acts[str(act)] = ActText(str(act), text_ref.strip(), current_to)

    verified: dict[str, VerifiedProvision] = {}
    raw = data.get("provisions")
    if not isinstance(raw, list):
        err(line_of(lines, "provisions"), msg("verified-provisions-not-list"))
        raw = []
    for i, entry in enumerate(raw):
        at = line_of(lines, "provisions", i)
        if not isinstance(entry, dict) or not isinstance(entry.get("cite"), str):
            err(at, msg("verified-entry-bad"))
            continue
        cite = entry["cite"].strip()
        checked = _as_date(entry.get("checked"))
        extra = set(entry) - {"cite", "checked", "note"}
        if extra:
            err(at, msg("verified-entry-unknown-keys", keys=", ".join(sorted(map(str, extra)))))
        if not is_canonical_provision(cite):
            err(at, msg("verified-malformed", cite=cite))
            continue
        if checked is None:
            err(at, msg("verified-no-date", cite=cite))
            continue
        act = provision_act(cite)
        if act not in acts:
            err(at, msg("verified-act-unknown", cite=cite, act=str(act)))
            continue
        if cite in verified:
            err(at, msg("verified-twice", cite=cite, first=verified[cite].line))
            continue
        verified[cite] = VerifiedProvision(cite, checked, at)
    return VerifiedList(shown, acts, verified, tuple(problems))


@dataclass(frozen=True)
class Citation:
    """One provision cited by one item of content, with where to report it."""

    cite: str
    path: str
    line: int
    flagged: bool  # the citing item is marked check-official-text


def _section_citations(library: Library) -> Iterator[Citation]:
    for s in library.sections:
        if s.provisions:
            line = key_line(Path(s.path), "provisions")
            for p in s.provisions:
                yield Citation(p, display_path(s.path), line, s.needs_check)


def _glossary_citations(library: Library) -> Iterator[Citation]:
    path = display_path(Path(library.root) / "glossary.yaml")
    for t in library.glossary:
        for p in t.provisions:
            yield Citation(p, path, 0, False)


def _statute_citations(library: Library) -> Iterator[Citation]:
    path = display_path(Path(library.root) / "statutes.yaml")
    for st in library.statutes:
        flagged = st.status == "check-official-text"
        cites = [st.risk_test.provision, *st.notice.provisions, *st.law_enforcement.provisions]
        for p in cites:
            if p:
                yield Citation(p, path, 0, flagged)


def _inline(*texts: str) -> Iterator[str]:
    """Canonical citations written in running text ("... (PHIPA s. 40(1)).")."""
    for text in texts:
        for m in inline_provision_re().finditer(text or ""):
            cite = m.group(0).rstrip(".,;:")
            while cite.endswith(")") and cite.count("(") < cite.count(")"):
                cite = cite[:-1]
            cite = cite.rstrip(".,;:")
            if is_canonical_provision(cite):
                yield cite


def _flow_citations(library: Library) -> Iterator[Citation]:
    """Every provision a flow cites: in outcomes (their notice and the consequence of each
    other route they show), notes and questions, as a field or in the text."""
    flows = library.flows
    for flow in flows.values():
        where = display_path(flow.path)
        for o in flow.outcomes.values():
            flagged = o.status == "check-official-text"
            for p in (*o.provisions, *o.notice.provisions):
                yield Citation(p, where, o.line, flagged)
            for p in _inline(o.title, o.plain, *o.conditions, o.notice.text, o.notice.safety,
                             o.route):
                yield Citation(p, where, o.line, flagged)
            for a in o.alternatives:
                for p in _inline(a.consequence):
                    yield Citation(p, where, a.line or o.line, flagged)
        for n in flow.notes:
            flagged = n.status == "check-official-text"
            for p in (*n.provisions, *_inline(n.title, n.text)):
                yield Citation(p, where, n.line, flagged)
        for q in flow.questions.values():
            texts = [q.text, q.why, q.help, *(c.label for c in q.choices),
                     *(c.help for c in q.choices)]
            for p in _inline(*texts):
                yield Citation(p, where, q.line, q.needs_check)


def citations(library: Library) -> list[Citation]:
    """Every provision cited in a structured field of the content (not in running text)."""
    out: list[Citation] = []
    for gen in (_section_citations, _glossary_citations, _statute_citations, _flow_citations):
        out.extend(gen(library))
    return out


def unverified_citations(library: Library, verified: VerifiedList | None = None
                         ) -> list[Problem]:
    """A problem for each cited provision neither on the verified list nor flagged."""
    verified = verified if verified is not None else load_verified(library.root)
    problems = list(verified.problems)
    seen: set[tuple[str, str, int]] = set()
    for c in citations(library):
        if c.flagged or c.cite in verified:
            continue
        key = (c.cite, c.path, c.line)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem.of(c.path, c.line, msg("provision-not-verified", cite=c.cite,
                                                       file=FILE_NAME)))
    return problems
