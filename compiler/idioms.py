"""What a reduce computes, recognised by running its reducer, not by how it is spelled.

Frameworks write the same reduction in many ways: torch_xla's ``torch.all`` reducer is
``select(and(x != false, y != false), true, false)``, JAX's is ``and(x, y)``; torch_xla's
``argmax`` comparator picks with ``>=`` and breaks ties with ``minimum`` of the indices, JAX's
with ``>`` or ``x != x`` and ``<`` on the indices. Matching each spelling would break on the next
one, so a scalar, elementwise reducer is run (with the reference runtime) on probe values
covering every case that can tell the candidates apart — ties, NaN, infinities, signed zeros,
indices in both orders — and compared with what each known reduction computes.

* :func:`boolean_combination`: a ``pred`` reducer that computes ``and`` or ``or``.
* :func:`arg_extreme`: a two-array reduce of (values, iota along the reduced dimension) whose
  comparator keeps the first extreme index: argmax/argmin, with the NaN rule of its comparator.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .ir.dtypes import ElementType
from .ir.module import Computation, Instruction
from .ir.opcodes import Opcode

#: Truth tables over (p0, p1) in ((F, F), (F, T), (T, F), (T, T)).
_TRUTH_TABLES: dict[tuple[bool, ...], str] = {(False, False, False, True): "and", (False, True, True, True): "or"}


def _runs_on_scalars(comp: Computation) -> bool:
    from .runtime.ops._computations import is_vectorizable
    return comp.root is not None and is_vectorizable(comp)


def _run(comp: Computation, args: list[np.ndarray]) -> list[np.ndarray] | None:
    """``comp`` applied elementwise to ``args``; None when it cannot run (elided constants...)."""
    from .runtime.interpreter import ExecutionContext
    from .runtime.ops._computations import apply
    try:
        return [np.asarray(r) for r in apply(comp, args, ExecutionContext(None))]
    except Exception:  # noqa: BLE001 - a reducer we cannot run is simply not recognised
        return None


@lru_cache(maxsize=1024)
def boolean_combination(comp: Computation) -> str | None:
    """``"and"``/``"or"`` when ``comp`` is a reducer of two ``pred`` scalars computing that."""
    params, root = comp.parameters, comp.root
    if len(params) != 2 or root is None or not _runs_on_scalars(comp) or root.shape.is_tuple:
        return None
    if any(s.element_type is not ElementType.PRED for s in (params[0].shape, params[1].shape, root.shape)):
        return None
    out = _run(comp, [np.array([False, False, True, True]), np.array([False, True, False, True])])
    if out is None or len(out) != 1:
        return None
    return _TRUTH_TABLES.get(tuple(bool(v) for v in out[0].reshape(-1)))


# -- argmax / argmin -----------------------------------------------------------------------------

#: How a comparator treats NaN, as XLA evaluates the reduce (a left fold from the init value):
#: "first": NaN is the extreme and the first NaN wins (jnp.argmax: it picks ``x != x``);
#: "restart": a NaN is replaced by the next element, so the result is the first extreme after the
#: last NaN, or the last index when the row ends with NaN (torch_xla's ``>=``/``<=`` comparator).
NAN_RULES = ("first", "restart")


@dataclass(frozen=True)
class ArgExtreme:
    kind: str           # "max" or "min"
    nan: str            # one of NAN_RULES
    dimension: int      # the reduced dimension of the values

    @property
    def kernel(self) -> str:
        return "AwsNeuronArgMax" if self.kind == "max" else "AwsNeuronArgMin"

    @property
    def backend_config(self) -> str:
        """The dimension (torch-neuronx's convention), then the NaN rule when it is not the default."""
        return str(self.dimension) if self.nan == "first" else f"{self.dimension};nan={self.nan}"


def _framework_comparator(kind: str, nan: str):
    """The (value, index) a known comparator keeps for (lhs, rhs), as numpy."""
    def pick(lv, li, rv, ri):
        better = lv > rv if kind == "max" else lv < rv
        if nan == "first":  # jnp.argmax: pick = better | isnan(lhs); index ties -> lower index
            take = better | (lv != lv)
            take_index = take | ((lv == rv) & (li < ri))
            return np.where(take, lv, rv), np.where(take_index, li, ri)
        # torch_xla: pick = lhs >= rhs (<= for min); equal values -> minimum of the indices
        take = (lv >= rv) if kind == "max" else (lv <= rv)
        return np.where(take, lv, rv), np.where(lv == rv, np.minimum(li, ri), np.where(take, li, ri))
    return pick


def _probe_values(et: ElementType) -> list:
    if et.is_float:
        return [-np.inf, -2.5, -0.0, 0.0, 1.0, np.inf, np.nan]
    info = np.iinfo(_numpy(et))
    return [info.min, -3 if info.min < 0 else 0, 0, 2, info.max]


def _numpy(et: ElementType) -> np.dtype:
    from .runtime.ops._common import np_dtype
    return np_dtype(et)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype.kind in "fV" or b.dtype.kind in "fV":  # ml_dtypes floats are kind "V"
        a, b = a.astype(np.float64), b.astype(np.float64)
        return bool(np.array_equal(a, b, equal_nan=True) and np.array_equal(np.signbit(a), np.signbit(b)))
    return bool(np.array_equal(a.astype(np.int64), b.astype(np.int64)))


@lru_cache(maxsize=1024)
def _comparator_kind(comp: Computation, value_type: ElementType, index_type: ElementType) -> tuple | None:
    """(kind, nan rule) of an argmax/argmin comparator, or None."""
    params, root = comp.parameters, comp.root
    if len(params) != 4 or root is None or not _runs_on_scalars(comp) or not root.shape.is_tuple:
        return None
    probes = list(itertools.product(_probe_values(value_type), (0, 1, 2), _probe_values(value_type), (0, 1, 2)))
    lv, li, rv, ri = (np.array([p[k] for p in probes], dtype=np.float64 if value_type.is_float else np.int64)
                      for k in range(4))
    vdt, idt = _numpy(value_type), _numpy(index_type)
    out = _run(comp, [lv.astype(vdt), li.astype(idt), rv.astype(vdt), ri.astype(idt)])
    if out is None or len(out) != 2:
        return None
    for kind, nan in itertools.product(("max", "min"), NAN_RULES):
        want_value, want_index = _framework_comparator(kind, nan)(lv, li.astype(np.int64), rv, ri.astype(np.int64))
        if _same(out[0], want_value.astype(vdt)) and _same(out[1], want_index):
            return kind, nan
    return None


def _iota_dimension(inst: Instruction) -> int | None:
    """The dimension ``inst`` counts along when it is an iota (or a broadcast of a 1-D iota)."""
    if inst.opcode is Opcode.IOTA:
        return inst.attrs.get("iota_dimension")
    if inst.opcode is Opcode.BROADCAST and inst.operands and inst.operands[0].opcode is Opcode.IOTA:
        dims = tuple(inst.attrs.get("dimensions", ()))
        if inst.operands[0].shape.rank == 1 and len(dims) == 1:
            return dims[0]
    return None


def _scalar_constant(inst: Instruction):
    if inst.opcode is not Opcode.CONSTANT or not inst.shape.is_array or inst.shape.rank != 0:
        return None
    if inst.literal is None or inst.literal.elided:
        return None
    return np.asarray(inst.literal.to_numpy()).reshape(())


def _identity(kind: str, et: ElementType):
    if et.is_float:
        return -np.inf if kind == "max" else np.inf
    info = np.iinfo(_numpy(et))
    return info.min if kind == "max" else info.max


def arg_extreme(inst: Instruction) -> ArgExtreme | None:
    """What an argmax/argmin reduce computes, or None when ``inst`` is not one.

    The reduce must take (values, iota along the one reduced dimension) with init values
    (the identity of the extreme, 0), and its comparator must keep the first extreme index.
    """
    if inst.opcode is not Opcode.REDUCE or len(inst.operands) != 4 or not inst.shape.is_tuple:
        return None
    values, index, value_init, index_init = inst.operands
    dims = tuple(inst.attrs.get("dimensions", ()))
    comp = inst.attrs.get("to_apply")
    if len(dims) != 1 or not isinstance(comp, Computation) or not values.shape.is_array:
        return None
    vt, it = values.shape.element_type, index.shape.element_type
    if not (vt.is_float or vt.is_integral) or vt is ElementType.PRED or not it.is_integral or it is ElementType.PRED:
        return None
    if not 0 <= dims[0] < values.shape.rank:  # the verifier reports it; the idiom is not there
        return None
    if vt.is_complex or (vt.is_float and vt.bits < 16) or values.shape.dims[dims[0]] < 1:
        return None
    if _iota_dimension(index) != dims[0]:
        return None
    found = _comparator_kind(comp, vt, it)
    if found is None:
        return None
    kind, nan = found
    init, start = _scalar_constant(value_init), _scalar_constant(index_init)
    if init is None or start is None or int(start) != 0:
        return None
    if float(init.astype(np.float64)) != float(_identity(kind, vt)):
        return None
    return ArgExtreme(kind, nan, dims[0])
