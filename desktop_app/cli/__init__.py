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
from collections.abc import Callable, Sequence

from desktop_app import APP_NAME, __version__

COMMAND_MODULES = (
    "desktop_app.cli.content_cmds",
    "desktop_app.cli.export_cmds",
    "desktop_app.cli.search_cmds",
    "desktop_app.cli.decide_cmds",
    "desktop_app.cli.pack_cmds",
)


def nonempty(option: str, what: str) -> Callable[[str], str]:
    """An argparse type for a path option: empty text is a usage error, never "the
    current folder" or "the default profile"."""

    def check(value: str) -> str:
        if not value.strip():
            raise argparse.ArgumentTypeError(f"{option} must not be empty; give {what}")
        return value

    return check


def folder_arg(option: str) -> Callable[[str], str]:
    return nonempty(option, "a folder")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipv-guide",
        description=f"{APP_NAME}: when Ontario privacy law lets you share information in "
        "situations involving intimate partner violence. Offline; not legal advice.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--content", metavar="DIR", type=folder_arg("--content"),
                        help="use another content folder (for example an agency's updated pack)")
    parser.add_argument("--basedir", metavar="DIR", type=folder_arg("--basedir"),
                        help="keep settings.ini here; nothing is written anywhere else")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check that the app works on this computer, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def strip_os_launcher_args(argv: list[str]) -> list[str]:
    """Drop what an OS launcher adds by itself (old macOS Finder: ``-psn_0_12345``)."""
    if sys.platform == "darwin":
        return [a for a in argv if not a.startswith("-psn_")]
    return argv


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
