"""Snippets and highlight spans from character offsets. No Whoosh, no Qt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from content.html_escape import esc
from index.textproc import ENGLISH, Pipeline, strip_invisible

SNIPPET_CHARS = 240
_LEAD = 50  # characters of context kept before the first match when the passage is cut
ELLIPSIS = "\u2026"


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (touching or overlapping spans are joined)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def find_spans(text: str, singles: frozenset[str] | set[str],
               phrases: Sequence[tuple[str, ...]], lang: Pipeline = ENGLISH
               ) -> list[tuple[int, int]]:
    """Spans of ``text`` whose index terms are in ``singles``, or that spell out a phrase.

    Invisible characters inside a word (a soft hyphen pasted from a PDF) are skipped, as
    they are when the content is indexed; the spans are offsets into ``text`` as given.
    """
    clean = strip_invisible(text)
    if clean != text:
        keep = [i for i, c in enumerate(text) if strip_invisible(c)]
        keep.append(len(text))
        return merge_spans((keep[s], keep[e - 1] + 1)
                           for s, e in find_spans(clean, singles, phrases, lang))
    toks = lang.terms_with_offsets(text)
    spans = [(s, e) for s, e, t in toks if t in singles]
    if phrases:
        terms = [t for _, _, t in toks]
        for ph in phrases:
            k = len(ph)
            if k == 0:
                continue
            first = ph[0]
            for i in range(len(terms) - k + 1):
                if terms[i] == first and tuple(terms[i : i + k]) == ph:
                    spans.append((toks[i][0], toks[i + k - 1][1]))
    return merge_spans(spans)


def _window(text: str, spans: Sequence[tuple[int, int, int]], max_chars: int) -> tuple[int, int]:
    """The ``max_chars`` window of ``text`` showing the most different matched concepts
    (then the most matches), starting a little before a match; one pass over the spans."""
    if len(text) <= max_chars:
        return 0, len(text)
    ordered = sorted(spans)
    best_start, best_key = 0, (-1, -1)
    counts: dict[int, int] = {}
    j = 0  # ordered[i:j] are the spans inside the window starting at ordered[i]
    for i, (s0, _, _) in enumerate(ordered):
        ws = max(0, s0 - _LEAD)
        we = ws + max_chars
        if j < i:
            j = i
            counts.clear()
        while j < len(ordered) and ordered[j][1] <= we:
            c = ordered[j][2]
            counts[c] = counts.get(c, 0) + 1
            j += 1
        key = (len(counts), j - i)
        if key > best_key:
            best_start, best_key = ws, key
        if j > i:  # ordered[i] leaves the window before the next start
            c = ordered[i][2]
            counts[c] -= 1
            if not counts[c]:
                del counts[c]
    start = best_start
    end = min(len(text), start + max_chars)
    if end == len(text):
        start = max(0, end - max_chars)
    # snap to word boundaries
    if start > 0:
        sp = text.find(" ", start, start + 20)
        if sp != -1:
            start = sp + 1
    if end < len(text):
        sp = text.rfind(" ", end - 20, end)
        if sp != -1:
            end = sp
    return start, end


def make_snippet(text: str, spans: Sequence[tuple[int, int, int]],
                 max_chars: int = SNIPPET_CHARS) -> tuple[str, str]:
    """HTML and plain snippets of ``text`` around ``spans``.

    Args:
        text: the passage.
        spans: ``(start, end, concept)`` matches in ``text``; ``concept`` numbers the query
            part a match belongs to, so the window prefers showing different parts.
        max_chars: the longest snippet, not counting ellipses.

    Returns:
        ``(snippet_html, snippet_text)``: matches in ``<b class="hit">``, the rest escaped.
    """
    text = text.replace("\n", " ").replace("\r", " ").replace("\t", " ")  # keeps offsets
    start, end = _window(text, spans, max_chars)
    pre = ELLIPSIS if start > 0 else ""
    post = ELLIPSIS if end < len(text) else ""
    marks = merge_spans((max(s, start), min(e, end)) for s, e, _ in spans
                        if e > start and s < end)
    parts = [esc(pre)]
    pos = start
    for s, e in marks:
        parts.append(esc(text[pos:s]))
        parts.append('<b class="hit">' + esc(text[s:e]) + "</b>")
        pos = e
    parts.append(esc(text[pos:end]))
    parts.append(esc(post))
    return "".join(parts), pre + text[start:end] + post
