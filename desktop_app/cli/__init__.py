"""The one entry point, ``ipv-guide``: no subcommand opens the app.

Global options come before the subcommand: ``ipv-guide --basedir DIR search consent``.
Each subcommand lives in its own module, imported by :func:`command_modules` (so PyInstaller
finds them by following the imports) and listed in :data:`COMMANDS`; a module defines
``register(subparsers)`` that adds its parser(s) and sets ``func``. Modules keep heavy
imports (Qt, Whoosh) inside their functions so ``--help`` and ``check-content`` stay fast.
The global options are in :mod:`desktop_app.options`, which the app uses too. A start
with global options only (opening the app) is parsed with those alone: the subcommands'
modules and parsers are not built before the app's first paint (issue 15).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from desktop_app import i18n
from desktop_app.options import global_parser, lang_help, language_arg, strip_os_launcher_args

#: Their names (a start without one of these opens the app).
COMMAND_NAMES = ("check-content", "list", "show", "export-pdf", "search", "build-index",
                 "decide", "pack")


def command_modules() -> tuple[ModuleType, ...]:
    """The subcommand modules, in the order ``--help`` lists their commands (also
    :data:`COMMANDS`)."""
    from desktop_app.cli import content_cmds, decide_cmds, export_cmds, pack_cmds, search_cmds

    return (content_cmds, export_cmds, search_cmds, decide_cmds, pack_cmds)


def __getattr__(name: str) -> object:
    if name == "COMMANDS":  # imported when asked for (see command_modules)
        return command_modules()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The global options :func:`_global_only` reads: with a value, and without.
_VALUE_OPTIONS = ("--content", "--basedir", "--lang")
_FLAG_OPTIONS = ("--smoke-test",)


class _NotGlobalOnly(Exception):
    """The command line is more than global options: the whole parser reads it."""


def _global_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` read by the global options' parser when that is all it holds (the app's
    start), with ``command=None`` as the whole parser gives; None for anything else (a
    subcommand, ``--help``, a mistake), which the whole parser then reads and answers."""
    i, args_list = 0, list(argv)
    while i < len(args_list):  # only the app's own options, written out in full
        token = args_list[i]
        if token in _VALUE_OPTIONS:
            i += 2
        elif token in _FLAG_OPTIONS or token.startswith(tuple(f"{o}=" for o in _VALUE_OPTIONS)):
            i += 1
        else:
            return None
    parser = global_parser()

    def refuse(_message: str) -> NoReturn:
        raise _NotGlobalOnly

    # a mistake is answered by the whole parser, in its words (its usage line)
    parser.error = refuse  # type: ignore[method-assign, assignment]
    try:
        args, rest = parser.parse_known_args(args_list)
    except _NotGlobalOnly:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    """The global options and every subcommand."""
    from desktop_app.cli_parser import CliParser

    # CliParser: argparse's own words (usage, headings, -h, metavars, errors) in the
    # language of the run; in English, argparse's own output byte for byte
    parser = global_parser(CliParser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub)
    # every command takes --lang too, before or after its own arguments; given there, it
    # wins over the one before the command (default=SUPPRESS keeps the global one otherwise)
    for command in sub.choices.values():
        command.add_argument("--lang", metavar="fr|en", type=language_arg,
                             default=argparse.SUPPRESS, help=lang_help())
    return parser


def cli_language(argv: Sequence[str]) -> str:
    """The language of this run: ``--lang`` (anywhere on the line), else the settings'
    language (the OS language when there is none), French only once it is complete."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", type=language_arg, default=None)
    pre.add_argument("--basedir", default=None)
    pre.add_argument("--content", default=None)
    try:
        known, _rest = pre.parse_known_args(list(argv))
    except SystemExit:  # a bad --lang: the real parser says so, in English
        return "en"
    if known.lang:
        return str(known.lang)
    if not {"-h", "--help", *COMMAND_NAMES} & set(argv):
        return "en"  # the app: it decides its language itself (language_switch.start_language)
    from desktop_app.language import os_language, valid_language
    from desktop_app.paths import Paths

    wanted = "en"
    try:
        paths = Paths.from_args(known.basedir)
        if paths.settings_file.is_file():
            from desktop_app.settings import qsettings

            wanted = valid_language(qsettings(paths.settings_file).value("view/language")) \
                or os_language()
        else:
            wanted = os_language()
        if wanted != "en":
            from content.parity import translation_ready
            from desktop_app.content_source import content_root

            if not translation_ready(content_root(known.content, paths)):
                wanted = "en"
    except Exception:
        return "en"
    return wanted


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI (or the app when no subcommand is given); return the exit code."""
    from desktop_app.crash_guard import disable_crash_dumps

    disable_crash_dumps()  # before anything is typed or read
    argv = strip_os_launcher_args(list(sys.argv[1:] if argv is None else argv))
    lang = cli_language(argv)
    # Strict: an unknown or mistyped option (``--base-dir=/x``) is a usage error. It used to
    # be handed to Qt, which ignored it, and the app then wrote into the real profile.
    with i18n.cli_words(lang):  # --help, usage errors and the output in that language
        args = _global_only(argv) or build_parser().parse_args(argv)
    qt_args: list[str] = []
    if args.command is not None and getattr(args, "lang", None) is None:
        args.lang = lang  # the default: the setting, else the OS language (French if ready)
    if args.command is not None or args.smoke_test:
        from desktop_app.plain_first import resume_collection

        resume_collection()  # put off only for the window's start (desktop_app.plain_first)
    if args.command is not None:
        try:
            with i18n.cli_words(args.lang):
                return int(args.func(args) or 0)
        except BrokenPipeError:  # output piped into `head` and the like
            sys.stderr.close()
            return 0
        except OSError as exc:  # a file problem nothing else caught: one line, no traceback
            print(f"ipv-guide: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
            return 1
    if args.smoke_test:
        from desktop_app.smoke import run_smoke_test

        return run_smoke_test(args)
    from desktop_app.app import run_gui

    return run_gui(args, qt_args)
