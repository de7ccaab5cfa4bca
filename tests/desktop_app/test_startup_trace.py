"""The start-up trace (``desktop_app/startup_trace.py``) and the bench that reads it
(``tools/startup_bench.py``): the marks the app writes are the parts the bench prints."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools import startup_bench  # noqa: E402


def test_marks_are_written_only_when_the_probe_names_a_file(tmp_path, monkeypatch, capsys):
    from desktop_app import startup_trace

    monkeypatch.setattr(startup_trace, "MARKS", [("interpreter started", 1.0, 0.5)])
    startup_trace.mark("content loaded")
    monkeypatch.delenv(startup_trace.PROBE_ENV, raising=False)
    startup_trace.write_marks()
    assert capsys.readouterr().out == ""
    target = tmp_path / "probe.txt"
    monkeypatch.setenv(startup_trace.PROBE_ENV, str(target))
    startup_trace.write_marks()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "startup-probe: mark interpreter started at 1.000000 cpu 0.500000"
    assert lines[1].startswith("startup-probe: mark content loaded at ")


def test_the_bench_splits_a_start_into_the_marked_parts(tmp_path):
    """A stand-in for the app: two marks before its window is shown, one after."""
    now = time.time()
    script = (
        "import os\n"
        "with open(os.environ['IPV_GUIDE_STARTUP_PROBE'], 'a') as fh:\n"
        f"    fh.write('startup-probe: shown at {now + 0.30:.6f}\\n')\n"
        f"    fh.write('startup-probe: mark imported at {now + 0.10:.6f} cpu 0.050000\\n')\n"
        f"    fh.write('startup-probe: mark content loaded at {now + 0.25:.6f} cpu 0.090000\\n')\n"
        f"    fh.write('startup-probe: mark after the first paint: x at {now + 0.40:.6f} cpu "
        "0.120000\\n')\n"
    )
    total, parts = startup_bench.start_once([sys.executable, "-c", script], dict(os.environ),
                                            tmp_path / "probe.txt")
    assert list(parts) == ["imported", "content loaded", "first paint",
                           "after the first paint: x"]
    assert parts["imported"][1] is None  # no processor time before the first mark
    assert parts["content loaded"][0] == pytest.approx(0.15, abs=1e-3)
    assert parts["content loaded"][1] == pytest.approx(0.04, abs=1e-6)
    assert parts["first paint"][0] == pytest.approx(0.05, abs=1e-3)
    assert parts["after the first paint: x"][1] == pytest.approx(0.03, abs=1e-6)
    assert 0 < total < 0.30  # from just before the process started to "shown"
