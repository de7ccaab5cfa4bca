"""``ipv-guide pack`` in French: its messages live in frnames_fr.ts, exactly as lupdate finds
them in desktop_app/cli/pack_cmds.py, each with its French."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.tools.ts_support import lupdate_tool, ts_translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop_app" / "translations" / "frnames_fr.ts"
SOURCES = [ROOT / "desktop_app" / "cli" / "pack_cmds.py"]


def test_frnames_ts_is_exactly_what_lupdate_finds_and_all_translated(tmp_path):
    fresh = tmp_path / "frnames_fr.ts"
    shutil.copy2(TS, fresh)
    subprocess.run([lupdate_tool(), *map(str, SOURCES), "-ts", str(fresh), "-no-obsolete"],
                   check=True, capture_output=True, cwd=ROOT)
    messages = ts_translations(TS)
    assert ts_translations(fresh) == messages, "run pyside6-lupdate on pack_cmds.py (see the .ts)"
    assert {c for c, _s in messages} == {"CliHelp", "PackCommands", "PackDiff"}
    assert all(messages.values()), [k for k, v in messages.items() if not v]
    # each placeholder of the English is in the French
    for (_c, source), french in messages.items():
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", french or "")), \
            source
