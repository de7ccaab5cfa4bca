"""Linux-only helpers for the spec: read ELF dependencies, and trim Qt's ICU data.

:func:`dt_needed` lists a shared library's direct dependencies (``DT_NEEDED``), so the spec
can drop the system libraries that only dropped Qt plugins needed. ``ldd`` reports the
whole transitive closure, which cannot tell "needed by libcups" from "needed by Qt".

:func:`trim` shrinks the ICU data library that Linux PySide6 wheels ship (32 MB) to what
we use:

Linux builds of Qt link ICU; its data library ``libicudata.so.NN`` holds one blob, the
symbol ``icudtNN_dat``, in ICU's "common data" format: a table of contents and ~3,900
items (locale data for ~800 locales, 200 codepage converters, word-break dictionaries
for Thai, Khmer, Lao, Burmese and CJK, transliterators, Unicode character names).
Qt uses ICU only for collation (``QCollator``), non-UTF text codecs and time-zone names.
This app reads UTF-8 content in English (and may one day be in French), so we keep:

* every item that is not locale data (Unicode properties, normalization, break rules,
  collation root ``ucadata.icu``, time-zone tables, supplemental data, aliases);
* locale data for English, French and ``root`` in every tree (coll, zone, lang, ...).

and drop codepage converters (``*.cnv``; UTF-8/16/32, ASCII and Latin-1 are built in; we
keep windows-1252 and ISO-8859-15),
dictionaries (``*.dict``), transliterators and ``unames.icu``. The result is ~5 MB.

The trimmed blob is wrapped into a new shared library with the same SONAME and symbol by
the GNU assembler and linker (binutils, which PyInstaller needs on Linux anyway). If
anything is missing or unexpected, :func:`trim` returns None and the original library is
shipped: trimming is an optimisation, never a reason for a broken build.

Windows and macOS builds of Qt do not use ICU, so this only runs on Linux. Chromium and
Electron filter ICU data the same way (see ICU's "ICU Data Build Tool" documentation:
https://unicode-org.github.io/icu/userguide/icu_data/buildtool.html).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

KEEP_LANGUAGES = ("en", "fr")
#: Western European codepages, in case a codec is ever needed: windows-1252, ISO-8859-15.
KEEP_CONVERTERS = ("ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv")
_LOCALE_RES = re.compile(r"^(?P<lang>[a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_SYMBOL = re.compile(rb"^icudt(\d+)_dat$")


# -- ELF ----------------------------------------------------------------------------------
# Section header fields (Elf64_Shdr): name, type, flags, addr, offset, size, link, info, ...
SHT_DYNAMIC, SHT_DYNSYM, DT_NEEDED = 6, 11, 1


def _sections(lib: bytes) -> list[tuple[int, ...]]:
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    return [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize)
            for i in range(shnum)]


def _cstr(lib: bytes, start: int) -> bytes:
    return lib[start:lib.index(b"\0", start)]


def dt_needed(path: Path | str) -> list[str]:
    """The direct dependencies (``DT_NEEDED`` names) of an ELF64 little-endian file."""
    lib = Path(path).read_bytes()
    out = []
    for sec in _sections(lib):
        if sec[1] != SHT_DYNAMIC:
            continue
        strtab = _sections(lib)[sec[6]]
        for off in range(sec[4], sec[4] + sec[5], 16):
            tag, val = struct.unpack_from("<qQ", lib, off)
            if tag == DT_NEEDED:
                out.append(_cstr(lib, strtab[4] + val).decode())
    return out


def find_data_blob(lib: bytes) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of ``icudtNN_dat`` in an ELF64 little-endian .so."""
    sections = _sections(lib)
    for sec in sections:
        if sec[1] != SHT_DYNSYM:
            continue
        strtab = sections[sec[6]]  # sh_link
        for off in range(sec[4], sec[4] + sec[5], 24):
            st_name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", lib, off)
            name = _cstr(lib, strtab[4] + st_name)
            if _SYMBOL.match(name) and size:
                target = sections[shndx]
                return name.decode(), value - target[3] + target[4], size
    raise ValueError("no icudtNN_dat symbol")


# -- ICU common data: read, filter, write -------------------------------------------------

def read_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header bytes, [(item name, item bytes)]) of an ICU common-data blob."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data (CmnD)")
    toc = blob[header_size:]
    count, = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [e[1] for e in entries[1:]] + [len(toc)]
    items = []
    for (name_off, data_off), end in zip(entries, ends, strict=True):
        name = toc[name_off:toc.index(b"\0", name_off)].decode("ascii")
        items.append((name, toc[data_off:end]))
    return blob[:header_size], items


def write_items(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """The inverse of :func:`read_items` (names stay sorted; items 16-byte aligned)."""
    items = sorted(items)
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_len = 4 + 8 * len(items)
    data_start = (toc_len + len(names) + 15) & ~15
    entries, body, name_off, data_off = [], bytearray(), toc_len, data_start
    for name, data in items:
        entries.append(struct.pack("<II", name_off, data_off))
        name_off += len(name) + 1
        pad = (-len(data)) % 16
        body += data + b"\0" * pad
        data_off += len(data) + pad
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += b"\0" * (data_start - len(toc))
    return header + toc + bytes(body)


def wanted(name: str, languages: Iterable[str] = KEEP_LANGUAGES) -> bool:
    """Whether an item (``icudt73l/coll/fr_CA.res``) stays in the trimmed data."""
    parts = name.split("/")[1:]  # drop the "icudt73l" package prefix
    base = parts[-1]
    if base in KEEP_CONVERTERS:
        return True
    if base.endswith((".cnv", ".dict")) or parts[0] == "translit" or base == "unames.icu":
        return False
    m = _LOCALE_RES.match(base)
    return m is None or base == "res_index.res" or m.group("lang") in set(languages)


# -- the whole job ------------------------------------------------------------------------

def trim(src: Path, out_dir: Path, languages: Iterable[str] = KEEP_LANGUAGES) -> Path | None:
    """Write a trimmed copy of the ICU data library ``src`` into ``out_dir``.

    Returns the new library's path (same file name and SONAME), or None when trimming is
    not possible here (no binutils, unexpected file layout); the caller then ships ``src``.
    """
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if not assembler or not linker:
        return None
    raw = Path(src).read_bytes()
    try:
        symbol, offset, size = find_data_blob(raw)
        header, items = read_items(raw[offset:offset + size])
    except (ValueError, struct.error, IndexError):
        return None
    kept = [(n, d) for n, d in items if wanted(n, languages)]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata.dat").write_bytes(write_items(header, kept))
    (out_dir / "icudata.s").write_text(
        "\t.section .rodata\n"
        "\t.balign 16\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"{symbol}:\n"
        '\t.incbin "icudata.dat"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = out_dir / Path(src).name
    try:
        subprocess.run([assembler, "-o", "icudata.o", "icudata.s"], cwd=out_dir, check=True,
                       capture_output=True)
        subprocess.run([linker, "-shared", "-soname", Path(src).name, "-o", str(target),
                        "icudata.o"], cwd=out_dir, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return target


if __name__ == "__main__":  # python packaging/linux_libs.py LIB OUTDIR: try it by hand
    import sys

    result = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(result, result.stat().st_size if result else "")
