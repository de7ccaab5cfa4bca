"""Content problems said in the language of the interface (``check-content``, the app's
Content problems dialog, the error shown when the content cannot be loaded).

The content checker (:mod:`content`, no Qt) builds each problem from a message kind and its
named values (:mod:`content.messages`); its English text is the kind's template filled in.
Here the *template* is translated through Qt's translation system (context
``ContentProblems``, ``desktop_app/translations/frcheck_fr.ts``) and filled in with the same
values: file names, line numbers, keys, ids and values stay exactly as they are in the
file, since that is what an editor searches for. English is the checker's own text, byte
for byte (scripts read it).

No Qt at import (the command line imports this before it needs Qt).
"""

from __future__ import annotations

from content.errors import Problem
from content.messages import CONTEXT, Msg, render
from desktop_app.i18n import current_language, translate


def message_text(m: Msg) -> str:
    """``m`` in the interface's language."""
    if current_language() == "en":
        return m.text
    return render(m, lambda template: translate(CONTEXT, template))


def problem_text(p: Problem) -> str:
    """What is wrong, in the interface's language, without the file and line."""
    if p.msg is None:  # a bare English message (none are made in content/ today)
        return p.message
    return message_text(p.msg)


def problem_line(p: Problem | object) -> str:
    """``path:line: message`` with the message in the interface's language; anything that
    is not a :class:`Problem` as ``str()`` gives it."""
    if not isinstance(p, Problem) or current_language() == "en":
        return str(p)
    return f"{p.path}:{p.line}: {problem_text(p)}"


def error_text(exc: BaseException) -> str:
    """An error's reason in the interface's language: a content error that carries a
    message kind (``PackError.msg``) is said from it; any other as ``str()`` gives it."""
    m = getattr(exc, "msg", None)
    return message_text(m) if isinstance(m, Msg) else str(exc)
