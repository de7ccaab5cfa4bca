"""The one entry point, ``ipv-guide``: no subcommand opens the app.

Global options come before the subcommand: ``ipv-guide --basedir DIR search consent``.
Each subcommand lives in its own module, imported here (so PyInstaller finds them by
following the imports) and listed in :data:`COMMANDS`; a module defines
``register(subparsers)`` that adds its parser(s) and sets ``func``. Modules keep heavy
imports (Qt, Whoosh) inside their functions so ``--help`` and ``check-content`` stay fast.
The global options are in :mod:`desktop_app.options`, which the app uses too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app.cli import content_cmds, decide_cmds, export_cmds, pack_cmds, search_cmds
from desktop_app.options import LANG_HELP, global_parser, language_arg, strip_os_launcher_args

#: The subcommand modules, in the order ``--help`` lists their commands.
COMMANDS = (content_cmds, export_cmds, search_cmds, decide_cmds, pack_cmds)


def build_parser() -> argparse.ArgumentParser:
    """The global options and every subcommand."""
    parser = global_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    # every command takes --lang too, before or after its own arguments; given there, it
    # wins over the one before the command (default=SUPPRESS keeps the global one otherwise)
    for command in sub.choices.values():
        command.add_argument("--lang", metavar="fr|en", type=language_arg,
                             default=argparse.SUPPRESS, help=LANG_HELP)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI (or the app when no subcommand is given); return the exit code."""
    from desktop_app.crash_guard import disable_crash_dumps

    disable_crash_dumps()  # before anything is typed or read
    argv = strip_os_launcher_args(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    # Strict: an unknown or mistyped option (``--base-dir=/x``) is a usage error. It used to
    # be handed to Qt, which ignored it, and the app then wrote into the real profile.
    args = parser.parse_args(argv)
    qt_args: list[str] = []
    if args.command is not None:
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
