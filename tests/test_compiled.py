"""The mypyc build (setup.py): the modules it compiles are the ones imported, all or none.

CI installs with NCCD_MYPYC=1 and runs the tests with it set: there a module imported from its
``.py`` (a build that fell back to pure Python) fails here. A developer's editable install is pure
Python: the check of the compiled build is skipped.
"""

from __future__ import annotations

import ast
import importlib
import os
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

from helpers import REPO


def _setup_constant(name: str):
    """A constant of setup.py, read without running it (running it would call setup())."""
    tree = ast.parse((REPO / "setup.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"setup.py defines no {name}")


COMPILED = [f"nccd.{path.removesuffix('.py').replace('/', '.')}" for path in _setup_constant("MYPYC_MODULES")]


def _is_extension(module_name: str) -> bool:
    return str(importlib.import_module(module_name).__file__).endswith(tuple(EXTENSION_SUFFIXES))


def test_the_compiled_modules_are_imported_all_or_none():
    compiled = {name: _is_extension(name) for name in COMPILED}
    if os.environ.get("NCCD_MYPYC") == "1":
        assert all(compiled.values()), f"built with NCCD_MYPYC=1, but imported from source: " \
            f"{sorted(n for n, c in compiled.items() if not c)}"
    elif not any(compiled.values()):
        pytest.skip("a pure-Python install (editable, NCCD_MYPYC=0, or no C compiler)")
    else:
        assert all(compiled.values()), f"a partly compiled install: {compiled}"


def test_the_compiled_modules_are_the_ones_type_checked_as_mypyc_compiles_them():
    """pyproject.toml checks the bodies of their unannotated functions (check_untyped_defs), as
    mypyc compiles them: .ci/typecheck then finds what would break the compiled build."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["mypy"]["overrides"]
    checked = [o for o in config if o.get("check_untyped_defs")]
    assert len(checked) == 1 and sorted(checked[0]["module"]) == sorted(COMPILED)
