"""The fields of a :class:`~content.model.Library` that may be loaded on first use.

Before its window shows, the app reads only what the first screen needs (the manifest and
the sections, see :func:`content.loader.load_library`). The glossary, sources, statutes,
synonyms and content hash are :class:`Deferred` fields: the first time any of them is read,
from any thread, :class:`Pending` runs the loader's function once, under a lock, and fills
them all (a :class:`Later`). So they are never seen empty or half-read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar, overload

if TYPE_CHECKING:  # content.model imports this module
    from content.errors import Problem
    from content.model import GlossaryTerm, Library, Source, Statute

T = TypeVar("T")


class Later(NamedTuple):
    """What :class:`Library` can leave until it is first asked for (see
    :meth:`Library.defer`): the parts of a content folder the first screen does not need."""

    glossary: tuple[GlossaryTerm, ...]
    sources: Mapping[int, Source]
    statutes: tuple[Statute, ...]
    synonyms: Mapping[str, tuple[str, ...]]
    content_hash: str
    #: Every problem of the library once these are loaded, in the loader's order (the
    #: problems known before, and those found in the files loaded now).
    problems: tuple[Problem, ...]


class Deferred(Generic[T]):
    """A :class:`Library` field that may be loaded on first use (a data descriptor: the
    dataclass's ``__init__`` and :func:`dataclasses.replace` go through it)."""

    def __init__(self, default: Callable[[], T]) -> None:
        self.default = default
        self.slot = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_deferred_{name}"

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Deferred[T]: ...
    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> T: ...
    def __get__(self, obj: object | None, objtype: type | None = None) -> T | Deferred[T]:
        if obj is None:
            return self  # the dataclass's default: __set__ turns it into the real one
        if "_pending" in obj.__dict__:
            obj.__dict__["_pending"].finish(obj)
        value: T = obj.__dict__[self.slot]
        return value

    def __set__(self, obj: object, value: T | Deferred[T]) -> None:
        obj.__dict__[self.slot] = self.default() if isinstance(value, Deferred) else value


class Pending:
    """Loads a library's deferred fields once, from whichever thread asks first."""

    def __init__(self, load: Callable[[], Later]):
        self.load = load
        self.lock = threading.RLock()
        self.loading = False

    def finish(self, lib: Library) -> None:
        with self.lock:
            if lib.__dict__.get("_pending") is not self:
                return  # another thread has just loaded them
            if self.loading:  # the load itself asked for a field it is loading
                raise RuntimeError("a deferred library field was read while it was loading")
            self.loading = True
            try:
                later = self.load()
            finally:
                self.loading = False
            for name in ("glossary", "sources", "statutes", "synonyms", "content_hash",
                         "problems"):
                object.__setattr__(lib, name, getattr(later, name))
            del lib.__dict__["_pending"]
