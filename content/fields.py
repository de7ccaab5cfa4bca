"""One field validator for every content file (sections, lists, statutes, decision flows).

:class:`Problems` reports problems for one file as ``path:line: message``, each (line,
message) once, and tells a fatal problem (the item is left out) from a warning.
:class:`Fields` gives typed access to one YAML mapping inside that file (``at`` is its key
path, for line numbers), with one set of rules for authors whatever the file:

- text is stripped; ``collapse=True`` also turns runs of whitespace into one space (folded
  one-paragraph fields); ``cites=True`` warns about inline provisions that are not written
  the canonical way;
- a list must be a YAML list of text items: a bare string is an error (``[a]``, not ``a``),
  and so is an empty item;
- provisions must be canonical (``PHIPA s. 40(1)``).

``content.loader`` (sections, glossary, sources, statutes) and ``content.decision.parsing``
(decision flows) both use it, so the two formats cannot drift apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from content.messages import Msg, Value, msg
from content.model import STATUSES, is_canonical_provision
from content.yamlio import Lines, Path_, line_of

#: Runs of ordinary whitespace, folded to one space by ``collapse=True``. Not ``str.split()``:
#: that would also fold the non-breaking spaces French typography puts before ":" and "?".
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()

Report = Callable[[Any, int, Msg], None]


@functools.cache
def inline_provision_re() -> re.Pattern[str]:
    """An inline citation in running text ("... under PHIPA s. 40(1) ..."); compiled when
    first needed (the app's start checks no text)."""
    return re.compile(
        r"\b(?:FIPPA|MFIPPA|PHIPA|CYFSA|PIPEDA) s\. \d[\w.()]*(?: para \d+(?:\.[ivx]+)?)?")


class Problems:
    """Problem reporting for one file, with line lookup, de-duplication and a fatal flag."""

    def __init__(self, path: Path | str, lines: Lines, report: Report):
        self.path, self.lines, self._report = path, lines, report
        self.fatal = False
        self._seen: set[tuple[int, Msg]] = set()

    def line(self, *keys: Any) -> int:
        return line_of(self.lines, *keys)

    def err(self, keys: Path_, message: Msg, *, fatal: bool = True) -> None:
        line = self.line(*keys)
        self.fatal = self.fatal or fatal
        if (line, message) in self._seen:
            return
        self._seen.add((line, message))
        self._report(self.path, line, message)

    def warn(self, keys: Path_, message: Msg) -> None:
        self.err(keys, message, fatal=False)


class Fields:
    """Typed access to one mapping at key path ``at`` of a file. ``ok`` turns False on the
    first fatal problem found through it."""

    def __init__(self, data: Any, problems: Problems, at: Path_ = ()):
        self.data = data if isinstance(data, dict) else {}
        self.problems = problems
        self.at = tuple(at)
        self.ok = True

    # -- reporting -----------------------------------------------------------------
    def line(self, key: Any = None) -> int:
        return self.problems.line(*self.at, *(() if key is None else (key,)))

    def err(self, key: Any, message: Msg, *, fatal: bool = True) -> None:
        if fatal:
            self.ok = False
        self.problems.err((*self.at, *(() if key is None else (key,))), message, fatal=fatal)

    def warn(self, key: Any, message: Msg) -> None:
        self.err(key, message, fatal=False)

    # -- shape ---------------------------------------------------------------------
    def check_keys(self, allowed: set[str], required: set[str], what: Value) -> None:
        """``what`` names the mapping (a :class:`Msg` such as ``part-question``)."""
        for key in self.data:
            if key not in allowed:
                self.err(str(key), msg("unknown-key", key=key, what=what,
                                       allowed=", ".join(sorted(allowed))))
        for key in sorted(required - set(self.data)):
            self.err(None, msg("missing-key", what=what, key=key))

    # -- values ----------------------------------------------------------------------
    def text(self, key: str, default: str = "", *, required: bool = False,
             collapse: bool = False, one_line: bool = False, limit: int = 0,
             cites: bool = False) -> str:
        value = self.data.get(key, default)
        if value is None:
            value = default
        if not isinstance(value, str):
            self.err(key, msg("not-text", key=key, type=type(value).__name__))
            return default
        if one_line and "\n" in value.strip():
            self.err(key, msg("not-one-line", key=key))
        out: str = _collapse(value) if collapse else value.strip()
        if required and not out:
            self.err(key, msg("empty-value", key=key))
        if limit and len(out) > limit:
            self.warn(key, msg("too-long", key=key, n=len(out), limit=limit))
        if cites:
            for m in inline_provision_re().finditer(out):
                cite = m.group(0).rstrip(".,;:")
                while cite.endswith(")") and cite.count("(") < cite.count(")"):
                    cite = cite[:-1]  # the ")" that closes "(PHIPA s. 40(1))"
                cite = cite.rstrip(".,;:")
                if not is_canonical_provision(cite):
                    self.warn(key, msg("inline-provision-not-canonical", cite=cite))
        return out

    def integer(self, key: str, default: int = 0) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(key, msg("not-whole-number", key=key))
            return default
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.err(key, msg("not-boolean", key=key))
            return default
        return value

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, date):
            self.err(key, msg("not-date", key=key))
            return None
        return value

    def str_list(self, key: str, *, allowed: Iterable[str] | None = None,
                 collapse: bool = False) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.err(key, msg("not-text-list", key=key))
            return ()
        items = tuple(_collapse(v) if collapse else v.strip() for v in value)
        if any(not v for v in items):
            self.err(key, msg("empty-item", key=key))
            items = tuple(v for v in items if v)
        if allowed is not None:
            allowed = tuple(allowed)
            for v in items:
                if v not in allowed:
                    self.err(key, msg("value-not-allowed", value=v, key=key,
                                      allowed=", ".join(allowed)))
        return items

    def int_list(self, key: str) -> tuple[int, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            self.err(key, msg("not-number-list", key=key))
            return ()
        return tuple(value)

    def provisions(self, key: str) -> tuple[str, ...]:
        values = self.str_list(key)
        for v in values:
            if not is_canonical_provision(v):
                self.err(key, msg("malformed-provision", value=v))
        return values

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key, default) or default
        if value not in allowed:
            self.err(key, msg("not-one-of", key=key, allowed=", ".join(allowed)))
            return default
        return value

    def status(self) -> tuple[str, str]:
        """(status, check_note): check-official-text needs a note saying what to check."""
        status = self.data.get("status", "confirmed") or "confirmed"
        if status not in STATUSES:
            self.err("status", msg("not-one-of", key="status", allowed=", ".join(STATUSES)))
            status = "confirmed"
        note = self.text("check_note", collapse=True)
        if status == "check-official-text" and not note:
            self.err("check_note", msg("check-note-missing"))
        return status, note

    def conditions(self, key: str) -> dict[str, tuple[str, ...]]:
        """``{fact: value}`` or ``{fact: [values]}`` (a decision rule's or note's ``when``)."""
        value = self.data.get(key) or {}
        if not isinstance(value, dict):
            self.err(key, msg("not-conditions", key=key))
            return {}
        out = {}
        for k, vals in value.items():
            if isinstance(vals, str):
                vals = [vals]
            if not isinstance(vals, list) or not all(isinstance(x, str) for x in vals):
                self.problems.err((*self.at, key, k), msg("not-value-or-list", key=k))
                self.ok = False
                continue
            out[str(k)] = tuple(vals)
        return out
