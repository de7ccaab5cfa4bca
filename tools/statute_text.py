"""Find a canonical citation in an Act's consolidated text (the e-Laws text in ``shared/statutes``).

Used by the tests and by writers (``python -m tools.statute_text "PHIPA s. 40(1)"``) to check
that a cited section, subsection, clause and subclause exist, in that order, in the Act's text.
It checks existence, not meaning: a person still reads the provision.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from content.model import provision_re

#: The text file of each Ontario Act in ``shared/statutes``.
ACT_FILES = {"FIPPA": "fippa.txt", "MFIPPA": "mfippa.txt", "PHIPA": "phipa.txt",
             "CYFSA": "cyfsa.txt", "MGWRA": "mgwra.txt"}

_PART_RE = re.compile(r"\(([^)]+)\)")


def section_block(text: str, number: str) -> str | None:
    """The block of ``text`` for section ``number`` (``"42"``, ``"61.1"``), or None."""
    for block in text.split("\n===\n"):
        lines = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("=== ")]
        for ln in lines:
            if re.match(rf"^{re.escape(number)}(?= |\s*\(|$)", ln):
                return "\n".join(lines)
    return None


def locate(cite: str, statutes_dir: Path) -> str | None:
    """None if every part of ``cite`` is found in order; otherwise what is missing."""
    m = provision_re().match(cite)
    if not m:
        return "not a canonical citation"
    act = m.group("act")
    if act not in ACT_FILES:
        return f"no local text for {act}"
    path = statutes_dir / ACT_FILES[act]
    text = path.read_text(encoding="utf-8")
    block = section_block(text, m.group("num"))
    if block is None:
        return f"section {m.group('num')} not found in {path.name}"
    pos = 0
    for part in _PART_RE.findall(m.group("parts")):
        # a subsection is written "(1)" in the text, a clause "(g)", a subclause "(ii)"
        hit = re.search(rf"\({re.escape(part)}\)", block[pos:])
        if hit is None:
            return f"({part}) not found in s. {m.group('num')} after position {pos}"
        pos += hit.end()
    return None


def main(argv: list[str]) -> int:
    statutes = Path(__file__).resolve().parents[2] / "shared" / "statutes"
    code = 0
    for cite in argv:
        missing = locate(cite, statutes)
        print(f"{cite}: {'found' if missing is None else missing}")
        code |= missing is not None
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
