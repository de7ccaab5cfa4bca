"""The benchmark runs and ends with its machine-readable line (figures are not asserted)."""

from __future__ import annotations

import re

from tests.tools.index_support import MINI_CONTENT
from tools import bench

LAST_LINE = re.compile(r"^bench: shipped_p95_ms=(\d+\.\d+) scaled_p95_ms=(\d+\.\d+|nan) "
                       r"fts5_ratio=(\d+\.\d+|nan) whoosh_ratio=(\d+\.\d+|nan)$")


def test_bench_runs_small(capsys):
    assert bench.main(["--content", str(MINI_CONTENT), "--scale", "3", "--queries", "12",
                       "--whoosh-queries", "4"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    m = LAST_LINE.match(out[-1])
    assert m, out[-1]
    assert m.group(2) != "nan"  # the scaled corpus ran
    assert m.group(3) != "nan" and m.group(4) != "nan"  # both other engines answered
    text = "\n".join(out)
    for qtype in bench.TYPES:
        assert text.count(qtype) >= 2, qtype  # a row for each corpus
    assert "== 3x:" in text and "FTS5" in text and "Whoosh" in text


def test_generated_queries_are_never_repeated_and_deterministic(mini_library):
    from index.documents import all_docs

    docs = list(all_docs(mini_library))
    a = bench.make_queries(docs, 30)
    assert a == bench.make_queries(docs, 30)
    assert list(a) == list(bench.TYPES)
    for qtype, qs in a.items():
        assert qs and len(qs) == len(set(qs)), qtype
    # as you type: each prefix extends the one before, or starts a new query
    assert any(b.startswith(x) and len(b) == len(x) + 1
               for x, b in zip(a["prefix"], a["prefix"][1:], strict=False))
    assert all(q.startswith('"') and q.endswith('"') for q in a["phrase"])


def test_fts5_query_translation():
    assert bench.fts5_query("two words", "tell police") == '"tell" OR "police"'
    assert bench.fts5_query("prefix", "tell pol") == '"tell" OR "pol"*'
    assert bench.fts5_query("phrase", '"circle of care"') == '"circle of care"'
    assert bench.fts5_query("one word", "!!") == '""'


def test_synthetic_corpus_is_larger_and_deterministic(mini_library):
    from index.documents import all_docs

    base = list(all_docs(mini_library))
    a = list(bench.synthetic_docs(mini_library, 3))
    b = list(bench.synthetic_docs(mini_library, 3))
    assert len(a) == 3 * len(base) and a == b
    assert len({d.id for d in a}) == len(a)
    assert any(x.parts != y.parts for x, y in zip(a, base * 3, strict=True))
