"""argparse speaking the language of the run: ``ipv-guide``'s parser and help formatter.

argparse writes its own words in English: the ``usage:`` line, the headings ("positional
arguments", "options"), ``-h``'s help and its usage errors ("the following arguments are
required", "invalid choice"...). In French (``--lang fr``) :class:`CliParser` says them in
French through argparse's public hooks only, with our translations (context ``Argparse``,
:mod:`desktop_app.i18n`), French typography included (``options\u00a0:``,
``utilisation\u00a0:``, a non-breaking space before the colon):

- the help formatter (``formatter_class``, a subclass of :class:`argparse.HelpFormatter`)
  gives ``add_usage`` its ``prefix`` and translates each section heading in
  ``start_section``;
- the parser adds ``-h/--help`` itself (``add_help=False`` to argparse) with its help in
  the run's language, and translates the metavars given to ``add_argument``,
  ``add_subparsers`` and groups (``COMMAND`` -> ``COMMANDE``; context ``CliMetavar``);
- :meth:`CliParser.error`, the hook argparse documents for this, says the message in
  French: argparse builds it from its English templates (its gettext message ids, the
  same ones a gettext catalogue would translate), so each template is matched back and
  its French filled with the same values (:func:`french_message`). A message we do not
  know stays as it is.

In English nothing is changed: the parser, the help and the errors are argparse's own,
byte for byte. The language is :func:`desktop_app.i18n.current_language` when the text is
made (``ipv-guide`` parses inside :func:`desktop_app.i18n.cli_words`). No Qt at import.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, NoReturn

from desktop_app import i18n
from desktop_app.i18n import ARGPARSE_WORDS, QT_TRANSLATE_NOOP

#: argparse's other messages a user can meet, and the English messages of our own option
#: checks (:mod:`desktop_app.options`), matched the same way (their French is in
#: frcli_fr.ts; argparse's common words are in i18n.ARGPARSE_WORDS, i18n_fr.ts).
MORE_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "%s must not be empty; give a folder"),
    QT_TRANSLATE_NOOP("Argparse", "%s must not be empty; give a file"),
)

#: The metavars the subcommands give (in English, as the code writes them).
METAVARS = (
    QT_TRANSLATE_NOOP("CliMetavar", "COMMAND"),
    QT_TRANSLATE_NOOP("CliMetavar", "ACTION"),
    QT_TRANSLATE_NOOP("CliMetavar", "DIR"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE.pdf"),
    QT_TRANSLATE_NOOP("CliMetavar", "KEY"),
    QT_TRANSLATE_NOOP("CliMetavar", "KEY.pub"),
    QT_TRANSLATE_NOOP("CliMetavar", "OLD"),
    QT_TRANSLATE_NOOP("CliMetavar", "NEW"),
    QT_TRANSLATE_NOOP("CliMetavar", "QUERY"),
    QT_TRANSLATE_NOOP("CliMetavar", "SECTION_ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "KEY=VALUE,..."),
    QT_TRANSLATE_NOOP("CliMetavar", "LIMIT"),
    QT_TRANSLATE_NOOP("CliMetavar", "COMMENT"),
)


def _french() -> bool:
    return i18n.current_language() != "en"


def _say(context: str, text: str) -> str:
    return i18n.translate(context, text)


# -- usage errors: argparse's English message, matched back to its template ---------------

_FIELD = re.compile(r"%(?:\((\w+)\))?([sr])")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` (``"invalid choice: %(value)r (choose from %(choices)s)"``) as a
    regular expression that matches the messages made from it, one group per field
    (``%s`` fields are named ``_0``, ``_1``...)."""
    out, at, n = [], 0, 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[at:m.start()]))
        name = m.group(1) or f"_{n}"
        n += 0 if m.group(1) else 1
        out.append(f"(?P<{name}>.+?)")
        at = m.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out) + r"\Z", re.S)


def _value(text: str) -> object:
    """A field's text as the value argparse formatted: ``'bogus'`` (a repr) is the string
    ``bogus``, so the French can show it in « » (``%(value)s``) or as before (``%(value)r``)."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text
        return value if isinstance(value, str) else text
    return text


def templates() -> tuple[str, ...]:
    """Every English template :func:`french_message` knows, the wrapper first."""
    skip = {"usage: ", "positional arguments", "options", "show this help message and exit",
            "show program's version number and exit", "%(prog)s: error: %(message)s\n"}
    wrapper = "argument %(argument_name)s: %(message)s"
    rest = (t for t in (*ARGPARSE_WORDS, *MORE_ARGPARSE_WORDS) if t not in skip | {wrapper})
    return (wrapper, *rest)


def french_message(message: str, say: Callable[[str, str], str] = _say) -> str:
    """argparse's English ``message`` in the run's language (``say`` translates a
    template): the template it was made from, translated, filled with its values; an
    ``argument X: ...`` message has its inner message said the same way. Unchanged when
    no template matches or the template has no translation."""
    for template in templates():
        m = _pattern(template).match(message)
        if m is None:
            continue
        french = say("Argparse", template)
        if french == template:
            return message
        fields = {k: _value(v) for k, v in m.groupdict().items()}
        if template == "argument %(argument_name)s: %(message)s":
            fields["message"] = french_message(m.group("message"), say)
        positional = tuple(fields[k] for k in sorted(fields) if k.startswith("_"))
        try:
            return french % (positional if positional else fields)
        except (TypeError, KeyError, ValueError):
            return message
    return message


# -- help: the usage prefix, the headings, -h, the metavars ------------------------------

class CliHelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, its prefix and headings in the run's language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[Any], prefix: str | None = None) -> None:
        if prefix is None and _french():
            prefix = _say("Argparse", "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        if heading and _french():
            # argparse writes "<heading>:" — French puts a non-breaking space before ":"
            heading = _say("Argparse", heading).rstrip() + "\u00a0"
        super().start_section(heading)


@cache
def _with_words(formatter: type[argparse.HelpFormatter]) -> type[argparse.HelpFormatter]:
    """``formatter`` (a subcommand may ask for another one) with :class:`CliHelpFormatter`'s
    words."""
    if issubclass(formatter, CliHelpFormatter):
        return formatter
    return type(f"Cli{formatter.__name__}", (CliHelpFormatter, formatter), {})


def _metavar(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` of add_argument/add_subparsers with a text metavar in the run's language
    (a tuple metavar, or none, is left to argparse)."""
    if _french() and isinstance(kwargs.get("metavar"), str):
        kwargs = {**kwargs, "metavar": _say("CliMetavar", kwargs["metavar"])}
    return kwargs


def _named(action: argparse.Action) -> argparse.Action:
    """``action`` given without a metavar: the name argparse would make of its dest
    (``--limit`` -> ``LIMIT``) in the run's language, when we have one (``LIMITE``); an
    option without a value, or with choices, is left as it is."""
    if (_french() and action.metavar is None and action.nargs != 0
            and action.choices is None):
        default = action.dest.upper() if action.option_strings else action.dest
        said = _say("CliMetavar", default)
        if said != default:
            action.metavar = said
    return action


def _group_words(group: Any) -> Any:
    """``group`` (argparse's own argument group, returned as it is) with its
    ``add_argument`` saying the metavar like the parser's."""
    add = group.add_argument

    def add_argument(*args: Any, **kwargs: Any) -> argparse.Action:
        return _named(add(*args, **_metavar(kwargs)))

    group.add_argument = add_argument
    return group


class CliParser(argparse.ArgumentParser):
    """``ipv-guide``'s parser: argparse's, its own words in the run's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["formatter_class"] = _with_words(
            kwargs.get("formatter_class", argparse.HelpFormatter))
        add_help = kwargs.get("add_help", True)
        if add_help and not kwargs.get("parents"):
            kwargs["add_help"] = False  # added below, its help in the run's language
        super().__init__(*args, **kwargs)
        if add_help and not kwargs.get("parents"):
            prefix = "-" if "-" in self.prefix_chars else self.prefix_chars[0]
            self.add_argument(prefix + "h", prefix * 2 + "help", action="help",
                              default=argparse.SUPPRESS,
                              help=_say("Argparse", "show this help message and exit"))

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        return _named(super().add_argument(*args, **_metavar(kwargs)))

    def add_argument_group(self, *args: Any, **kwargs: Any) -> Any:
        return _group_words(super().add_argument_group(*args, **kwargs))

    def add_mutually_exclusive_group(self, **kwargs: Any) -> Any:
        return _group_words(super().add_mutually_exclusive_group(**kwargs))

    def add_subparsers(self, **kwargs: Any) -> Any:
        return super().add_subparsers(**_metavar(kwargs))

    def error(self, message: str) -> NoReturn:
        """argparse's usage error (the usage line, then ``prog: error: message``, exit 2),
        said in the run's language."""
        if not _french():
            super().error(message)
        self.print_usage(sys.stderr)
        line = _say("Argparse", "%(prog)s: error: %(message)s\n")
        self.exit(2, line % {"prog": self.prog, "message": french_message(message)})


__all__ = ["CliHelpFormatter", "CliParser", "METAVARS", "MORE_ARGPARSE_WORDS",
           "french_message", "templates"]
