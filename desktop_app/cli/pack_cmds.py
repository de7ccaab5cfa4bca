"""``ipv-guide pack``: make, check, install and compare signed content packs.

For whoever maintains the content (and agency IT)::

    ipv-guide pack keygen --out agency.key          # agency.key (keep it secret) + agency.key.pub
    ipv-guide pack build DIR --key agency.key --out guide-2026.12.2.igpack
    ipv-guide pack verify FILE [--trust KEY.pub]
    ipv-guide pack info FILE
    ipv-guide pack diff OLD NEW                      # folders or packs
    ipv-guide pack install FILE                      # what File > Update content does
    ipv-guide pack restore                           # back to the previous content
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from content.pack import PackError, PublicKey, parse_public_key
from desktop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help=translate("CliHelp", "make, check, install and compare signed content packs"))  # noqa: E501
    ps = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    k = ps.add_parser("keygen", help=translate("CliHelp", "make a signing key (KEY) and its public half (KEY.pub)"))  # noqa: E501
    k.add_argument("--out", required=True, metavar="KEY")
    k.add_argument("--comment", default="", help=translate("CliHelp", "who the key belongs to (shown in 'info')"))  # noqa: E501
    k.set_defaults(func=cmd_keygen)

    b = ps.add_parser("build", help=translate("CliHelp", "check a content folder, then sign it into a pack file"))  # noqa: E501
    b.add_argument("folder", metavar="DIR")
    b.add_argument("--key", required=True, metavar="KEY")
    b.add_argument("--out", required=True, metavar="FILE")
    b.add_argument("--agency", action="store_true",
                   help=translate("CliHelp", "an agency pack: only agency.yaml and sections/*.md, laid over the guide"))  # noqa: E501
    b.add_argument("--version", dest="pack_version", metavar="V",
                   help=translate("CliHelp", "an agency pack's version (the guide's comes from its manifest)"))  # noqa: E501
    b.add_argument("--app-min", default="", metavar="V")
    b.add_argument("--app-max", default="", metavar="V")
    b.set_defaults(func=cmd_build)

    for name, func, text in (("verify", cmd_verify, "check a pack's signature and files"),
                             ("info", cmd_info, "show what a pack holds and who signed it"),
                             ("install", cmd_install, "install a pack as the current content")):
        v = ps.add_parser(name, help=text)
        v.add_argument("file", metavar="FILE")
        v.add_argument("--trust", action="append", default=[], metavar="KEY.pub",
                       help=translate("CliHelp", "also trust this public key"))
        v.set_defaults(func=func)

    r = ps.add_parser("restore", help=translate("CliHelp", "go back to the previous content"))
    r.add_argument("--agency", action="store_true", help=translate("CliHelp", "the agency pack instead"))  # noqa: E501
    r.set_defaults(func=cmd_restore)

    d = ps.add_parser("diff", help=translate("CliHelp", "what changed between two versions (folders or packs)"))  # noqa: E501
    d.add_argument("old", metavar="OLD")
    d.add_argument("new", metavar="NEW")
    d.add_argument("--trust", action="append", default=[], metavar="KEY.pub")
    d.set_defaults(func=cmd_diff)


def _fail(message: str) -> int:
    print(f"ipv-guide pack: {message}", file=sys.stderr)
    return 1


def _paths(args: argparse.Namespace):
    from desktop_app.paths import Paths

    return Paths.from_args(args.basedir)


def _extra_keys(args: argparse.Namespace) -> list[PublicKey]:
    out = []
    for f in args.trust:
        try:
            out.append(parse_public_key(Path(f).read_text(encoding="utf-8"), f))
        except OSError as exc:
            raise PackError(f"{f}: {exc.strerror or exc}") from None
    return out


def _open(args: argparse.Namespace, file: str):
    from content.pack import open_pack
    from desktop_app import __version__
    from desktop_app.content_source import trusted_keys

    return open_pack(Path(file), trusted_keys(_paths(args), _extra_keys(args)), __version__)


def check_folder(folder: Path) -> list[str]:
    """check-content's problems for ``folder``, as text (empty: it is fine)."""
    from content import ContentError, load_library
    from content.validate import editorial_problems

    try:
        library = load_library(folder)
    except ContentError as exc:
        return [str(p) for p in exc.problems] or [f"{folder}: cannot be loaded"]
    return [str(p) for p in (*library.problems, *editorial_problems(library))]


def check_agency_folder(folder: Path, base: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        from desktop_app.content_source import overlay

        merged = Path(tmp) / "content"
        overlay(base, folder, merged)
        return check_folder(merged)


def cmd_keygen(args: argparse.Namespace) -> int:
    from content.pack import generate_key

    try:
        key = generate_key(Path(args.out), args.comment)
    except (PackError, OSError) as exc:
        return _fail(str(exc))
    print(f"Wrote {args.out} (keep it secret; never put it on a shared drive) and "
          f"{args.out}.pub (key id {key.key_id}). Give the .pub file to IT to trust.")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from content import data_root, load_library
    from content.pack import build_pack, content_files

    folder = Path(args.folder)
    if not folder.is_dir():
        return _fail(f"{folder}: not a folder")
    kind = "agency" if args.agency else "content"
    if kind == "agency":
        if not args.pack_version:
            return _fail("an agency pack needs --version (e.g. --version 1.0)")
        problems = check_agency_folder(folder, data_root())
    else:
        problems = check_folder(folder)
    if problems:
        for p in problems:
            print(p)
        return _fail(f"{len(problems)} problem(s) in the content; fix them first "
                     "(ipv-guide --content DIR check-content)")
    try:
        if kind == "agency":
            version, when = args.pack_version, date.today()
        else:
            manifest = load_library(folder).manifest
            version, when = manifest.content_version, manifest.content_date or date.today()
        m = build_pack(content_files(folder, kind), Path(args.key), Path(args.out), kind=kind,
                       content_version=version, content_date=when, app_min=args.app_min,
                       app_max=args.app_max)
    except (PackError, OSError) as exc:
        return _fail(str(exc))
    print(f"Wrote {args.out}: {kind} {m.content_version} ({len(m.files)} files), "
          f"signed with key {m.key_id}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        vp = _open(args, args.file)
    except PackError as exc:
        return _fail(str(exc))
    m = vp.manifest
    print(f"OK: {Path(args.file).name}: {m.kind} {m.content_version} of {m.content_date}, "
          f"{len(m.files)} files, signed by key {vp.key.key_id} "
          f"{vp.key.comment or vp.key.source}".rstrip())
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    import zipfile

    from content.pack import MANIFEST, PackManifest

    try:
        with zipfile.ZipFile(args.file) as z:
            m = PackManifest.from_bytes(z.read(MANIFEST))
    except (OSError, KeyError, zipfile.BadZipFile, PackError) as exc:
        return _fail(f"{args.file}: not a content pack ({exc})")
    print(f"kind: {m.kind}\ncontent version: {m.content_version}\ndate: {m.content_date}\n"
          f"app versions: {m.app_min or 'any'} to {m.app_max or 'any'}\n"
          f"files: {len(m.files)}\nsigned by key: {m.key_id}")
    try:
        _open(args, args.file)
        print("signature: valid, from a trusted key")
    except PackError as exc:
        print(f"signature: NOT accepted here: {exc}")
        return 1
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    from content import data_root
    from content.pack_store import install
    from desktop_app.content_source import bundled_version

    try:
        vp = _open(args, args.file)
        if vp.manifest.kind == "agency":
            check = lambda d: check_agency_folder(d, data_root())  # noqa: E731
        else:
            check = check_folder
        folder = install(vp, _paths(args).packs_dir, baseline_version=bundled_version(),
                         check=check)
    except (PackError, OSError) as exc:
        return _fail(str(exc))
    print(f"Installed {vp.manifest.kind} {vp.manifest.content_version} in {folder}. "
          "The app shows it from its next start.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from content.pack_store import restore_previous
    try:
        folder = restore_previous(_paths(args).packs_dir, "agency" if args.agency else "content")
    except PackError as exc:
        return _fail(str(exc))
    print(f"Restored the previous content ({folder.name}).")
    return 0


def _library_of(args: argparse.Namespace, what: str, tmp: Path):
    from content import load_library

    path = Path(what)
    if path.is_dir():
        return load_library(path)
    vp = _open(args, what)
    root = tmp / f"pack-{len(list(tmp.iterdir()))}"
    for rel, data in vp.files.items():
        target = root.joinpath(*rel.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return load_library(root)


def cmd_diff(args: argparse.Namespace) -> int:
    from content import ContentError
    from content.pack_diff import diff_libraries, format_diff

    with tempfile.TemporaryDirectory() as tmp:
        try:
            old = _library_of(args, args.old, Path(tmp))
            new = _library_of(args, args.new, Path(tmp))
        except PackError as exc:
            return _fail(str(exc))
        except ContentError as exc:
            return _fail("; ".join(str(p) for p in exc.problems[:3]))
        print(format_diff(diff_libraries(old, new)), end="")
    return 0
