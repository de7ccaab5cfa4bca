"""The one entry point, ``ipv-guide``: no subcommand opens the app.

Global options come before the subcommand: ``ipv-guide --basedir DIR search consent``.
Each subcommand lives in its own module listed in :data:`COMMAND_MODULES`; a module
defines ``register(subparsers)`` that adds its parser(s) and sets ``func``. Modules keep
heavy imports (Qt, Whoosh) inside their functions so ``--help`` and ``check-content`` stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop_app import APP_NAME, __version__

COMMAND_MODULES = (
    "desktop_app.cli.content_cmds",
    "desktop_app.cli.export_cmds",
    "desktop_app.cli.search_cmds",
    "desktop_app.cli.decide_cmds",
    "desktop_app.cli.pack_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipv-guide",
        description=f"{APP_NAME}: when Ontario privacy law lets you share information in "
        "situations involving intimate partner violence. Offline; not legal advice.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--content", metavar="DIR",
                        help="use another content folder (for example an agency's updated pack)")
    parser.add_argument("--basedir", metavar="DIR",
                        help="keep settings.ini here; nothing is written anywhere else")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check that the app works on this computer, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI (or the app when no subcommand is given); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.command is not None:
        if qt_args:
            parser.error("unrecognized arguments: " + " ".join(qt_args))
        try:
            return int(args.func(args) or 0)
        except BrokenPipeError:  # output piped into `head` and the like
            sys.stderr.close()
            return 0
    if args.smoke_test:
        from desktop_app.smoke import run_smoke_test

        return run_smoke_test(args)
    from desktop_app.app import run_gui

    return run_gui(args, qt_args)
