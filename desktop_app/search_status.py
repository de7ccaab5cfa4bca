"""What the search panel's status line says: search being prepared or unavailable, a hint
with examples, how many results (and for what, when the words were corrected), and the
filters that are on. A pure function of the panel's state, so every case reads in one place.

Every sentence is translated whole (context ``SearchStatus``); the count picks the singular
or the plural sentence.

The search panel's tab labels and box placeholders are here too (context ``SearchPanel``):
each in a few wordings, longest first, for :mod:`desktop_app.fit_labels`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # annotations only: index.types is not needed before the first paint
    from index.types import SearchResults



def _results_sentence(total: int, shown: int, query: str, corrected_to: str) -> str:
    """"12 results for “x”." in its four forms (corrected or not, all shown or not)."""
    translate = QCoreApplication.translate
    # more than are shown means at least two: the singular needs no "(best ... shown)"
    if corrected_to and shown < total:
        text = translate("SearchStatus", "{total} results, including matches for "
                         "“{suggestion}” (best {shown} shown).")
    elif corrected_to:
        text = translate("SearchStatus", "1 result, including matches for “{suggestion}”.") \
            if total == 1 else \
            translate("SearchStatus", "{total} results, including matches for “{suggestion}”.")
    elif shown < total:
        text = translate("SearchStatus", "{total} results for “{query}” (best {shown} shown).")
    else:
        text = translate("SearchStatus", "1 result for “{query}”.") if total == 1 else \
            translate("SearchStatus", "{total} results for “{query}”.")
    return text.format(total=total, shown=shown, query=query, suggestion=corrected_to)


def status_text(*, ready: bool, failed: bool, state_message: str, query: str,
                results: SearchResults | None, filters_on: list[str],
                percent: int | None = None) -> str:
    """The status line.

    Args:
        ready: the index is open; ``failed``: opening it failed (``state_message`` says
            why); while neither, ``percent`` is how far the index is built (None: unknown).
        query: the box's text, stripped; ``results``: the results shown for it (None while
            searching); ``filters_on``: the names of the filters on.
    """
    translate = QCoreApplication.translate
    if failed and not ready:
        return translate("SearchStatus", "Search is not available: {reason}. You can still read "
                  "everything from the Contents tab.").format(reason=state_message)
    if not ready:
        if percent is None:
            return translate("SearchStatus", "Preparing search… This takes a few seconds the first "
                      "time. You can read the contents meanwhile.")
        return translate("SearchStatus", "Preparing search ({percent}%)… This takes a few seconds "
                  "the first time. You can read the contents meanwhile.").format(
                      percent=percent)
    if not query:
        return translate("SearchStatus", "Type a word or a question, for example: consent, police, "
                  "serious harm, children's aid.")
    if results is None:
        return translate("SearchStatus", "Searching…")
    if not results.hits:
        if filters_on:
            return translate("SearchStatus", "No results for “{query}”. Try removing the filters, "
                      "or use fewer or different words.").format(query=query)
        return translate("SearchStatus", "No results for “{query}”. Try fewer or different words, "
                  "or check the spelling. For example: consent, police, serious harm, "
                  "children's aid.").format(query=query)
    corrected_to = results.suggestion or "" if results.corrected else ""
    text = _results_sentence(results.total, len(results.hits), query, corrected_to)
    if filters_on:  # filters kept from an earlier search are said, never silently applied
        text += " " + translate("SearchStatus", "Filtered by: {filters}.").format(
            filters=", ".join(filters_on))
    return text


def tab_label_sets(count: int | None) -> list[list[str]]:
    """Contents, Results and On this page: the labels, longest first (the results' count
    in the first when there are results), for the tab bar to show the longest that fits."""
    translate = QCoreApplication.translate
    contents, results, page = (translate("SearchPanel", "&Contents"),
                               translate("SearchPanel", "&Results"),
                               translate("SearchPanel", "On this &page"))
    sets = [] if count is None else [
        [contents, translate("SearchPanel", "&Results ({count})").format(count=count), page]]
    return sets + [[contents, results, page],
                   [contents, results, translate("SearchPanel", "This &page")],
                   [contents, results, translate("SearchPanel", "&Page")]]


def placeholders() -> tuple[str, ...]:
    """The search box's placeholder, longest first."""
    translate = QCoreApplication.translate
    return (translate("SearchPanel", "Search the guide (Ctrl+K)"),
            translate("SearchPanel", "Search the guide"), translate("SearchPanel", "Search"))
