"""Safe YAML loading that remembers which line every key and item came from."""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[Any, ...]

#: The safe loader, in C (libyaml) when PyYAML was built with it: ten times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlSyntaxError(ValueError):
    """YAML that does not parse; ``line`` is 1-based (0 if unknown)."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


def load_with_lines(text: str, line_offset: int = 0) -> tuple[Any, dict[Path_, int]]:
    """Parse ``text`` with the safe loader.

    Returns the data and a map from a key path (a tuple of keys and list indexes) to its
    1-based line number, shifted by ``line_offset``.
    """
    # One parse: compose the node tree (libyaml when available) and construct the data
    # from it, so we get both the values and the line of every key.
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark is not None else line_offset
        what = exc.problem or "invalid YAML"
        raise YamlSyntaxError(line, f"invalid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(line_offset, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    if node is not None:
        _walk(node, (), lines, line_offset)
    return data, lines


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], offset: int) -> None:
    lines[path] = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[path + (key,)] = key_node.start_mark.line + 1 + offset
            _walk(value_node, path + (key,), lines, offset)
            # keep the key's own line for the key path (a value may start later)
            lines[path + (key,)] = key_node.start_mark.line + 1 + offset
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, offset)


def line_of(lines: dict[Path_, int], *path: Any) -> int:
    """Best line for ``path``: the deepest known prefix."""
    p: Path_ = tuple(path)
    while p not in lines and p:
        p = p[:-1]
    return lines.get(p, 0)
