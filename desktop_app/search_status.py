"""What the search panel's status line says: search being prepared or unavailable, a hint
with examples, how many results (and for what, when the words were corrected), and the
filters that are on. A pure function of the panel's state, so every case reads in one place."""

from __future__ import annotations

from index.types import SearchResults

EXAMPLES = "consent, police, serious harm, children's aid"


def status_text(*, ready: bool, failed: bool, state_message: str, query: str,
                results: SearchResults | None, filters_on: list[str]) -> str:
    """The status line.

    Args:
        ready: the index is open; ``failed``: opening it failed (``state_message`` says
            why); while neither, ``state_message`` is the progress (" (40%)" or "").
        query: the box's text, stripped; ``results``: the results shown for it (None while
            searching); ``filters_on``: the names of the filters on.
    """
    if failed and not ready:
        return (f"Search is not available: {state_message}. You can still read "
                "everything from the Contents tab.")
    if not ready:
        return ("Preparing search" + state_message + "… This takes a few seconds "
                "the first time. You can read the contents meanwhile.")
    if not query:
        return f"Type a word or a question, for example: {EXAMPLES}."
    if results is None:
        return "Searching…"
    if not results.hits:
        text = f"No results for “{query}”."
        if filters_on:
            text += " Try removing the filters,"
            text += " or use fewer or different words."
        else:
            text += (" Try fewer or different words, or check the spelling. "
                     f"For example: {EXAMPLES}.")
        return text
    total = results.total
    shown = len(results.hits)
    text = f"{total} result{'s' if total != 1 else ''} for “{query}”"
    if results.corrected and results.suggestion:
        text = (f"{total} result{'s' if total != 1 else ''}, including matches for "
                f"“{results.suggestion}”")
    if shown < total:
        text += f" (best {shown} shown)"
    text += "."
    if filters_on:  # filters kept from an earlier search are said, never silently applied
        text += " Filtered by: " + ", ".join(filters_on) + "."
    return text
