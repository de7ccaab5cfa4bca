"""The benchmark runs and ends with its machine-readable line (figures are not asserted)."""

from __future__ import annotations

import re

from index import bench
from tests import index_support as sup
from tests.index_support import MINI_CONTENT

# fixtures
mini_library = sup.mini_library

LAST_LINE = re.compile(r"^bench: shipped_p95_ms=(\d+\.\d+) scaled_p95_ms=(\d+\.\d+|nan) "
                       r"fts5_ratio=(\d+\.\d+|inf)$")


def test_bench_runs_small(capsys):
    assert bench.main(["--content", str(MINI_CONTENT), "--scale", "3", "--repeat", "4"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    m = LAST_LINE.match(out[-1])
    assert m, out[-1]
    assert m.group(2) != "nan"  # the scaled corpus ran
    text = "\n".join(out)
    for qtype in bench.QUERIES:
        assert text.count(qtype) >= 2, qtype  # a row for each corpus
    assert "== 3x:" in text and "FTS5" in text


def test_synthetic_corpus_is_larger_and_deterministic(mini_library):
    from index.documents import all_docs

    base = list(all_docs(mini_library))
    a = list(bench.synthetic_docs(mini_library, 3))
    b = list(bench.synthetic_docs(mini_library, 3))
    assert len(a) == 3 * len(base) and a == b
    assert len({d.id for d in a}) == len(a)
    assert any(x.parts != y.parts for x, y in zip(a, base * 3, strict=True))
