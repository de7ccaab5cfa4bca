"""Relevance bench: P@1 and P@3 on the staff question sets, English and French.

    .venv/bin/python -m tools.relevance [--misses] [--set NAME ...]

Measures each question set in ``tests/data/`` against the shipped content (the English sets on
the English index, the French sets on the French one): the tuned sets
(``relevance_questions*.yaml``) and the held-out sets (``relevance_holdout*.yaml``, written
before any change was made for them). A question scores at 1 when the first hit opens one of
its expected sections, at 3 when one of the first three does. ``--misses`` lists the questions
not answered in the first three, and those not answered first. Prints figures; asserts nothing
(the floors are in tests/index/test_index_relevance.py and test_french_search.py).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"

#: name -> (file, language)
SETS: dict[str, tuple[str, str]] = {
    "tuned-en": ("relevance_questions.yaml", "en"),
    "holdout-en": ("relevance_holdout.yaml", "en"),
    "tuned-fr": ("relevance_questions_fr.yaml", "fr"),
    "holdout-fr": ("relevance_holdout_fr.yaml", "fr"),
}


@dataclass
class Score:
    n: int = 0
    p1: int = 0
    p3: int = 0
    not_first: list[str] = field(default_factory=list)
    not_top3: list[str] = field(default_factory=list)


def load_set(name: str) -> list[dict[str, Any]]:
    items = yaml.safe_load((DATA / SETS[name][0]).read_text(encoding="utf-8"))
    assert isinstance(items, list)
    return items


def score(idx: Any, items: list[dict[str, Any]]) -> Score:
    s = Score()
    for item in items:
        top = [h.section_id for h in idx.search(item["q"], limit=50).hits[:3]]
        want = set(item["expect"])
        s.n += 1
        line = f"  {item['q']!r}: got {top}, want one of {sorted(want)}"
        if top[:1] and top[0] in want:
            s.p1 += 1
        else:
            s.not_first.append(line)
        if want & set(top):
            s.p3 += 1
        else:
            s.not_top3.append(line)
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the questions missed")
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets",
                        help="measure only this set (repeatable)")
    opts = parser.parse_args(argv)

    from content import load_library
    from index import open_or_build

    names = opts.sets or list(SETS)
    indexes: dict[str, Any] = {}
    for name in names:
        lang = SETS[name][1]
        if lang not in indexes:
            lib = load_library(language=lang) if lang != "en" else load_library()
            indexes[lang] = open_or_build(lib)
        s = score(indexes[lang], load_set(name))
        print(f"{name:<11} questions={s.n:<4} P@1={s.p1 / s.n:4.0%}  P@3={s.p3 / s.n:4.0%}")
        if opts.misses:
            if s.not_top3:
                print("  not in the first three:\n" + "\n".join(s.not_top3))
            first_only = [m for m in s.not_first if m not in s.not_top3]
            if first_only:
                print("  in the first three, not first:\n" + "\n".join(first_only))
    for idx in indexes.values():
        idx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
