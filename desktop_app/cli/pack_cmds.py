"""``ipv-guide pack``: make, check, install and compare signed content packs.

For whoever maintains the content (and agency IT)::

    ipv-guide pack keygen --out agency.key          # agency.key (keep it secret) + agency.key.pub
    ipv-guide pack build DIR --key agency.key --out guide-2026.12.2.igpack
    ipv-guide pack verify FILE [--trust KEY.pub]
    ipv-guide pack info FILE
    ipv-guide pack diff OLD NEW                      # folders or packs
    ipv-guide pack install FILE                      # what File > Update content does
    ipv-guide pack restore                           # back to the previous content

A pack may carry French: the guide's ``fr/`` folder, or an agency pack's ``fr/`` part (its
``agency.yaml`` and sections in French, the same file names and ids). ``build`` and
``install`` check the French like ``--lang fr check-content`` does: a French file that is
wrong (does not load, differs from its English in ids, links or phone numbers, or
translates an older English text) stops an agency pack; an English part with no French yet
is only reported (French mode shows it in English, marked "not yet translated"). Output is
in the command line's language (``--lang``), through :func:`desktop_app.i18n.translate`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from content.messages import msg
from content.pack import PackError, PublicKey, parse_public_key
from content.pack_french import french_notices, layer_problems, named_in_layer, own_files
from desktop_app.content_problems import error_text, problem_line
from desktop_app.i18n import translate

#: The texts ``pack diff`` prints (:data:`content.pack_diff.DIFF_TEXTS`), for lupdate.
DIFF_WORDS = (
    QT_TRANSLATE_NOOP("PackDiff", "What changed from content {old} to {new}"),
    QT_TRANSLATE_NOOP("PackDiff", "No section or decision outcome changed."),
    QT_TRANSLATE_NOOP("PackDiff", "Decision helper outcomes:"),
    QT_TRANSLATE_NOOP("PackDiff", "ADDED: {title} [{id}]"),
    QT_TRANSLATE_NOOP("PackDiff", "REMOVED: {title} [{id}]"),
    QT_TRANSLATE_NOOP("PackDiff", "CHANGED: {title} [{id}]"),
    QT_TRANSLATE_NOOP("PackDiff", "verdict: {old} -> {new}"),
    QT_TRANSLATE_NOOP("PackDiff", "+ provision {provision}"),
    QT_TRANSLATE_NOOP("PackDiff", "- provision {provision}"),
    QT_TRANSLATE_NOOP("PackDiff", "Sections added:"),
    QT_TRANSLATE_NOOP("PackDiff", "Sections removed:"),
    QT_TRANSLATE_NOOP("PackDiff", "Sections changed:"),
    QT_TRANSLATE_NOOP("PackDiff", "old: {text}"),
    QT_TRANSLATE_NOOP("PackDiff", "new: {text}"),
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help=translate("CliHelp", "make, check, install and compare signed content packs"))  # noqa: E501
    ps = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    k = ps.add_parser("keygen", help=translate("CliHelp", "make a signing key (KEY) and its public half (KEY.pub)"))  # noqa: E501
    k.add_argument("--out", required=True, metavar="KEY")
    k.add_argument("--comment", default="", help=translate("CliHelp", "who the key belongs to (shown in 'info')"))  # noqa: E501
    k.set_defaults(func=cmd_keygen)

    b = ps.add_parser("build", help=translate("CliHelp", "check a content folder (and its French, if any), then sign it into a pack file"))  # noqa: E501
    b.add_argument("folder", metavar="DIR")
    b.add_argument("--key", required=True, metavar="KEY")
    b.add_argument("--out", required=True, metavar="FILE")
    b.add_argument("--agency", action="store_true",
                   help=translate("CliHelp", "an agency pack: only agency.yaml and sections/*.md, and their French in fr/, laid over the guide"))  # noqa: E501
    b.add_argument("--version", dest="pack_version", metavar="V",
                   help=translate("CliHelp", "an agency pack's version (the guide's comes from its manifest)"))  # noqa: E501
    b.add_argument("--app-min", default="", metavar="V")
    b.add_argument("--app-max", default="", metavar="V")
    b.set_defaults(func=cmd_build)

    for name, func, text in (
            ("verify", cmd_verify, translate("CliHelp", "check a pack's signature and files")),
            ("info", cmd_info, translate("CliHelp", "show what a pack holds and who signed it")),
            ("install", cmd_install, translate("CliHelp", "install a pack as the current content"))):  # noqa: E501
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
    print(translate("PackCommands", "ipv-guide pack: {message}").format(message=message),
          file=sys.stderr)
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
            raise PackError(msg("pack-cannot-read", file=f, reason=str(exc.strerror or exc))) \
                from None
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
        return [problem_line(p) for p in exc.problems] or [f"{folder}: cannot be loaded"]
    return [problem_line(p) for p in (*library.problems, *editorial_problems(library))]


def check_agency_folder(folder: Path, base: Path, notices: list[str] | None = None) -> list[str]:
    """The problems of the agency layer ``folder`` laid over the guide ``base``: the
    guide's checks on the merged content, then the French of the layer's own files (see
    :func:`content.pack_french.layer_problems`). French that is only missing goes into
    ``notices``."""
    with tempfile.TemporaryDirectory() as tmp:
        from desktop_app.content_source import overlay

        merged = Path(tmp) / "content"
        overlay(base, folder, merged)
        own = own_files(folder)
        problems = [named_in_layer(p, merged, folder, own) for p in check_folder(merged)]
        errors, missing = layer_problems(merged, folder, problem_line)
    if notices is not None:
        notices.extend(missing)
    return problems + errors


def _print_notices(notices: list[str], kind: str = "agency") -> None:
    if not notices:
        return
    if kind == "agency":
        print(translate(
            "PackCommands", "French: {n} note(s). These parts show in English in the French "
            "guide, marked \"not yet translated\", until their French is added:").format(
                n=len(notices)))
    else:
        print(translate(
            "PackCommands", "French: {n} problem(s). Until they are fixed, the app offers "
            "French only to whoever starts it with --lang fr:").format(n=len(notices)))
    for line in notices:
        print(f"  {line}")


def _kind(kind: str) -> str:
    """A pack's kind, in words ("agency", "content")."""
    if kind == "agency":
        return translate("PackCommands", "agency")
    return translate("PackCommands", "content")


def _french_files(files) -> int:
    return sum(1 for rel in files if rel.startswith("fr/"))


def cmd_keygen(args: argparse.Namespace) -> int:
    from content.pack import generate_key

    try:
        key = generate_key(Path(args.out), args.comment)
    except (PackError, OSError) as exc:
        return _fail(error_text(exc))
    print(translate(
        "PackCommands", "Wrote {key} (keep it secret; never put it on a shared drive) and "
        "{key}.pub (key id {id}). Give the .pub file to IT to trust.").format(
            key=args.out, id=key.key_id))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from content import data_root, load_library
    from content.pack import build_pack, content_files

    folder = Path(args.folder)
    if not folder.is_dir():
        return _fail(translate("PackCommands", "{folder}: not a folder").format(folder=folder))
    kind = "agency" if args.agency else "content"
    notices: list[str] = []
    if kind == "agency":
        if not args.pack_version:
            return _fail(translate("PackCommands",
                                   "an agency pack needs --version (e.g. --version 1.0)"))
        try:
            content_files(folder, kind)  # the files it may hold, before anything is checked
        except PackError as exc:
            return _fail(error_text(exc))
        problems = check_agency_folder(folder, data_root(), notices)
    else:
        problems = check_folder(folder)
        notices = french_notices(folder, problem_line) if not problems else []
    if problems:
        for p in problems:
            print(p)
        return _fail(translate("PackCommands", "{n} problem(s) in the content; fix them first "
                         "(ipv-guide --content DIR check-content, and --lang fr for the "
                         "French)").format(n=len(problems)))
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
        return _fail(error_text(exc))
    _print_notices(notices, kind)
    print(translate(
        "PackCommands", "Wrote {file}: {kind} {version} ({n} files, {fr} of them French), "
        "signed with key {key}.").format(file=args.out, kind=_kind(m.kind),
                                          version=m.content_version, n=len(m.files),
                                          fr=_french_files(m.files), key=m.key_id))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        vp = _open(args, args.file)
    except PackError as exc:
        return _fail(error_text(exc))
    m = vp.manifest
    print(translate(
        "PackCommands", "OK: {file}: {kind} {version} of {date}, {n} files ({fr} French), "
        "signed by key {key} {who}").format(file=Path(args.file).name, kind=_kind(m.kind),
                                    version=m.content_version, date=m.content_date,
                                    n=len(m.files), fr=_french_files(m.files),
                                    key=vp.key.key_id,
                                    who=vp.key.comment or vp.key.source).rstrip())
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    import zipfile

    from content.pack import MANIFEST, PackManifest

    try:
        with zipfile.ZipFile(args.file) as z:
            m = PackManifest.from_bytes(z.read(MANIFEST))
    except (OSError, KeyError, zipfile.BadZipFile, PackError) as exc:
        return _fail(translate("PackCommands", "{file}: not a content pack ({reason})").format(
            file=args.file, reason=error_text(exc)))
    french = _french_files(m.files)
    print(translate("PackCommands", "kind: {kind}\ncontent version: {version}\ndate: {date}\n"
              "app versions: {low} to {high}\nfiles: {n}\nsigned by key: {key}").format(
        kind=_kind(m.kind), version=m.content_version, date=m.content_date,
        low=m.app_min or translate("PackCommands", "any"),
        high=m.app_max or translate("PackCommands", "any"), n=len(m.files), key=m.key_id))
    if french:
        print(translate("PackCommands", "French: {n} file(s) in fr/").format(n=french))
    else:
        print(translate(
            "PackCommands", "French: none (in the French guide, this pack's parts show in "
            "English, marked \"not yet translated\")"))
    try:
        _open(args, args.file)
        print(translate("PackCommands", "signature: valid, from a trusted key"))
    except PackError as exc:
        print(translate("PackCommands", "signature: NOT accepted here: {reason}").format(
            reason=exc))
        return 1
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    from content import data_root
    from content.pack_store import install
    from desktop_app.content_source import bundled_version

    notices: list[str] = []
    try:
        vp = _open(args, args.file)
        if vp.manifest.kind == "agency":
            check = lambda d: check_agency_folder(d, data_root(), notices)  # noqa: E731
        else:
            check = check_folder
        folder = install(vp, _paths(args).packs_dir, baseline_version=bundled_version(),
                         check=check)
    except (PackError, OSError) as exc:
        return _fail(error_text(exc))
    _print_notices(notices)
    print(translate(
        "PackCommands", "Installed {kind} {version} in {folder}. The app shows it from its "
        "next start.").format(kind=_kind(vp.manifest.kind), version=vp.manifest.content_version,
                              folder=folder))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from content.pack_store import restore_previous
    try:
        folder = restore_previous(_paths(args).packs_dir, "agency" if args.agency else "content")
    except PackError as exc:
        return _fail(error_text(exc))
    print(translate("PackCommands", "Restored the previous content ({name}).").format(
        name=folder.name))
    return 0


def _root_of(args: argparse.Namespace, what: str, tmp: Path) -> Path:
    """The content folder of ``what``: a folder as it is, a pack verified and unpacked."""
    path = Path(what)
    if path.is_dir():
        return path
    vp = _open(args, what)
    root = tmp / f"pack-{len(list(tmp.iterdir()))}"
    for rel, data in vp.files.items():
        target = root.joinpath(*rel.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def cmd_diff(args: argparse.Namespace) -> int:
    from content import ContentError, load_library
    from content.pack_diff import diff_libraries, format_diff

    with tempfile.TemporaryDirectory() as tmp:
        try:
            roots = [_root_of(args, args.old, Path(tmp)), _root_of(args, args.new, Path(tmp))]
            # in the command line's language when both versions have it, else in English
            language = getattr(args, "lang", None) or "en"
            if not all((r / language).is_dir() for r in roots):
                language = "en"
            old, new = (load_library(r, language=language) for r in roots)
        except PackError as exc:
            return _fail(error_text(exc))
        except ContentError as exc:
            return _fail("; ".join(str(p) for p in exc.problems[:3]))
        print(format_diff(diff_libraries(old, new),
                          lambda text: translate("PackDiff", text)), end="")
    return 0
