"""The guidance as data, and its pure-Python model, loader, validator and renderer.

No Qt here, and no search: ``index`` and ``desktop_app`` build on this package.
"""

from content.errors import ContentError, Problem
from content.loader import add_extras, data_root, load_library
from content.model import Library, Section

__all__ = ["ContentError", "Library", "Problem", "Section", "add_extras", "data_root",
           "load_library"]

