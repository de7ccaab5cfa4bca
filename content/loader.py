"""Read a content folder into a :class:`~content.model.Library`.

Strict: unknown keys, wrong types, duplicate ids, dangling references and malformed
provisions are all reported as ``path:line: message`` problems. A file with a problem
of its own is left out; everything else still loads. Reference problems (a link to a
section that does not exist) are reported but the section is kept.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from content.errors import ContentError, Problem, display_path
from content.fields import Fields, Problems
from content.model import (
    KINDS,
    LANGUAGES,
    SECTORS,
    SLUG_RE,
    STATUSES,
    STATUTES,
    GlossaryTerm,
    Library,
    Manifest,
    NoticeRule,
    RiskTest,
    Section,
    Source,
    Statute,
    StatuteRoute,
    is_canonical_provision,
    provision_statute,
)
from content.textcheck import first_body_problem, first_text_problem
from content.yamlio import Lines, Path_, YamlSyntaxError, line_of, load_with_lines

MAX_FILE_BYTES = 1_000_000
#: The files at the top of a content folder the loader reads.
TOP_LEVEL_FILES = ("manifest.yaml", "sources.yaml", "glossary.yaml", "statutes.yaml",
                   "synonyms.yaml")

SECTION_KEYS = {
    "id", "title", "parent", "order", "kind", "summary", "statutes", "sectors", "provisions",
    "provisions_reason", "sources", "status", "check_note", "related", "reviewed",
}
SECTION_REQUIRED = {"id", "title", "summary", "sources", "provisions", "status"}
#: A translated section also says which English file it translates (its SHA-256).
TRANSLATED_SECTION_KEYS = SECTION_KEYS | {"source_sha256"}
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def data_root() -> Path:
    """The shipped content folder (works from source, an install, or a frozen bundle)."""
    return Path(str(resources.files("content") / "data"))


class _Reporter:
    def __init__(self, base: Path):
        self.base = base
        self.problems: list[Problem] = []

    def add(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(display_path(path), line, message))

    def guard(self, path: Path, fn: Callable[..., Any], *args: Any, default: Any = None,
              line: int = 0) -> Any:
        """``fn(*args)``; anything it raises is ``path``'s problem, not the whole load's.

        The checks above should catch every bad value first; this is the net under them, so
        that one file the checks did not foresee can never stop the others loading.
        """
        try:
            return fn(*args)
        except RecursionError:
            self.add(path, line, "the file is nested too deeply to read; ignored")
        except Exception as exc:  # noqa: BLE001 - see above
            self.add(path, line, f"the file could not be read ({type(exc).__name__}: "
                     f"{str(exc)[:200]}); ignored")
        return default


# -- reading files safely ---------------------------------------------------------

def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, if it holds at most ``limit`` of them.

    Never blocks and never reads more than ``limit + 1`` bytes: a FIFO, a device, a folder
    or a socket named like a content file is refused before it is read (opening a FIFO
    would wait for a writer for ever; ``/dev/zero`` never ends).

    Raises:
        OSError: it cannot be opened or read (``strerror`` says why in plain words).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    st = os.stat(path)  # follows links; never blocks
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(st.st_mode)
    if st.st_size > limit:
        raise FileTooLarge(st.st_size)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)  # the file we opened, not whatever was there a moment ago
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(st.st_mode)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise FileTooLarge(size)
        return b"".join(chunks)
    finally:
        os.close(fd)


class FileTooLarge(OSError):
    """More than the limit: not read."""

    def __init__(self, size: int):
        self.size = size
        super().__init__(errno.EFBIG, f"file is too large ({size:,} bytes; the limit is "
                         f"{MAX_FILE_BYTES:,})")


class NotRegularFile(OSError):
    """A folder, FIFO, device or socket where a file was expected: not opened."""

    def __init__(self, mode: int):
        what = ("a folder" if stat.S_ISDIR(mode) else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket" if stat.S_ISSOCK(mode) else "a special file")
        super().__init__(errno.EINVAL, f"is {what}, not a regular file")


def _read_text(path: Path, root: Path, rep: _Reporter) -> str | None:
    try:
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError) as exc:  # a loop (RuntimeError before 3.13), dangling
                rep.add(path, 0, "cannot read file: it is a link that leads nowhere "
                        f"({getattr(exc, 'strerror', None) or exc}); ignored")
                return None
            if not target.is_relative_to(root.resolve()):
                rep.add(path, 0, "is a link to a file outside the content folder; ignored")
                return None
        raw = read_bounded(path)
    except (FileTooLarge, NotRegularFile) as exc:
        rep.add(path, 0, f"{exc.strerror}; ignored")
        return None
    except OSError as exc:
        rep.add(path, 0, f"cannot read file: {exc.strerror or exc}")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        rep.add(path, line, "file is not valid UTF-8 text; save it as UTF-8")
        return None
    if not text.strip():
        rep.add(path, 0, "file is empty")
        return None
    problem = first_text_problem(text)
    if problem is not None:
        rep.add(path, *problem)
        return None
    return text


def _load_yaml_file(path: Path, root: Path, rep: _Reporter) -> tuple[Any, Lines] | None:
    text = _read_text(path, root, rep)
    if text is None:
        return None
    try:
        return load_with_lines(text)
    except YamlSyntaxError as exc:
        rep.add(path, exc.line, str(exc))
        return None


# -- field checks -----------------------------------------------------------------

class _Fields(Fields):
    """The shared field validator (:mod:`content.fields`) for one mapping of a content
    file; ``lines``, ``prefix``, ``path`` and ``rep`` are kept for nested mappings."""

    def __init__(self, data: dict[str, Any], lines: Lines, prefix: Path_, path: Path,
                 rep: _Reporter):
        super().__init__(data, Problems(path, lines, rep.add), prefix)
        self.lines, self.prefix, self.path, self.rep = lines, prefix, path, rep


# -- sections -----------------------------------------------------------------------

def _split_front_matter(text: str) -> tuple[str, str, int] | None:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "".join(lines[1:i]), "".join(lines[i + 1 :]), i + 2
    return None


def _load_section(path: Path, root: Path, rep: _Reporter, translated: bool = False
                  ) -> Section | None:
    text = _read_text(path, root, rep)
    if text is None:
        return None
    split = _split_front_matter(text)
    if split is None:
        rep.add(path, 1, "a section must start with '---', its front matter, and '---'")
        return None
    fm_text, body, body_line = split
    problem = first_body_problem(body)
    if problem is not None:
        rep.add(path, body_line + problem[0] - 1, problem[1])
        return None
    try:
        data, lines = load_with_lines(fm_text, line_offset=1)
    except YamlSyntaxError as exc:
        rep.add(path, exc.line, str(exc))
        return None
    if not isinstance(data, dict):
        rep.add(path, 2, "front matter must be a set of 'key: value' lines")
        return None
    f = _Fields(data, lines, (), path, rep)
    f.check_keys(TRANSLATED_SECTION_KEYS if translated else SECTION_KEYS,
                 SECTION_REQUIRED | ({"source_sha256"} if translated else set()),
                 "section front matter")
    source_sha256 = ""
    if translated:
        source_sha256 = str(data.get("source_sha256") or "").strip().lower()
        if "source_sha256" in data and not _SHA256_RE.match(source_sha256):
            f.err("source_sha256", "'source_sha256' must be the 64 hex digits of the English "
                  "file's SHA-256 (sha256sum content/data/sections/<file>)")
    sid = f.text("id", required=True)
    if sid and not SLUG_RE.match(sid):
        f.err("id", f"id '{sid}' must use lower-case letters, digits and dashes")
    if sid and sid != path.stem:
        f.err("id", f"id '{sid}' must match the file name '{path.stem}.md'")
    parent = f.text("parent") or None
    statutes = f.str_list("statutes", allowed=STATUTES)
    provisions = f.provisions("provisions")
    provisions_reason = f.text("provisions_reason")
    if "provisions" in data and not provisions and not provisions_reason:
        f.err("provisions", "'provisions' is empty: add 'provisions_reason' saying why no "
              "provision is cited")
    for p in provisions:
        act = provision_statute(p)
        if act and act not in statutes:
            f.err("statutes", f"provision '{p}' is from {act}; add {act} to 'statutes'")
    status = f.choice("status", STATUSES, "confirmed")
    check_note = f.text("check_note")
    if status == "check-official-text" and not check_note:
        f.err("check_note", "status is check-official-text: add 'check_note' saying what to "
              "check in the official text")
    sources = f.int_list("sources")
    if "sources" in data and not sources:
        f.err("sources", "'sources' must list at least one source number")
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


def _reading_order(sections: dict[str, Section], rep: _Reporter,
                   paths: dict[str, Path]) -> tuple[Section, ...]:
    """Depth-first order of the TOC; cycles and dangling parents are reported and the
    affected sections are shown at the top level."""
    fixed: dict[str, Section] = {}
    for sid, s in sections.items():
        parent = s.parent
        if parent is not None and parent not in sections:
            rep.add(paths[sid], key_line(paths[sid], "parent"),
                    f"parent '{parent}' does not exist; shown at the top level")
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
                    "the table of contents has a cycle: " + " -> ".join(seen + [sid])
                    + "; shown at the top level")
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


def key_line(path: Path, key: str) -> int:
    try:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return i
    except (OSError, UnicodeDecodeError):
        pass
    return 0


# -- other files --------------------------------------------------------------------

def _load_manifest(root: Path, rep: _Reporter) -> Manifest:
    path = root / "manifest.yaml"
    fallback = Manifest("Info-Sharing Guide", "unknown", None, "", "", None, None,
                        "This guide is not legal advice.")
    if not os.path.lexists(path):
        rep.add(path, 0, "manifest.yaml is missing")
        return fallback
    loaded = _load_yaml_file(path, root, rep)
    if loaded is None:
        return fallback
    data, lines = loaded
    if not isinstance(data, dict):
        rep.add(path, 1, "manifest must be a set of 'key: value' lines")
        return fallback
    f = _Fields(data, lines, (), path, rep)
    f.check_keys({"title", "content_version", "content_date", "guidance", "statutes_current_to",
                  "disclaimer", "provenance"}, {"title", "content_version", "disclaimer"},
                 "manifest")
    g = data.get("guidance") or {}
    gf = _Fields(g if isinstance(g, dict) else {}, lines, ("guidance",), path, rep)
    gf.check_keys({"title", "publisher", "date"}, set(), "guidance")
    return Manifest(
        title=f.text("title", fallback.title),
        content_version=str(data.get("content_version", "unknown")),
        content_date=f.day("content_date"),
        guidance_title=gf.text("title"),
        guidance_publisher=gf.text("publisher"),
        guidance_date=gf.day("date"),
        statutes_current_to=f.day("statutes_current_to"),
        disclaimer=f.text("disclaimer", fallback.disclaimer),
        provenance=f.text("provenance"),
    )


def _load_list(root: Path, name: str, rep: _Reporter,
               make: Callable[[_Fields], Any]) -> list[Any]:
    path = root / name
    if not os.path.lexists(path):
        rep.add(path, 0, f"{name} is missing")
        return []
    loaded = _load_yaml_file(path, root, rep)
    if loaded is None:
        return []
    data, lines = loaded
    if not isinstance(data, list):
        rep.add(path, 1, f"{name} must be a list of entries, each starting with '- '")
        return []
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            rep.add(path, line_of(lines, i), "each entry must be a set of 'key: value' lines")
            continue
        f = _Fields(item, lines, (i,), path, rep)
        obj = rep.guard(path, make, f, line=f.line())
        if f.ok and obj is not None:
            out.append((obj, f.line()))
    return out


def _make_source(f: _Fields) -> Source:
    f.check_keys({"id", "title", "publisher", "date", "url", "note"}, {"id", "title"}, "source")
    return Source(id=f.integer("id"), title=f.text("title", required=True),
                  publisher=f.text("publisher"), date=f.day("date"), url=f.text("url"),
                  note=f.text("note"))


def _make_term(f: _Fields) -> GlossaryTerm:
    f.check_keys({"id", "term", "definition", "aliases", "provisions", "see"},
                 {"id", "term", "definition"}, "glossary term")
    tid = f.text("id", required=True)
    if tid and not SLUG_RE.match(tid):
        f.err("id", f"id '{tid}' must use lower-case letters, digits and dashes")
    return GlossaryTerm(id=tid, term=f.text("term", required=True),
                        definition=f.text("definition", required=True),
                        aliases=f.str_list("aliases"), provisions=f.provisions("provisions"),
                        see=f.str_list("see"))


def _sub(f: _Fields, key: str, allowed: set[str]) -> _Fields:
    value = f.data.get(key)
    if not isinstance(value, dict):
        f.err(key, f"'{key}' must be a set of 'key: value' lines")
        value = {}
    sub = _Fields(value, f.lines, f.prefix + (key,), f.path, f.rep)
    sub.check_keys(allowed, allowed - {"provisions"}, key)  # a provisions list may be left out
    return sub


def _make_statute(f: _Fields) -> Statute:
    f.check_keys({"id", "name", "full_title", "citation", "section", "sources", "status",
                  "check_note", "binds", "risk_test", "notice", "law_enforcement", "duty"},
                 {"id", "name", "full_title", "section", "binds", "risk_test", "notice",
                  "law_enforcement", "duty"}, "statute")
    rt = _sub(f, "risk_test", {"provision", "quote", "plain"})
    no = _sub(f, "notice", {"required", "provisions", "plain"})
    le = _sub(f, "law_enforcement", {"provisions", "plain"})
    rt_prov = rt.text("provision", required=True)
    if rt_prov and not is_canonical_provision(rt_prov):
        rt.err("provision", f"malformed provision '{rt_prov}'")
    required = str(no.data.get("required", ""))
    if required not in ("yes", "no", "conditional"):
        no.err("required", "'required' must be \"yes\", \"no\" or \"conditional\" (in quotes)")
    st = Statute(
        id=f.choice("id", STATUTES, "FIPPA"),
        name=f.text("name", required=True),
        full_title=f.text("full_title", required=True),
        citation=f.text("citation"),
        section=f.text("section", required=True),
        sources=f.int_list("sources"),
        status=f.choice("status", STATUSES, "confirmed"),
        check_note=f.text("check_note"),
        binds=f.text("binds", required=True),
        risk_test=RiskTest(rt_prov, rt.text("quote"), rt.text("plain", required=True)),
        notice=NoticeRule(required, no.provisions("provisions"), no.text("plain", required=True)),
        law_enforcement=StatuteRoute(le.provisions("provisions"),
                                     le.text("plain", required=True)),
        duty=f.text("duty", required=True),
    )
    for sub in (rt, no, le):
        f.ok = f.ok and sub.ok
    return st


def _load_synonyms(root: Path, rep: _Reporter) -> dict[str, tuple[str, ...]]:
    path = root / "synonyms.yaml"
    if not os.path.lexists(path):
        return {}
    loaded = _load_yaml_file(path, root, rep)
    if loaded is None:
        return {}
    data, lines = loaded
    if not isinstance(data, dict):
        rep.add(path, 1, "synonyms.yaml must map a word to a list of terms")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if not isinstance(key, str) or not isinstance(value, list) or not all(
            isinstance(v, str) for v in value
        ):
            rep.add(path, line_of(lines, key), f"'{key}' must map to a list of terms")
            continue
        out[key.strip().lower()] = tuple(v.strip() for v in value if v.strip())
    return out


# -- the whole library ----------------------------------------------------------------

_INTERNAL_LINK_RE = re.compile(r"\]\(\s*<?((?:section|glossary):[^)\s>]*)")


def _internal_links(body: str) -> list[tuple[int, str]]:
    """(1-based body line, href) of every section:/glossary: link target.

    A plain scan, not a Markdown parse: it runs at every start-up and is ten times faster;
    tests check it finds what ``content.render.links`` finds in the shipped content.
    """
    return [(i, m.group(1)) for i, line in enumerate(body.splitlines(), 1)
            for m in _INTERNAL_LINK_RE.finditer(line)]


def section_files(root: Path) -> list[Path]:
    """The section files the loader reads: ``sections/*.md``, hidden files left out (a Mac
    writes a binary ``._name.md`` beside every file on a shared drive)."""
    folder = root / "sections"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.md") if not p.name.startswith("."))


def content_files(root: Path) -> list[Path]:
    """Every file the loader and its extras read, and nothing else."""
    files = [root / name for name in TOP_LEVEL_FILES]
    files += section_files(root)
    decisions = root / "decisions"
    if decisions.is_dir():
        files += sorted(decisions.glob("*.yaml"))  # what content.decision.load_flows reads
    return [p for p in files if os.path.lexists(p)]


#: Files in a content folder's sub-folders that look meant as content but are not read.
_MISNAMED = {
    "sections": (".md", {".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".doc",
                         ".docx", ".odt", ".rtf"}),
    "decisions": (".yaml", {".yaml", ".yml", ".txt", ".json"}),
}


def _report_misnamed(root: Path, rep: _Reporter) -> None:
    for folder, (suffix, looks_like) in _MISNAMED.items():
        path = root / folder
        if not path.is_dir():
            continue
        for p in sorted(path.iterdir()):
            name = p.name
            if name.startswith(".") or name.endswith(suffix):
                continue
            if p.suffix.lower() in looks_like:
                rep.add(p, 0, f"not read: a file in {folder}/ must be plain text with a name "
                        f"ending in '{suffix}' (lower case)")


def content_hash(root: Path, *, translations: bool = False) -> str:
    """A hash of the files the loader reads (names and bytes), for cache keys.

    Only those: a stray file in the content folder (a 200 MB video, a backup) is never read,
    and neither is ``agency.yaml``, so adding an agency's contacts never makes the bundled
    search index look stale.
    A file the loader refuses (too large, not a regular file, unreadable) is hashed by its
    name and the reason, never read.

    With ``translations``, the files of each translation folder (``fr/``) count too: the
    English search index also holds the French text of each page (a French query finds
    the English page), so a French edit makes it out of date.
    """
    h = hashlib.sha256()
    files = content_files(root)
    if translations:
        for lang in LANGUAGES:
            folder = translation_root(root, lang)
            if lang != "en" and folder.is_dir():
                files += content_files(folder)
    for path in files:
        rel = path.relative_to(root).as_posix()
        h.update(rel.encode() + b"\0")
        try:
            h.update(read_bounded(path))
        except OSError as exc:
            h.update(f"<unreadable: {type(exc).__name__} {exc.errno}>".encode())
        h.update(b"\0")
    return h.hexdigest()


def load_library(root: Path | str | None = None, *, extras: bool = True,
                 language: str = "en") -> Library:
    """Load the content folder ``root`` (default: the shipped content) in ``language``.

    With ``extras=False`` the further content (the decision flows and the agency's
    contacts) is left for :func:`add_extras`: the app shows its window first.

    ``language="fr"`` reads the French translation in ``root/fr`` (the same layout) into the
    same model, so everything downstream works unchanged. A section, glossary term or
    statute that has no French version yet is the English one, marked ``untranslated`` (the
    reader and the CLI say so): a francophone worker in a hurry still gets the guidance,
    and sees plainly that this part is in English. A French file that cannot be read is
    reported like any other problem, and the English item is shown in its place.

    Raises:
        ContentError: only if ``root`` is not a folder at all. Every other problem is
            listed in ``Library.problems`` and the rest of the content still loads.
        ValueError: ``language`` is not one of :data:`~content.model.LANGUAGES`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    root = Path(root) if root is not None else data_root()
    if not root.is_dir():
        raise ContentError([Problem(str(root), 0, "content folder not found")])
    if language == "en":
        library = _load_folder(root)
    else:
        english = _load_folder(root)
        library = _load_folder(translation_root(root, language), base=english,
                               language=language)
    return add_extras(library) if extras else library


def translation_root(root: Path | str, language: str) -> Path:
    """Where the ``language`` translation of the content folder ``root`` lives."""
    return Path(root) / language


def load_translation(english: Library, language: str = "fr") -> Library | None:
    """The ``language`` translation of the loaded English library ``english`` (without its
    extras), or None if its folder has none. For the search index: the English index holds
    each page's French text too, so a query in French finds the English page."""
    folder = translation_root(english.root, language)
    if english.language != "en" or not folder.is_dir():
        return None
    return _load_folder(folder, base=english, language=language)


def _untranslated(obj: Any) -> Any:
    from dataclasses import replace

    return replace(obj, untranslated=True)


def _fold_key(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _load_folder(root: Path, base: Library | None = None, language: str = "en") -> Library:
    """One folder into a Library; ``base`` (the English library) fills what a translation
    lacks (see :func:`load_library`)."""
    rep = _Reporter(root)
    translated = base is not None
    exists = root.is_dir()
    fallback = Manifest("Info-Sharing Guide", "unknown", None, "", "", None, None,
                        "This guide is not legal advice.")
    if base is not None and not os.path.lexists(root / "manifest.yaml"):
        manifest = base.manifest
    else:
        manifest = rep.guard(root / "manifest.yaml", _load_manifest, root, rep,
                             default=fallback)

    sources: dict[int, Source] = {}
    if base is None or os.path.lexists(root / "sources.yaml"):
        for src, line in _load_list(root, "sources.yaml", rep, _make_source):
            if src.id in sources:
                rep.add(root / "sources.yaml", line, f"duplicate source number {src.id}")
                continue
            sources[src.id] = src
    if base is not None:
        for sid, src in base.sources.items():
            sources.setdefault(sid, src)

    # sections
    sec_dir = root / "sections"
    sections: dict[str, Section] = {}
    paths: dict[str, Path] = {}
    files = section_files(root)
    if exists:
        _report_misnamed(root, rep)
    if not files and base is None:
        rep.add(sec_dir, 0, "no sections found")
    for path in files:
        s = rep.guard(path, _load_section, path, root, rep, translated)
        if s is None:
            continue
        if s.id in sections:
            rep.add(path, key_line(path, "id"),
                    f"duplicate id '{s.id}' (also in {paths[s.id].name}); ignored")
            continue
        sections[s.id] = s
        paths[s.id] = path
    own = set(sections)
    if base is not None:
        for s in base.sections:
            if s.id not in sections:
                sections[s.id] = _untranslated(s)
                paths[s.id] = Path(s.path)
    ordered = _reading_order(sections, rep, paths)

    terms: dict[str, GlossaryTerm] = {}
    term_lines: dict[str, int] = {}
    if base is None or os.path.lexists(root / "glossary.yaml"):
        for t, line in _load_list(root, "glossary.yaml", rep, _make_term):
            if t.id in terms:
                rep.add(root / "glossary.yaml", line, f"duplicate glossary id '{t.id}'")
                continue
            terms[t.id] = t
            term_lines[t.id] = line
    own_terms = set(terms)
    if base is not None:
        for t in base.glossary:
            terms.setdefault(t.id, _untranslated(t))

    statutes: list[Statute] = []
    statute_lines: dict[str, int] = {}
    if os.path.lexists(root / "statutes.yaml"):
        for st, line in _load_list(root, "statutes.yaml", rep, _make_statute):
            if any(x.id == st.id for x in statutes):
                rep.add(root / "statutes.yaml", line, f"duplicate statute '{st.id}'")
                continue
            statutes.append(st)
            statute_lines[st.id] = line
    if base is not None:
        have = {st.id for st in statutes}
        statutes += [_untranslated(st) for st in base.statutes if st.id not in have]

    synonyms = rep.guard(root / "synonyms.yaml", _load_synonyms, root, rep, default={})

    # cross references (a translation's own items only: the English ones were checked)
    for s in ordered:
        if s.id not in own:
            continue
        path = paths[s.id]
        for src in s.sources:
            if src not in sources:
                rep.add(path, key_line(path, "sources"),
                        f"source {src} is not in sources.yaml")
        for rel in s.related:
            if rel not in sections:
                rep.add(path, key_line(path, "related"), f"related section '{rel}' does not exist")
        for body_line, href in _internal_links(s.body):
            line = s.body_line + body_line - 1
            kind, _, target = href.partition(":")
            target = target.split("#", 1)[0]
            if kind == "section" and target not in sections:
                rep.add(path, line, f"link to section '{target}', which does not exist")
            elif kind == "glossary" and target not in terms:
                rep.add(path, line, f"link to glossary term '{target}', which does not exist")
    gpath = root / "glossary.yaml"
    for t in terms.values():
        if t.id not in own_terms:
            continue
        for see in t.see:
            if see not in sections:
                rep.add(gpath, term_lines[t.id], f"term '{t.id}' refers to section '{see}', "
                        "which does not exist")
    spath = root / "statutes.yaml"
    for st in statutes:
        if st.id not in statute_lines:
            continue
        if st.section not in sections:
            rep.add(spath, statute_lines[st.id], f"statute {st.id} refers to section "
                    f"'{st.section}', which does not exist")
        for src in st.sources:
            if src not in sources:
                rep.add(spath, statute_lines[st.id], f"source {src} is not in sources.yaml")

    if base is None:
        digest = content_hash(root, translations=True)
    else:
        # the index of a translation also holds the English text (and untranslated items)
        digest = hashlib.sha256(f"{language}\0{content_hash(root)}\0{base.content_hash}"
                                .encode()).hexdigest()
    return Library(
        root=str(root),
        manifest=manifest,
        sections=ordered,
        glossary=tuple(sorted(terms.values(), key=lambda t: (_fold_key(t.term), t.term))),
        sources=sources,
        statutes=tuple(statutes),
        synonyms=synonyms,
        problems=tuple(rep.problems),
        content_hash=digest,
        language=language,
        translation=base,
    )


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
    rep = _Reporter(root)
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
