"""Safe YAML loading that remembers which line every key and item came from.

Content YAML is hand-written text, so anything a person would not mean is refused with its
line, before any data is built:

- aliases (``*name``, including ``<<: *name`` merges) that would repeat more than
  :data:`MAX_ALIAS_EXPANSION` values, or that refer to their own container: a 700-byte file
  of aliases expands to a billion items ("billion laughs");
- the same key twice in one mapping (YAML keeps the last one silently);
- nesting deeper than :data:`MAX_DEPTH`;
- text that would mislead a reader or break line numbers (see :mod:`content.textcheck`);

and a value that parses but cannot be built (``reviewed: 2026-02-30``, a 5,000-digit
number) is reported at its own line instead of escaping as a bare ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from content import yaml_simple
from content.messages import Msg, as_msg, msg
from content.textcheck import first_text_problem

if TYPE_CHECKING:
    import yaml

Path_ = tuple[Any, ...]
#: Where each value of a YAML document starts: its key path -> line number.
Lines = dict[Path_, int]

#: Deeper than any content file needs (the decision flows use about 6 levels).
MAX_DEPTH = 32
#: How many values aliases may add in one file. The shipped decision flow reuses a few
#: short lists (a few hundred values); a "billion laughs" adds 10**9.
MAX_ALIAS_EXPANSION = 20_000


class YamlSyntaxError(ValueError):
    """YAML that does not parse or cannot be used; ``line`` is 1-based (0 if unknown)."""

    def __init__(self, line: int, message: Msg | str):
        self.line = line
        self.msg = as_msg(message)
        super().__init__(self.msg.text)


class _ValueProblem(Exception):
    """A scalar that the safe constructor could not turn into a value."""

    def __init__(self, node: yaml.Node, message: Msg | str):
        self.node = node
        self.msg = as_msg(message)
        super().__init__(self.msg.text)


def _short(value: str, limit: int = 40) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


_KIND = {
    "tag:yaml.org,2002:timestamp": "value-not-date",
    "tag:yaml.org,2002:int": "value-not-whole-number",
    "tag:yaml.org,2002:float": "value-not-number",
}


#: PyYAML's and libyaml's words for the usual mistakes -> a message kind of its own (its
#: English is "invalid YAML: " and these very words), so that a translation can say what
#: they mean; any other problem is ``invalid-yaml`` with the parser's words as they are.
_YAML_PROBLEMS = {
    "did not find expected key": "yaml-expected-key",
    "did not find expected ',' or ']'": "yaml-unclosed-list",
    "did not find expected ',' or '}'": "yaml-unclosed-braces",
    "mapping values are not allowed in this context": "yaml-colon-in-value",
    "mapping values are not allowed here": "yaml-colon-in-value-here",
    "found character that cannot start any token": "yaml-bad-character",
    "did not find expected node content": "yaml-no-value",
    "did not find expected '-' indicator": "yaml-expected-dash",
    "could not find expected ':'": "yaml-expected-colon",
    "found unexpected end of stream": "yaml-unexpected-end",
    "found undefined alias": "yaml-undefined-alias",
}


def _yaml_problem(problem: str) -> Msg:
    kind = _YAML_PROBLEMS.get(problem)
    return msg(kind) if kind is not None else msg("invalid-yaml", detail=problem)


@cache
def _loader_class() -> type[Any]:
    """The safe loader, in C (libyaml) when PyYAML was built with it (ten times faster),
    reporting a value that cannot be built as a :class:`_ValueProblem` at its own node.
    PyYAML is imported here, when a file first needs it (see
    :mod:`content.yaml_simple`)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _Loader(base):  # type: ignore[misc, valid-type]
        def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except (yaml.YAMLError, _ValueProblem):
                raise
            except (ValueError, OverflowError, TypeError, ArithmeticError) as exc:
                value = node.value if isinstance(node, yaml.ScalarNode) else ""
                kind = _KIND.get(node.tag, "value-unreadable")
                detail = str(exc).split("\n")[0]
                if node.tag == "tag:yaml.org,2002:int" or "digits" in detail:
                    detail = ""  # Python's own wording about digit limits helps no one here
                raise _ValueProblem(node, msg(kind, value=_short(value),
                                              detail=f" ({detail})" if detail else "")) from None

    return _Loader


def load_with_lines(text: str, line_offset: int = 0, *, text_checked: bool = False
                    ) -> tuple[Any, dict[Path_, int]]:
    """Parse ``text`` with the safe loader.

    Returns the data and a map from a key path (a tuple of keys and list indexes) to its
    1-based line number, shifted by ``line_offset``. ``text_checked``: the caller has
    already found no :func:`~content.textcheck.first_text_problem` in ``text`` (or in the
    file it is part of), so it is not scanned a second time.

    Raises:
        YamlSyntaxError: with the line of the first problem (see the module docstring).
    """
    problem = None if text_checked else first_text_problem(text)
    if problem is not None:
        line, message = problem
        raise YamlSyntaxError(line + line_offset, message)  # already a Msg
    simple = yaml_simple.simple_load(text, line_offset)
    if simple is not None:
        return simple
    import yaml

    # One parse: compose the node tree (libyaml when available), check it, then construct
    # the data from it, so we get both the values and the line of every key.
    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path_, int] = {}
        if node is not None:
            if "&" in text:  # an alias needs an anchor ('&name'): without one, none can expand
                _check_expansion(node, text, line_offset)
            _walk(node, lines, line_offset)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark is not None else line_offset
        if exc.problem:
            raise YamlSyntaxError(line, _yaml_problem(exc.problem)) from None
        raise YamlSyntaxError(line, msg("invalid-yaml-plain")) from None
    except _ValueProblem as exc:
        raise YamlSyntaxError(exc.node.start_mark.line + 1 + line_offset, exc.msg) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(line_offset, msg("invalid-yaml", detail=str(exc))) from None
    finally:
        loader.dispose()
    return data, lines


def _first_alias_line(text: str, offset: int) -> int:
    """The line of the first ``*alias`` (tokens only: nothing is expanded); 0 if none."""
    import yaml

    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AliasToken):
                return int(token.start_mark.line) + 1 + offset
    except yaml.YAMLError:
        pass
    return 0


def _check_expansion(root: yaml.Node, text: str, offset: int) -> None:
    """Refuse aliases that refer to their own container, or that expand to more than
    :data:`MAX_ALIAS_EXPANSION` extra values, and nesting deeper than :data:`MAX_DEPTH`
    once aliases are expanded. Linear in the number of distinct nodes: nothing is expanded.
    """
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            kids = _children(node)
            size[key] = 1 + sum(size[id(k)] for k in kids)
            depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
            active.discard(key)
            if size[key] - len(size) > MAX_ALIAS_EXPANSION:  # the first value that explodes
                _too_many(size[key] - len(size), node.start_mark.line + 1 + offset)
            if depth[key] > MAX_DEPTH:
                raise YamlSyntaxError(node.start_mark.line + 1 + offset,
                                      msg("yaml-too-deep", limit=MAX_DEPTH))
            continue
        if key in size:
            continue
        if key in active:
            raise YamlSyntaxError(_first_alias_line(text, offset) or
                                  node.start_mark.line + 1 + offset, msg("yaml-alias-loop"))
        active.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in _children(node) if id(k) not in size)
    extra = size[id(root)] - len(size)
    if extra > MAX_ALIAS_EXPANSION:  # many small repeats, none too big by itself
        _too_many(extra, _first_alias_line(text, offset) or root.start_mark.line + 1 + offset)


def _too_many(extra: int, line: int) -> None:
    raise YamlSyntaxError(line, msg("yaml-alias-bomb", n=extra, limit=MAX_ALIAS_EXPANSION))


def _children(node: yaml.Node) -> list[yaml.Node]:
    kind = getattr(node, "id", "")  # PyYAML's MappingNode: "mapping", SequenceNode: "sequence"
    if kind == "mapping":
        return [n for pair in node.value for n in pair]
    if kind == "sequence":
        return list(node.value)
    return []


def _walk(root: yaml.Node, lines: dict[Path_, int], offset: int) -> None:
    """Record the line of every key and item; refuse a key that appears twice.

    Iterative, and each node is visited once: an alias (the composer handing back a node
    already in the tree) is not descended into again, so its paths resolve, through
    :func:`line_of`, to the line where the alias is used.
    """
    import yaml

    seen: set[int] = set()
    stack: list[tuple[yaml.Node, Path_]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1 + offset)
        if len(path) >= MAX_DEPTH:  # also checked here for files without aliases
            raise YamlSyntaxError(node.start_mark.line + 1 + offset,
                                  msg("yaml-too-deep", limit=MAX_DEPTH))
        if id(node) in seen:
            continue
        seen.add(id(node))
        children: list[tuple[yaml.Node, Path_]] = []
        if isinstance(node, yaml.MappingNode):
            first_line: dict[tuple[str, Any], int] = {}
            for key_node, value_node in node.value:
                key = key_node.value
                key_line = key_node.start_mark.line + 1 + offset
                if isinstance(key_node, yaml.ScalarNode) and key != "<<":
                    if (key_node.tag, key) in first_line:
                        raise YamlSyntaxError(key_line, msg(
                            "duplicate-key", key=_short(key),
                            first=first_line[key_node.tag, key]))
                    first_line[key_node.tag, key] = key_line
                lines[path + (key,)] = key_line  # the key's own line (a value may start later)
                if id(value_node) not in seen:
                    children.append((value_node, path + (key,)))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                if id(item) in seen:  # an alias: its own mark is its anchor's, not the use's
                    continue
                children.append((item, path + (i,)))
        stack.extend(reversed(children))


def line_of(lines: dict[Path_, int], *path: Any) -> int:
    """Best line for ``path``: the deepest known prefix."""
    p: Path_ = tuple(path)
    while p not in lines and p:
        p = p[:-1]
    return lines.get(p, 0)


T = TypeVar("T")
#: ``report(path, line, message)``, as the content loaders take it.
Report = Callable[[Any, int, Msg], None]


def parse_text(text: str, parse: Callable[[Any, dict[Path_, int], Report], T | None]
               ) -> tuple[T | None, list[tuple[int, str]]]:
    """Run a loader's ``parse(data, lines, report)`` on YAML ``text`` (for tests and tools):
    (the result or None, [(line, message)])."""
    problems: list[tuple[int, str]] = []

    def report(_path: Any, line: int, message: Msg) -> None:
        problems.append((line, message.text))

    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as exc:
        return None, [(exc.line, str(exc))]
    return parse(data, lines, report), problems
