"""The global command-line options, shared by the app and the ``ipv-guide`` command line.

``ipv-guide`` (:mod:`desktop_app.cli`) adds its subcommands to :func:`global_parser`; the app
(:mod:`desktop_app.app`) parses with it alone. Neither of those two modules imports the other
for this: they both import this one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from desktop_app import APP_NAME, __version__
from desktop_app.i18n import translate


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


def lang_help() -> str:
    """``--lang``'s help, in the language of this run."""
    return translate("CliHelp", "the language of the guide: en (English, the default) or fr "
                     "(French; a part not yet translated is shown in English, marked)")


def language_arg(text: str) -> str:
    """An argparse type: ``fr`` or ``en`` in any case (``FR``, ``fr-CA`` and ``fr_CA`` too)."""
    from content.model import LANGUAGES

    value = text.strip().lower().replace("_", "-").split("-", 1)[0]
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {text!r}; choose from: {', '.join(LANGUAGES)}")
    return value


language_arg.__name__ = "language"


def global_parser(parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser,
                  ) -> argparse.ArgumentParser:
    """``ipv-guide``'s parser with the global options only (no subcommands); ``ipv-guide``
    passes its own ``parser_class`` (:class:`desktop_app.cli_parser.CliParser`)."""
    parser = parser_class(
        prog="ipv-guide",
        description=translate(
            "CliHelp", "{app}: when Ontario privacy law lets you share information in "
            "situations involving intimate partner violence. Offline; not legal advice.").format(
                app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("CliHelp", "show the version number and exit"))
    parser.add_argument("--content", metavar="DIR", type=folder_arg("--content"),
                        help=translate("CliHelp", "use another content folder (for example an agency's updated pack)"))  # noqa: E501
    parser.add_argument("--basedir", metavar="DIR", type=folder_arg("--basedir"),
                        help=translate("CliHelp", "keep settings.ini here; nothing is written anywhere else"))  # noqa: E501
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("CliHelp", "check that the app works on this computer, then exit"))  # noqa: E501
    parser.add_argument("--lang", metavar="fr|en", type=language_arg, default=None,
                        help=lang_help())
    return parser


def strip_os_launcher_args(argv: Sequence[str]) -> list[str]:
    """Drop what an OS launcher adds by itself (old macOS Finder: ``-psn_0_12345``)."""
    if sys.platform == "darwin":
        return [a for a in argv if not a.startswith("-psn_")]
    return list(argv)
