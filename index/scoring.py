"""A page's score from the concepts it matches: their scores, coordination and proximity.

Words typed side by side are all optional: a document matching more of the question's
concepts ranks higher -- its score is scaled by the IDF-weighted share of the concepts it
matches (**coordination**) -- and two words typed next to each other that also stand next
to each other in a page add to its score (**proximity**, from
:meth:`~index.matching.Matcher.pair_bonus`). ``COORD_POWER`` and ``PAIR_WEIGHT`` were tuned on
tests/data/relevance_questions.yaml (tests/index/test_index_relevance.py reports P@1 and P@3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from index.matching import Match

COORD_POWER = 0.5  # how strongly matching more of the question's concepts counts (tuned)
PAIR_WEIGHT = 0.5  # proximity bonus, times the score of the two words as a phrase (tuned)
#: A worked scenario's score is scaled by this. A scenario tells a story, so its everyday
#: words ("last night", "showed up at her work", "told me") match the narrative of a
#: question better than the page that answers it; where both match, the answer should come
#: first. Chosen on all four question sets (tests/data/relevance_*.yaml, English and French:
#: 0.8-0.92 tried; 0.9 the best on all four together), one number for every query.
SCENARIO_FACTOR = 0.9


def weigh_scenarios(scores: dict[int, float], scenarios: frozenset[int]) -> None:
    """Scale the scores of the worked scenarios (document numbers) in place."""
    if len(scenarios) < len(scores):
        for d in scenarios:
            if d in scores:
                scores[d] *= SCENARIO_FACTOR
    else:
        for d in scores:
            if d in scenarios:
                scores[d] *= SCENARIO_FACTOR


def scores(match: Match, idf: Callable[[int], float], docs: set[int] | None = None
           ) -> dict[int, float]:
    """``{doc: score}`` for ``docs`` (default: all matches); higher is better. ``idf`` is
    the index's IDF of a document frequency.

    Written for large match sets (a 200x corpus): dict comprehensions rather than a
    Python call per document, and for AND queries no membership tests at all.
    """
    docs = match.docs if docs is None else docs
    scorers = match.scorers
    if match.every:
        if len(scorers) == 1:
            sc = scorers[0]
            return dict(sc) if len(docs) == len(sc) else {d: sc[d] for d in docs}
        if len(scorers) == 2:
            a, b = scorers
            return {d: a[d] + b[d] for d in docs}
        if len(scorers) == 3:
            a, b, c = scorers
            return {d: a[d] + b[d] + c[d] for d in docs}
    result = dict.fromkeys(docs, 0.0)
    matched = dict.fromkeys(docs, 0.0) if match.coord else None
    total = 0.0
    for sc in scorers:
        # a concept counts in the coordination by its IDF: missing a rare, telling word
        # costs a page more than missing a common one ("before", "enough")
        weight = idf(len(sc)) if sc else 0.0
        total += weight
        if len(sc) < len(result):
            pairs: Iterable[tuple[int, float]] = (
                (d, v) for d, v in sc.items() if d in result)
        else:
            pairs = ((d, sc[d]) for d in result if d in sc)
        for d, v in pairs:
            result[d] += v
            if matched is not None:
                matched[d] += weight
    for sc in match.bonus:
        for d, v in sc.items():
            if d in result:
                result[d] += PAIR_WEIGHT * v
    if matched is not None and total > 0:
        # coordination: the share of the question's (findable) concepts a page matches
        power = COORD_POWER
        for d, m in matched.items():
            result[d] *= (m / total) ** power
    return result
