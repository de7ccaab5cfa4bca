"""argparse's own words in the French command line (issue 20): ``ipv-guide --lang fr``'s
usage line, headings, ``-h``, metavars and usage errors in French, with French typography
(a non-breaking space before : ; ? !), for the top level and every subcommand's ``--help``;
in English, argparse's own output byte for byte (desktop_app/cli_parser.py).

What may stay English in the French help, and why: what the user types (``--options``,
the subcommands' names, choices in ``{...}``, ids, file names, ``KEY=VALUE`` forms, the
search operators AND, OR, NOT) and proper names (the app's name, Ontario, the Acts' short
forms).
"""

from __future__ import annotations

import argparse
import re

import pytest

from content.model import SECTORS
from desktop_app import cli_parser
from desktop_app.cli import build_parser, main
from desktop_app.i18n import cli_words, translate
from tests.tools.words import foreign_words

PROPER = ("Info", "Sharing", "Guide", "Ontario", "FIPPA", "MFIPPA", "PHIPA", "CYFSA",
          "PIPEDA", "LAIPVP", "LAIMPVP", "LPRPS", "LSEJF", "LPRPDE", "PDF", "AND", "OR",
          "NOT", "ID")
NBSP = "\u00a0"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # the test walks argparse's tree; the code never does
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def every_parser(lang: str) -> dict[str, argparse.ArgumentParser]:
    """``{"pack build": parser, ...}``: the top level ("") and every subcommand, built in
    ``lang`` as ``ipv-guide`` builds them."""
    out: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        out[path] = parser
        for name, sub in _subparsers(parser).items():
            walk(sub, f"{path} {name}".strip())

    with cli_words(lang):
        walk(build_parser(), "")
    return out


COMMANDS = tuple(every_parser("en"))
COMMAND_WORDS = {w for path in COMMANDS for w in path.split()}


def machine_free(text: str) -> str:
    """``text`` without what the user types: choices, a value in « », options, file names
    and ids, forms like KEY=VALUE and fr|en, hyphenated names (check-content, ipv-guide)."""
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"«\u00a0[\w-]+\u00a0»", " ", text)  # one value in quotes: « share »
    text = re.sub(r"(?<!\w)--?[\w-]+", " ", text)
    text = re.sub(r"\S*[./_=|*]\S*", " ", text)
    text = re.sub(r"\b\w+(?:-\s*\w+)+\b", " ", text)
    return text


def english_in(text: str) -> list[str]:
    return sorted(set(foreign_words(machine_free(text), "fr",
                                    allowed=(*PROPER, *COMMAND_WORDS, *SECTORS))))


def bad_punctuation(text: str) -> list[str]:
    """Each : ; ? ! that ends a word (followed by a space or the end of a line) without a
    non-breaking space before it ("chemin:ligne", a web address, are not French text)."""
    return [text[max(0, m.start() - 25):m.end()]
            for m in re.finditer(r"[^\u00a0\u202f][:;?!](?=\s|$)", text, flags=re.M)]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


# -- every --help in French ----------------------------------------------------------------

def test_the_walk_finds_every_command():
    assert {"", "check-content", "list", "show", "export-pdf", "search", "build-index",
            "decide", "pack", "pack build", "pack keygen", "pack diff"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c or "ipv-guide")
def test_every_help_in_french(capsys, command, tmp_path):
    code, out, err = run(capsys, "--basedir", str(tmp_path), "--lang", "fr",
                         *command.split(), "--help")
    assert code == 0 and not err
    assert out.startswith(f"utilisation{NBSP}: ipv-guide")
    assert "usage" not in out and "show this help" not in out
    assert "  -h, --help" in out and "afficher cette aide, puis quitter" in out
    assert f"options{NBSP}:\n" in out
    assert "options:" not in out and "positional arguments" not in out
    if "arguments positionnels" in out:
        assert f"arguments positionnels{NBSP}:\n" in out
    assert english_in(out) == [], out
    assert bad_punctuation(out) == [], out


def test_french_metavars_and_headings(capsys, tmp_path):
    _code, out, _err = run(capsys, "--basedir", str(tmp_path), "--lang", "fr", "--help")
    assert "COMMANDE ..." in out and "COMMAND" not in out.replace("COMMANDE", "")
    assert "--content DOSSIER" in out and " DIR" not in out
    _code, out, _err = run(capsys, "--lang", "fr", "show", "--help")
    assert "IDENTIFIANT" in out and "SECTION_ID" not in out
    _code, out, _err = run(capsys, "--lang", "fr", "export-pdf", "--help")
    assert "--limit LIMITE" in out and "--facts CLÉ=VALEUR,..." in out  # a default metavar too
    assert "--out FICHIER.pdf" in out


# -- usage errors in French ------------------------------------------------------------------

ERRORS = {
    "invalid-choice": (("bogus",), f"choix non valide{NBSP}: «{NBSP}bogus{NBSP}»"),
    "required": (("show",), f"ces arguments sont obligatoires{NBSP}: IDENTIFIANT"),
    "not-allowed": (("decide", "--map", "--facts-list"), "impossible avec l'argument"),
    "expected-one": (("search", "--limit"), "une valeur est attendue"),
    "unrecognized": (("list", "--bogus"), f"arguments inconnus{NBSP}: --bogus"),
    "empty-folder": (("--content", "", "list"),
                     f"--content ne doit pas être vide{NBSP}; indiquez un dossier"),
    "pack-required": (("pack",), f"ces arguments sont obligatoires{NBSP}: ACTION"),
}


@pytest.mark.parametrize("case", ERRORS)
def test_usage_errors_in_french(capsys, case, tmp_path):
    argv, said = ERRORS[case]
    code, out, err = run(capsys, "--basedir", str(tmp_path), "--lang", "fr", *argv)
    assert code == 2 and not out
    assert err.startswith(f"utilisation{NBSP}: ipv-guide"), err
    assert f"{NBSP}: erreur{NBSP}: " in err and "error" not in err, err
    assert said in err, err
    assert english_in(err) == [], err
    assert bad_punctuation(err) == [], err


def test_the_checks_find_english_and_bad_colons(capsys, tmp_path):
    """The same checks on the English help and errors fail (they can fail)."""
    for argv in (("--help",), ("search", "--help"), ("bogus",), ("show",)):
        _code, out, err = run(capsys, "--basedir", str(tmp_path), "--lang", "en", *argv)
        assert english_in(out + err), argv
        assert bad_punctuation(out + err), argv


# -- English: argparse's own, byte for byte -------------------------------------------------

def _outputs(capsys, parsers: dict[str, argparse.ArgumentParser]) -> dict[str, str]:
    out = {}
    for path, parser in parsers.items():
        out[f"help {path}"] = parser.format_help()
        out[f"usage {path}"] = parser.format_usage()
    for case, (argv, _said) in ERRORS.items():
        parser = parsers[""]
        with pytest.raises(SystemExit) as info:
            parser.parse_args(list(argv))
        out[f"error {case}"] = f"{info.value.code} {capsys.readouterr().err}"
    return out


def test_english_is_argparses_own_output(capsys, monkeypatch):
    with cli_words("en"):
        ours = _outputs(capsys, every_parser("en"))
        monkeypatch.setattr(cli_parser, "CliParser", argparse.ArgumentParser)
        plain = every_parser("en")
        assert type(plain[""]) is argparse.ArgumentParser
        theirs = _outputs(capsys, plain)
    assert ours == theirs
    assert ours["help "].startswith("usage: ipv-guide") and "\noptions:\n" in ours["help "]
    assert "argument COMMAND: invalid choice: 'bogus'" in ours["error invalid-choice"]


# -- the message templates ----------------------------------------------------------------------

def test_every_template_has_its_french_with_the_same_fields():
    fields = re.compile(r"%(?:\((\w+)\))?[sr]")
    with cli_words("fr"):
        for template in cli_parser.templates():
            french = translate("Argparse", template)
            assert french != template, template
            assert sorted(n or "" for n in fields.findall(french)) == \
                sorted(n or "" for n in fields.findall(template)), template
            assert bad_punctuation(french.replace("%s", "x")) == [], french


def test_french_message_matches_argparses_messages_back():
    with cli_words("fr"):
        said = cli_parser.french_message(
            "argument --paper: invalid choice: 'legal' (choose from 'letter', 'a4')")
        assert said == (f"argument --paper{NBSP}: choix non valide{NBSP}: «{NBSP}legal{NBSP}» "
                        "(choisissez parmi 'letter', 'a4')")
        assert cli_parser.french_message("expected 2 arguments") == \
            "2 valeurs sont attendues"
        assert cli_parser.french_message("something argparse never says") == \
            "something argparse never says"
    with cli_words("en"):  # no translation in English: the message as it was
        assert cli_parser.french_message("expected 2 arguments") == "expected 2 arguments"


def test_argparse_is_not_patched():
    """The words come through the parser's own hooks; argparse's module is left alone."""
    import gettext

    with cli_words("fr"):
        assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
        parser = argparse.ArgumentParser(prog="x")  # another parser: argparse's English
        assert parser.format_usage().startswith("usage: x")
