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
import sys
from pathlib import Path

import yaml

from content.typography import NBSP, fix_line, fix_text, problems

__all__ = ["NBSP", "fix_line", "fix_text", "main", "problems"]


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
