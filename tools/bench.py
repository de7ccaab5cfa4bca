"""Search benchmark: ``python -m tools.bench [--scale 20] [--queries 150] [--skip-scaled]``.

Measures what a user feels: **never-seen queries** (each query string is used once, so no
query-level cache helps; term caches warm up as they would in a session), the GUI's result
count (:data:`LIMIT` = 50) with snippets, the garbage collector on. Per query type, three
engines on the same documents, in one run:

* **ours**: ``SearchIndex.search(q, limit=50)`` -- parsing, synonyms, spelling,
  coordination scoring, total, facets and 50 snippets (postings read through Whoosh's public
  reader and matcher methods);
* **FTS5**: SQLite FTS5 (Python's ``sqlite3``, porter tokenizer) with ``bm25()`` weighted
  title 4, summary 2, body 1, and ``snippet()``, the words OR-ed (every word optional, as
  ours), phrases quoted, the last word of an as-you-type prefix as ``word*``; no synonyms,
  typos, totals or facets;
* **stock Whoosh**: Whoosh used the ordinary way -- a title/summary/body schema with
  ``StemmingAnalyzer`` and field boosts 4/2/1, its ``MultifieldParser`` with an ``OrGroup``
  (every word optional), ``BM25F``, ``groupedby`` facets for statutes and sectors, and
  ``hit.highlights()`` for the 50 hits; no synonyms, typos or as-you-type prefixes. Its
  "core" column is the same without highlights (other never-seen queries of the type):
  what Whoosh's public ``Searcher`` would cost if it did our matching, scoring and facets.

Query types, generated from the corpus with a fixed seed (see :func:`make_queries`): one
word, two words, a staff-style question, a quoted phrase, as-you-type prefixes (every
prefix of a two-word query as it is typed), a typo, and an absent word.

Corpora: the shipped content, and a synthetic corpus ``--scale`` times larger (generated
here, never written to the repository).

The last line is machine-readable::

    bench: shipped_p95_ms=<a> scaled_p95_ms=<b> fts5_ratio=<c> whoosh_ratio=<d>

``a``/``b``: our worst per-type p95 (wall clock) on the shipped / scaled corpus; ``c``/``d``:
the worst per-type ratio of our p95 to FTS5's / stock Whoosh's on the shipped content, over
the types both engines answer (find something for at least half of the queries). Ours also
has a CPU-time p95 column: on a shared machine under load, the wall clock includes time
spent waiting for a CPU. Not a test: nothing here asserts; it prints figures.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from content import load_library
from content.model import Library
from index.documents import BODY, HEADING, SUMMARY, IndexDoc, Part, all_docs

LIMIT = 50  # what the GUI asks for
TYPES = ("one word", "two words", "question", "phrase", "prefix", "typo", "absent word")
SEED = 20261206

# -- corpora ------------------------------------------------------------------------------


def synthetic_docs(library: Library, scale: int, seed: int = 20261125) -> Iterator[IndexDoc]:
    """``scale`` perturbed copies of every document: same shape, varied words.

    Each copy replaces about 15% of the words with words drawn from the whole corpus (so
    term frequencies stay realistic) and 1% with invented words from a fixed pool (so the
    vocabulary grows, as a larger guide's would).
    """
    base = list(all_docs(library))
    rng = random.Random(seed)
    pool_words = re.findall(r"[a-z]{3,}", " ".join(p.text.lower() for d in base
                                                     for p in d.parts))
    letters = "abcdefghijklmnopqrstuvwxyz"
    invented = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))
                for _ in range(20_000)]
    word_re = re.compile(r"[A-Za-z]{3,}")

    def perturb(text: str, rate: float) -> str:
        def sub(m: re.Match[str]) -> str:
            r = rng.random()
            if r < 0.01:
                return rng.choice(invented)
            if r < rate:
                return rng.choice(pool_words)
            return m.group()

        return word_re.sub(sub, text)

    for i in range(scale):
        for d in base:
            parts = tuple(
                Part(p.code, perturb(p.text, 0.15 if p.code in (BODY, HEADING) else 0.05),
                     p.anchor, p.kind)
                for p in d.parts)
            yield replace(d, id=f"{d.id}~{i}", section_id=f"{d.section_id}~{i}" if
                          d.section_id else "", title=parts[0].text, parts=parts)


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _body(d: IndexDoc) -> str:
    return "\n".join(p.text for p in d.parts if p.code in (BODY, HEADING))


def _summary(d: IndexDoc) -> str:
    return " ".join(p.text for p in d.parts if p.code == SUMMARY) or d.summary


# -- queries ------------------------------------------------------------------------------

_QUESTIONS = (
    "can I tell the {a} about the {b}", "do I have to {a} if she {b}",
    "what should I do when the {a} asks for {b}", "is the {a} allowed to share {b}",
    "{a} wants her {b}", "who can I talk to about {a} and {b}",
)


def make_queries(docs: list[IndexDoc], n: int, seed: int = SEED) -> dict[str, list[str]]:
    """``n`` distinct queries per type (the prefix type: every prefix typed, ``n`` in all).

    Words come from the documents' own text, weighted by how often they occur (as people
    type common words more often), so queries find things; typos are one edit away from a
    real word; absent words are random letters.
    """
    rng = random.Random(seed)
    text = " ".join(p.text.lower() for d in docs for p in d.parts)
    words = [w for w in re.findall(r"[a-z]{4,}", text)]
    sentences = [re.findall(r"[a-z]{3,}", p.text.lower()) for d in docs for p in d.parts
                 if p.code in (BODY, HEADING, SUMMARY)]
    sentences = [s for s in sentences if len(s) >= 3]
    letters = "abcdefghijklmnopqrstuvwxyz"

    def typo(w: str) -> str:
        i = rng.randrange(1, len(w) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            return w[:i] + w[i + 1:]
        if kind == 1:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return w[:i] + rng.choice(letters) + w[i + 1:]

    gens: dict[str, Callable[[], str]] = {
        "one word": lambda: rng.choice(words),
        "two words": lambda: f"{rng.choice(words)} {rng.choice(words)}",
        "question": lambda: rng.choice(_QUESTIONS).format(a=rng.choice(words),
                                                         b=rng.choice(words)),
        "phrase": lambda: (lambda s, k: '"' + " ".join(s[k:k + rng.randint(2, 3)]) + '"')(
            *(lambda s: (s, rng.randrange(len(s) - 2)))(rng.choice(sentences))),
        "typo": lambda: typo(rng.choice([w for w in (rng.choice(words) for _ in range(9))
                                         if len(w) >= 6] or ["consent"])),
        "absent word": lambda: "".join(rng.choice(letters) for _ in range(rng.randint(7, 11))),
    }
    out: dict[str, list[str]] = {}
    for qtype, gen in gens.items():
        seen: set[str] = set()
        tries = 0
        while len(seen) < n and tries < n * 50:
            seen.add(gen())
            tries += 1
        out[qtype] = sorted(seen, key=lambda _: rng.random())
    prefixes: list[str] = []
    seen_p: set[str] = set()
    while len(prefixes) < n:
        typed = f"{rng.choice(words)} {rng.choice(words)}"
        for k in range(3, len(typed) + 1):
            q = typed[:k]
            if not q.endswith(" ") and q not in seen_p:
                seen_p.add(q)
                prefixes.append(q)
    out["prefix"] = prefixes[:n]
    return {t: out[t] for t in TYPES}


def fts5_query(qtype: str, q: str) -> str:
    """The FTS5 MATCH string for one of our queries (see the module docstring)."""
    if qtype == "phrase":
        return q
    ws = re.findall(r"\w+", q.lower())
    if not ws:
        return '""'
    if qtype == "prefix":
        return " OR ".join([*(f'"{w}"' for w in ws[:-1]), f'"{ws[-1]}"*'])
    return " OR ".join(f'"{w}"' for w in ws)


# -- the three engines --------------------------------------------------------------------


def build_ours(library: Library, docs: list[IndexDoc] | None, folder: Path) -> float:
    """Build into ``folder`` (fresh), as packaging does; return seconds."""
    from whoosh.index import create_in

    from index.builder import write_documents
    from index.manifest import write_manifest
    from index.schema import make_schema

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    t = time.perf_counter()
    ix = create_in(str(folder), make_schema())
    n = write_documents(ix, library, docs=docs)
    ix.close()
    write_manifest(folder, library.content_hash, n)
    return time.perf_counter() - t


def open_ours(library: Library, folder: Path) -> Any:
    from whoosh.index import open_dir

    from index.searcher import SearchIndex

    return SearchIndex(open_dir(str(folder), readonly=True), location=str(folder),
                       readonly=True, synonyms=library.synonyms)


def build_fts5(docs: list[IndexDoc], path: Path) -> tuple[sqlite3.Connection, float]:
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    db = sqlite3.connect(str(path))
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO docs(title, summary, body) VALUES (?, ?, ?)",
                   ((d.title, _summary(d), _body(d)) for d in docs))
    db.commit()
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.commit()
    return db, time.perf_counter() - t


FTS5_SQL = ("SELECT rowid, bm25(docs, 4.0, 2.0, 1.0) AS score, "
            "snippet(docs, 2, '<b class=\"hit\">', '</b>', '\u2026', 32) "
            "FROM docs WHERE docs MATCH ? ORDER BY score LIMIT ?")


def build_stock_whoosh(docs: list[IndexDoc]) -> tuple[Any, float]:
    """Whoosh the ordinary way (module docstring), in RAM."""
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, KEYWORD, TEXT, Schema

    from index.builder import ram_storage

    ana = StemmingAnalyzer()
    schema = Schema(id=ID(stored=True), title=TEXT(analyzer=ana, stored=True, field_boost=4.0),
                    summary=TEXT(analyzer=ana, stored=True, field_boost=2.0),
                    body=TEXT(analyzer=ana, stored=True),
                    statutes=KEYWORD(stored=True, commas=True),
                    sectors=KEYWORD(stored=True, commas=True))
    t = time.perf_counter()
    ix = ram_storage().create_index(schema)
    with ix.writer() as w:
        for d in docs:
            w.add_document(id=d.id, title=d.title, summary=_summary(d), body=_body(d),
                           statutes=",".join(d.statutes), sectors=",".join(d.sectors))
    return ix, time.perf_counter() - t


def stock_whoosh_search(ix: Any, searcher: Any, highlights: bool = True
                        ) -> Callable[[str], int]:
    from whoosh import qparser, sorting

    parser = qparser.MultifieldParser(["title", "summary", "body"], ix.schema,
                                      group=qparser.OrGroup.factory(0.9))
    facets = [sorting.FieldFacet("statutes", allow_overlap=True),
              sorting.FieldFacet("sectors", allow_overlap=True)]

    def run(q: str) -> int:
        results = searcher.search(parser.parse(q), limit=LIMIT, groupedby=facets)
        if highlights:
            for hit in results:
                hit.highlights("body", top=2)
        return len(results)

    return run


# -- timing -------------------------------------------------------------------------------


def _time(fn: Callable[[str], Any], queries: list[str], cpu: list[float] | None = None
          ) -> tuple[list[float], int]:
    """Run each query once (garbage collector on); wall-clock ms per query, and how many
    found hits. ``cpu``, if given, receives the process CPU ms per query (on a shared,
    loaded machine the wall clock also counts the time other processes had the CPU)."""
    out = []
    found = 0
    for q in queries:
        c = time.process_time()
        t = time.perf_counter()
        n = fn(q)
        out.append((time.perf_counter() - t) * 1000.0)
        if cpu is not None:
            cpu.append((time.process_time() - c) * 1000.0)
        found += bool(n)
    return out, found


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[18] if len(xs) > 1 else xs[0]


def run_corpus(label: str, library: Library, docs: list[IndexDoc] | None, workdir: Path,
               n: int, whoosh_n: int) -> dict[str, Any]:
    """Build the three engines for one corpus, time every query type; print and return."""
    all_d = docs if docs is not None else list(all_docs(library))
    ours_dir = workdir / f"{label}-ours"
    build_s = build_ours(library, docs, ours_dir)
    size = _folder_size(ours_dir)
    t = time.perf_counter()
    idx = open_ours(library, ours_dir)
    open_s = time.perf_counter() - t
    db, fts_build_s = build_fts5(all_d, workdir / f"{label}-fts5.sqlite")
    fts_size = (workdir / f"{label}-fts5.sqlite").stat().st_size
    wix, w_build_s = build_stock_whoosh(all_d)
    wsearcher = wix.searcher()
    wsearch = stock_whoosh_search(wix, wsearcher)
    wcore = stock_whoosh_search(wix, wsearcher, highlights=False)
    queries = make_queries(all_d, n)

    print(f"\n== {label}: {len(all_d)} documents ==")
    print(f"build   ours {build_s:6.2f} s {size / 1e6:7.2f} MB (open {open_s * 1000:.0f} ms)"
          f"   FTS5 {fts_build_s:6.2f} s {fts_size / 1e6:7.2f} MB"
          f"   stock Whoosh {w_build_s:6.2f} s (RAM)")
    print(f"ms per never-seen query, top {LIMIT} with snippets, GC on; "
          f"{n} queries per type ({min(n, whoosh_n)} for stock Whoosh); found = queries with hits")
    print(f"{'query type':<12} {'ours med':>8} {'p95':>7} {'cpu p95':>7} {'found':>5} | "
          f"{'FTS5 med':>8} "
          f"{'p95':>7} {'found':>5} | {'Whoosh med':>10} {'p95':>7} {'found':>5} | "
          f"{'/FTS5':>6} {'/Whoosh':>7} | {'Whoosh core med':>15} {'p95':>7}")
    rows: dict[str, dict[str, float]] = {}
    for qtype in TYPES:
        qs = queries[qtype]
        ours_cpu: list[float] = []
        ours_t, ours_f = _time(lambda q: len(idx.search(q, limit=LIMIT).hits), qs, ours_cpu)

        def fts(q: str, qtype: str = qtype) -> int:
            try:
                return len(db.execute(FTS5_SQL, (fts5_query(qtype, q), LIMIT)).fetchall())
            except sqlite3.OperationalError:  # a query FTS5 can't parse finds nothing
                return 0

        fts_t, fts_f = _time(fts, qs)
        w_t, w_f = _time(wsearch, qs[:whoosh_n])
        wc_t, _ = _time(wcore, qs[whoosh_n:2 * whoosh_n] or qs[:whoosh_n])
        r = {"ours_med": statistics.median(ours_t), "ours_p95": _p95(ours_t), "ours_f": ours_f,
             "cpu_med": statistics.median(ours_cpu), "cpu_p95": _p95(ours_cpu),
             "fts_med": statistics.median(fts_t), "fts_p95": _p95(fts_t), "fts_f": fts_f,
             "w_med": statistics.median(w_t), "w_p95": _p95(w_t), "w_f": w_f,
             "wc_med": statistics.median(wc_t), "wc_p95": _p95(wc_t)}
        # a type counts for a ratio only if both engines find something for most queries
        both = 2 * ours_f >= len(qs)
        r["fts_ratio"] = (r["ours_p95"] / r["fts_p95"] if both and 2 * fts_f >= len(qs)
                          else float("nan"))
        r["w_ratio"] = (r["ours_p95"] / r["w_p95"] if both and 2 * w_f >= len(w_t)
                        else float("nan"))
        rows[qtype] = r
        print(f"{qtype:<12} {r['ours_med']:8.3f} {r['ours_p95']:7.3f} {r['cpu_p95']:7.3f} "
              f"{ours_f:5d} | "
              f"{r['fts_med']:8.3f} {r['fts_p95']:7.3f} {fts_f:5d} | "
              f"{r['w_med']:10.3f} {r['w_p95']:7.3f} {w_f:5d} | "
              f"{r['fts_ratio']:6.2f} {r['w_ratio']:7.2f} | {r['wc_med']:15.3f} "
              f"{r['wc_p95']:7.3f}")
    wsearcher.close()
    db.close()
    # cold: the first query after opening (every cache empty), for a few queries
    cold = []
    for qtype in TYPES:
        for q in queries[qtype][:5]:
            idx.clear_caches()
            t = time.perf_counter()
            idx.search(q, limit=LIMIT)
            cold.append((time.perf_counter() - t) * 1000.0)
    idx.close()
    print(f"cold (every cache emptied before the query): median "
          f"{statistics.median(cold):.2f} ms, max {max(cold):.2f} ms over {len(cold)} queries")
    worst = max(rows, key=lambda k: rows[k]["ours_p95"])
    print(f"worst p95, ours: {rows[worst]['ours_p95']:.3f} ms ({worst})")
    return {"rows": rows, "ours_p95": rows[worst]["ours_p95"], "docs": len(all_d),
            "build_s": build_s, "size": size}


def _worst_ratio(rows: dict[str, dict[str, float]], key: str) -> float:
    ratios = [r[key] for r in rows.values() if r[key] == r[key]]  # not NaN
    return max(ratios) if ratios else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=20, help="size of the synthetic corpus, "
                        "as a multiple of the shipped content (default 20)")
    parser.add_argument("--queries", type=int, default=150,
                        help="never-seen queries per type (default 150)")
    parser.add_argument("--whoosh-queries", type=int, default=60,
                        help="of those, how many stock Whoosh runs on the shipped content "
                        "(it is slow; default 60)")
    parser.add_argument("--whoosh-queries-scaled", type=int, default=15,
                        help="... and on the scaled corpus (seconds each there; default 15)")
    parser.add_argument("--skip-scaled", action="store_true", help="shipped content only")
    parser.add_argument("--content", metavar="DIR", help="another content folder")
    args = parser.parse_args(argv)

    library = load_library(args.content)
    import whoosh

    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"Python {sys.version.split()[0]}, Whoosh {whoosh.versionstring()}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs (load average {load}); "
          f"{len(library.sections)} sections, {len(library.glossary)} glossary terms, "
          f"{len(library.synonyms)} synonyms")
    with tempfile.TemporaryDirectory(prefix="ipv-bench-") as tmp:
        work = Path(tmp)
        builds = [build_ours(library, None, work / "warmup") for _ in range(3)]
        print(f"shipped build: {' / '.join(f'{b:.3f}' for b in builds)} s "
              f"(best {min(builds):.3f} s)")
        shipped = run_corpus("shipped", library, None, work, args.queries, args.whoosh_queries)
        scaled = None
        if not args.skip_scaled and args.scale > 1:
            t = time.perf_counter()
            docs = list(synthetic_docs(library, args.scale))
            print(f"\n(generated the {args.scale}x corpus in {time.perf_counter() - t:.1f} s)")
            scaled = run_corpus(f"{args.scale}x", library, docs, work, args.queries,
                                args.whoosh_queries_scaled)
            del docs
    scaled_p95 = f"{scaled['ours_p95']:.3f}" if scaled else "nan"
    print(f"\nbench: shipped_p95_ms={shipped['ours_p95']:.3f} scaled_p95_ms={scaled_p95} "
          f"fts5_ratio={_worst_ratio(shipped['rows'], 'fts_ratio'):.2f} "
          f"whoosh_ratio={_worst_ratio(shipped['rows'], 'w_ratio'):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
