"""French typography for the French content: non-breaking spaces where French puts them.

French writes a non-breaking space (U+00A0) inside « guillemets » and before : ; ? !, so
that a line never starts with a lone colon or closing guillemet. Translators type ordinary
spaces (or none) and run::

    python -m tools.fr_typography --fix content/data/fr          # rewrite files in place
    python -m tools.fr_typography --check content/data/fr        # list what is missing

Only prose is touched: a colon needs a space before it to count as French punctuation
(``section:id`` links, ``https://`` and YAML keys have none), and web addresses are left
alone. A YAML file is parsed again after fixing and left unchanged if it no longer parses.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

NBSP = "\u00a0"
_URL = re.compile(r"https?://\S+|www\.\S+")
# An ordinary space (or none, after a word, a closing bracket, a guillemet or Markdown
# emphasis) before ; ? ! ; for ":" only an ordinary space counts (see the module note).
_BEFORE_SPACED = re.compile(r"[ \t]+([:;?!»])")
_BEFORE_TIGHT = re.compile(r"(?<=[\w)»*_])([;?!»])")
_AFTER_OPEN = re.compile(r"«[ \t]*(?=\S)")


def _fix_prose(text: str) -> str:
    text = _BEFORE_SPACED.sub(lambda m: NBSP + m.group(1), text)
    text = _BEFORE_TIGHT.sub(lambda m: NBSP + m.group(1), text)
    return _AFTER_OPEN.sub("«" + NBSP, text)


def fix_line(line: str) -> str:
    """The line with French non-breaking spaces added, web addresses untouched."""
    out, last = [], 0
    for m in _URL.finditer(line):
        out.append(_fix_prose(line[last:m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(_fix_prose(line[last:]))
    return "".join(out)


def fix_text(text: str) -> str:
    return "\n".join(fix_line(line) for line in text.split("\n"))


def problems(text: str) -> list[tuple[int, str]]:
    """(1-based line, what is missing) for every line ``fix_text`` would change."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        fixed = fix_line(line)
        if fixed != line:
            found.append((number, "missing non-breaking space (« », or before : ; ? !)"))
    return found


def _files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(q for q in p.rglob("*") if q.suffix in (".md", ".yaml", ".yml"))
        else:
            files.append(p)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--fix", action="store_true", help="rewrite the files in place")
    group.add_argument("--check", action="store_true", help="list lines that need fixing")
    args = parser.parse_args(argv)
    status = 0
    for path in _files(args.paths):
        text = path.read_text(encoding="utf-8")
        if args.check:
            for line, message in problems(text):
                print(f"{path}:{line}: {message}")
                status = 1
            continue
        fixed = fix_text(text)
        if fixed == text:
            continue
        if path.suffix in (".yaml", ".yml"):
            try:
                yaml.safe_load(fixed)
            except yaml.YAMLError as exc:
                print(f"{path}: not changed, it would no longer parse: {exc}", file=sys.stderr)
                status = 1
                continue
        path.write_text(fixed, encoding="utf-8")
        print(f"fixed {path}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
