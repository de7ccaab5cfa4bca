"""Problems found in content files, always tied to a file and a line."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from content.messages import Msg, as_msg


def display_path(path: Path | str) -> str:
    """How a content file is named in a problem: relative to the working folder if possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one content file.

    Attributes:
        path: the file, as a string (relative to the working folder where possible).
        line: 1-based line number, or 0 when the problem concerns the whole file.
        message: a plain-language description, in English.
        msg: the same message as a kind and its values (:mod:`content.messages`), for the
            desktop layer to say it in another language; None only for a problem made
            from a bare English string (none in ``content/``).
    """

    path: str
    line: int
    message: str
    msg: Msg | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, path: str, line: int, m: Msg | str) -> Problem:
        """The problem ``m`` at ``path:line``. A bare string is kept as it is, in every
        language (tests/content/test_problem_messages.py fails on one written in content/)."""
        m = as_msg(m)
        return cls(path, line, m.text, m)

    @property
    def kind(self) -> str:
        """The message's kind (``"unknown-key"``), or ``""`` for a bare English message."""
        return self.msg.kind if self.msg is not None else ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """Raised when content cannot be loaded at all (for example a missing folder)."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
