"""The content checker's messages: a stable kind, named values, and an English template.

Every problem the content checker reports (``path:line: message``) is built here from a
:class:`Msg`: a **kind** (``"unknown-key"``), the **values** it names (the key, the file,
the line, what is allowed...), and the English sentence of :data:`TEMPLATES` for that kind,
filled in with the values. The English text is what ``check-content`` prints and what
scripts read; the desktop layer translates the *template* (Qt context
``ContentProblems``, ``desktop_app/translations/frcheck_fr.ts``) and fills in the same
values, so a French editor reads the problem in French with the file names, keys and
values exactly as they are in the file.

A value may itself be a :class:`Msg` (the part of a file the problem is in: ``question
'danger'``), rendered in the same language. Numbers are passed as numbers; the English
template formats them (``{size:,}``).

The templates live in :mod:`content.problem_kinds`, by subject, marked for
``pyside6-lupdate`` there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Union

from content.problem_kinds import checks, flows, packs, reading

# The Qt translation context of the content checker's messages.
CONTEXT = "ContentProblems"


Value = Union[str, int, "Msg"]


@dataclass(frozen=True)
class Msg:
    """One message: its kind (a key of :data:`TEMPLATES`) and its named values."""

    kind: str
    params: tuple[tuple[str, Value], ...] = ()

    @property
    def text(self) -> str:
        """The English sentence."""
        return render(self)

    def __str__(self) -> str:
        return self.text


def msg(kind: str, **params: Value) -> Msg:
    """A message of ``kind`` with ``params``; an unknown kind is a programming error."""
    if kind not in TEMPLATES:
        raise KeyError(f"no message kind {kind!r} in content.messages.TEMPLATES")
    return Msg(kind, tuple(params.items()))


def as_msg(message: Msg | str) -> Msg:
    """``message`` as a :class:`Msg`: a bare string (code not yet using a kind) becomes the
    ``untranslated`` kind, said as it is in every language."""
    return message if isinstance(message, Msg) else msg("untranslated", text=message)


def render(m: Msg, lookup: Callable[[str], str] | None = None) -> str:
    """``m`` as a sentence: its template (through ``lookup``, English if None) filled in
    with its values, nested messages rendered the same way."""
    template = TEMPLATES[m.kind] if lookup is None else lookup(TEMPLATES[m.kind])
    values = {k: render(v, lookup) if isinstance(v, Msg) else v for k, v in m.params}
    return template.format(**values)


#: kind -> English template: every kind of content/problem_kinds/ (add one there, with its
#: French in frcheck_fr.ts).
TEMPLATES: dict[str, str] = {**reading.KINDS, **checks.KINDS, **flows.KINDS, **packs.KINDS}
assert len(TEMPLATES) == sum(len(m.KINDS) for m in (reading, checks, flows, packs)), \
    "a message kind is defined twice in content/problem_kinds/"
