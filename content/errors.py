"""Problems found in content files, always tied to a file and a line."""

from __future__ import annotations

from dataclasses import dataclass


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
