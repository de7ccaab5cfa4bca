"""Subcommands for search: ``search`` and ``build-index``.

No Qt and no Whoosh at import time (``ipv-guide --help`` stays fast): the index package
is imported inside the commands.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from desktop_app.cli.content_cmds import load_for_cli

APP_DIR_NAME = "IPVGuide"


def default_cache_dir(basedir: str | None = None) -> Path:
    """The app's cache folder: ``desktop_app.paths`` if present, else the per-OS default.

    The fallback is computed without Qt: ``%LOCALAPPDATA%\\IPVGuide\\cache`` on Windows,
    ``~/Library/Caches/IPVGuide`` on macOS, ``$XDG_CACHE_HOME/IPVGuide`` elsewhere.
    """
    try:
        from desktop_app.paths import Paths
    except ImportError:
        Paths = None  # noqa: N806
    if Paths is not None:
        return Path(Paths.from_args(basedir).cache_dir)
    if basedir:
        return Path(basedir).expanduser().resolve() / "cache"
    home = Path(os.environ.get("HOME") or os.environ.get("USERPROFILE") or Path.home())
    if sys.platform.startswith("win"):
        local = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(local) / APP_DIR_NAME / "cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / APP_DIR_NAME


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help="search the guide (typos, synonyms and plain words are fine)",
        description="Search the guide. Words are matched with their other forms and the "
        "guide's own terms (police -> law enforcement). Quote a phrase, end a word with * "
        "for a prefix, and use AND, OR, NOT in capitals if you like.")
    p.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    p.add_argument("--statute", action="append", default=[], metavar="S",
                   help="only results about this Act (FIPPA, MFIPPA, PHIPA, CYFSA, PIPEDA); "
                   "repeat for several")
    p.add_argument("--sector", action="append", default=[], metavar="S",
                   help="only results for this sector (justice, health, children-and-family, "
                   "ipv-services, social-services); repeat for several")
    p.add_argument("--limit", type=int, default=10, metavar="N",
                   help="show at most N results (default 10)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("build-index", help="build the search index (normally automatic)")
    p.add_argument("--force", action="store_true",
                   help="rebuild even if the cached index is up to date")
    p.add_argument("--output", metavar="DIR",
                   help="build a standalone prebuilt index into DIR (for packaging) instead "
                   "of the cache")
    p.set_defaults(func=cmd_build_index)


def _open(args: argparse.Namespace, library: Any) -> Any:
    from index import open_or_build

    return open_or_build(library, default_cache_dir(args.basedir))


def hit_dict(hit: Any) -> dict[str, Any]:
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
        idx = _open(args, library)
    except IndexBuildError as exc:
        print(f"Search is not available: {exc.message}", file=sys.stderr)
        return 1
    with idx:
        res = idx.search(query, statutes=tuple(args.statute), sectors=tuple(args.sector),
                         limit=max(0, args.limit))
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
    if res.suggestion:
        lead = "Showing results for" if res.corrected else "Did you mean"
        print(f"{lead}: {res.suggestion}")
    if not res.hits:
        print(f"No results for \u201c{query}\u201d.")
        return 0
    shown = len(res.hits)
    more = f" (showing {shown})" if shown < res.total else ""
    note = " matching some of your words" if res.relaxed else ""
    print(f"{res.total} result{'s' if res.total != 1 else ''}{note}{more}:")
    for n, h in enumerate(res.hits, 1):
        where = f"glossary:{h.term_id}" if h.kind == "glossary" else \
            f"{h.section_id}{'#' + h.anchor if h.anchor else ''}"
        tags = f"  [{', '.join(h.statutes)}]" if h.statutes else ""
        print()
        print(f"{n:2}. {h.title}{tags}")
        print(f"    {where}")
        print(textwrap.fill(h.snippet_text, 88, initial_indent="    ",
                            subsequent_indent="    "))
    return 0


def cmd_build_index(args: argparse.Namespace) -> int:
    from index import IndexBuildError, build_index, open_or_build

    library = load_for_cli(args)
    if library is None:
        return 1
    start = time.perf_counter()
    try:
        if args.output:
            out = Path(args.output)
            if out.exists() and any(out.iterdir()):
                print(f"{out} is not empty; choose an empty or new folder.", file=sys.stderr)
                return 2
            build_index(library, out)
            where, count = str(out), None
        else:
            cache = default_cache_dir(args.basedir)
            if args.force:
                from index.store import INDEX_DIRNAME

                pointer = cache / INDEX_DIRNAME / "current"
                with contextlib.suppress(OSError):
                    pointer.unlink()
            with open_or_build(library, cache) as idx:
                where, count = idx.location, idx.doc_count
    except (IndexBuildError, OSError) as exc:
        print(f"Could not build the search index: {exc}", file=sys.stderr)
        return 1
    took = time.perf_counter() - start
    docs = f"{count} documents, " if count is not None else ""
    print(f"Search index ready: {where} ({docs}{took:.2f} s)")
    return 0
