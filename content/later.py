"""What a content folder's library loads after the app's window shows: the glossary,
sources, statutes and synonyms, the cross-reference checks and the content hash.

:func:`content.loader.load_library` reads the manifest and every section first (the
contents tree needs them) and leaves the rest to :func:`load_later`, which the
:class:`~content.model.Library` calls the first time anything asks for one of those fields
(see :meth:`Library.defer <content.model.Library.defer>`), or at once for a full load.
Every problem is reported as ``path:line: message``, in the order a full load has always
listed them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from content.deferred import Later
from content.errors import Problem, display_path
from content.files import Reporter, content_hash
from content.messages import msg
from content.model import Library, Section, Source
from content.references import check_references
from content.unique import first_of_each
from content.yaml_files import load_list, load_synonyms, make_source, make_statute, make_term

if TYPE_CHECKING:
    from content.model import GlossaryTerm, Statute


def untranslated(obj: Any) -> Any:
    """``obj`` (an English section, term or statute in a French library), marked as such."""
    from dataclasses import replace

    return replace(obj, untranslated=True)


def fold_key(text: str) -> str:
    """``text`` for sorting: lower case, without accents."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Front(NamedTuple):
    """What the loader read before the window shows (:func:`content.loader.load_library`),
    for :func:`load_later`."""

    root: Path
    base: Library | None
    language: str
    head_problems: list[Problem]  # the manifest's
    section_problems: list[Problem]  # the sections' and the reading order's
    sections: dict[str, Section]
    paths: dict[str, Path]
    own: set[str]
    ordered: tuple[Section, ...]


def load_later(front: Front) -> Later:
    """The glossary, sources, statutes and synonyms of ``front``'s folder, checked against
    its sections; every problem of the folder in the order they have always been listed
    (manifest, sources, sections, glossary, statutes, synonyms, cross references)."""
    root, base = front.root, front.base
    try:
        return read_later(front)
    except Exception as exc:  # noqa: BLE001 - asked for from anywhere: never raise there
        problem = Problem.of(display_path(root), 0, msg("lists-unreadable",
                                                        error=type(exc).__name__,
                                                        detail=str(exc)[:200]))
        return Later(glossary=base.glossary if base is not None else (),
                     sources=base.sources if base is not None else {},
                     statutes=base.statutes if base is not None else (),
                     synonyms={}, content_hash="",
                     problems=(*front.head_problems, *front.section_problems, problem))


def read_later(front: Front) -> Later:
    root, base, language = front.root, front.base, front.language
    src_rep = Reporter(root)
    sources: dict[int, Source] = {}
    if base is None or os.path.lexists(root / "sources.yaml"):
        path = root / "sources.yaml"
        found = ((src, path, line) for src, line in load_list(root, path.name, src_rep,
                                                               make_source))
        sources = {n: src for n, (src, _, _) in
                   first_of_each(found, lambda src: src.id, src_rep,
                                 msg("part-source-number")).items()}
    if base is not None:
        for sid, src in base.sources.items():
            sources.setdefault(sid, src)

    rep = Reporter(root)
    terms: dict[str, GlossaryTerm] = {}
    term_lines: dict[str, int] = {}
    if base is None or os.path.lexists(root / "glossary.yaml"):
        path = root / "glossary.yaml"
        found_terms = ((t, path, line) for t, line in load_list(root, path.name, rep, make_term))
        for tid, (t, _, line) in first_of_each(found_terms, lambda t: t.id, rep,
                                                 msg("part-glossary-id")).items():
            terms[tid] = t
            term_lines[tid] = line
    own_terms = set(terms)
    if base is not None:
        for t in base.glossary:
            terms.setdefault(t.id, untranslated(t))

    statutes: list[Statute] = []
    statute_lines: dict[str, int] = {}
    if os.path.lexists(root / "statutes.yaml"):
        path = root / "statutes.yaml"
        found_statutes = ((st, path, line)
                          for st, line in load_list(root, path.name, rep, make_statute))
        for sid, (st, _, line) in first_of_each(found_statutes, lambda st: st.id, rep,
                                                 msg("part-statute")).items():
            statutes.append(st)
            statute_lines[sid] = line
    if base is not None:
        have = {st.id for st in statutes}
        statutes += [untranslated(st) for st in base.statutes if st.id not in have]

    synonyms = rep.guard(root / "synonyms.yaml", load_synonyms, root, rep, default={})

    # cross references (a translation's own items only: the English ones were checked)
    check_references(rep, root, front.ordered, front.sections, front.paths, sources, terms,
                     term_lines, statutes, statute_lines, own=front.own, own_terms=own_terms)

    if base is None:
        digest = content_hash(root, translations=True)
    else:
        import hashlib  # not before the app's first paint

        # the index of a translation also holds the English text (and untranslated items)
        digest = hashlib.sha256(f"{language}\0{content_hash(root)}\0{base.content_hash}"
                                .encode()).hexdigest()
    return Later(
        glossary=tuple(sorted(terms.values(), key=lambda t: (fold_key(t.term), t.term))),
        sources=sources,
        statutes=tuple(statutes),
        synonyms=synonyms,
        content_hash=digest,
        problems=(*front.head_problems, *src_rep.problems, *front.section_problems,
                  *rep.problems),
    )
