"""Search benchmark: ``python -m index.bench [--scale 200] [--repeat 200] [--skip-scaled]``.

Builds the index for the shipped content and for a synthetic corpus ``--scale`` times
larger (generated here, never written to the repository), runs a fixed mix of queries
(one word, two words, phrase, prefix, typo, absent word) ``--repeat`` times each, warm,
and prints build time, index size, and median and p95 latency per query type -- side by
side with SQLite FTS5 (Python's ``sqlite3``, porter tokenizer, ``bm25()`` and
``snippet()``) over the same documents and queries.

Our timings are whole ``SearchIndex.search(q, limit=10)`` calls: parsing, synonyms,
spelling, scoring, total, facets and top-10 snippets. FTS5's are one
``MATCH ... ORDER BY bm25 LIMIT 10`` query with ``snippet()`` -- no typo tolerance,
synonyms, totals or facets, so it does less work per query.

The last line is machine-readable::

    bench: shipped_p95_ms=<x> scaled_p95_ms=<y> fts5_ratio=<z>

with ``x``/``y`` the worst per-type p95 on the shipped/scaled corpus and ``z`` our p95
over FTS5's p95 on the shipped content (same aggregation). Not a test: nothing here
asserts; it prints figures.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from content import load_library
from content.model import Library
from index.documents import BODY, HEADING, IndexDoc, Part, all_docs

#: query type -> (our query, FTS5 query). Each type cycles through its queries.
QUERIES: dict[str, list[tuple[str, str]]] = {
    "one word": [("consent", "consent"), ("police", "police"), ("warrant", "warrant"),
                 ("shelter", "shelter")],
    "two words": [("tell police", "tell police"), ("shelter location", "shelter location"),
                  ("doctor consent", "doctor consent")],
    "phrase": [('"serious bodily harm"', '"serious bodily harm"'),
               ('"circle of care"', '"circle of care"')],
    "prefix": [("consen", "consen*"), ("disclo*", "disclo*"), ("strang", "strang*")],
    "typo": [("consnet", "consnet"), ("polise", "polise"), ("shleter", "shleter")],
    "absent word": [("zanzibar", "zanzibar"), ("qwertyuiop", "qwertyuiop")],
}
LIMIT = 10


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


def build_ours(library: Library, docs: list[IndexDoc] | None, folder: Path) -> float:
    """Build into ``folder`` (fresh); return seconds. ``docs=None``: the library's own."""
    from whoosh.index import create_in

    from index.builder import write_documents
    from index.manifest import write_manifest
    from index.schema import make_schema

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    t = time.perf_counter()
    if docs is None:
        from index.builder import build_index

        build_index(library, folder)
    else:
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


def build_fts5(docs: Iterable[IndexDoc], path: Path) -> tuple[sqlite3.Connection, float]:
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    db = sqlite3.connect(str(path))
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    rows = ((d.title, d.summary, "\n".join(p.text for p in d.parts if p.code in (BODY, HEADING)))
            for d in docs)
    db.executemany("INSERT INTO docs(title, summary, body) VALUES (?, ?, ?)", rows)
    db.commit()
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.commit()
    return db, time.perf_counter() - t


FTS5_SQL = ("SELECT rowid, bm25(docs, 4.0, 2.0, 1.0) AS score, "
            "snippet(docs, 2, '<b class=\"hit\">', '</b>', '\u2026', 32) "
            "FROM docs WHERE docs MATCH ? ORDER BY score LIMIT ?")


# -- timing -------------------------------------------------------------------------------


def _time(fn: Callable[[str], Any], queries: list[str], repeat: int) -> list[float]:
    for q in queries:  # warm: caches, pages, first-use imports
        fn(q)
    out = []
    gc.collect()
    gc.disable()
    try:
        for i in range(repeat):
            q = queries[i % len(queries)]
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000.0)
    finally:
        gc.enable()
    return out


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[18] if len(xs) > 1 else xs[0]


def run_corpus(label: str, library: Library, docs: list[IndexDoc] | None, workdir: Path,
               repeat: int) -> dict[str, Any]:
    """Build both engines for one corpus, time every query type; print and return figures."""
    ours_dir = workdir / f"{label}-whoosh"
    build_s = build_ours(library, docs, ours_dir)
    size = _folder_size(ours_dir)
    t = time.perf_counter()
    idx = open_ours(library, ours_dir)
    open_s = time.perf_counter() - t
    fts_docs = docs if docs is not None else list(all_docs(library))
    db, fts_build_s = build_fts5(fts_docs, workdir / f"{label}-fts5.sqlite")
    fts_size = (workdir / f"{label}-fts5.sqlite").stat().st_size
    n_docs = len(fts_docs)
    del fts_docs

    print(f"\n== {label}: {n_docs} documents ==")
    print(f"build   ours {build_s:7.2f} s  {size / 1e6:8.2f} MB   (open {open_s * 1000:.0f} ms)"
          f"   FTS5 {fts_build_s:7.2f} s  {fts_size / 1e6:8.2f} MB")
    print(f"{'query type':<12} {'ours med':>9} {'ours p95':>9} {'FTS5 med':>9} {'FTS5 p95':>9}"
          f" {'ratio':>6}   {'hits ours/FTS5':>14}")
    rows = {}
    for qtype, pairs in QUERIES.items():
        ours_q = [a for a, _ in pairs]
        fts_q = [b for _, b in pairs]
        ours_t = _time(lambda q: idx.search(q, limit=LIMIT), ours_q, repeat)
        fts_t = _time(lambda q: db.execute(FTS5_SQL, (q, LIMIT)).fetchall(), fts_q, repeat)
        hits_o = sum(len(idx.search(q, limit=LIMIT).hits) for q in ours_q)
        hits_f = sum(len(db.execute(FTS5_SQL, (q, LIMIT)).fetchall()) for q in fts_q)
        r = {"ours_med": statistics.median(ours_t), "ours_p95": _p95(ours_t),
             "fts_med": statistics.median(fts_t), "fts_p95": _p95(fts_t)}
        rows[qtype] = r
        ratio = r["ours_p95"] / r["fts_p95"] if r["fts_p95"] else float("inf")
        print(f"{qtype:<12} {r['ours_med']:9.3f} {r['ours_p95']:9.3f} {r['fts_med']:9.3f}"
              f" {r['fts_p95']:9.3f} {ratio:6.1f}   {hits_o:>6}/{hits_f:<6}")
    # cold: each query once with every cache emptied first (as on the first search)
    cold = []
    for pairs in QUERIES.values():
        for q, _ in pairs:
            idx.clear_caches()
            t = time.perf_counter()
            idx.search(q, limit=LIMIT)
            cold.append((time.perf_counter() - t) * 1000.0)
    idx.close()
    print(f"cold (caches emptied before each query): median {statistics.median(cold):.2f} ms, "
          f"max {max(cold):.2f} ms over {len(cold)} queries")
    ours_p95 = max(r["ours_p95"] for r in rows.values())
    fts_p95 = max(r["fts_p95"] for r in rows.values())
    print(f"worst p95: ours {ours_p95:.3f} ms, FTS5 {fts_p95:.3f} ms (ms per query, "
          f"{repeat} runs per type, top {LIMIT} with snippets)")
    db.close()
    return {"build_s": build_s, "size": size, "ours_p95": ours_p95, "fts_p95": fts_p95,
            "rows": rows, "docs": n_docs, "cold_max": max(cold)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=200, help="size of the synthetic corpus, "
                        "as a multiple of the shipped content (default 200)")
    parser.add_argument("--repeat", type=int, default=200, help="runs per query type")
    parser.add_argument("--skip-scaled", action="store_true", help="shipped content only")
    parser.add_argument("--content", metavar="DIR", help="another content folder")
    args = parser.parse_args(argv)

    library = load_library(args.content)
    import whoosh

    print(f"Python {sys.version.split()[0]}, Whoosh {whoosh.versionstring()}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs; {len(library.sections)} sections, "
          f"{len(library.glossary)} glossary terms, {len(library.synonyms)} synonyms")
    with tempfile.TemporaryDirectory(prefix="ipv-bench-") as tmp:
        work = Path(tmp)
        # shipped build time: best of 3 fresh builds (the first also pays for imports)
        builds = [build_ours(library, None, work / "warmup") for _ in range(3)]
        print(f"shipped build: {' / '.join(f'{b:.3f}' for b in builds)} s "
              f"(best {min(builds):.3f} s)")
        shipped = run_corpus("shipped", library, None, work, args.repeat)
        scaled = None
        if not args.skip_scaled and args.scale > 1:
            t = time.perf_counter()
            docs = list(synthetic_docs(library, args.scale))
            print(f"\n(generated the {args.scale}x corpus in {time.perf_counter() - t:.1f} s)")
            scaled = run_corpus(f"{args.scale}x", library, docs, work, args.repeat)
            del docs
    ratio = shipped["ours_p95"] / shipped["fts_p95"] if shipped["fts_p95"] else float("inf")
    scaled_p95 = f"{scaled['ours_p95']:.3f}" if scaled else "nan"
    print(f"\nbench: shipped_p95_ms={shipped['ours_p95']:.3f} scaled_p95_ms={scaled_p95} "
          f"fts5_ratio={ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
