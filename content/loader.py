"""Read a content folder into a :class:`~content.model.Library`.

Strict: unknown keys, wrong types, duplicate ids, dangling references and malformed
provisions are all reported as ``path:line: message`` problems. A file with a problem
of its own is left out; everything else still loads. Reference problems (a link to a
section that does not exist) are reported but the section is kept.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from content.errors import ContentError, Problem, display_path
from content.files import (
    FileFields,
    Reporter,
    checked_text,
    key_line,
    read_raw,
    report_misnamed,
    section_files,
    translation_root,
)
from content.later import Front, load_later, untranslated
from content.messages import msg
from content.model import (
    KINDS,
    LANGUAGES,
    SECTORS,
    SLUG_RE,
    STATUSES,
    STATUTES,
    Library,
    Manifest,
    Section,
    provision_statute,
)
from content.references import reading_order
from content.textcheck import first_body_problem
from content.unique import first_of_each
from content.yaml_files import load_manifest
from content.yamlio import YamlSyntaxError, load_with_lines

if TYPE_CHECKING:  # the app's start imports it (content.prebuilt); the loader only uses it
    from content.prebuilt import PrebuiltSections

SECTION_KEYS = {
    "id", "title", "parent", "order", "kind", "summary", "statutes", "sectors", "provisions",
    "provisions_reason", "sources", "status", "check_note", "related", "reviewed",
}
SECTION_REQUIRED = {"id", "title", "summary", "sources", "provisions", "status"}


#: A translated section also says which English file it translates (its SHA-256).
TRANSLATED_SECTION_KEYS = SECTION_KEYS | {"source_sha256"}


_SHA256 = r"[0-9a-f]{64}"  # a translation's source_sha256 (re compiles it when first used)


def data_root() -> Path:
    """The shipped content folder (works from source, an install, or a frozen bundle, which
    keeps the package's data beside its modules' places). Found beside this module, as
    :func:`importlib.resources.files` finds it, without importing that (~17 million
    instructions at every start, issue 15)."""
    return Path(__file__).resolve().parent / "data"


# -- sections -----------------------------------------------------------------------

def _split_front_matter(text: str) -> tuple[str, str, int] | None:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "".join(lines[1:i]), "".join(lines[i + 1 :]), i + 2
    return None


def _load_section(path: Path, root: Path, rep: Reporter, translated: bool = False,
                  prebuilt: PrebuiltSections | None = None) -> Section | None:
    raw = read_raw(path, root, rep)
    if raw is None:
        return None
    if prebuilt is None:
        return _read_section(raw, path, rep, translated)
    rel = path.relative_to(root).as_posix()
    section = prebuilt.section(raw, rel, translated, display_path(path))
    if section is None:
        before = len(rep.problems)
        section = _read_section(raw, path, rep, translated)
        if section is not None and len(rep.problems) == before:  # not even a warning
            prebuilt.add(raw, rel, translated, section)
    return section


def _read_section(raw: bytes, path: Path, rep: Reporter, translated: bool
                  ) -> Section | None:
    text = checked_text(raw, path, rep)
    if text is None:
        return None
    split = _split_front_matter(text)
    if split is None:
        rep.add(path, 1, msg("no-front-matter"))
        return None
    fm_text, body, body_line = split
    problem = first_body_problem(body)
    if problem is not None:
        rep.add(path, body_line + problem[0] - 1, problem[1])
        return None
    try:
        # read_text has checked the whole file: the front matter is not scanned again
        data, lines = load_with_lines(fm_text, line_offset=1, text_checked=True)
    except YamlSyntaxError as exc:
        rep.add(path, exc.line, exc.msg)
        return None
    if not isinstance(data, dict):
        rep.add(path, 2, msg("front-matter-not-mapping"))
        return None
    f = FileFields(data, lines, (), path, rep)
    f.check_keys(TRANSLATED_SECTION_KEYS if translated else SECTION_KEYS,
                 SECTION_REQUIRED | ({"source_sha256"} if translated else set()),
                 msg("part-section-front-matter"))
    source_sha256 = ""
    if translated:
        source_sha256 = str(data.get("source_sha256") or "").strip().lower()
        if "source_sha256" in data and not re.fullmatch(_SHA256, source_sha256):
            f.err("source_sha256", msg("bad-source-sha256"))
    sid = f.text("id", required=True)
    if sid and not SLUG_RE.match(sid):
        f.err("id", msg("bad-id", id=sid))
    if sid and sid != path.stem:
        f.err("id", msg("id-not-file-name", id=sid, file=f"{path.stem}.md"))
    parent = f.text("parent") or None
    statutes = f.str_list("statutes", allowed=STATUTES)
    provisions = f.provisions("provisions")
    provisions_reason = f.text("provisions_reason")
    if "provisions" in data and not provisions and not provisions_reason:
        f.err("provisions", msg("provisions-empty"))
    for p in provisions:
        act = provision_statute(p)
        if act and act not in statutes:
            f.err("statutes", msg("provision-act-not-listed", provision=p, act=act))
    status = f.choice("status", STATUSES, "confirmed")
    check_note = f.text("check_note")
    if status == "check-official-text" and not check_note:
        f.err("check_note", msg("check-note-missing"))
    sources = f.int_list("sources")
    if "sources" in data and not sources:
        f.err("sources", msg("no-sources"))
    section = Section(
        id=sid,
        title=f.text("title", required=True),
        summary=f.text("summary", required=True),
        body=body,
        parent=parent,
        order=f.integer("order"),
        kind=f.choice("kind", KINDS, "topic"),
        statutes=statutes,
        sectors=f.str_list("sectors", allowed=SECTORS),
        provisions=provisions,
        provisions_reason=provisions_reason,
        sources=sources,
        status=status,
        check_note=check_note,
        related=f.str_list("related"),
        reviewed=f.day("reviewed"),
        path=display_path(path),
        body_line=body_line,
        source_sha256=source_sha256,
    )
    return section if f.ok else None


# -- the whole library ----------------------------------------------------------------

def load_library(root: Path | str | None = None, *, extras: bool = True,
                 language: str = "en", prebuilt: PrebuiltSections | None = None) -> Library:
    """Load the content folder ``root`` (default: the shipped content) in ``language``.

    With ``extras=False`` (the app, before its window shows) only what the first screen
    needs is read now: the manifest and every section file, each read and checked in full.
    The glossary, sources, statutes and synonyms, the cross-reference checks and the
    content hash are read the first time anything asks for them, or when
    :func:`add_extras` runs (see :meth:`Library.defer`); so are the further content (the
    decision flows and the agency's contacts). Whatever is asked first, nothing is ever
    seen empty or half-read, and every problem is reported as when everything is read at
    once, in the same order.

    ``language="fr"`` reads the French translation in ``root/fr`` (the same layout) into the
    same model, so everything downstream works unchanged. A section, glossary term or
    statute that has no French version yet is the English one, marked ``untranslated`` (the
    reader and the CLI say so): a francophone worker in a hurry still gets the guidance,
    and sees plainly that this part is in English. A French file that cannot be read is
    reported like any other problem, and the English item is shown in its place.

    ``prebuilt``: sections read once before (:mod:`content.prebuilt`, the app's start): a
    section file whose bytes it knows (size and checksums) is taken from it, every other one
    is read in full; the library is the same either way.

    Raises:
        ContentError: only if ``root`` is not a folder at all. Every other problem is
            listed in ``Library.problems`` and the rest of the content still loads.
        ValueError: ``language`` is not one of :data:`~content.model.LANGUAGES`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    root = Path(root) if root is not None else data_root()
    if not root.is_dir():
        raise ContentError([Problem.of(str(root), 0, msg("content-folder-missing"))])
    defer = not extras
    if language == "en":
        library = _load_folder(root, defer=defer, prebuilt=prebuilt)
    else:
        english = _load_folder(root, defer=defer, prebuilt=prebuilt)
        library = _load_folder(translation_root(root, language), base=english,
                               language=language, defer=defer, prebuilt=prebuilt)
    return add_extras(library) if extras else library


def load_translation(english: Library, language: str = "fr") -> Library | None:
    """The ``language`` translation of the loaded English library ``english`` (without its
    extras), or None if its folder has none. For the search index: the English index holds
    each page's French text too, so a query in French finds the English page."""
    folder = translation_root(english.root, language)
    if english.language != "en" or not folder.is_dir():
        return None
    return _load_folder(folder, base=english, language=language)


def _load_folder(root: Path, base: Library | None = None, language: str = "en", *,
                 defer: bool = False, prebuilt: PrebuiltSections | None = None) -> Library:
    """One folder into a Library; ``base`` (the English library) fills what a translation
    lacks (see :func:`load_library`). With ``defer``, only the manifest and the sections
    are read now, the rest when first asked for (:func:`content.later.load_later`)."""
    translated = base is not None
    fallback = Manifest("Info-Sharing Guide", "unknown", None, "", "", None, None,
                        "This guide is not legal advice.")
    head = Reporter(root)  # the manifest's problems (listed first, as always)
    if base is not None and not os.path.lexists(root / "manifest.yaml"):
        manifest = base.manifest
    else:
        manifest = head.guard(root / "manifest.yaml", load_manifest, root, head,
                              default=fallback)

    # sections: every file read and checked once, now (the contents tree shows them)
    rep = Reporter(root)
    sec_dir = root / "sections"
    sections: dict[str, Section] = {}
    paths: dict[str, Path] = {}
    files = section_files(root)
    if root.is_dir():
        report_misnamed(root, rep)
    if not files and base is None:
        rep.add(sec_dir, 0, msg("no-sections"))
    loaded = ((s, path, 0) for path in files
              if (s := rep.guard(path, _load_section, path, root, rep, translated,
                                 prebuilt)) is not None)
    for sid, (s, path, _) in first_of_each(loaded, lambda s: s.id, rep, msg("part-id"),
                                           line_for=lambda p: key_line(p, "id")).items():
        sections[sid] = s
        paths[sid] = path
    own = set(sections)
    if base is not None:
        for s in base.sections:
            if s.id not in sections:
                sections[s.id] = untranslated(s)
                paths[s.id] = Path(s.path)
    ordered = reading_order(sections, rep, paths)
    front = Front(root, base, language, head.problems, rep.problems, sections, paths, own,
                   ordered)

    if defer:
        library = Library(root=str(root), manifest=manifest, sections=ordered,
                          problems=tuple(head.problems + rep.problems), language=language,
                          translation=base)
        library.defer(lambda: load_later(front))
        return library
    later = load_later(front)
    return Library(root=str(root), manifest=manifest, sections=ordered,
                   glossary=later.glossary, sources=later.sources, statutes=later.statutes,
                   synonyms=later.synonyms, problems=later.problems,
                   content_hash=later.content_hash, language=language, translation=base)


def add_extras(library: Library) -> Library:
    """``library`` with the decision flows and the agency's contacts loaded, and their
    problems added (``Library.flows``, ``Library.agency``).

    Kept apart from :func:`load_library` so the app can show its window first; their modules
    are imported only now.

    A translation takes what it lacks from its English library: a decision flow with no
    French version (or whose French version does not have the English flow's structure,
    see :func:`content.parity.flow_mismatches`: a French flow that routes differently could
    give a different answer) is the English flow, listed in ``extras["untranslated_flows"]``;
    the agency's contacts (names and numbers) are the English folder's.
    """
    from dataclasses import replace

    from content.agency import load_agency
    from content.decision import load_flows

    root = Path(library.root)
    library.load_deferred()  # the glossary, sources and statutes first: the flows use them
    rep = Reporter(root)
    flows = rep.guard(root, load_flows, root, library, rep.add, default={})
    agency = rep.guard(root, load_agency, root, library, rep.add)
    extras: dict[str, Any] = {"decisions": flows, "agency": agency}
    translation = library.translation
    if translation is not None:
        if not translation.flows_loaded:
            translation = add_extras(translation)
        extras.update(_translated_extras(library, translation, extras))
        library = replace(library, translation=translation)
    return replace(library, problems=library.problems + tuple(rep.problems), extras=extras)


def _translated_extras(library: Library, english: Library, extras: dict[str, Any]
                       ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in english.extras.items():
        if name == "decisions":
            continue
        if extras.get(name) is None:
            out[name] = value
    from content.parity import flow_mismatches

    flows = dict(extras.get("decisions") or {})
    untranslated = []
    for flow_id, flow in english.flows.items():
        if flow_id not in flows or flow_mismatches(english.root, library.root, flow_id):
            flows[flow_id] = flow
            untranslated.append(flow_id)
    out["decisions"] = flows
    out["untranslated_flows"] = frozenset(untranslated)
    return out
