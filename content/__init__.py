"""The guidance as data, and its pure-Python model, loader, validator and renderer.

No Qt here, and no search: ``index`` and ``desktop_app`` build on this package.
"""

from content import loader as _loader
from content.errors import ContentError, Problem
from content.loader import add_extras, data_root, load_library
from content.model import Library, Section

__all__ = ["ContentError", "Library", "Problem", "Section", "add_extras", "data_root",
           "load_library"]

# The decision-helper flows load through the loader's extension hook (imported only then).
_loader.EXTRA_LOADERS["decisions"] = "content.decision:load_flows"
# The agency's own contacts (optional agency.yaml in the content folder), the same way.
_loader.EXTRA_LOADERS["agency"] = "content.agency:load_agency"
