"""Editorial rules over a loaded library, beyond what the loader enforces.

The loader checks each file's shape and every reference; these rules check that the
guide as a whole is usable: glossary terms are used, scenarios link out, sections stay short.
"""

from __future__ import annotations

import re
from pathlib import Path

from content import render
from content.errors import Problem, display_path
from content.messages import msg
from content.model import Library
from content.provisions import unverified_citations

MAX_SECTION_WORDS = 1200
MIN_SCENARIO_LINKS = 3
#: A word: letters or digits in any language (so "sécurité" is one word, not two), with
#: apostrophes inside ("don't", "l'enfant").
_WORD_RE = re.compile(r"[^\W_](?:[^\W_]|['’])*")


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def section_words(markdown: str) -> int:
    return sum(word_count(b.text) for b in render.plain_blocks(markdown))


def _glossary_line(root: str, term_id: str) -> int:
    path = Path(root) / "glossary.yaml"
    try:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(rf"^\s*-?\s*id:\s*['\"]?{re.escape(term_id)}['\"]?\s*$", line):
                return i
    except (OSError, UnicodeDecodeError):
        pass
    return 0


def editorial_problems(library: Library) -> list[Problem]:
    problems: list[Problem] = unverified_citations(library)
    used_terms: set[str] = set()
    for s in library.sections:
        links = render.links(s.body)
        for link in links:
            if link.href.startswith("glossary:"):
                used_terms.add(link.href.split(":", 1)[1])
        words = section_words(s.body)
        if words > MAX_SECTION_WORDS:
            problems.append(Problem.of(s.path, s.body_line, msg(
                "section-too-long", n=words, limit=MAX_SECTION_WORDS)))
        if s.kind == "scenario":
            targets = {lk.href.split(":", 1)[1].split("#")[0] for lk in links
                       if lk.href.startswith("section:")}
            if len(targets) < MIN_SCENARIO_LINKS:
                problems.append(Problem.of(s.path, s.body_line, msg(
                    "scenario-few-links", n=len(targets), limit=MIN_SCENARIO_LINKS)))
    problems += completeness_problems(library)
    for t in library.glossary:
        if t.id not in used_terms:
            rel = Path(library.root) / "glossary.yaml"
            problems.append(Problem.of(display_path(rel), _glossary_line(library.root, t.id),
                                       msg("term-not-linked", term=t.id)))
    return problems


def completeness_problems(library: Library) -> list[Problem]:
    """Parts a complete guide must have: at least one decision flow (when the decision
    flows were loaded; ``ipv-guide decide`` and the app's decision helper need one)."""
    problems: list[Problem] = []
    if library.flows_loaded and not library.flows:
        folder = Path(library.root) / "decisions"
        kind = ("no-flow-unusable" if folder.is_dir() and any(folder.glob("*.yaml"))
                else "no-flow-folder-missing" if not folder.is_dir() else "no-flow-no-yaml")
        problems.append(Problem.of(display_path(folder), 0, msg(kind)))
    return problems


def faq_questions(library: Library) -> int:
    return sum(
        1 for s in library.sections if s.kind == "faq"
        for b in render.plain_blocks(s.body) if b.heading and b.text.rstrip().endswith("?")
    )


def stats(library: Library) -> dict[str, int]:
    """Counts printed by ``ipv-guide check-content --stats``."""
    return {
        "sections": len(library.sections),
        "words": sum(section_words(s.body) for s in library.sections),
        "scenarios": sum(1 for s in library.sections if s.kind == "scenario"),
        "faq_questions": faq_questions(library),
        "glossary_terms": len(library.glossary),
        "sources": len(library.sources),
        "statutes": len(library.statutes),
        "synonyms": len(library.synonyms),
        "check_official_text_sections": sum(1 for s in library.sections if s.needs_check),
    }
