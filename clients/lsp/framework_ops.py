"""Framework calls -> the HLO operations they lower to, checked against the operator tables.

The table says what JAX (0.10) and PyTorch/XLA emit for a call; whether a
target runs that is not decided here but by ``compiler/targets/operators.json``
through :mod:`nccd.compiler.targets.tables`, so the language server and the
compiler never disagree. Only calls whose lowering is unsupported somewhere
are listed: everything else lowers to operators every target has.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

#: Stands for a host callback: the custom-call target JAX's callbacks lower to.
HOST_CALLBACK = "custom-call:xla_python_cpu_callback"


def _names(namespaces: tuple[str, ...], functions: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{ns}.{fn}" for ns in namespaces for fn in functions)


_JNP_TORCH = ("jax.numpy", "torch")
_ALL_MATH = ("jax.numpy", "torch", "jax.lax", "torch.special", "jax.scipy.special")

#: (qualified names, HLO lowering). Prefix entries end with a dot.
_TABLE: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # control flow
    (("jax.lax.cond", "jax.lax.switch", "torch.cond", "torch._higher_order_ops.cond"), ("conditional",)),
    (("jax.lax.while_loop", "jax.lax.fori_loop", "jax.lax.scan", "jax.lax.map", "torch.while_loop",
      "torch._higher_order_ops.while_loop"), ("while",)),
    # linear algebra: solves go through LU/Cholesky and a triangular solve
    (("jax.numpy.linalg.solve", "jax.scipy.linalg.solve", "jax.scipy.linalg.solve_triangular",
      "jax.scipy.linalg.cho_solve", "jax.scipy.linalg.lu_solve", "jax.lax.linalg.triangular_solve",
      "torch.linalg.solve", "torch.linalg.solve_ex", "torch.linalg.solve_triangular", "torch.triangular_solve",
      "torch.cholesky_solve", "torch.linalg.lu_solve"), ("triangular-solve",)),
    (("jax.numpy.linalg.cholesky", "jax.scipy.linalg.cholesky", "jax.lax.linalg.cholesky",
      "torch.linalg.cholesky", "torch.cholesky"), ("cholesky",)),
    (("jax.numpy.fft.", "jax.scipy.fft.", "jax.lax.fft", "torch.fft.", "torch.stft", "torch.istft"), ("fft",)),
    (("jax.lax.reduce_precision",), ("reduce-precision",)),
    (("jax.numpy.sort", "jax.numpy.argsort", "jax.lax.sort", "jax.numpy.median", "torch.sort", "torch.argsort",
      "torch.msort", "torch.median"), ("sort",)),
    (("jax.lax.top_k", "torch.topk"), ("topk",)),
    (("jax.debug.print", "jax.debug.callback", "jax.pure_callback", "jax.experimental.io_callback",
      "jax.experimental.host_callback.call", "jax.experimental.host_callback.id_tap"), (HOST_CALLBACK,)),
    # elementwise functions NeuronCore-v1 lacks
    (_names(_ALL_MATH, ("tan", "sinh", "cosh", "asin", "acos", "atan", "arcsin", "arccos", "arctan", "asinh",
                        "acosh", "atanh", "arcsinh", "arccosh", "arctanh", "cbrt", "erf", "expm1", "log1p")),
     ("__elementwise__",)),
    (_names(_JNP_TORCH, ("atan2", "arctan2")) + ("jax.lax.atan2",), ("atan2",)),
    (_names(_JNP_TORCH, ("remainder", "fmod")) + ("jax.lax.rem",), ("remainder",)),
    (_names(_JNP_TORCH, ("round", "rint")) + ("jax.lax.round",), ("round-nearest-even",)),
    (_names(_JNP_TORCH, ("isfinite",)) + ("jax.lax.is_finite",), ("is-finite",)),
    (("jax.nn.sigmoid", "jax.lax.logistic", "torch.sigmoid", "torch.nn.functional.sigmoid"), ("logistic",)),
    (("torch.nn.functional.gelu", "jax.scipy.special.erfc"), ("erf",)),
)

#: Elementwise function name -> HLO opcode text, for the ``__elementwise__`` rows.
_ELEMENTWISE = {"tan": "tan", "sinh": "sinh", "cosh": "cosh", "asin": "asin", "acos": "acos", "atan": "atan",
                "arcsin": "asin", "arccos": "acos", "arctan": "atan", "asinh": "asinh", "acosh": "acosh",
                "atanh": "atanh", "arcsinh": "asinh", "arccosh": "acosh", "arctanh": "atanh", "cbrt": "cbrt",
                "erf": "erf", "expm1": "exponential-minus-one", "log1p": "log-plus-one"}

_EXACT: dict[str, tuple[str, ...]] = {}
_PREFIXES: list[tuple[str, tuple[str, ...]]] = []
for _names_, _lowering in _TABLE:
    for _name in _names_:
        lowered = (_ELEMENTWISE[_name.rsplit(".", 1)[1]],) if _lowering == ("__elementwise__",) else _lowering
        if _name.endswith("."):
            _PREFIXES.append((_name, lowered))
        else:
            _EXACT[_name] = lowered


def lowering(qualified: str) -> tuple[str, ...]:
    """The HLO operations ``qualified`` lowers to that some target lacks; () for everything else."""
    found = _EXACT.get(qualified)
    if found is not None:
        return found
    for prefix, ops in _PREFIXES:
        if qualified.startswith(prefix):
            return ops
    return ()


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a target refuses an HLO operation a call lowers to."""

    operation: str     # HLO opcode text, or the custom-call target
    code: str          # the compiler's diagnostic code for it (NCC-E100, NCC-E108...)
    reason: str
    hint: str | None


@lru_cache(maxsize=4096)
def refusals(qualified: str, target: str) -> tuple[Refusal, ...]:
    """What ``target``'s operator table says no to in the lowering of ``qualified``."""
    ops = lowering(qualified)
    if not ops:
        return ()
    from nccd.compiler.ir.opcodes import BY_TEXT as OPCODE_BY_TEXT
    from nccd.compiler.targets import tables

    out = []
    for op in ops:
        if op.startswith("custom-call:"):
            name = op.split(":", 1)[1]
            verdict = tables.custom_call(name, target)
            if not verdict.allowed:
                out.append(Refusal(f"custom-call {name}", verdict.code or "NCC-E130",
                                   f"host callbacks are not supported on {target}", verdict.hint))
            continue
        support = tables.entry(OPCODE_BY_TEXT[op]).on(target)
        if not support.supported:
            out.append(Refusal(op, support.code or "NCC-E100", support.reason or "not supported", support.hint))
    return tuple(out)


@lru_cache(maxsize=16)
def integer_dot_restriction(target: str) -> str | None:
    """The table's description of the integer-dot restriction on ``target``, or None if ints are exact."""
    from nccd.compiler.ir.opcodes import Opcode
    from nccd.compiler.targets import tables

    support = tables.entry(Opcode.DOT).on(target)
    for constraint in support.constraints:
        if constraint.id == "dot.integer-downcast":
            return constraint.description
    return None


#: The loops whose trip count the program decides (``lax.while_loop``'s condition, ``fori_loop``'s bounds).
LOOPS = frozenset({"jax.lax.while_loop", "jax.lax.fori_loop", "torch.while_loop", "torch._higher_order_ops.while_loop"})


@lru_cache(maxsize=16)
def dynamic_trip_count_refusal(target: str) -> Refusal | None:
    """What ``target``'s table says about a ``while`` whose trip count depends on data (None: nothing against it).

    On a target without ``while`` at all, :func:`refusals` already says so for the call.
    """
    from nccd.compiler.ir.opcodes import Opcode
    from nccd.compiler.targets import tables

    support = tables.entry(Opcode.WHILE).on(target)
    if not support.supported:
        return None
    for constraint in support.constraints:
        if constraint.id == "while.static-trip-count":
            return Refusal("while", constraint.code, constraint.description, None)
    return None
