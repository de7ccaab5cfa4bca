"""Subcommands about the content itself: check-content, list, show."""

from __future__ import annotations

import argparse
import sys
import textwrap

from content import ContentError, Library, load_library


def load_for_cli(args: argparse.Namespace) -> Library | None:
    """Load the content named by ``--content`` (or the shipped content); None on failure."""
    from desktop_app.content_source import content_root
    from desktop_app.paths import Paths

    try:
        return load_library(content_root(args.content, Paths.from_args(args.basedir)))
    except ContentError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        return None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-content", help="validate the content; list problems as path:line")
    p.add_argument("--stats", action="store_true", help="also print counts (sections, words...)")
    p.set_defaults(func=cmd_check_content)

    p = sub.add_parser("list", help="print the table of contents")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="print one section as plain text")
    p.add_argument("section_id", metavar="SECTION_ID")
    p.set_defaults(func=cmd_show)


def cmd_check_content(args: argparse.Namespace) -> int:
    from content.validate import editorial_problems, stats

    library = load_for_cli(args)
    if library is None:
        return 1
    problems = list(library.problems) + editorial_problems(library)
    for p in problems:
        print(p)
    if args.stats:
        for key, value in stats(library).items():
            print(f"{key}: {value}")
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"Content OK: {len(library.sections)} sections, {len(library.glossary)} glossary "
          f"terms, version {library.manifest.content_version}.")
    from content.agency import agency_of

    agency = agency_of(library)
    if agency is not None:
        print(f"Agency contacts OK: {agency.name}, {len(agency.contacts)} contact(s) "
              f"({', '.join(c.role for c in agency.contacts)}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    library = load_for_cli(args)
    if library is None:
        return 1
    for s in library.sections:
        print(f"{'  ' * library.depth(s.id)}{s.title}  [{s.id}]")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from content import render

    library = load_for_cli(args)
    if library is None:
        return 1
    if not library.has_section(args.section_id):
        print(f"No section '{args.section_id}'. Try: ipv-guide list", file=sys.stderr)
        return 2
    s = library.section(args.section_id)
    print(s.title)
    print("=" * len(s.title))
    print()
    print(textwrap.fill(s.summary, 88))
    if s.needs_check:
        print()
        print(textwrap.fill("Check the official text: " + s.check_note, 88))
    for block in render.plain_blocks(s.body):
        print()
        prefix = {"heading": "## ", "item": "  - "}.get(block.kind, "")
        print(textwrap.fill(prefix + block.text, 88, subsequent_indent=" " * min(len(prefix), 4)))
    print()
    if s.provisions:
        print("Provisions: " + "; ".join(s.provisions))
    print("Sources: " + "; ".join(src.citation() for src in library.source_list(s.sources)))
    print()
    print(library.manifest.disclaimer)
    return 0
