"""``ipv-guide decide``: the decision helper without the GUI.

Scripted mode walks the same flow as the panel, answering each question from fixed
fact keys, so trainers and tests can script it::

    ipv-guide decide --facts danger=no,child_protection_concern=no,organization=phipa,\\
        consent=refused,risk=serious,recipient=police --json

Missing facts: the output names the next question instead of an outcome.
``ipv-guide decide --facts-list`` prints every fact key and value;
``ipv-guide decide --map [--json]`` prints the whole flow, every path included.

Every line is in the language of ``--lang``: the flow's own text comes from the content in
that language; the command's words are translated (context "Cli"), and in French the
notice rule, the roles and the citations are said in words and French legal style, as the
app says them (:func:`_words`). English output is as it has always been: ids, canonical
citations. ``--json`` is for scripts: its keys and machine values never change.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from desktop_app.content_problems import problem_line
from desktop_app.i18n import translate

if TYPE_CHECKING:
    from content.decision import DecisionFlow, Evaluation, FactError
    from content.model import Library

WIDTH = 88


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "decide",
        help=translate("CliHelp", "run the decision helper from facts (scripted mode), or print the whole flow"),  # noqa: E501
        description=translate("CliHelp", "Evaluate the decision helper without the GUI. Give the answers as "  # noqa: E501
        "KEY=VALUE facts; see --facts-list for the keys and values. Not legal advice."),
    )
    p.add_argument("--facts", action="append", default=[],
                   metavar=translate("CliHelp", "KEY=VALUE,..."),
                   help=translate("CliHelp", "answers, comma-separated (may be repeated), e.g. "
                   "danger=no,child_protection_concern=no,organization=phipa"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON instead of text"))  # noqa: E501
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--map", action="store_true",
                      help=translate("CliHelp", "print the whole flow: every question, path and outcome"))  # noqa: E501
    mode.add_argument("--facts-list", action="store_true",
                      help=translate("CliHelp", "print every fact key with its allowed values"))
    p.add_argument("--flow", default=None, metavar="ID",
                   help=translate("CliHelp", "which flow to use (default: the main flow, 'share')"))
    p.set_defaults(func=cmd_decide)


def _load_flow(args: argparse.Namespace) -> tuple[Library, DecisionFlow] | None:
    """(library, flow) of ``--flow``, or None (said on stderr)."""
    from content.decision import MAIN_FLOW
    from desktop_app.cli.content_cmds import load_for_cli

    library = load_for_cli(args)
    if library is None:
        return None
    flows = library.flows
    flow_id = args.flow or MAIN_FLOW
    if flow_id not in flows:
        for p in library.problems:
            if "decisions" in p.path.replace("\\", "/"):
                print(problem_line(p), file=sys.stderr)
        have = ", ".join(sorted(flows)) or translate("Cli", "none loaded")
        print(translate("Cli", "No decision flow '{flow}' (flows: {flows}). Run: ipv-guide "
                        "check-content").format(flow=flow_id, flows=have), file=sys.stderr)
        return None
    return library, flows[flow_id]


def _fact_error(exc: FactError) -> str:
    """A :class:`content.decision.FactError` in the command line's language (its kind and
    fields; the English message when the kind is not one of ours)."""
    words = {
        "unknown-fact": translate("Cli", "unknown fact '{key}'; the facts are: {facts}"),
        "bad-value": translate("Cli", "'{value}' is not a value of '{key}'; use one of: "
                               "{values}"),
        "not-key-value": translate("Cli", "'{part}' is not KEY=VALUE"),
        "given-twice": translate("Cli", "'{key}' is given twice"),
    }
    try:
        return words[exc.kind].format(**exc.fields)
    except (KeyError, IndexError):
        return str(exc)


def cmd_decide(args: argparse.Namespace) -> int:
    from content.decision import FactError, evaluate_facts, flow_map, parse_facts

    loaded = _load_flow(args)
    if loaded is None:
        return 1
    library, flow = loaded
    if args.map:
        if args.json:
            print(json.dumps(flow_map(flow), indent=2, ensure_ascii=False))
        else:
            from desktop_app.decision.map_words import map_text

            sys.stdout.write(map_text(flow, WIDTH, section_title=_section_title(library)))
        return 0
    if args.facts_list:
        choices = {k: list(v) for k, v in flow.facts.items()}
        if args.json:
            print(json.dumps(choices, indent=2))
        else:
            for key, values in choices.items():
                q = flow.questions_for(key)[0]
                print(f"{key}={'|'.join(values)}")
                print(textwrap.fill(q.text, WIDTH, initial_indent="    ",
                                    subsequent_indent="    "))
        return 0
    try:
        facts: dict[str, str] = {}
        for chunk in args.facts:
            for key, value in parse_facts(chunk).items():
                if key in facts and facts[key] != value:
                    raise FactError(f"'{key}' is given twice", "given-twice", key=key)
                facts[key] = value
        result = evaluate_facts(flow, facts)
    except FactError as exc:
        print(f"ipv-guide decide: {_fact_error(exc)}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        from desktop_app.cli.words import language_of

        _print_text(result, language_of(args), _section_title(library))
    return 0


def _section_title(library: Library) -> Callable[[str], str]:
    """Section id -> its title in the library's language (the id if there is none)."""
    def title(section_id: str) -> str:
        return (library.section(section_id).title if library.has_section(section_id)
                else section_id)
    return title


class _Words:
    """How the text output says a notice rule, a role and a citation: in English as it
    always has (the ids and canonical citations scripts and trainers know); in another
    language in words, as the app says them (the printouts' notice words, the agency
    view's role names, French legal style for citations)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def notice(self, required: str) -> str:
        if self.lang == "en":
            return required
        from desktop_app.printouts.decision import notice_words

        words = notice_words(required)
        return words[:1].lower() + words[1:] if words else required

    def roles(self, roles: Iterable[str]) -> str:
        if self.lang == "en":
            return ", ".join(roles)
        from desktop_app.agency_view import role_words

        return ", ".join(role_words(r) for r in roles)

    def cites(self, cites: Iterable[str]) -> str:
        from content.cite_fr import cite_in

        sep = "; " if self.lang == "en" else translate("Cli", "; ")
        return sep.join(cite_in(self.lang, c) for c in cites)


def _fill(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _print_text(result: Evaluation, lang: str = "en",
                section_title: Callable[[str], str] | None = None) -> None:
    from desktop_app.cli.words import say

    def t(text: str) -> str:
        return say(lang, text)

    w = _Words(lang)

    colon = "\u00a0:" if lang == "fr" else ":"

    for key in result.unused_facts:
        print(translate("Cli", "(fact '{key}' was not needed on this path)").format(key=key))
    for key, value in result.assumed.items():
        print(translate("Cli", "(assumed {fact})").format(fact=f"{key}={value}"))
    for o in result.interim:
        print(f"{t('FIRST: ')}{o.title}  [{o.id}]")
        print(_fill(o.plain, "  "))
        print(t("Then, once everyone is safe:") + "\n")
    s = result.summary
    if s is None:
        q = result.next_question
        assert q is not None  # no outcome yet: the walk stopped at a question
        print(f"{t('Next question')} [{q.id}]{colon} {q.text}")
        print(_fill(t("Why we ask: ") + q.why, "  "))
        value = translate("Cli", "VALUE")
        print(f"  {t('Answer with')} --facts {q.fact}={value}, {t('one of:')}")
        for c in q.choices:
            print(f"    {c.value:<16} {c.label}")
        return
    o = s.outcome
    print(f"{o.title}  [{o.id}]")
    print("=" * min(len(o.title), WIDTH))
    print(_fill(o.plain))
    for check in s.checks:
        print()
        print(_fill(t("Check the official text: ") + check))
    print()
    if s.provisions:
        print(t("Provisions: ") + w.cites(s.provisions))
    else:
        print(_fill(t("Provisions: none cited. ") + o.provisions_reason))
    print(t("Duty to report to a children's aid society: ")
          + t("yes" if s.duty_to_report else "no"))
    if s.conditions:
        print("\n" + t("Conditions that still apply:"))
        for condition in s.conditions:
            print(textwrap.fill(condition, WIDTH, initial_indent="  - ",
                                subsequent_indent="    "))
    print(f"\n{t('Notice afterwards')} ({w.notice(o.notice.required)}){colon}")
    print(_fill(o.notice.text, "  "))
    if o.notice.safety:
        print(_fill(t("Safety: ") + o.notice.safety, "  "))
    route = s.route if (o.route or lang == "en") else (w.cites(s.provisions) or o.title)
    if route:
        print()
        print(_fill(t("Route relied on: ") + route))
    for alt, ao in s.alternatives:
        print(f"\n{t('Another route')} [{ao.id}]{colon}")
        print(_fill(alt.consequence, "  "))
        if ao.provisions:
            print("  " + t("Provisions: ") + w.cites(ao.provisions))
        print(_fill(f"{t('Notice afterwards')} ({w.notice(ao.notice.required)}){colon} "
                    f"{ao.notice.text}", "  "))
        if ao.notice.safety:
            print(_fill(t("Safety: ") + ao.notice.safety, "  "))
        if ao.needs_check:
            print(_fill(t("Check the official text: ") + ao.check_note, "  "))
    if o.consult:
        print("\n" + t("Who to ask (by role): ") + w.roles(o.consult))
    if s.record_points:
        print("\n" + t("What to record:"))
        for r in s.record_points:
            print(textwrap.fill(r, WIDTH, initial_indent="  - ", subsequent_indent="    "))
    if lang == "en" or section_title is None:
        print("\n" + t("Read more: ") + ", ".join(s.sections))
    else:  # the titles, in the language of the page; the ids to type after them
        print("\n" + t("Read more: ").rstrip())
        for sid in s.sections:
            print(textwrap.fill(f"{section_title(sid)}  [{sid}]", WIDTH, initial_indent="  - ",
                                subsequent_indent="    ", break_on_hyphens=False))
    print("  " + translate("Cli", "(ipv-guide show SECTION_ID)"))
    print()
    print(_fill(s.disclaimer))
