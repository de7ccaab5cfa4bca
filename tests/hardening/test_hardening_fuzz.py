"""Hardening: no query crashes search, on the real shipped index.

``python -m tools.fuzz`` (100,000 queries, with timings) is the full run; here it runs
in-process at CI size with a fixed seed, its own ability to see failures is checked, its
last line is parsed from a real subprocess run, and hypothesis drives the real index
(tests/index/test_index_query.py already fuzzes the mini content). Timings are printed by the
tool, never asserted here. Also the regressions the fuzzer found: queries whose cost grew
with their length or with the state of the caches.
"""

from __future__ import annotations

import logging
import random
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.model import SECTORS, STATUTES
from index import open_or_build, spelling
from index.types import SearchResults
from tests.tools.index_support import ROOT, assert_safe_snippet
from tools import fuzz

LAST_LINE = re.compile(r"^fuzz: queries=(\d+) exceptions=(\d+) max_ms=(\d+\.\d+) "
                       r"over_100ms=(\d+)$")


def _failures(report: fuzz.FuzzReport) -> str:
    return "\n".join(fuzz.format_report(report)[:2 + 2 * fuzz.SHOW_EXCEPTIONS])


# -- the fuzzer, in process and as a tool --------------------------------------------------


def test_fuzz_real_index_no_exceptions(real_index, library):
    report = fuzz.run(real_index, library, count=2000, seed=7)
    assert report.count == 2000
    assert report.exceptions == 0, _failures(report)
    # every generator took part and every call was made (and timed)
    assert set(report.slowest_by_kind) == {name for name, _ in fuzz.GENERATORS}
    assert len(report.search_ms) == len(report.highlight_ms) == 2000


class _BrokenIndex:
    """Stands in for a SearchIndex that fails in each of the ways the fuzzer must see."""

    def __init__(self, real):
        self.real = real
        self.calls = 0

    def search(self, query, **kwargs):
        self.calls += 1
        mode = self.calls % 4
        if mode == 1:
            raise RuntimeError("escaped")
        if mode == 2:  # what SearchIndex.search does with an internal error
            try:
                raise KeyError("inside")
            except KeyError:
                logging.getLogger("index.searcher").exception("search failed")
            return SearchResults(query=query)
        if mode == 3:  # more hits than the limit allows
            res = self.real.search("consent", limit=50)
            return SearchResults(query=query, hits=res.hits, total=0)
        return self.real.search(query, **kwargs)

    def highlight_spans(self, query, text):
        return [(0, len(text) + 5)]  # a span past the end of the text


def test_fuzz_sees_raised_logged_and_wrong_results(real_index, library):
    broken = _BrokenIndex(real_index)
    report = fuzz.run(broken, library, count=8, seed=1)
    whats = [f.what for f in report.failures]
    assert any("escaped" in w for w in whats), whats
    assert any("search failed" in w and "inside" in w for w in whats), whats
    assert any("hits" in w and "limit" in w for w in whats), whats
    assert sum("outside a text" in w for w in whats) == 8, whats
    lines = fuzz.format_report(report)
    m = LAST_LINE.match(lines[-1])
    assert m and int(m.group(2)) == report.exceptions > 8
    assert any("escaped" in line for line in lines)


class _SlowIndex:
    """Advances a fake clock: case 0 is slow every time, case 1 only the first time (a
    pause of the machine), the rest are fast."""

    def __init__(self, real, clock):
        self.real = real
        self.clock = clock
        self.seen: dict[str, int] = {}
        self.cleared = 0
        self.slow_query = self.paused_query = ""

    def search(self, query, **kwargs):
        n = self.seen[query] = self.seen.get(query, 0) + 1
        if query == self.slow_query or (query == self.paused_query and n == 1):
            self.clock.now += 0.5
        else:
            self.clock.now += 0.001
        return self.real.search("consent", limit=0)

    def highlight_spans(self, query, text):
        return []

    def clear_caches(self):
        self.cleared += 1


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_fuzz_counts_only_queries_that_are_slow_again(real_index, library, monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(fuzz, "_clock", clock)
    slow = _SlowIndex(real_index, clock)
    first_two = list(fuzz.cases(2, 4, fuzz.vocabulary(library),
                                len(fuzz.reader_texts(library))))
    slow.slow_query, slow.paused_query = (c.query for c in first_two)
    assert slow.slow_query != slow.paused_query
    report = fuzz.run(slow, library, count=20, seed=4)
    assert report.exceptions == 0
    assert report.over_in_run == 2 and report.over == 1
    assert [c.n for _, c in report.confirmed_slow] == [0]
    assert slow.cleared == 2  # each replay starts cold
    assert report.worst_ms == pytest.approx(500.0)
    last = fuzz.format_report(report)[-1]
    assert last.endswith(" max_ms=500.000 over_100ms=1"), last


def test_cases_are_deterministic_and_cover_the_generators(library):
    vocab = fuzz.vocabulary(library)
    a = list(fuzz.cases(900, 5, vocab, 10))
    assert a == list(fuzz.cases(900, 5, vocab, 10))
    assert a != list(fuzz.cases(900, 6, vocab, 10))
    text = "".join(c.query for c in a)
    assert any(0xD800 <= ord(ch) < 0xE000 for ch in text)  # lone surrogates
    assert any(ord(ch) < 0x20 for ch in text)  # control characters
    assert any(ord(ch) >= 0x1F300 for ch in text)  # emoji and other astral characters
    for token in ("AND", "OR", "NOT", "(", ")", '"', "*", "~", "^", ":"):
        assert token in text, token
    assert max(len(c.query) for c in a) == fuzz.MAX_LONG
    assert any(c.statutes for c in a) and any(c.sectors for c in a)
    assert {c.limit for c in a} >= {0, 20, 1000}


def test_fuzz_tool_prints_its_figures(tmp_path):
    run = subprocess.run([sys.executable, "-m", "tools.fuzz", "--count", "40", "--seed", "3"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    lines = run.stdout.strip().splitlines()
    m = LAST_LINE.match(lines[-1])
    assert m, run.stdout + run.stderr
    queries, exceptions, over = int(m.group(1)), int(m.group(2)), int(m.group(4))
    assert queries == 40 and exceptions == 0, run.stdout
    assert run.returncode == (1 if over else 0)
    text = run.stdout
    for label in ("exceptions: 0", "search:", "highlight:", "median", "p95", "p99",
                  "slowest:"):
        assert label in text, label
    assert "Traceback" not in run.stderr


# -- hypothesis over the real index ----------------------------------------------------------

_SYNTAX = st.sampled_from(['"', "(", ")", " AND ", " OR ", " NOT ", "-", "*", "~", "^", ":",
                           " ", "title:", "s. 40(1)", "😀", "\x00", "\ud800", "é", "İ", "ß",
                           "\u0301", "\u202e", "law enforcement", "circle of care"])


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def real_words(library) -> list[str]:
    return fuzz.vocabulary(library)


@pytest.fixture(scope="module")
def real_texts(library) -> list[str]:
    return fuzz.reader_texts(library)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_hypothesis_real_index(real_index, real_words, real_texts, data):
    words = st.sampled_from(real_words)
    query = data.draw(st.one_of(
        st.text(max_size=300),
        st.lists(st.one_of(_SYNTAX, words, st.tuples(words, st.integers()).map(
            lambda t: fuzz.typo(random.Random(t[1]), t[0]))), max_size=30).map(" ".join),
        st.lists(st.one_of(_SYNTAX, words), max_size=30).map("".join),
        st.text(alphabet="abc (\")*", min_size=500, max_size=3000),
    ), label="query")
    statutes = data.draw(st.lists(st.sampled_from([*STATUTES, "X", ""]), max_size=3))
    sectors = data.draw(st.lists(st.sampled_from([*SECTORS, "nope"]), max_size=3))
    limit = data.draw(st.integers(min_value=-3, max_value=200))
    text = data.draw(st.sampled_from(real_texts))

    errors = _Errors()
    log = logging.getLogger("index")
    log.addHandler(errors)
    try:
        res = real_index.search(query, statutes=statutes, sectors=sectors, limit=limit)
        spans = real_index.highlight_spans(query, text)
    finally:
        log.removeHandler(errors)
    assert errors.records == [], [r.getMessage() for r in errors.records]
    assert isinstance(res, SearchResults)
    assert len(res.hits) <= max(0, limit) and res.total >= len(res.hits)
    for h in res.hits:
        assert_safe_snippet(h.snippet_html, h.snippet_text)
        if statutes:
            assert set(h.statutes) & set(statutes)
        if sectors:
            assert set(h.sectors) & set(sectors)
    for facet in res.facets.values():
        assert all(n >= 0 for n in facet.values())
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert spans == sorted(spans)


# -- regressions the fuzzer found ------------------------------------------------------------


def test_spelling_work_does_not_grow_with_the_typed_length(monkeypatch):
    """A pasted run of letters longer than any word can't be a typo of one; correcting it
    used to build every two-letter deletion of it (cubic in its length: 250 ms for a
    500-letter word)."""
    words = {"consent": 9, "disclosure": 5, "strangulation": 2}
    corrector = spelling.Corrector(words)
    calls = 0
    real = spelling._deletes

    def counting(word: str) -> set[str]:
        nonlocal calls
        calls += 1
        return real(word)

    monkeypatch.setattr(spelling, "_deletes", counting)

    def work(word: str) -> int:
        nonlocal calls
        calls = 0
        corrector.candidates(word)
        return calls

    longest = max(map(len, words))
    assert corrector.correct("strangulatoin") == "strangulation"  # still corrects
    near = work("x" * (longest + 2))
    assert work("x" * 500) <= near
    assert work("qwertyuiop" * 100) <= near
    assert corrector.candidates("x" * 500) == []


def test_hits_never_reread_the_posting_list_per_hit(library, monkeypatch):
    """A term's scores are cached longer than its positions and offsets; once those were
    evicted every hit shown re-read the term's whole posting list (250 ms for 100 hits).
    Now the term's values are read once and cached again."""
    with open_or_build(library) as idx:
        first = idx.search("consent", limit=50)
        assert len(first.hits) == 50
        idx._postings.values.clear()  # as if evicted by other queries; the scores stay cached
        reads = []
        real = idx._reader.postings

        def postings(*args, **kwargs):
            reads.append(args)
            return real(*args, **kwargs)

        monkeypatch.setattr(idx._reader, "postings", postings)
        again = idx.search("consent", limit=50)
        stems = {s for c in idx._plan("consent").concepts for a in c.alts for s in a.stems}
        assert len(reads) <= len(stems) < len(again.hits)
        assert [(h.section_id, h.snippet_html) for h in again.hits] == \
            [(h.section_id, h.snippet_html) for h in first.hits]
        # and a phrase still matches from the values read again
        idx._postings.values.clear()
        assert idx.search('"serious bodily harm"').hits
