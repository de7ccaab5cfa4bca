"""Query fuzzer: ``python -m tools.fuzz [--count 100000] [--seed S] [--content DIR]``.

Builds the index for the shipped content (or ``--content``) in a temporary folder, the way
the app does, then throws ``--count`` generated queries at it. Each query goes through
:meth:`SearchIndex.search` with random statute/sector filters and limits, and through
:meth:`SearchIndex.highlight_spans` over a section's plain text (what the reader does).
The queries come from a fixed mix of generators (:data:`GENERATORS`): random Unicode
(emoji, control characters, lone surrogates, combining marks, right-to-left text),
operator soup (``AND OR NOT ( ) " * ~ ^ :``), unbalanced quotes and brackets, very long
strings (up to 10,000 characters), index words with typos, field-like ``title:x``
queries, provision numbers and realistic staff questions with misspellings.

``search`` and ``highlight_spans`` never raise by contract: they log the exception on the
``index`` logger and return nothing. So an *exception* here is either one that escaped
(a broken contract) or an ERROR record logged by the ``index`` package during the call
(a swallowed crash); results that break the API's promises (more hits than the limit, a
span outside the text) count too. Every call is timed.

Prints the count, the exceptions (the first few, with where they were raised), the
median/p95/p99/max milliseconds per query (search and highlighting timed separately), the
slowest query per generator and overall, and a last machine-readable line::

    fuzz: queries=<n> exceptions=<e> max_ms=<m> over_100ms=<k>

``max_ms`` is the slowest single call as measured in the run (search or highlighting).
``over_100ms`` counts the queries with a call over ``--max-ms`` (default 100) that are
slow again when replayed at the end with the index's caches emptied: a one-off pause of
the machine (another process, the garbage collector) shows in ``max_ms`` and in the
report, but a query counts as slow only if it is. Exit code 1 if ``exceptions`` or
``over_100ms`` is not zero. The same seed gives the same queries (the slowest query's
number is printed so it can be replayed with ``--only N``).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import random
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from content import load_library, render
from content.model import SECTORS, STATUTES, Library
from index.textproc import TOKEN_RE

DEFAULT_COUNT = 100_000
DEFAULT_SEED = 20261125
MAX_MS = 100.0
MAX_LONG = 10_000
SHOW_EXCEPTIONS = 5
SHOW_QUERY_CHARS = 160

_clock = time.perf_counter  # seconds; replaced by a fake clock in tests

# -- generators ---------------------------------------------------------------------------
# Each takes (rng, vocabulary) and returns one query string.

_OPERATORS = ("AND", "OR", "NOT", "(", ")", '"', "*", "~", "^", ":", "-", "+", "!", "&&",
              "||", "\\", "/", "[", "]", "{", "}", "?", "'", ".", ",", ";", "and", "or",
              "not", "~2", "^3", "**", '""', "()", "-(", "NOT NOT", "OR OR", "AND (")
_FIELDS = ("title", "text", "kind", "data", "statutes", "sectors", "section", "glossary",
           "id", "anchor", "http", "https", "mailto", "s", "PHIPA", "content")
_PROVISIONS = ("s. 40(1)", "40(1)", "s.40(1)", "42(1)(e)", "s 125", "125(1)", "CYFSA s. 125",
               "PHIPA s. 40", "FIPPA 42(1)(e)", "MFIPPA 32(h)", "PIPEDA 7(3)(c)", "s. 29(1)(b)",
               "43(1)(g)", "s.", "(1)(a)", "1.2.3.4", "3.14", "0", "9" * 40, "-1", "1e308")
_STAFF = (
    "can I tell the police", "share info with police without consent",
    "client consent to share address", "shelter location disclosure",
    "doctor wants to call the police", "duty to report child abuse", "CAS duty to report",
    "risk of serious bodily harm", "imminent danger disclose", "can I talk to the school",
    "circle of care", "what do I write down", "record keeping notes", "safety plan",
    "police asked for records", "lawyer asking for the file", "subpoena court order",
    "warrant for records", "can the hospital tell the shelter", "verbal consent",
    "consent of a minor", "disclose without consent compelling circumstances",
    "high risk table", "tell the client after disclosure", "notify the individual",
    "who can I share with", "strangulation risk", "firearms in the home",
    "children present during assault", "probation officer wants information",
    "victim services referral", "information sharing agreement", "privacy commissioner",
    "personal health information", "law enforcement exception", "emergency disclosure",
    "can I call 911", "what if the client says no", "sharing with other agencies",
    "duty to warn", "threat to kill", "protection order", "family court",
    "children's aid society", "social worker confidentiality", "teacher concerns",
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _random_char(rng: random.Random) -> str:
    kind = rng.randrange(14)
    if kind == 0:
        return chr(rng.randrange(0x00, 0x20))  # C0 controls, NUL, tab, newline
    if kind == 1:
        return chr(rng.randrange(0x7F, 0xA0))  # DEL, C1 controls
    if kind == 2:
        return chr(rng.randrange(0xD800, 0xE000))  # lone surrogates
    if kind == 3:
        return chr(rng.choice((rng.randrange(0x1F300, 0x1FAFF), 0x200D, 0xFE0F, 0x1F3FD)))
    if kind == 4:
        return chr(rng.randrange(0x300, 0x370))  # combining marks
    if kind == 5:
        return chr(rng.choice((0x200B, 0x200C, 0x200E, 0x200F, 0x202E, 0x2028, 0x2029,
                               0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10FFFF, 0x00AD, 0x3000)))
    if kind == 6:
        return chr(rng.choice((rng.randrange(0x590, 0x700), rng.randrange(0x4E00, 0x9FFF),
                               rng.randrange(0x0900, 0x0980), rng.randrange(0xAC00, 0xD7A4))))
    if kind == 7:
        # characters whose lower case or NFKD form is longer or different: İ ß ﬁ ℌ ①
        return rng.choice("İßﬁﬂẞΣςǅ①Ⅻ㎏℃ℌ𝐀𝔷ｆｕｌｌ²½٣۴")
    if kind == 8:
        return chr(rng.randrange(0xE000, 0xF900))  # private use
    if kind == 9:
        return chr(rng.randrange(0x80, 0x250))  # Latin-1 and Latin Extended
    if kind == 10:
        return chr(rng.randrange(0x20, 0x7F))
    if kind == 11:
        return rng.choice(_LETTERS)
    if kind == 12:
        return chr(rng.randrange(0x10000, 0x110000))  # anywhere in the astral planes
    return " "


def gen_unicode(rng: random.Random, vocab: Sequence[str]) -> str:
    return "".join(_random_char(rng) for _ in range(rng.randint(0, 60)))


def gen_operators(rng: random.Random, vocab: Sequence[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 20)):
        parts.append(rng.choice(_OPERATORS) if rng.random() < 0.6 else rng.choice(vocab))
    sep = rng.choice(("", " ", " ", "  "))
    return sep.join(parts)


def gen_unbalanced(rng: random.Random, vocab: Sequence[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(1, 8))]
    for _ in range(rng.randint(1, 4)):
        i = rng.randint(0, len(words))
        words.insert(i, rng.choice(('"', '"', "(", ")", "((", "))", '("', '")', "-\"", "'")))
    glue = rng.choice((" ", "", " "))
    return glue.join(words)


def _long_filler(rng: random.Random, vocab: Sequence[str], n: int) -> str:
    kind = rng.randrange(7)
    if kind == 0:  # many real words
        out: list[str] = []
        size = 0
        while size < n:
            w = rng.choice(vocab)
            out.append(w)
            size += len(w) + 1
        return " ".join(out)[:n]
    if kind == 1:  # one giant word
        return "".join(rng.choice(_LETTERS) for _ in range(n))
    if kind == 2:  # the same word again and again
        w = rng.choice(vocab)
        return ((w + " ") * (n // (len(w) + 1) + 1))[:n]
    if kind == 3:  # deep nesting
        w = rng.choice(vocab)[: n // 2]
        half = (n - len(w)) // 2
        return "(" * half + w + ")" * (n - len(w) - half)
    if kind == 4:  # quotes everywhere
        return (('"' + rng.choice(vocab) + " ") * (n // 4 + 1))[:n]
    if kind == 5:
        return "".join(_random_char(rng) for _ in range(n))
    return " ".join(rng.choice(_OPERATORS) for _ in range(n // 3))[:n]


def gen_long(rng: random.Random, vocab: Sequence[str]) -> str:
    n = rng.choice((rng.randint(200, MAX_LONG), rng.randint(1000, MAX_LONG), MAX_LONG))
    return _long_filler(rng, vocab, n)


def typo(rng: random.Random, word: str) -> str:
    """``word`` with one to three keyboard slips (drop, double, swap, replace, insert)."""
    w = word
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if not w:
            break
        i = rng.randrange(len(w))
        op = rng.randrange(6)
        if op == 0:
            w = w[:i] + w[i + 1:]
        elif op == 1:
            w = w[:i] + w[i] + w[i:]
        elif op == 2 and i + 1 < len(w):
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 3:
            w = w[:i] + rng.choice(_LETTERS) + w[i + 1:]
        elif op == 4:
            w = w[:i] + rng.choice(_LETTERS) + w[i:]
        else:
            w = w[:i] + w[i].upper() + w[i + 1:]
    return w


def gen_typos(rng: random.Random, vocab: Sequence[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(1, 4))]
    words = [typo(rng, w) if rng.random() < 0.7 else w for w in words]
    q = " ".join(words)
    if q and rng.random() < 0.3:  # typed half-way
        q = q[: rng.randint(1, len(q))]
    return q


def gen_fields(rng: random.Random, vocab: Sequence[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        f = rng.choice(_FIELDS)
        v = rng.choice(vocab) if rng.random() < 0.7 else rng.choice(STATUTES + SECTORS)
        parts.append(rng.choice((f"{f}:{v}", f"{f}:{v}*", f'{f}:"{v} {rng.choice(vocab)}"',
                                 f"{f}:", f":{v}", f"{f}:({v} OR {rng.choice(vocab)})",
                                 f"{v}^2", f"{v}~", f"{v}~2", f"{f}:[a TO z]")))
    return " ".join(parts)


def gen_provisions(rng: random.Random, vocab: Sequence[str]) -> str:
    q = rng.choice(_PROVISIONS)
    if rng.random() < 0.5:
        q = f"{rng.choice(STATUTES)} {q}" if rng.random() < 0.5 else f"{q} {rng.choice(vocab)}"
    return q


def gen_staff(rng: random.Random, vocab: Sequence[str]) -> str:
    words = rng.choice(_STAFF).split()
    words = [typo(rng, w) if len(w) > 3 and rng.random() < 0.25 else w for w in words]
    q = " ".join(words)
    roll = rng.random()
    if roll < 0.15:
        q = q.upper()
    elif roll < 0.3 and q:
        q = q[: rng.randint(1, len(q))]  # search-as-you-type: every prefix gets searched
    elif roll < 0.4:
        q = q + rng.choice(("?", "??", " ?", "!", ".", " pls", " asap", " 😟"))
    return q


def gen_mixed(rng: random.Random, vocab: Sequence[str]) -> str:
    gens = [g for name, g in GENERATORS if name not in ("mixed", "long")]
    return rng.choice((" ", "", "\n", "\t")).join(
        rng.choice(gens)(rng, vocab) for _ in range(rng.randint(2, 3)))


Generator = Callable[[random.Random, Sequence[str]], str]
GENERATORS: tuple[tuple[str, Generator], ...] = (
    ("unicode", gen_unicode),
    ("operators", gen_operators),
    ("unbalanced", gen_unbalanced),
    ("long", gen_long),
    ("typos", gen_typos),
    ("fields", gen_fields),
    ("provisions", gen_provisions),
    ("staff", gen_staff),
    ("mixed", gen_mixed),
)


@dataclass(frozen=True)
class Case:
    """One generated call: the query, its filters and limit, and the text to highlight."""

    n: int
    kind: str
    query: str
    statutes: tuple[str, ...]
    sectors: tuple[str, ...]
    limit: int
    text_index: int  # into the texts list; -1: a generated text


def _filters(rng: random.Random, values: Sequence[str]) -> tuple[str, ...]:
    if rng.random() < 0.6:
        return ()
    pool = list(values) + ["X", "", values[0].lower(), "✓"]
    return tuple(rng.sample(pool, rng.randint(1, 3)))


def cases(count: int, seed: int, vocab: Sequence[str], n_texts: int) -> Iterator[Case]:
    """The ``count`` calls for ``seed``: deterministic, generator kinds in turn."""
    rng = random.Random(seed)
    for n in range(count):
        kind, gen = GENERATORS[n % len(GENERATORS)]
        query = gen(rng, vocab)
        limit = rng.choice((20, 20, 20, 20, 10, 0, 1, 5, 100, 1000, -3))
        text_index = rng.randrange(n_texts) if n_texts and rng.random() < 0.9 else -1
        yield Case(n, kind, query, _filters(rng, STATUTES), _filters(rng, SECTORS), limit,
                   text_index)


# -- running ------------------------------------------------------------------------------


def vocabulary(library: Library) -> list[str]:
    """The words of the content as written (sorted, distinct), for the word generators."""
    from index.documents import all_docs

    words: set[str] = set()
    for doc in all_docs(library):
        for part in doc.parts:
            words.update(TOKEN_RE.findall(part.text))
    return sorted(words) or ["consent"]


def reader_texts(library: Library) -> list[str]:
    """What the reader shows and highlights: each section's title and body as plain text."""
    return [f"{s.title}\n{render.plain_text(s.body)}" for s in library.sections] + [
        f"{g.term}\n{g.definition}" for g in library.glossary]


class _ErrorLog(logging.Handler):
    """Collects ERROR records of the ``index`` logger (swallowed exceptions)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Failure:
    case: Case
    call: str  # "search" | "highlight"
    what: str  # repr of the exception, or what was wrong with the result
    where: str = ""  # file:line where it was raised


@dataclass
class FuzzReport:
    """What a run found. ``search_ms``/``highlight_ms`` are per call, in case order."""

    count: int = 0
    failures: list[Failure] = field(default_factory=list)
    search_ms: list[float] = field(default_factory=list)
    highlight_ms: list[float] = field(default_factory=list)
    slowest: tuple[float, str, Case | None] = (0.0, "", None)  # ms, call, case
    slowest_by_kind: dict[str, tuple[float, Case]] = field(default_factory=dict)
    over: int = 0  # queries with a call over max_ms, in the run and again when replayed
    over_in_run: int = 0  # queries with a call over max_ms in the run
    confirmed_slow: list[tuple[float, Case]] = field(default_factory=list)  # replay ms, case
    max_ms: float = MAX_MS
    seconds: float = 0.0

    @property
    def exceptions(self) -> int:
        return len(self.failures)

    @property
    def worst_ms(self) -> float:
        return self.slowest[0]


def _where(exc: BaseException | None) -> str:
    if exc is None or exc.__traceback__ is None:
        return ""
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def _check_result(res: Any, case: Case) -> str | None:
    from index.types import SearchResults

    if not isinstance(res, SearchResults):
        return f"search returned {type(res).__name__}"
    if len(res.hits) > max(0, case.limit) or res.total < len(res.hits):
        return f"{len(res.hits)} hits, total {res.total}, limit {case.limit}"
    if case.statutes and any(not set(h.statutes) & set(case.statutes) for h in res.hits):
        return "a hit outside the statute filter"
    if case.sectors and any(not set(h.sectors) & set(case.sectors) for h in res.hits):
        return "a hit outside the sector filter"
    return None


def _check_spans(spans: Any, text: str) -> str | None:
    if not isinstance(spans, list):
        return f"highlight_spans returned {type(spans).__name__}"
    for s, e in spans:
        if not 0 <= s < e <= len(text):
            return f"span {(s, e)} outside a text of {len(text)} characters"
    return None


def _timed(idx: Any, call: str, case: Case, text: str) -> tuple[float, Any, Exception | None]:
    """Make one call; return (milliseconds, result, exception raised or None)."""
    clock = _clock
    t0 = clock()
    try:
        if call == "search":
            result = idx.search(case.query, statutes=case.statutes, sectors=case.sectors,
                                limit=case.limit)
        else:
            result = idx.highlight_spans(case.query, text)
    except Exception as exc:  # noqa: BLE001 - that is what we count
        return (clock() - t0) * 1000.0, None, exc
    return (clock() - t0) * 1000.0, result, None


def run(idx: Any, library: Library, *, count: int, seed: int = DEFAULT_SEED,
        max_ms: float = MAX_MS, only: int | None = None,
        progress: Callable[[int], None] | None = None) -> FuzzReport:
    """Fuzz ``idx`` (a :class:`~index.SearchIndex` for ``library``) with ``count`` queries.

    A query with a call over ``max_ms`` is replayed afterwards with the index's caches
    emptied (its cold cost, the worst case); it counts in ``over`` only if it is slow
    again, so a pause of the machine (another process, the garbage collector) is told
    apart from a slow query. Returns the report; prints nothing. ``only`` replays just
    that query number.
    """
    vocab = vocabulary(library)
    texts = reader_texts(library)
    report = FuzzReport(max_ms=max_ms)
    catcher = _ErrorLog()
    index_log = logging.getLogger("index")
    index_log.addHandler(catcher)
    extra_rng = random.Random(seed ^ 0x5EED)
    slow: list[tuple[Case, str]] = []
    started = time.perf_counter()
    try:
        for case in cases(count, seed, vocab, len(texts)):
            if only is not None and case.n != only:
                continue
            text = texts[case.text_index] if case.text_index >= 0 else \
                _long_filler(extra_rng, vocab, extra_rng.randint(0, 3000))
            for call in ("search", "highlight"):
                logged = len(catcher.records)
                ms, result, exc = _timed(idx, call, case, text)
                (report.search_ms if call == "search" else report.highlight_ms).append(ms)
                problem: Failure | None = None
                if exc is not None:
                    problem = Failure(case, call, repr(exc), _where(exc))
                elif len(catcher.records) > logged:
                    rec = catcher.records[logged]
                    swallowed = rec.exc_info[1] if rec.exc_info else None
                    problem = Failure(case, call, f"logged {rec.getMessage()!r}: "
                                      f"{swallowed!r}", _where(swallowed))
                else:
                    why = (_check_result(result, case) if call == "search"
                           else _check_spans(result, text))
                    if why is not None:
                        problem = Failure(case, call, why)
                if problem is not None:
                    report.failures.append(problem)
                if ms > report.slowest[0]:
                    report.slowest = (ms, call, case)
                best = report.slowest_by_kind.get(case.kind)
                if best is None or ms > best[0]:
                    report.slowest_by_kind[case.kind] = (ms, case)
            if report.search_ms[-1] > max_ms or report.highlight_ms[-1] > max_ms:
                slow.append((case, text))
            report.count += 1
            if progress is not None and report.count % 10_000 == 0:
                progress(report.count)
        report.over_in_run = len(slow)
        for case, text in slow:
            clear = getattr(idx, "clear_caches", None)
            if clear is not None:
                clear()
            replay = max(_timed(idx, call, case, text)[0] for call in ("search", "highlight"))
            if replay > max_ms:
                report.over += 1
                report.confirmed_slow.append((replay, case))
    finally:
        index_log.removeHandler(catcher)
    report.seconds = time.perf_counter() - started
    return report


# -- output -------------------------------------------------------------------------------


def _short(query: str) -> str:
    r = repr(query)
    return r if len(r) <= SHOW_QUERY_CHARS else f"{r[:SHOW_QUERY_CHARS]}... ({len(query)} chars)"


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(p / 100.0 * len(s)))]


def _stats(values: list[float]) -> str:
    if not values:
        return "no calls"
    return (f"median {statistics.median(values):.3f}  p95 {_pct(values, 95):.3f}  "
            f"p99 {_pct(values, 99):.3f}  max {max(values):.3f} ms")


def format_report(report: FuzzReport) -> list[str]:
    """The printed report; the last line is the machine-readable one."""
    lines = [f"{report.count} queries in {report.seconds:.1f} s "
             f"({len(GENERATORS)} generators in turn)"]
    lines.append(f"exceptions: {report.exceptions}")
    for f in report.failures[:SHOW_EXCEPTIONS]:
        lines.append(f"  #{f.case.n} [{f.case.kind}] {f.call}: {f.what}"
                     + (f" at {f.where}" if f.where else ""))
        lines.append(f"      query {_short(f.case.query)}")
    if report.exceptions > SHOW_EXCEPTIONS:
        lines.append(f"  ... and {report.exceptions - SHOW_EXCEPTIONS} more")
    lines.append(f"search:    {_stats(report.search_ms)}")
    lines.append(f"highlight: {_stats(report.highlight_ms)}")
    both = [a + b for a, b in zip(report.search_ms, report.highlight_ms, strict=True)]
    lines.append(f"both:      {_stats(both)}")
    lines.append("slowest per generator:")
    for kind, _ in GENERATORS:
        if kind in report.slowest_by_kind:
            ms, case = report.slowest_by_kind[kind]
            lines.append(f"  {kind:<11} {ms:8.3f} ms  #{case.n} {_short(case.query)}")
    ms, call, case = report.slowest
    if case is not None:
        lines.append(f"slowest: {ms:.3f} ms ({call}) #{case.n} [{case.kind}] "
                     f"statutes={list(case.statutes)} sectors={list(case.sectors)} "
                     f"limit={case.limit}")
        lines.append(f"  query {_short(case.query)}")
    noise = report.over_in_run - report.over
    lines.append(f"over {report.max_ms:g} ms: {report.over} ({report.over_in_run} in the run, "
                 f"{noise} of them fast when replayed cold: the machine paused, not the query)")
    for ms, case in report.confirmed_slow[:SHOW_EXCEPTIONS]:
        lines.append(f"  #{case.n} [{case.kind}] {ms:.3f} ms cold: {_short(case.query)}")
    lines.append(f"fuzz: queries={report.count} exceptions={report.exceptions} "
                 f"max_ms={report.worst_ms:.3f} over_{report.max_ms:g}ms={report.over}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT,
                        help=f"how many queries (default {DEFAULT_COUNT:,})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--content", metavar="DIR", help="another content folder")
    parser.add_argument("--max-ms", type=float, default=MAX_MS,
                        help=f"slowest acceptable call in ms (default {MAX_MS:g})")
    parser.add_argument("--only", type=int, metavar="N", help="replay only query number N")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")

    from index import open_or_build

    library = load_library(args.content)
    import whoosh

    print(f"Python {sys.version.split()[0]}, Whoosh {whoosh.versionstring()}, "
          f"{os.cpu_count()} CPUs; {len(library.sections)} sections, "
          f"{len(library.glossary)} glossary terms; seed {args.seed}", flush=True)
    t = time.perf_counter()
    with open_or_build(library) as idx:
        print(f"index: {idx.doc_count} documents at {idx.location} "
              f"({time.perf_counter() - t:.2f} s)", flush=True)
        gc.collect()
        report = run(idx, library, count=args.count, seed=args.seed, max_ms=args.max_ms,
                     only=args.only,
                     progress=lambda n: print(f"  ... {n:,}", file=sys.stderr, flush=True))
    for line in format_report(report):
        print(line)
    return 1 if report.exceptions or report.over else 0


if __name__ == "__main__":
    raise SystemExit(main())
