"""French typography: where French puts a non-breaking space (U+00A0).

French writes one inside « guillemets » and before : ; ? !, so that a line never starts with a
lone colon or closing guillemet. Only prose counts: a colon needs a space before it to be French
punctuation (``section:id`` links, ``https://`` and YAML keys have none), and web addresses are
left alone. The French parity check (:mod:`content.parity`) reports what :func:`problems` finds;
``python -m tools.fr_typography --fix`` rewrites files with :func:`fix_text`.
"""

from __future__ import annotations

import re

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
