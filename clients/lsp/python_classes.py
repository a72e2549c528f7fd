"""What a class's ``self`` holds, read from its ``__init__`` (or Flax ``setup``).

* ``self.register_buffer("x", value)``, ``self.x = nn.Parameter(...)``,
  ``self.x = self.param(...)``: tensors on the device (the module moves them
  there; a ``torch.tensor(False)`` buffer is a boolean one);
* ``self.head = Head(...)`` with ``Head`` a class of the module: a submodule,
  whose ``forward`` a call ``self.head(x)`` runs;
* ``self.x = torch.zeros(...)`` without registering it: a plain attribute,
  left where it was made (the host unless ``device=`` says otherwise);
* anything else (numbers, flags, configuration, layers from libraries): a
  Python value.

Base classes defined in the same module contribute theirs.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Callable

from . import python_api as api
from .python_kinds import TENSOR, Kind, KindInference

_INIT_METHODS = ("__init__", "setup")


@dataclass
class ClassFacts:
    attributes: dict[str, Kind] = field(default_factory=dict)
    #: ``self.x`` -> the name of the module-level class it is an instance of (dotted: an imported class).
    submodules: dict[str, str] = field(default_factory=dict)


def class_facts(cls: ast.ClassDef, qualname: Callable[[ast.expr], str | None], classes: dict[str, ast.ClassDef],
                bases: Callable[[ast.ClassDef], list[str]], torch: bool, depth: int = 0) -> ClassFacts:
    """``self``'s attributes and submodules for methods of ``cls`` (see the module docstring)."""
    facts = ClassFacts()
    if depth < 8:
        for base in bases(cls):
            local = classes.get(base)
            if local is not None and local is not cls:
                inherited = class_facts(local, qualname, classes, bases, torch, depth + 1)
                facts.attributes.update(inherited.attributes)
                facts.submodules.update(inherited.submodules)
    kinds = KindInference({}, qualname, torch=torch)
    for stmt in cls.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name in _INIT_METHODS:
            built: dict[str, str] = {}  # head = Head(...) (then self.head = head)
            for node in _statements(stmt.body):
                _read(node, kinds, qualname, classes, facts, built)
    return facts


def _statements(body: list[ast.stmt]):
    """The statements of an ``__init__``, including those under ``if``/``for``/``with`` (not nested defs)."""
    for stmt in body:
        yield stmt
        for name in ("body", "orelse", "finalbody"):
            nested = getattr(stmt, name, None)
            if nested and not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield from _statements(nested)


def _self_attribute(target: ast.expr) -> str | None:
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
        return target.attr
    return None


def _read(stmt: ast.stmt, kinds: KindInference, qualname, classes: dict[str, ast.ClassDef],
          facts: ClassFacts, built: dict[str, str]) -> None:
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        call = stmt.value
        if isinstance(call.func, ast.Attribute) and call.func.attr in api.REGISTER_METHODS \
                and isinstance(call.func.value, ast.Name) and call.func.value.id == "self" and len(call.args) >= 2 \
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            registered = kinds.kind(call.args[1])
            facts.attributes[call.args[0].value] = TENSOR.with_dtype(registered.dtype) if registered.tensor else TENSOR
        return
    if isinstance(stmt, ast.Assign):
        targets, value = stmt.targets, stmt.value
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        targets, value = [stmt.target], stmt.value
    else:
        return
    for target in targets:
        name = _self_attribute(target)
        if isinstance(target, ast.Name) and isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
                and value.func.id in classes:
            built[target.id] = value.func.id
        if name is None:
            continue
        if isinstance(value, ast.Name) and value.id in built:
            facts.submodules[name] = built[value.id]
            continue
        facts.attributes.pop(name, None)
        facts.submodules.pop(name, None)
        if isinstance(value, ast.Call):
            callee = qualname(value.func)
            if callee in api.PARAMETER_CLASSES or (
                    isinstance(value.func, ast.Attribute) and value.func.attr in api.FLAX_PARAMETER_METHODS
                    and _self_attribute(value.func) is not None):
                facts.attributes[name] = TENSOR
                continue
            if isinstance(value.func, ast.Name) and value.func.id in classes:
                facts.submodules[name] = value.func.id
                continue
            if callee is not None and callee.rsplit(".", 1)[-1][:1].isupper() and not callee.endswith("Tensor"):
                facts.submodules[name] = callee  # an imported class (python_workspace may find its file)
                continue
        kind = kinds.kind(value)
        if kind.tensor and not kind.items:
            facts.attributes[name] = kind.sure()
