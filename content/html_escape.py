"""The one HTML-escape helper: every place that builds HTML (the renderer, search snippets,
the reader, printouts, dialogs) escapes text with :func:`esc`.

No Qt, no dependencies, so ``index`` and ``desktop_app`` can use it too. What
``html.escape(text, quote=True)`` does, without importing :mod:`html` (and its table of
2,000 named entities) before the app's first paint; tests/content/test_html_escape.py
compares the two (why it is worth it: docs/architecture.md).
"""

from __future__ import annotations

__all__ = ["esc"]


def esc(text: object) -> str:
    """``text`` safe inside an HTML element or a quoted attribute value: ``& < > " '``
    escaped. None is the empty string; anything else is ``str()``-ed first."""
    if text is None:
        return ""
    # "&" first, so the entities written after it are not escaped again
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&quot;").replace("'", "&#x27;")
