"""The guidance as data, and its pure-Python model, loader, validator and renderer.

No Qt here, and no search: ``index`` and ``desktop_app`` build on this package.
"""

from content.errors import ContentError, Problem
from content.loader import data_root, load_library
from content.model import Library, Section

__all__ = ["ContentError", "Library", "Problem", "Section", "data_root", "load_library"]

# The decision-helper flows load through the loader's extension hook.
from content import loader as _loader  # noqa: E402
from content.decision import load_flows as _load_flows  # noqa: E402

_loader.EXTRA_LOADERS["decisions"] = _load_flows
