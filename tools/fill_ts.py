"""Fill a Qt ``.ts`` file from a ``{source: French}`` table (the frwrap engineer's tool).

    python -m tools.fill_ts desktop_app/translations/frwrap_fr.ts table.py

``table.py`` defines ``FR``. French typography (non-breaking spaces before : ; ? ! and
inside « ») is applied with :mod:`content.typography`. A source with no entry stays
``unfinished`` and is listed; the command then fails. Run ``pyside6-lupdate`` on the file
afterwards: it rewrites it in its own layout, so the "is the .ts current" check is quiet.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from content.typography import fix_text


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source not in table:
            missing.append(source)
            continue
        translation.text = fix_text(table[source])
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts.write_text(text, encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    ts, table_file = Path(argv[0]), argv[1]
    missing = fill(ts, runpy.run_path(table_file)["FR"])
    for source in missing:
        print(f"no translation: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
