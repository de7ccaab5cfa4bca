"""Cross-reference checks: everything a content file points to must exist.

A section's sources, related sections and links, a glossary term's "see" sections, and a
statute's section and sources; and the sections' reading order (parents that exist, no
loops). A dangling reference is reported as ``path:line: message``; the item that holds it
is kept, so one bad link never hides a section.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from content.files import Reporter, key_line
from content.messages import msg
from content.model import Section, Source

if TYPE_CHECKING:
    from content.model import GlossaryTerm, Statute


def reading_order(sections: dict[str, Section], rep: Reporter,
                   paths: dict[str, Path]) -> tuple[Section, ...]:
    """Depth-first order of the TOC; cycles and dangling parents are reported and the
    affected sections are shown at the top level."""
    fixed: dict[str, Section] = {}
    for sid, s in sections.items():
        parent = s.parent
        if parent is not None and parent not in sections:
            rep.add(paths[sid], key_line(paths[sid], "parent"),
                    msg("parent-missing", parent=parent))
            parent = None
        fixed[sid] = s if parent == s.parent else _replace(s, parent=None)
    # cycles
    for sid in list(fixed):
        seen: list[str] = []
        cur: str | None = sid
        while cur is not None and cur not in seen:
            seen.append(cur)
            cur = fixed[cur].parent
        if cur is not None and cur == sid:
            rep.add(paths[sid], key_line(paths[sid], "parent"),
                    msg("toc-cycle", cycle=" -> ".join(seen + [sid])))
            fixed[sid] = _replace(fixed[sid], parent=None)
    children: dict[str | None, list[Section]] = {}
    for s in fixed.values():
        children.setdefault(s.parent, []).append(s)
    for lst in children.values():
        lst.sort(key=lambda s: (s.order, s.title.lower(), s.id))
    out: list[Section] = []

    def walk(parent: str | None) -> None:
        for s in children.get(parent, []):
            out.append(s)
            walk(s.id)

    walk(None)
    return tuple(out)


def _replace(s: Section, **changes: Any) -> Section:
    from dataclasses import replace

    return replace(s, **changes)


@functools.cache
def _internal_link_re() -> re.Pattern[str]:  # compiled when first needed, not at start
    return re.compile(r"\]\(\s*<?((?:section|glossary):[^)\s>]*)")


def internal_links(body: str) -> list[tuple[int, str]]:
    """(1-based body line, href) of every section:/glossary: link target.

    A plain scan, not a Markdown parse: it runs at every start-up and is ten times faster;
    tests check it finds what ``content.render.links`` finds in the shipped content.
    """
    return [(i, m.group(1)) for i, line in enumerate(body.splitlines(), 1)
            for m in _internal_link_re().finditer(line)]


def check_references(rep: Reporter, root: Path, ordered: Sequence[Section],
                     sections: Mapping[str, Section], paths: Mapping[str, Path],
                     sources: Mapping[int, Source], terms: Mapping[str, GlossaryTerm],
                     term_lines: Mapping[str, int], statutes: Sequence[Statute],
                     statute_lines: Mapping[str, int], *, own: Collection[str],
                     own_terms: Collection[str]) -> None:
    """Report every reference to a source, section or glossary term that does not exist
    (``paths``: each section's file; ``*_lines``: where each term and statute starts).
    Only the folder's own items are checked (``own``, ``own_terms``; a statute with a line
    in ``statute_lines``): a translation's English stand-ins were checked in English."""
    for s in ordered:
        if s.id not in own:
            continue
        path = paths[s.id]
        for src in s.sources:
            if src not in sources:
                rep.add(path, key_line(path, "sources"), msg("source-missing", source=src))
        for rel in s.related:
            if rel not in sections:
                rep.add(path, key_line(path, "related"), msg("related-missing", section=rel))
        for body_line, href in internal_links(s.body):
            line = s.body_line + body_line - 1
            kind, _, target = href.partition(":")
            target = target.split("#", 1)[0]
            if kind == "section" and target not in sections:
                rep.add(path, line, msg("link-section-missing", section=target))
            elif kind == "glossary" and target not in terms:
                rep.add(path, line, msg("link-term-missing", term=target))
    gpath = root / "glossary.yaml"
    for t in terms.values():
        if t.id not in own_terms:
            continue
        for see in t.see:
            if see not in sections:
                rep.add(gpath, term_lines[t.id], msg("term-see-missing", term=t.id, section=see))
    spath = root / "statutes.yaml"
    for st in statutes:
        if st.id not in statute_lines:
            continue
        if st.section not in sections:
            rep.add(spath, statute_lines[st.id], msg("statute-section-missing", statute=st.id,
                                                     section=st.section))
        for src in st.sources:
            if src not in sources:
                rep.add(spath, statute_lines[st.id], msg("source-missing", source=src))
