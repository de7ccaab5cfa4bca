"""Subcommands for search: ``search`` and ``build-index``.

No Qt and no Whoosh at import time (``ipv-guide --help`` stays fast): the index package
is imported inside the commands.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.content_cmds import load_for_cli
from desktop_app.cli.words import language_of, say
from desktop_app.content_words import statute_short
from desktop_app.i18n import translate

if TYPE_CHECKING:  # only named in annotations: Whoosh loads when a command opens the index
    from content.model import Library
    from index.searcher import SearchIndex
    from index.types import Hit


def _choice(valid: tuple[str, ...], what: str,
            unknown: Callable[[str], str]) -> Callable[[str], str]:
    """An argparse type: one of ``valid`` in any case, or ``unknown(text)`` as the error."""
    by_fold = {v.casefold(): v for v in valid}

    def parse(text: str) -> str:
        found = by_fold.get(text.strip().casefold())
        if found is None:
            raise argparse.ArgumentTypeError(unknown(text))
        return found

    parse.__name__ = what  # argparse names the type in its messages
    return parse


def _unknown_statute(text: str) -> str:
    from content.model import STATUTES

    return translate("Cli", "unknown Act \u201c{value}\u201d; choose from: {choices}").format(
        value=text, choices=", ".join(STATUTES))


def _unknown_sector(text: str) -> str:
    from content.model import SECTORS

    return translate("Cli", "unknown sector \u201c{value}\u201d; choose from: {choices}").format(
        value=text, choices=", ".join(SECTORS))


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "must be a whole number of 1 or more, not \u201c{value}\u201d").format(
                value=text))
    return n


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help=translate("CliHelp", "search the guide (typos, synonyms and plain words are fine)"),  # noqa: E501
        description=translate("CliHelp", "Search the guide. Words are matched with their other forms and the "  # noqa: E501
        "guide's own terms (police -> law enforcement). Quote a phrase, end a word with * "
        "for a prefix, and use AND, OR, NOT in capitals if you like."))
    p.add_argument("query", nargs="+", metavar="QUERY", help=translate("CliHelp", "what to look for"))  # noqa: E501
    from content.model import SECTORS, STATUTES

    p.add_argument("--statute", action="append", default=[], metavar="S",
                   type=_choice(STATUTES, "statute", _unknown_statute),
                   help=translate("CliHelp", "only results about this Act ({choices}, any case); "
                                  "repeat for several").format(choices=", ".join(STATUTES)))
    p.add_argument("--sector", action="append", default=[], metavar="S",
                   type=_choice(SECTORS, "sector", _unknown_sector),
                   help=translate("CliHelp", "only results for this sector ({choices}, any "
                                  "case); repeat for several").format(choices=", ".join(SECTORS)))
    p.add_argument("--limit", type=_positive, default=10, metavar="N",
                   help=translate("CliHelp", "show at most N results (1 or more; default 10)"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))  # noqa: E501
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "build-index", help=translate("CliHelp", "build a prebuilt search index into a folder (for packaging)"),  # noqa: E501
        description=translate("CliHelp", "Build the search index for the content into DIR, as packaging/build.py "  # noqa: E501
        "does for the bundle. The app never needs this: it opens the index shipped with it, "
        "or builds one in memory, and writes no index to disk."))
    p.add_argument("--output", metavar="DIR", required=True,
                   help=translate("CliHelp", "an empty or new folder to build the index in"))
    p.set_defaults(func=cmd_build_index)


def _open(library: Library) -> SearchIndex:
    from desktop_app.paths import prebuilt_index_for
    from index import open_or_build

    prebuilt = prebuilt_index_for(library.language)
    return open_or_build(library, prebuilt_dir=prebuilt)


def hit_dict(hit: Hit) -> dict[str, object]:
    """One hit as ``search --json`` prints it."""
    return {
        "kind": hit.kind,
        "section_id": hit.section_id,
        "term_id": hit.term_id,
        "title": hit.title,
        "score": hit.score,
        "snippet": hit.snippet_text,
        "anchor": hit.anchor,
        "statutes": list(hit.statutes),
        "sectors": list(hit.sectors),
        "provisions": list(hit.provisions),
    }


def cmd_search(args: argparse.Namespace) -> int:
    from index import IndexBuildError

    library = load_for_cli(args)
    if library is None:
        return 1
    query = " ".join(args.query)
    try:
        idx = _open(library)
    except IndexBuildError as exc:
        print(translate("Cli", "Search is not available: {reason}").format(reason=exc.message),
              file=sys.stderr)
        return 1
    with idx:
        res = idx.search(query, statutes=tuple(args.statute), sectors=tuple(args.sector),
                         limit=args.limit)
    if args.json:
        out = {
            "query": res.query,
            "total": res.total,
            "suggestion": res.suggestion,
            "corrected": res.corrected,
            "relaxed": res.relaxed,
            "facets": {k: dict(v) for k, v in res.facets.items()},
            "results": [hit_dict(h) for h in res.hits],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    lang = language_of(args)
    if res.suggestion:
        also = say(lang, " (the results include matches for it)") if res.corrected else ""
        print(f"{say(lang, 'Did you mean: ')}{res.suggestion}{also}")
    if not res.hits:
        print(say(lang, "No results for \u201c{q}\u201d.", q=query))
        return 0
    shown = len(res.hits)
    more = say(lang, " (showing {n})", n=shown) if shown < res.total else ""
    note = say(lang, " matching some of your words") if res.relaxed else ""
    word = say(lang, "results" if res.total != 1 else "result")
    colon = "\u00a0:" if lang == "fr" else ":"
    print(f"{res.total} {word}{note}{more}{colon}")
    for n, h in enumerate(res.hits, 1):
        where = f"glossary:{h.term_id}" if h.kind == "glossary" else \
            f"{h.section_id}{'#' + h.anchor if h.anchor else ''}"
        tags = f"  [{', '.join(statute_short(s) for s in h.statutes)}]" if h.statutes else ""
        print()
        print(f"{n:2}. {h.title}{tags}")
        print(f"    {where}")
        print(textwrap.fill(h.snippet_text, 88, initial_indent="    ",
                            subsequent_indent="    "))
    return 0


def cmd_build_index(args: argparse.Namespace) -> int:
    from index import IndexBuildError, build_index

    library = load_for_cli(args)
    if library is None:
        return 1
    start = time.perf_counter()
    out = Path(args.output)
    try:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            print(translate("Cli", "{path} is not empty (or not a folder); choose an empty or "
                                   "new folder.").format(path=out), file=sys.stderr)
            return 2
        build_index(library, out)
    except (IndexBuildError, OSError) as exc:
        print(translate("Cli", "Could not build the search index: {reason}").format(
            reason=exc), file=sys.stderr)
        return 1
    print(translate("Cli", "Search index ready: {path} ({seconds} s)").format(
        path=out, seconds=f"{time.perf_counter() - start:.2f}"))
    return 0
