"""One rule for every list the loader reads (sections, sources, glossary terms, statutes):
the first item with an id is kept; each later one with the same id is a problem at its own
file and line, saying where the first one is, and is left out."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import TypeVar

from content.files import Reporter
from content.messages import Value, msg

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def first_of_each(found: Iterable[tuple[T, Path, int]], key: Callable[[T], K], rep: Reporter,
                  what: Value, *, line_for: Callable[[Path], int] | None = None
                  ) -> dict[K, tuple[T, Path, int]]:
    """``{id: (item, path, line)}`` for the first item of each id in ``found`` (in order).

    ``found`` yields ``(item, file, line)``; ``what`` names the id in the message
    (``"glossary id"`` gives "duplicate glossary id 'consent' (also on line 4); ignored").
    ``line_for(file)`` finds the line only when a duplicate is reported (sections: the
    ``id:`` line, so no file is read again unless it has a problem); without it, the
    ``line`` given with each item is used.
    """
    kept: dict[K, tuple[T, Path, int]] = {}
    for item, path, line in found:
        k = key(item)
        first = kept.get(k)
        if first is None:
            kept[k] = (item, path, line)
            continue
        _, first_path, first_line = first
        shown = f"'{k}'" if isinstance(k, str) else str(k)
        if first_path == path:
            message = msg("duplicate-id-same-file", what=what, id=shown,
                          first=line_for(path) if line_for else first_line)
        else:
            message = msg("duplicate-id-other-file", what=what, id=shown, file=first_path.name)
        rep.add(path, line_for(path) if line_for else line, message)
    return kept
