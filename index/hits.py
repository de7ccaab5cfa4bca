"""A matched document as a :class:`~index.types.Hit`: the passage that answers best and its
snippet, made only for the hits returned, from the character offsets stored in the index
(no re-analysis of the text); and the terms the reader highlights for a query.
"""

from __future__ import annotations

import bisect
from typing import Any

from index.plan import ALT_PREFIX, Plan
from index.postings import LRU, Postings
from index.snippets import make_snippet
from index.types import Hit

STORED_CACHE = 1024
HEADING_JOIN = " \u2014 "  # between a heading and its paragraph in a snippet

#: ``(start, end, concept number, weight)`` of one match in a document's text
Span = tuple[int, int, int, float]


class HitMaker:
    """Hits of one index: each document's stored fields (cached) and its matches' offsets."""

    def __init__(self, postings: Postings):
        self.postings = postings
        self.stored_cache: LRU[int, dict[str, Any]] = LRU(STORED_CACHE)

    def stored(self, d: int) -> dict[str, Any]:
        def read(k: int) -> dict[str, Any]:
            data: dict[str, Any] = self.postings.reader.stored_fields(k)["data"]
            return data

        return self.stored_cache.get_or(d, read)

    def match_spans(self, d: int, plan: Plan, base: int = 0) -> list[Span]:
        """``(start, end, concept number, weight)`` of every match in document ``d``; the
        weight is how telling that match is (its alternative's boost times its IDF)."""
        postings = self.postings
        term_scores, idf, offsets = postings.term_scores, postings.idf, postings.offsets
        spans: list[Span] = []
        for ci0, concept in enumerate(plan.concepts):
            ci = base + ci0
            for alt in concept.alts:
                if alt.stems[0].startswith(ALT_PREFIX):
                    continue  # the other language's text is not shown: nothing to highlight
                if len(alt.stems) == 1:
                    docs = term_scores(alt.stems[0])
                    if d in docs:
                        w = alt.boost * idf(len(docs))
                        spans.extend((s, e, ci, w) for _, s, e in offsets(alt.stems[0], d))
                    continue
                per = []
                w = 0.0
                for s in alt.stems:
                    docs = term_scores(s)
                    if d not in docs:
                        break
                    w += idf(len(docs))
                    per.append({p: (a, b) for p, a, b in offsets(s, d)})
                else:
                    w *= alt.boost
                    for p, (a, _) in per[0].items():
                        if all(p + k in per[k] for k in range(1, len(per))):
                            spans.append((a, per[-1][p + len(per) - 1][1], ci, w))
        return spans

    def hit(self, d: int, score: float, plans: list[Plan]) -> Hit:
        """Document ``d`` as a hit for ``plans`` (their matches are highlighted)."""
        data = self.stored(d)
        text: str = data["text"]
        spans = [sp for i, plan in enumerate(plans)
                 for sp in self.match_spans(d, plan, 1000 * i)]
        parts = data["parts"]  # (code, start, end, anchor)
        starts = data.get("part_starts")
        if starts is None:  # kept with the cached stored fields: computed once per document
            starts = data["part_starts"] = [p[1] for p in parts]
        per_part: dict[int, list[Span]] = {}
        for sp in spans:
            i = bisect.bisect_right(starts, sp[0]) - 1
            if i >= 0 and sp[1] <= parts[i][2]:
                per_part.setdefault(i, []).append(sp)
        # the passage: the body paragraph (or heading) matching the most concepts; among
        # those, the one whose matches are most telling (each concept's best match, by IDF
        # and boost: "refusal" says more than a fifth "consent"), then the most matches
        best_i, best_key = -1, (0, 0.0, 0)
        for i, found in per_part.items():
            code = parts[i][0]
            if code not in ("B", "H"):
                continue
            best_w: dict[int, float] = {}
            for _, _, c, w in found:
                if w > best_w.get(c, 0.0):
                    best_w[c] = w
            key = (len(best_w), round(sum(best_w.values()), 6), len(found))
            if key > best_key or (key == best_key and i < best_i):
                best_i, best_key = i, key
        if best_i < 0:
            # matched only in the title, summary or metadata: show the summary
            best_i = next((i for i, p in enumerate(parts) if p[0] == "S"), -1)
            if best_i < 0:
                best_i = next((i for i, p in enumerate(parts) if p[0] == "B"), 0)
        code, ps, pe, anchor = parts[best_i]
        local = [(s - ps, e - ps, c) for s, e, c, _ in per_part.get(best_i, [])]
        passage = text[ps:pe]
        if code == "H" and best_i + 1 < len(parts) and parts[best_i + 1][0] == "B":
            # a heading (often the question itself, in the FAQ pages) is shown with the start
            # of the paragraph under it, which holds the answer
            _, ns, ne, _ = parts[best_i + 1]
            shift = len(passage) + len(HEADING_JOIN) - ns
            passage = passage + HEADING_JOIN + text[ns:ne]
            local += [(s + shift, e + shift, c) for s, e, c, _ in per_part.get(best_i + 1, [])]
        snippet_html, snippet_text = make_snippet(passage, local)
        is_glossary = data["kind"] == "glossary"
        return Hit(
            kind=data["kind"],
            section_id=data["section_id"],
            term_id=data["id"] if is_glossary else "",
            title=data["title"],
            anchor="" if is_glossary or code != "B" and code != "H" else anchor,
            score=round(score, 4),
            snippet_html=snippet_html,
            snippet_text=snippet_text,
            statutes=tuple(data["statutes"]),
            sectors=tuple(data["sectors"]),
            provisions=tuple(data["provisions"]),
            summary=data["summary"],
        )


def highlight_terms(plan: Plan) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The single terms and the phrases of ``plan``'s positive concepts (exclusions are
    never highlighted), for :func:`index.snippets.find_spans`."""
    singles: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    if plan.root is None:
        return frozenset(), ()
    for c in plan.concepts:
        for a in c.alts:
            if len(a.stems) == 1:
                singles.add(a.stems[0])
            elif a.stems not in phrases:
                phrases.append(a.stems)
    return frozenset(singles), tuple(phrases)
