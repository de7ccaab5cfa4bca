"""``ipv-guide export-pdf``: the same PDFs as File > Export PDF..., from the command line.

Examples::

    ipv-guide export-pdf --section phipa-serious-harm --out phipa.pdf
    ipv-guide export-pdf --section fippa mfippa --out two.pdf
    ipv-guide export-pdf --search "police ask" --statute PHIPA --out digest.pdf
    ipv-guide export-pdf --quick-reference --out card.pdf
    ipv-guide export-pdf --quick-reference --paper a4 --out card-a4.pdf
    ipv-guide export-pdf --decision-map --out map.pdf
    ipv-guide export-pdf --facts danger=yes,organization=health --record --out record.pdf

Qt is needed to lay out and write the PDF; without a display the command runs Qt
offscreen by itself.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from content.model import SECTORS, STATUTES
from desktop_app.i18n import translate
from desktop_app.options import nonempty

if TYPE_CHECKING:  # only named in annotations: Qt and Whoosh load when the command runs
    from content.model import Library
    from desktop_app.printouts import PrintJob
    from index.types import SearchResults


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export-pdf",
        help=translate("CliHelp", "save sections, a search digest, a decision record, the quick reference card "  # noqa: E501
        "or the decision map as a PDF"),
        description=translate("CliHelp", "Save a printout as a PDF (the same as File > Export PDF... in the app). "  # noqa: E501
        "The file is written only once it is complete; missing folders are created."),
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--section", dest="sections", metavar="ID", nargs="+", action="extend",
                      help=translate("CliHelp", "one or more section ids (see: ipv-guide list); printed in reading "  # noqa: E501
                      "order with their summaries first"))
    what.add_argument("--search", metavar="QUERY", help=translate("CliHelp", "a digest of the results of this search"))  # noqa: E501
    what.add_argument("--quick-reference", action="store_true",
                      help=translate("CliHelp", "the one-page quick reference card"))
    what.add_argument("--decision-map", action="store_true",
                      help=translate("CliHelp", "every question, answer and outcome of the decision helper"))  # noqa: E501
    what.add_argument("--facts", metavar="KEY=VALUE,...", action="append",
                      help=translate("CliHelp", "the decision summary for these answers (same syntax as "  # noqa: E501
                      "'ipv-guide decide --facts'; may be repeated)"))
    p.add_argument("--statute", action="append", default=[], choices=STATUTES,
                   help=translate("CliHelp", "with --search: only this law (repeat for more)"))
    p.add_argument("--sector", action="append", default=[], choices=SECTORS,
                   help=translate("CliHelp", "with --search: only this sector (repeat for more)"))
    p.add_argument("--limit", type=int, default=20, help=translate("CliHelp", "with --search: at most this many "  # noqa: E501
                   "results (default 20)"))
    p.add_argument("--record", action="store_true",
                   help=translate("CliHelp", "with --facts: the full decision record, with blank record fields, "  # noqa: E501
                   "signature and date lines to fill in by hand"))
    p.add_argument("--paper", choices=("letter", "a4"), default="letter",
                   help=translate("CliHelp", "paper size (default: letter)"))
    p.add_argument("--out", metavar="FILE.pdf", required=True, type=nonempty("--out", "a file"),
                   help=translate("CliHelp", "where to save the PDF"))
    p.set_defaults(func=cmd_export_pdf)


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from desktop_app.cli.content_cmds import load_for_cli

    library = load_for_cli(args)
    if library is None:
        return 1
    if (args.statute or args.sector) and args.search is None:
        return _fail(translate("Cli", "--statute and --sector go with --search."), 2)
    if args.record and args.facts is None:
        return _fail(translate("Cli", "--record goes with --facts."), 2)
    from desktop_app import i18n
    from desktop_app.printing.pdf import ensure_gui_app

    ensure_gui_app()
    # the printout's own words (headings, labels) in the language of --lang, like its content
    i18n.set_language(library.language)
    try:
        job = _build_job(args, library)
    except LookupError as exc:  # unknown section, missing flow...
        return _fail(str(exc.args[0] if exc.args else exc), 2)
    except ValueError as exc:
        return _fail(str(exc), 2)

    from desktop_app.printing.errors import PrintError
    from desktop_app.printing.pdf import export_pdf
    from desktop_app.printouts import PrintMeta

    try:
        path = export_pdf(job, args.out, PrintMeta.from_library(library), paper=args.paper)
    except PrintError as exc:
        return _fail(exc.message)
    print(translate("Cli", "Saved to {path}").format(path=path))
    return 0


def _build_job(args: argparse.Namespace, library: Library) -> PrintJob:
    """The printout the arguments ask for; LookupError/ValueError say what is wrong."""
    from desktop_app import printouts

    if args.sections:
        missing = [s for s in args.sections if not library.has_section(s)]
        if missing:
            raise LookupError(translate("Cli", "No section '{id}'. Try: ipv-guide list").format(
                id=missing[0]))
        return printouts.sections_job(library, args.sections)
    if args.quick_reference:
        return printouts.quick_reference_job(library)
    if args.search is not None:
        results = run_search(library, args.search, statutes=tuple(args.statute),
                             sectors=tuple(args.sector), limit=args.limit)
        return printouts.search_job(results, statutes=tuple(args.statute),
                                     sectors=tuple(args.sector), library=library)
    if args.decision_map:
        return printouts.decision_map_from_library(library)
    if args.facts is not None:
        doc = printouts.decision_doc_from_facts(library, ",".join(args.facts))
        return printouts.decision_job(doc, record=args.record,
                                       manifest_title=library.manifest.title)
    raise ValueError("Choose what to export: --section, --search, --quick-reference, "
                     "--decision-map or --facts.")


def run_search(library: Library, query: str, *, statutes: tuple[str, ...],
               sectors: tuple[str, ...], limit: int) -> SearchResults:
    """Search as the app does: the prebuilt index if it matches, else one built in memory."""
    from desktop_app.paths import prebuilt_index_for
    from index import IndexBuildError, open_or_build

    try:
        prebuilt = prebuilt_index_for(library.language)
        with open_or_build(library, prebuilt_dir=prebuilt) as idx:
            return idx.search(query, statutes=statutes, sectors=sectors, limit=max(1, limit))
    except IndexBuildError as exc:
        raise ValueError(translate("Cli", "Search is not available: {reason}").format(
            reason=exc.message)) from exc
