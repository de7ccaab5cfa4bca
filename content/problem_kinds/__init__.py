"""The content checker's message kinds and their English templates, by subject.

Each module holds ``KINDS``: kind -> English template (``str.format`` with named values), each
marked with :func:`QT_TRANSLATE_NOOP` (context ``ContentProblems``) so that
``pyside6-lupdate`` finds them here. :mod:`content.messages` joins them into one table.
A new kind needs its French in ``desktop_app/translations/frcheck_fr.ts``: run
``pyside6-lupdate content/problem_kinds/*.py desktop_app/content_problems.py -ts
desktop_app/translations/frcheck_fr.ts -no-obsolete`` and translate it
(tests/desktop_app/test_content_problems_fr.py fails until every kind has French).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Marks ``text`` for lupdate (context ``context``); returns it unchanged. A plain
    function: no Qt in ``content/``."""
    return text
