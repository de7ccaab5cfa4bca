"""Sections read once, when the app is set up or bundled, so that a start need not read them again.

Reading the ~90 section files (the text checks, the front matter, every field's check) was
the largest part of the app's start after Qt itself. The files do not change between two
starts, so ``python -m content.prebuilt --build`` (run by ``dev.py`` when it sets the app
up, and by ``packaging/build.py`` for the bundle) reads the shipped content once, the usual
way, and keeps every section that loaded **without a problem** in ``prebuilt-sections.bin``
beside this module. The app's start (:func:`desktop_app.language_switch.start_language`)
hands it to :func:`content.load_library`, which then takes a section from it only when the
file's bytes are those that were read (its size and two checksums of its bytes match, with
its place in the folder and whether it is a translation); any other file, an edited one, a
new one, one in a content pack, is read and checked in full, as always. So what a
start shows is what a full read shows, section for section (tests/content/test_prebuilt.py),
only sooner.

It is never trusted when it may be out of date with the code that would read the files now:
from source, it records the size and checksums of the modules that turn a file into a section
(:data:`CODE_MODULES`) and is ignored once any of them changes; a bundle ships it built
by the same build as its code. A file that is missing, damaged, from another Python or of
another format is ignored (the sections are then read as usual) and never raises. The app
never writes it: it is made only by the two commands above (``settings.ini`` stays the only
file the app writes on its own, :mod:`desktop_app.paths`). Not committed (``.gitignore``).

``marshal`` (Python's own format for its compiled modules, which sit beside this one) holds
only data here: bytes, strings, numbers, tuples, a dict. No Qt.

The checksums are zlib's CRC-32 and Adler-32 (64 bits together, with the size): a change to a
file that leaves all three as they were is left unnoticed about once in 10^19 changes, and
CRC-32 never misses a change of a few neighbouring bytes. They guard against stale sections,
not against an attacker: whoever can write the content files decides what they say anyway
(and a content pack is checked against its signature before it is installed). Not
:mod:`hashlib`, whose import loads OpenSSL (about 3 ms of every start); not the bytes
themselves, which made the bundle 1 MB larger (over its 100 MB target).
"""

from __future__ import annotations

import argparse
import dataclasses
import marshal
import os
import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from content.model import Section

#: The file's name, beside this module (``content/``), from source and in the bundle.
FILE_NAME = "prebuilt-sections.bin"
#: Bumped when what is stored changes meaning (2: size and checksums, not the SHA-256).
FORMAT = 2
_MAGIC = "ipv-guide prebuilt sections"
#: Larger than this, the file is not read (the shipped one is about 1 MB).
MAX_BYTES = 32_000_000
#: The modules whose code decides what a section file becomes (from source, a change to any
#: of them makes the prebuilt file out of date).
CODE_MODULES = ("content.loader", "content.files", "content.fields", "content.textcheck",
                "content.yaml_simple", "content.yamlio", "content.model", "content.errors",
                "content.prebuilt")
#: Section fields not kept: where the file is now, and a mark only the French library sets.
_NOT_STORED = ("path", "untranslated")
_FIELDS = tuple(f.name for f in dataclasses.fields(Section) if f.name not in _NOT_STORED)
_DATE_FIELDS = frozenset(f.name for f in dataclasses.fields(Section) if "date" in str(f.type))


def default_path() -> Path:
    """Where the shipped prebuilt file is (it may not exist)."""
    return Path(__file__).resolve().parent / FILE_NAME


def code_fingerprint() -> str | None:
    """The size and checksums of the source of :data:`CODE_MODULES` (each after its name),
    or None in a bundle (no sources there: the bundle's prebuilt file was made by the same
    build as its code)."""
    if getattr(sys, "frozen", False):
        return None
    parts = []
    for name in CODE_MODULES:
        module = sys.modules.get(name)
        if module is None:
            __import__(name)
            module = sys.modules[name]
        parts.append(name.encode() + b"\0" + Path(str(module.__file__)).read_bytes() + b"\0")
    size, crc, adler = _mark(b"".join(parts))
    return f"{size}:{crc:08x}{adler:08x}"


#: A key's first letter: a file of the content's own language (``o``) or a translation (``t``).
_ROLES = ("o", "t")


def _key(rel: str, translated: bool) -> str:
    return f"{'t' if translated else 'o'}:{rel}"


def _mark(raw: bytes) -> tuple[int, int, int]:
    """The file's size and its two checksums (see the module's notes)."""
    return len(raw), zlib.crc32(raw), zlib.adler32(raw)


class PrebuiltSections:
    """Sections by their file's place in the folder and language role, each kept with the
    file's size and checksums (a section is taken only for a file whose bytes match).

    Hand one to :func:`content.load_library` (``prebuilt=``): each section file whose bytes
    it knows is taken from it; every other one is read in full and, if it loads without a
    problem, :meth:`add`-ed (so :func:`build` fills an empty one by loading the content).
    """

    def __init__(self, entries: dict[str, tuple[tuple[int, int, int], tuple[Any, ...]]]
                 | None = None, *, packed: dict[str, bytes] | None = None):
        #: ``"<role>:<place>"`` -> (the file's size and checksums, the section's fields)
        self.entries: dict[str, tuple[tuple[int, int, int], tuple[Any, ...]]] = \
            dict(entries or {})
        #: Each role's entries as read from the file, unpacked when first looked up (a start
        #: in English never unpacks the French ones).
        self._packed = dict(packed or {})
        #: How many sections were taken from it, and how many had to be read.
        self.hits = 0
        self.misses = 0

    def _unpack(self, role: str) -> None:
        packed = self._packed.pop(role, None)
        if packed is None:
            return
        try:
            entries = marshal.loads(packed)
        except (ValueError, EOFError, TypeError):
            return
        if isinstance(entries, dict) and all(
                isinstance(k, str) and k.startswith(f"{role}:") and isinstance(v, tuple)
                and len(v) == 2 and isinstance(v[0], tuple) and len(v[0]) == 3
                and all(isinstance(n, int) for n in v[0]) and isinstance(v[1], tuple)
                and len(v[1]) == len(_FIELDS) for k, v in entries.items()):
            self.entries.update(entries)

    @classmethod
    def read(cls, path: Path | str | None = None) -> PrebuiltSections | None:
        """The prebuilt file at ``path`` (default: the shipped one), or None when there is
        none or it cannot be trusted (damaged, another Python or format, out of date)."""
        path = Path(path) if path is not None else default_path()
        try:
            if os.stat(path).st_size > MAX_BYTES:
                return None
            data = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if not (isinstance(data, tuple) and len(data) == 2 and isinstance(data[1], dict)):
            return None
        header, packed = data
        if not isinstance(header, tuple) or len(header) != 6 or header[:5] != (
                _MAGIC, FORMAT, tuple(sys.version_info[:2]), marshal.version, _FIELDS):
            return None
        try:
            fingerprint = code_fingerprint()
        except (OSError, AttributeError, TypeError):  # a module's source cannot be read
            return None
        if fingerprint is not None and header[5] != fingerprint:
            return None
        if not all(k in _ROLES and isinstance(v, bytes) for k, v in packed.items()):
            return None
        return cls(packed=packed)

    def section(self, raw: bytes, rel: str, translated: bool, path: str) -> Section | None:
        """The section the file with bytes ``raw`` at ``rel`` (its place in the folder, with
        ``/``) loads as, now at ``path``; None if unknown (then read it)."""
        key = _key(rel, translated)
        if self._packed:
            self._unpack(key[0])
        entry = self.entries.get(key)
        if entry is None or entry[0] != _mark(raw):  # unknown, or other bytes
            self.misses += 1
            return None
        fields = dict(zip(_FIELDS, entry[1], strict=True))
        try:
            for name in _DATE_FIELDS:
                if fields[name] is not None:
                    fields[name] = date.fromisoformat(fields[name])
            section = Section(**fields, path=path)
        except (ValueError, TypeError):  # a damaged entry: read the file instead
            self.misses += 1
            return None
        self.hits += 1
        return section

    def add(self, raw: bytes, rel: str, translated: bool, section: Section) -> None:
        """Remember ``section``, read without a problem from the file with bytes ``raw``."""
        values = tuple(getattr(section, name) for name in _FIELDS)
        self.entries[_key(rel, translated)] = (_mark(raw), tuple(
            v.isoformat() if isinstance(v, date) else v for v in values))

    def write(self, path: Path | str) -> None:
        """Save to ``path`` (replaced whole: a half-written file is never left there)."""
        path = Path(path)
        header = (_MAGIC, FORMAT, tuple(sys.version_info[:2]), marshal.version, _FIELDS,
                  code_fingerprint() or "")
        for role in _ROLES:
            self._unpack(role)
        packed = {role: marshal.dumps({k: v for k, v in self.entries.items()
                                       if k.startswith(f"{role}:")}) for role in _ROLES}
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(marshal.dumps((header, packed)))
        os.replace(tmp, path)


def build(root: Path | str | None = None, out: Path | str | None = None) -> tuple[Path, int]:
    """Read the content at ``root`` (default: the shipped content), English and French, and
    write its sections to ``out`` (default: :func:`default_path`). Returns (the file, how
    many sections it holds)."""
    from content.loader import load_library
    from content.model import LANGUAGES

    prebuilt = PrebuiltSections()
    for language in LANGUAGES:
        load_library(root, extras=False, language=language, prebuilt=prebuilt)
    target = Path(out) if out is not None else default_path()
    prebuilt.write(target)
    return target, len(prebuilt.entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m content.prebuilt",
        description="Read the shipped content's sections once, so the app's start need not.")
    parser.add_argument("--build", action="store_true", help="write the prebuilt file")
    parser.add_argument("--content", type=Path, default=None, metavar="DIR",
                        help="the content folder (default: the shipped content)")
    parser.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help=f"where to write it (default: content/{FILE_NAME})")
    args = parser.parse_args(argv)
    if not args.build:
        parser.print_help()
        return 2
    target, count = build(args.content, args.out)
    print(f"{count} sections read once for the app's start: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
