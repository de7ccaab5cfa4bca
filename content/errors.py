"""Problems found in content files, always tied to a file and a line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


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
        message: a plain-language description.
    """

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """Raised when content cannot be loaded at all (for example a missing folder)."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
