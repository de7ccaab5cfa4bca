"""The reader's colours and stylesheet: :class:`ReaderColors` (one set per theme, in
:mod:`desktop_app.theme`) filled into ``resources/reader.css``, and reading the app's own
resource files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

#: The app's own resource files (beside this module from source and in the bundle, where
#: :func:`importlib.resources.files` finds them too; not imported for this at start-up).
RESOURCES = Path(__file__).resolve().parent / "resources"


@dataclass(frozen=True)
class ReaderColors:
    """The reader's colours in one theme (filled into ``resources/reader.css``)."""

    text: str
    background: str
    link: str
    muted: str
    notice_bg: str
    notice_border: str
    hit_bg: str
    hit_fg: str
    current_bg: str
    current_fg: str
    find_bg: str
    find_fg: str


def read_resource(name: str) -> str:
    """Text of ``desktop_app/resources/<name>``; ``name`` must be a plain relative file name."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a plain resource name: {name!r}")
    return (RESOURCES / name).read_text(encoding="utf-8")


def reader_css(colors: ReaderColors) -> str:
    return Template(read_resource("reader.css")).safe_substitute(colors.__dict__)
