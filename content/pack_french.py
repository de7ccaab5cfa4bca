"""The French of a content pack, checked as ``--lang fr check-content`` checks the guide's.

A guide pack carries the guide's ``fr/`` folder; an agency pack may carry an ``fr/`` part
mirroring its English part (see :data:`content.pack.AGENCY_FILES`). The pack commands
(:mod:`desktop_app.cli.pack_cmds`) and File > Update content use these: for an agency pack,
French that is wrong (does not load, differs from its English in machine values, links,
roles or phone numbers, or translates an older English text) stops the pack; French that is
only missing, or a missing non-breaking space, is a notice (French mode shows the English,
marked "not yet translated"). Pure Python, no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from content.errors import Problem
from content.messages import msg

#: A French problem that only says a part is not translated yet (French mode shows the
#: English, marked), or that a non-breaking space is missing: reported, never refused.
_NOTICE_KINDS = frozenset(("fr-section-missing", "agency-fr-missing", "fr-typography"))

#: How a problem is said: ``str`` (English); the desktop layer passes its own
#: (``desktop_app.content_problems.problem_line``, the interface's language).
Say = Callable[[Problem], str]


def french_problems(folder: Path) -> list[Problem]:
    """Every French problem of the content folder ``folder`` as ``--lang fr check-content``
    finds it (the French files' own load problems, then the parity report, then the
    agency contacts' parity); empty when it has no ``fr/``."""
    from content import ContentError, load_library
    from content.agency import parity_problems
    from content.errors import display_path
    from content.parity.report import parity_report

    fr_root = folder / "fr"
    if not fr_root.is_dir():
        return []
    try:
        french = load_library(folder, language="fr")
    except (ContentError, OSError, ValueError) as exc:
        return [Problem.of(str(fr_root), 0, msg("fr-cannot-load", detail=str(exc)))]
    out = [*french.problems, *parity_report(french).problems]
    # the report leaves out a missing French agency.yaml (not a reason to withhold French)
    out += [Problem.of(display_path(path), line, message)
            for path, line, message in parity_problems(folder, fr_root)
            if message.kind == "agency-fr-missing"]
    return out


def french_notices(folder: Path, say: Say = str) -> list[str]:
    """The French problems of a whole content folder (a guide pack), as text: reported but
    never refused (until they are fixed, the app offers French only with ``--lang fr``)."""
    return [say(p) for p in french_problems(folder)]


def own_files(layer: Path) -> set[str]:
    return {f.relative_to(layer).as_posix() for f in layer.rglob("*") if f.is_file()}


def named_in_layer(text: str, merged: Path, layer: Path, own: set[str]) -> str:
    """``text`` with each of the layer's files named where its author edits it (``layer``),
    not in the temporary merged copy."""
    for rel in sorted(own, key=len, reverse=True):
        text = text.replace(os.path.relpath(merged / rel), os.path.relpath(layer / rel))
    return text


def layer_problems(merged: Path, layer: Path, say: Say = str) -> tuple[list[str], list[str]]:
    """(errors, notices): the French problems of ``merged`` that concern ``layer``'s own
    files (an agency pack's English files and their ``fr/`` versions), each named by its
    place in ``layer``."""
    own = own_files(layer)
    english = {r for r in own if not r.startswith("fr/")}
    ours = english | {f"fr/{r}" for r in english}
    base = merged.resolve()
    errors: list[str] = []
    notices: list[str] = []
    for p in french_problems(merged):
        try:
            rel = Path(p.path).resolve().relative_to(base).as_posix()
        except ValueError:
            continue
        if rel not in ours:
            continue
        text = named_in_layer(say(replace(p, path=os.path.relpath(merged / rel))), merged,
                              layer, ours)
        (notices if p.kind in _NOTICE_KINDS else errors).append(text)
    return errors, notices


__all__ = ["french_notices", "french_problems", "layer_problems", "named_in_layer",
           "own_files"]
