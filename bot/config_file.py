"""Reading a newsroom's settings file safely: a page of YAML, bounded in size, nesting and aliases."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import yaml

from claims import ConfigError

# a newsroom's file is a page of settings: bounded in size, nesting and expanded aliases, so that a
# YAML "billion laughs" or 50,000 nested brackets is refused at once instead of eating the machine
_MAX_CONFIG_BYTES = 1_000_000
_MAX_DEPTH = 64
_MAX_NODES = 100_000


class _BoundedLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses deep nesting and documents whose aliases expand past _MAX_NODES."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > _MAX_DEPTH:
                raise yaml.YAMLError(f"nested deeper than {_MAX_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            _expanded_size(node)
        return node


def _expanded_size(root: Any) -> int:
    """How many nodes the document holds once every alias is expanded (without expanding them)."""
    sizes: dict[int, int] = {}
    busy: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        value = node.value if isinstance(node.value, list) else []
        children = [c for item in value for c in (item if isinstance(item, tuple) else (item,))]
        if children_done:
            busy.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > _MAX_NODES:
                raise yaml.YAMLError(f"more than {_MAX_NODES:,} values once its aliases are expanded")
            continue
        if key in busy:
            raise yaml.YAMLError("an alias refers to the value that contains it")
        busy.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def read_config_file(file: Path) -> Any:
    """The YAML of a newsroom's file; a FIFO, a device or an oversized file is refused before reading."""
    try:
        info = file.stat()
    except OSError as exc:
        raise ConfigError(f"{file}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(f"{file}: not a regular file (a configuration must be a YAML file)")
    if info.st_size > _MAX_CONFIG_BYTES:
        raise ConfigError(f"{file}: larger than {_MAX_CONFIG_BYTES // 1_000_000} MB, too large for settings")
    try:
        with file.open("rb") as handle:
            raw = handle.read(_MAX_CONFIG_BYTES + 1)
        if len(raw) > _MAX_CONFIG_BYTES:
            raise ConfigError(f"{file}: larger than {_MAX_CONFIG_BYTES // 1_000_000} MB, too large for settings")
        return yaml.load(raw.decode("utf-8"), Loader=_BoundedLoader)  # noqa: S506 - a SafeLoader subclass
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot be read as YAML ({type(exc).__name__})") from None
    except (yaml.YAMLError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or (str(exc) if type(exc) is yaml.YAMLError else type(exc).__name__)
        raise ConfigError(f"{file}: cannot be read as YAML{where} ({problem})") from None
