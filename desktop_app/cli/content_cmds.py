"""Subcommands about the content itself: check-content, list, show.

``check-content``'s own sentences are in the language of ``--lang``, and so are the problems
it lists (:mod:`desktop_app.content_problems`: the content checker's message kinds, said in
French from ``frcheck_fr.ts``), each with its file and line as they are; in English, the
checker's own text, byte for byte.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from content import ContentError, Library, load_library
from desktop_app.cli.words import language_of, say
from desktop_app.content_problems import problem_line
from desktop_app.i18n import translate


def load_for_cli(args: argparse.Namespace, *, note: bool = True) -> Library | None:
    """Load the content named by ``--content`` (or the shipped content) in the language of
    ``--lang``; None on failure. In French, says on stderr how many sections are not yet
    translated (they are shown in English, marked)."""
    from desktop_app.content_source import content_root
    from desktop_app.paths import Paths

    lang = language_of(args)
    try:
        library = load_library(content_root(args.content, Paths.from_args(args.basedir)),
                               language=lang)
    except ContentError as exc:
        for p in exc.problems:
            print(problem_line(p), file=sys.stderr)
        return None
    missing = len(library.untranslated_sections())
    if note and missing:
        print(say(lang, "untranslated-note", n=missing), file=sys.stderr)
    return library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-content", help=translate("CliHelp", "validate the content; list problems as path:line"))  # noqa: E501
    p.add_argument("--stats", action="store_true", help=translate("CliHelp", "also print counts (sections, words...)"))  # noqa: E501
    p.set_defaults(func=cmd_check_content)

    p = sub.add_parser("list", help=translate("CliHelp", "print the table of contents"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help=translate("CliHelp", "print one section as plain text"))
    p.add_argument("section_id", metavar="SECTION_ID")
    p.set_defaults(func=cmd_show)


def cmd_check_content(args: argparse.Namespace) -> int:
    """Check the English content (and its French translation, if there is one).

    French problems -- a French file the loader cannot read, and everything the parity check
    finds (see :mod:`content.parity`) -- fail the check once the translation is complete
    (every English section has a French file), or when asked for with ``--lang fr``. Until
    then they are a separate report after the English one, and do not change the exit code.
    """
    from content.validate import editorial_problems, stats

    english_args = argparse.Namespace(**{**vars(args), "lang": "en"})
    library = load_for_cli(english_args)
    if library is None:
        return 1
    problems = list(library.problems) + editorial_problems(library)
    for p in problems:
        print(problem_line(p))
    lang = language_of(args)
    if args.stats:
        for key, value in stats(library).items():
            print(_stat_line(lang, key, value))
    french_failed = _check_french(args, library)
    if problems or french_failed:
        total = len(problems) + french_failed
        print(translate("Cli", "{n} problem(s) found.").format(n=total), file=sys.stderr)
        return 1
    print(translate("Cli", "Content OK: {sections} sections, {terms} glossary terms, version "
                    "{version}.").format(sections=len(library.sections),
                                         terms=len(library.glossary),
                                         version=library.manifest.content_version))
    from content.agency import agency_of

    agency = agency_of(library)
    if agency is not None:
        if lang == "en":
            roles = ", ".join(c.role for c in agency.contacts)
        else:
            from desktop_app.agency_view import role_words

            roles = ", ".join(role_words(c.role) for c in agency.contacts)
        print(translate("Cli", "Agency contacts OK: {name}, {n} contact(s) ({roles}).").format(
            name=agency.name, n=len(agency.contacts), roles=roles))
    return 0


def _stat_line(lang: str, key: str, value: object) -> str:
    """One line of ``--stats``: ``key: value`` in English (as scripts read it); the count
    named in words in another language."""
    if lang == "en":
        return f"{key}: {value}"
    names = {
        "sections": translate("Cli", "Sections"),
        "words": translate("Cli", "Words"),
        "scenarios": translate("Cli", "Scenarios"),
        "faq_questions": translate("Cli", "Frequently asked questions"),
        "glossary_terms": translate("Cli", "Glossary terms"),
        "sources": translate("Cli", "Sources"),
        "statutes": translate("Cli", "Statutes"),
        "synonyms": translate("Cli", "Search synonyms"),
        "check_official_text_sections": translate("Cli", "Sections to check against the "
                                                  "official text"),
    }
    return translate("Cli", "{name}: {value}").format(name=names.get(key, key), value=value)


def _check_french(args: argparse.Namespace, english: Library) -> int:
    """Print the French report; return how many of its problems count as failures."""
    from content.files import translation_root
    from content.parity import french_load_problems, parity_report

    asked = language_of(args) == "fr"
    if not asked and not translation_root(english.root, "fr").is_dir():
        return 0
    french = load_library(english.root, language="fr")
    report = parity_report(french)
    own = french_load_problems(french)
    others = [p for p in report.problems if p.kind not in _NOT_YET_TRANSLATED]
    counted = asked or report.complete
    done = report.total - report.missing
    print()
    if counted:
        problems = own + report.problems
        print(translate("Cli", "French translation: {done} of {total} sections; {n} "
                        "problem(s).").format(done=done, total=report.total, n=len(problems)))
        for p in problems:
            print(problem_line(p))
        return len(problems)
    # in progress: a separate report that does not fail the check (the files that cannot be
    # read at all do: a French file that no one can load is never "in progress")
    print(translate("Cli", "French translation (in progress, not counted until every section "
                    "is translated): {done} of {total} sections; {missing} still to translate "
                    "(ipv-guide check-content --lang fr lists them); {n} problem(s) in what is "
                    "there:").format(done=done, total=report.total, missing=report.missing,
                                     n=len(others)))
    for p in own + others:
        print(problem_line(p))
    return len(own)


#: The problems that only say a part is not translated yet (listed with ``--lang fr``).
_NOT_YET_TRANSLATED = frozenset(("fr-section-missing", "agency-fr-missing"))


def cmd_list(args: argparse.Namespace) -> int:
    library = load_for_cli(args)
    if library is None:
        return 1
    lang = language_of(args)
    for s in library.sections:
        mark = f"  {say(lang, 'untranslated-short')}" if s.untranslated else ""
        print(f"{'  ' * library.depth(s.id)}{s.title}  [{s.id}]{mark}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from content import render

    library = load_for_cli(args, note=False)
    if library is None:
        return 1
    lang = language_of(args)
    if not library.has_section(args.section_id):
        print(say(lang, "No section '{id}'. Try: ipv-guide list", id=args.section_id),
              file=sys.stderr)
        return 2
    s = library.section(args.section_id)
    print(s.title)
    print("=" * len(s.title))
    if s.untranslated:
        print(say(lang, "untranslated"))
    print()
    print(textwrap.fill(s.summary, 88))
    if s.needs_check:
        print()
        print(textwrap.fill(say(lang, "Check the official text: ") + s.check_note, 88))
    for block in render.plain_blocks(s.body):
        print()
        prefix = {"heading": "## ", "item": "  - "}.get(block.kind, "")
        print(textwrap.fill(prefix + block.text, 88, subsequent_indent=" " * min(len(prefix), 4)))
    print()
    if s.provisions:  # in French legal style in French, as the reader shows them
        from content.cite_fr import cite_in

        sep = "; " if lang == "en" else translate("Cli", "; ")
        print(say(lang, "Provisions: ") + sep.join(cite_in(lang, p) for p in s.provisions))
    print(say(lang, "Sources: ") + "; ".join(src.citation()
                                             for src in library.source_list(s.sources)))
    print()
    print(library.manifest.disclaimer)
    return 0
