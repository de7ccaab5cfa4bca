"""The one HTML-escape helper: every place that builds HTML (the renderer, search snippets,
the reader, printouts, dialogs) escapes text with :func:`esc`.

No Qt, no dependencies, so ``index`` and ``desktop_app`` can use it too.
"""

from __future__ import annotations

import html

__all__ = ["esc"]


def esc(text: object) -> str:
    """``text`` safe inside an HTML element or a quoted attribute value: ``& < > " '``
    escaped. None is the empty string; anything else is ``str()``-ed first."""
    return "" if text is None else html.escape(str(text), quote=True)
