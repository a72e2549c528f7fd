"""Language-server settings and where they come from.

Precedence, lowest first (a later source overrides an earlier one, key by key;
a value of ``null``/None means "not set here"):

1. built-in defaults;
2. ``[tool.ncc]`` in the nearest ``pyproject.toml`` above the document that has one;
3. ``initializationOptions`` sent by the editor when it starts the server;
4. the ``ncc`` section of ``workspace/configuration`` (VS Code settings, ``settings`` in Neovim).

So a project pins its target in pyproject.toml for everyone, and one person can
still override it in the editor. Keys are matched without regard to case, ``-``
and ``_`` (``autoCast``, ``auto-cast`` and ``auto_cast`` are the same key).
Invalid values are ignored with a message, never fatal.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from nccd.compiler.options import AUTO_CAST_MODES, AUTO_CAST_TYPES, DEFAULT_TARGET, TARGETS, canonical_choice

from .findings import normalize_code

SECTION = "ncc"
SEVERITIES = ("error", "warning", "information", "hint", "off")
_SEVERITY_ALIASES = {"info": "information", "warn": "warning", "none": "off", "ignore": "off"}


@dataclass(frozen=True)
class Settings:
    target: str = DEFAULT_TARGET
    auto_cast: str = "matmult"
    auto_cast_type: str = "bf16"
    #: Code -> severity override ("error", "warning", "information", "hint" or "off").
    severity: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Codes never reported.
    disable: frozenset[str] = frozenset()
    #: Wait this long after the last edit before analysing (push diagnostics only).
    debounce_ms: int = 150
    #: Trace ``# ncc: entry`` functions with JAX when a file is saved.
    deep_check: bool = True
    #: Python interpreter with JAX for the deep check (default: NCC_JAX_PYTHON, the workspace's .venv when
    #: the workspace is trusted, then the server's own interpreter).
    python: str | None = None
    #: Python interpreter with PyTorch (and torch_xla) for the deep check of torch code (default:
    #: NCC_TORCH_PYTHON, then ``python`` and what follows it).
    torch_python: str | None = None
    #: The editor trusts the workspace (VS Code's workspace trust): only then may the deep check run an
    #: interpreter the workspace names ([tool.ncc] python, a .venv). Read from initializationOptions only.
    workspace_trusted: bool = False
    deep_check_timeout_s: float = 120.0
    #: Use a running nccd daemon for HLO checks (the in-process compiler otherwise).
    use_daemon: bool = True
    #: Base URL of the diagnostics reference (docs/diagnostics.md); the codes' anchors are appended.
    docs_url: str | None = None

    def reported(self, code: str) -> bool:
        return code not in self.disable and self.severity.get(code) != "off"


def _key(text: str) -> str:
    return text.replace("-", "").replace("_", "").lower()


_FIELDS = {_key(name): name for name in Settings.__dataclass_fields__}


def _validate(name: str, value, problems: list[str], where: str):
    """The value to use for field ``name``, or None (and a problem) when it is invalid."""
    def bad(expected: str):
        problems.append(f"{where}: ignoring {name}={value!r}: {expected}")
        return None

    if name == "target":
        value = str(value).strip().lower()
        return value if value in TARGETS else bad(f"valid targets are {', '.join(TARGETS)}")
    if name in ("auto_cast", "auto_cast_type"):  # as `ncc compile --auto-cast[-type]` reads them
        choices = AUTO_CAST_MODES if name == "auto_cast" else AUTO_CAST_TYPES
        return canonical_choice(name, str(value), choices) or bad(f"valid values are {', '.join(choices)}")
    if name == "severity":
        if not isinstance(value, dict):
            return bad('give a table of code = severity, e.g. {"NCC-W200" = "hint"}')
        out = {}
        for code, level in value.items():
            level = _SEVERITY_ALIASES.get(str(level).lower(), str(level).lower())
            if level in SEVERITIES:
                out[normalize_code(str(code))] = level
            else:
                problems.append(f"{where}: ignoring severity of {code}: {level!r} is not one of {', '.join(SEVERITIES)}")
        return MappingProxyType(out)
    if name == "disable":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):
            return bad("give a list of codes")
        return frozenset(normalize_code(str(c)) for c in value)
    if name in ("deep_check", "use_daemon", "workspace_trusted"):
        return value if isinstance(value, bool) else bad("give true or false")
    if name in ("debounce_ms", "deep_check_timeout_s"):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
        return (int(value) if name == "debounce_ms" else float(value)) if ok else bad("give a number >= 0")
    if name in ("python", "torch_python", "docs_url"):
        return str(value) if isinstance(value, str) and value else bad("give a non-empty string")
    return value


def layer(raw, where: str, problems: list[str]) -> dict:
    """One source's settings as ``{field: value}``, validated; unknown keys are reported."""
    if not isinstance(raw, dict):
        return {}
    if isinstance(raw.get(SECTION), dict):  # {"ncc": {...}} as well as the bare section
        raw = raw[SECTION]
    out = {}
    for key, value in raw.items():
        name = _FIELDS.get(_key(str(key)))
        if name is None:
            problems.append(f"{where}: unknown setting {key!r}")
            continue
        if value is None:
            continue
        checked = _validate(name, value, problems, where)
        if checked is not None:
            out[name] = checked
    return out


def merge(*layers: dict) -> Settings:
    """Settings from layers, lowest precedence first."""
    values: dict = {}
    for one in layers:
        values.update(one)
    return replace(Settings(), **values)


class PyprojectSettings:
    """``[tool.ncc]`` of the nearest pyproject.toml that has one, re-read when the file changes."""

    def __init__(self):
        self._parsed: dict[str, tuple[tuple[int, int], dict | None, list[str]]] = {}

    def find(self, document_path: str | None) -> tuple[str | None, dict, list[str]]:
        """``(pyproject path, [tool.ncc] layer, problems)`` for a document."""
        if not document_path:
            return None, {}, []
        directory = Path(document_path).resolve().parent
        seen_problems: list[str] = []
        for folder in (directory, *directory.parents):
            candidate = folder / "pyproject.toml"
            table, problems = self._read(str(candidate))
            seen_problems += problems
            if table is not None:
                return str(candidate), table, seen_problems
        return None, {}, seen_problems

    def _read(self, path: str) -> tuple[dict | None, list[str]]:
        try:
            st = os.stat(path)
        except OSError:
            return None, []
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._parsed.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1], cached[2]
        import tomllib  # only when a pyproject.toml exists: it costs ~30 ms of start-up otherwise

        problems: list[str] = []
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
            section = data.get("tool", {}).get(SECTION)
            table = layer(section, f"{path} [tool.{SECTION}]", problems) if isinstance(section, dict) else None
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            table, problems = None, [f"{path}: cannot read it: {exc}"]
        self._parsed[path] = (stamp, table, problems)
        return table, problems
