"""Show text as text.

Qt guesses: a tooltip, a ``QLabel`` or a ``QMessageBox`` whose text merely *looks* like
HTML (``Qt.mightBeRichText``) is rendered as HTML, and Qt's HTML can load images from disk
(``<img src="file:///...">``). Content files, file names, error messages and what the user
typed must never be interpreted that way: :func:`literal` shows them exactly as written. The
reader's HTML goes through :mod:`content.render` (which neutralises raw HTML) instead.
"""

from __future__ import annotations

from content.html_escape import esc


def literal(text: str) -> str:
    """``text`` for a surface that guesses (a tooltip, a message box): escaped and wrapped,
    so Qt always treats it as rich text and shows the original characters, line breaks
    kept. Empty stays empty (an empty tooltip is no tooltip)."""
    if not text:
        return ""
    body = "<br/>".join(esc(line) for line in text.split("\n"))
    return f"<p>{body}</p>"
