"""The files of a content folder: which ones, read how, and their hash.

Every file is read through :func:`read_bounded`: a regular file of at most
:data:`MAX_FILE_BYTES` bytes inside the folder (no pipe, device, or link leading out of the
folder is ever opened), decoded as UTF-8 and checked for characters that would change what
the reader sees. A problem is reported as ``path:line: message`` through a
:class:`Reporter` and the file is left out; the rest of the content still loads.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from content.errors import Problem, display_path
from content.fields import Fields, Problems
from content.messages import Msg, msg
from content.model import (
    LANGUAGES,
)
from content.textcheck import first_text_problem
from content.yamlio import Lines, Path_, YamlSyntaxError, load_with_lines

MAX_FILE_BYTES = 1_000_000
#: The files at the top of a content folder the loader reads.
TOP_LEVEL_FILES = ("manifest.yaml", "sources.yaml", "glossary.yaml", "statutes.yaml",
                   "synonyms.yaml")


class Reporter:
    """The problems of one load, each as ``path:line: message``."""

    def __init__(self, base: Path):
        self.base = base
        self.problems: list[Problem] = []

    def add(self, path: Path, line: int, message: Msg | str) -> None:
        self.problems.append(Problem.of(display_path(path), line, message))

    def guard(self, path: Path, fn: Callable[..., Any], *args: Any, default: Any = None,
              line: int = 0) -> Any:
        """``fn(*args)``; anything it raises is ``path``'s problem, not the whole load's.

        The checks above should catch every bad value first; this is the net under them, so
        that one file the checks did not foresee can never stop the others loading.
        """
        try:
            return fn(*args)
        except RecursionError:
            self.add(path, line, msg("nested-too-deeply"))
        except Exception as exc:  # noqa: BLE001 - see above
            self.add(path, line, msg("unreadable-unexpected", error=type(exc).__name__,
                                     detail=str(exc)[:200]))
        return default


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
        self.msg = msg("file-too-large", size=size, limit=MAX_FILE_BYTES)
        super().__init__(errno.EFBIG, f"file is too large ({size:,} bytes; the limit is "
                         f"{MAX_FILE_BYTES:,})")


class NotRegularFile(OSError):
    """A folder, FIFO, device or socket where a file was expected: not opened."""

    def __init__(self, mode: int):
        what = ("folder" if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode)
                else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "socket" if stat.S_ISSOCK(mode) else "special")
        self.msg = msg("not-regular-file", what=msg(f"what-{what}"))
        super().__init__(errno.EINVAL, f"is {msg(f'what-{what}').text}, not a regular file")


def read_text(path: Path, root: Path, rep: Reporter) -> str | None:
    """The checked text of the content file ``path``, or None (its problem reported)."""
    raw = read_raw(path, root, rep)
    return None if raw is None else checked_text(raw, path, rep)


def read_raw(path: Path, root: Path, rep: Reporter) -> bytes | None:
    """The bytes of the content file ``path`` (a link only if it stays inside ``root``), or
    None (its problem reported). Not yet decoded nor checked: see :func:`checked_text`."""
    try:
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError) as exc:  # a loop (RuntimeError before 3.13), dangling
                rep.add(path, 0, msg("link-leads-nowhere",
                                     reason=str(getattr(exc, "strerror", None) or exc)))
                return None
            if not target.is_relative_to(root.resolve()):
                rep.add(path, 0, msg("link-outside"))
                return None
        return read_bounded(path)
    except (FileTooLarge, NotRegularFile) as exc:
        rep.add(path, 0, exc.msg)
        return None
    except OSError as exc:
        rep.add(path, 0, msg("cannot-read", reason=str(exc.strerror or exc)))
        return None


def checked_text(raw: bytes, path: Path, rep: Reporter) -> str | None:
    """``raw`` decoded as UTF-8 and checked (:func:`~content.textcheck.first_text_problem`),
    or None (its problem reported against ``path``)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        rep.add(path, line, msg("not-utf8"))
        return None
    if not text.strip():
        rep.add(path, 0, msg("file-empty"))
        return None
    problem = first_text_problem(text)
    if problem is not None:
        rep.add(path, *problem)
        return None
    return text


def load_yaml_file(path: Path, root: Path, rep: Reporter) -> tuple[Any, Lines] | None:
    text = read_text(path, root, rep)
    if text is None:
        return None
    try:
        return load_with_lines(text, text_checked=True)  # read_text has checked it
    except YamlSyntaxError as exc:
        rep.add(path, exc.line, exc.msg)
        return None


def key_line(path: Path, key: str) -> int:
    try:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return i
    except (OSError, UnicodeDecodeError):
        pass
    return 0


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


def report_misnamed(root: Path, rep: Reporter) -> None:
    for folder, (suffix, looks_like) in _MISNAMED.items():
        path = root / folder
        if not path.is_dir():
            continue
        for p in sorted(path.iterdir()):
            name = p.name
            if name.startswith(".") or name.endswith(suffix):
                continue
            if p.suffix.lower() in looks_like:
                rep.add(p, 0, msg("misnamed-file", folder=folder, suffix=suffix))


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
    import hashlib  # not needed before the app's first paint

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


def translation_root(root: Path | str, language: str) -> Path:
    """Where the ``language`` translation of the content folder ``root`` lives."""
    return Path(root) / language


class FileFields(Fields):
    """The shared field validator (:mod:`content.fields`) for one mapping of a content
    file; ``lines``, ``prefix``, ``path`` and ``rep`` are kept for nested mappings."""

    def __init__(self, data: dict[str, Any], lines: Lines, prefix: Path_, path: Path,
                 rep: Reporter):
        super().__init__(data, Problems(path, lines, rep.add), prefix)
        self.lines, self.prefix, self.path, self.rep = lines, prefix, path, rep
