"""Shared test helpers: structural comparison of modules and corpus file lists."""

from __future__ import annotations

import math
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The folder CI puts beside the checkout (corpora, reference facts); a new user's clone has none.
SHARED = REPO.parent / "shared"
HLOENV = SHARED / "corpus" / "hloenv"
XLA_TESTS = SHARED / "corpus" / "xla-tests"
#: The one reason every test over ../shared gives when it is absent (see conftest.py).
SHARED_MISSING = ("../shared is not beside this checkout (as in a fresh clone), "
                  "so the tests over its corpora are skipped")


def have_shared() -> bool:
    return HLOENV.is_dir()
JAX_CORPUS = REPO / "tests" / "corpus" / "jax"
TORCH_CORPUS = REPO / "tests" / "corpus" / "torch"


def hloenv_files() -> list[Path]:
    return sorted(HLOENV.glob("*.txt"))


def jax_text_files() -> list[Path]:
    return sorted(JAX_CORPUS.glob("*/*.hlo.txt"))


def _values(lit) -> list | None:
    if lit.values is None:
        return None
    # Compare in the element type: text holds decimals ("0.693147182"), protos hold the
    # rounded binary value (float32 0.6931472); both are the same f32 constant.
    values = lit.to_numpy().reshape(-1)
    etype = lit.shape.element_type
    if etype.is_float:
        import numpy as np

        with np.errstate(invalid="ignore"):  # a signalling NaN (nan(0x1)) raises "invalid" when widened
            values = values.astype("float64")
    elif etype.is_integral and etype.bits < 8:
        values = values.astype("int64")
    return values.tolist()


def _same_scalar(a, b) -> bool:
    if isinstance(a, complex) or isinstance(b, complex):
        return _same_scalar(complex(a).real, complex(b).real) and _same_scalar(complex(a).imag, complex(b).imag)
    if isinstance(a, float) or isinstance(b, float):
        fa, fb = float(a), float(b)
        return (math.isnan(fa) and math.isnan(fb)) or fa == fb
    return a == b


def literals_equal(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if a.shape.without_layout() != b.shape.without_layout():
        return False
    if a.shape.is_tuple:
        return len(a.elements) == len(b.elements) and all(map(literals_equal, a.elements, b.elements))
    va, vb = _values(a), _values(b)
    if va is None or vb is None:
        return va is vb
    return len(va) == len(vb) and all(_same_scalar(x, y) for x, y in zip(va, vb))


def _attr_key(value):
    from nccd.compiler.ir.module import Computation

    if isinstance(value, Computation):
        return ("computation", value.name)
    if isinstance(value, tuple) and value and isinstance(value[0], Computation):
        return ("computations", tuple(c.name for c in value))
    return value


def assert_modules_equal(a, b, check_metadata: bool = True, computation_order: bool = True) -> None:
    """Assert two modules have the same computations, instructions, shapes, attributes and literals."""
    assert a.name == b.name, (a.name, b.name)
    if computation_order:
        assert list(a.computations) == list(b.computations)
    else:  # XLA's proto lists computations in post order, its printer in definition order
        assert sorted(a.computations) == sorted(b.computations)
    assert a.entry.name == b.entry.name
    assert a.entry_computation_layout == b.entry_computation_layout
    if check_metadata:
        assert a.stack_frames == b.stack_frames
    for name, ca in a.computations.items():
        cb = b.computations[name]
        assert [i.name for i in ca.instructions] == [i.name for i in cb.instructions], name
        assert ca.root.name == cb.root.name, name
        for ia, ib in zip(ca.instructions, cb.instructions):
            where = f"{name}/{ia.name}"
            assert ia.opcode is ib.opcode, where
            assert ia.shape == ib.shape, (where, ia.shape, ib.shape)
            assert [o.name for o in ia.operands] == [o.name for o in ib.operands], where
            assert ia.parameter_number == ib.parameter_number, where
            assert {k: _attr_key(v) for k, v in ia.attrs.items()} == \
                {k: _attr_key(v) for k, v in ib.attrs.items()}, where
            assert [p.name for p in ia.control_predecessors] == [p.name for p in ib.control_predecessors]
            assert literals_equal(ia.literal, ib.literal), where
            if check_metadata:
                assert ia.metadata == ib.metadata, (where, ia.metadata, ib.metadata)


XLA_CORPUS = REPO / "tests" / "corpus" / "xla"


def xla_text_files() -> list[Path]:
    """Every HLO text of tests/corpus/xla: handwritten modules, XLA's re-prints, compiled dumps."""
    return sorted(XLA_CORPUS.rglob("*.hlo.txt"))
