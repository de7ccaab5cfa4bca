"""What changed between two versions of the content: sections and decision outcomes.

Shown after an update (and from the Help menu) and printed by ``ipv-guide pack diff OLD NEW``,
so that a worker or a privacy officer sees what the new text says differently, and above all
whether the decision helper now concludes something else.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from content import render
from content.model import Library

if TYPE_CHECKING:
    from content.decision import Outcome


@dataclass(frozen=True)
class ParagraphChange:
    old: str  # "" when the paragraph was added
    new: str  # "" when the paragraph was removed


@dataclass(frozen=True)
class SectionChange:
    section_id: str
    title: str
    change: str  # "added" | "removed" | "changed"
    paragraphs: tuple[ParagraphChange, ...] = ()


@dataclass(frozen=True)
class OutcomeChange:
    flow_id: str
    outcome_id: str
    title: str
    change: str  # "added" | "removed" | "changed"
    provisions_added: tuple[str, ...] = ()
    provisions_removed: tuple[str, ...] = ()
    old_verdict: str = ""
    new_verdict: str = ""


@dataclass(frozen=True)
class ContentDiff:
    old_version: str
    new_version: str
    sections: tuple[SectionChange, ...]
    outcomes: tuple[OutcomeChange, ...]

    @property
    def empty(self) -> bool:
        return not self.sections and not self.outcomes


def _paragraphs(markdown: str) -> list[str]:
    return [b.text for b in render.plain_blocks(markdown) if b.text.strip()]


def _paragraph_changes(old: str, new: str) -> tuple[ParagraphChange, ...]:
    a, b = _paragraphs(old), _paragraphs(new)
    out: list[ParagraphChange] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            out.append(ParagraphChange(olds[k] if k < len(olds) else "",
                                       news[k] if k < len(news) else ""))
    return tuple(out)


def _section_changes(old: Library, new: Library) -> list[SectionChange]:
    before = {s.id: s for s in old.sections}
    after = {s.id: s for s in new.sections}
    out: list[SectionChange] = []
    for s in new.sections:
        if s.id not in before:
            out.append(SectionChange(s.id, s.title, "added"))
            continue
        o = before[s.id]
        paras = _paragraph_changes(o.body, s.body)
        meta_changed = (o.title, o.summary, o.provisions, o.status) != (
            s.title, s.summary, s.provisions, s.status)
        if paras or meta_changed:
            if o.summary != s.summary:
                paras = (ParagraphChange(o.summary, s.summary), *paras)
            out.append(SectionChange(s.id, s.title, "changed", paras))
    for s in old.sections:
        if s.id not in after:
            out.append(SectionChange(s.id, s.title, "removed"))
    return out


def _outcomes(library: Library) -> dict[tuple[str, str], Outcome]:
    flows = library.flows
    return {(fid, oid): o for fid, flow in flows.items() for oid, o in flow.outcomes.items()}


def _outcome_changes(old: Library, new: Library) -> list[OutcomeChange]:
    before, after = _outcomes(old), _outcomes(new)
    out: list[OutcomeChange] = []
    for key, o in after.items():
        if key not in before:
            out.append(OutcomeChange(key[0], key[1], o.title, "added",
                                     new_verdict=o.verdict))
            continue
        p = before[key]
        old_p, new_p = set(p.provisions), set(o.provisions)
        if old_p != new_p or p.verdict != o.verdict:
            out.append(OutcomeChange(
                key[0], key[1], o.title, "changed",
                tuple(sorted(new_p - old_p)), tuple(sorted(old_p - new_p)),
                p.verdict, o.verdict))
    for key, p in before.items():
        if key not in after:
            out.append(OutcomeChange(key[0], key[1], p.title, "removed",
                                     old_verdict=p.verdict))
    return out


def diff_libraries(old: Library, new: Library) -> ContentDiff:
    return ContentDiff(old.manifest.content_version, new.manifest.content_version,
                       tuple(_section_changes(old, new)), tuple(_outcome_changes(old, new)))


#: Every text :func:`format_diff` writes (the CLI hands it a translator for these).
DIFF_TEXTS = (
    "What changed from content {old} to {new}",
    "No section or decision outcome changed.",
    "Decision helper outcomes:",
    "ADDED: {title} [{id}]",
    "REMOVED: {title} [{id}]",
    "CHANGED: {title} [{id}]",
    "verdict: {old} -> {new}",
    "+ provision {provision}",
    "- provision {provision}",
    "Sections added:",
    "Sections removed:",
    "Sections changed:",
    "old: {text}",
    "new: {text}",
)


def _same(text: str) -> str:
    return text


def format_diff(diff: ContentDiff, tr: Callable[[str], str] = _same) -> str:
    """The diff as plain text, for the command line and for printing; ``tr`` translates
    each of :data:`DIFF_TEXTS` (the content itself is shown in the language it was
    loaded in)."""
    lines = [tr("What changed from content {old} to {new}").format(
        old=diff.old_version, new=diff.new_version), ""]
    if diff.empty:
        lines.append(tr("No section or decision outcome changed."))
        return "\n".join(lines) + "\n"
    if diff.outcomes:
        lines.append(tr("Decision helper outcomes:"))
        for c in diff.outcomes:
            head = {"added": tr("ADDED: {title} [{id}]"), "removed": tr("REMOVED: {title} [{id}]"),
                    "changed": tr("CHANGED: {title} [{id}]")}[c.change]
            lines.append("  " + head.format(title=c.title, id=c.outcome_id))
            if c.old_verdict != c.new_verdict and c.change == "changed":
                lines.append("    " + tr("verdict: {old} -> {new}").format(
                    old=c.old_verdict, new=c.new_verdict))
            for pr in c.provisions_added:
                lines.append("    " + tr("+ provision {provision}").format(provision=pr))
            for pr in c.provisions_removed:
                lines.append("    " + tr("- provision {provision}").format(provision=pr))
        lines.append("")
    headings = {"added": tr("Sections added:"), "removed": tr("Sections removed:"),
                "changed": tr("Sections changed:")}
    for label in ("added", "removed", "changed"):
        sections = [s for s in diff.sections if s.change == label]
        if not sections:
            continue
        lines.append(headings[label])
        for s in sections:
            lines.append(f"  {s.title} [{s.section_id}]")
            for pc in s.paragraphs:
                if pc.old:
                    lines.append("    " + tr("old: {text}").format(text=pc.old))
                if pc.new:
                    lines.append("    " + tr("new: {text}").format(text=pc.new))
        lines.append("")
    return "\n".join(lines)
