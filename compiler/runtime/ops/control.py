"""Control flow and structure: while, conditional, call, fusion, async wrappers, tuples,
constants, opt-barrier, custom-call.

Instructions that call computations are generators (CALLING_STEPS) the interpreter runs on
its own stack, so nesting depth costs no Python recursion. A conditional
with an s32 index out of range, negative included, runs the last branch (XLA).
Custom calls run only for the targets in :data:`CUSTOM_CALLS`; anything else
(LAPACK kernels, host callbacks, GPU kernels) is an :class:`UnsupportedOp`.
"""

from __future__ import annotations

import functools

import numpy as np

from ...ir.opcodes import Opcode
from ..errors import ExecutionError, UnsupportedOp
from ._common import TOKEN, dtype_of
from .kernels import run_kernel
from .neuron_calls import DEVICE_ONLY, NEURON_CALLS
from .random import threefry2x32
from .reduction import sort_permutation


def literal_value(literal):
    """A constant's value: an array, or a tuple of values for tuple literals."""
    if literal.shape.is_tuple:
        return tuple(literal_value(e) for e in literal.elements)
    if literal.shape.is_token:
        return TOKEN
    value = literal.to_numpy()
    value.setflags(write=False)  # constants are shared between runs; nothing may write them
    return value


def _constant(inst, args, ctx):
    cache = getattr(ctx, "constants", None)
    if cache is None:
        return literal_value(inst.literal)
    value = cache.get(inst)
    if value is None:
        value = cache[inst] = literal_value(inst.literal)
    return value


def _tuple(inst, args, ctx):
    return tuple(args)


def _get_tuple_element(inst, args, ctx):
    return args[0][inst.attrs["index"]]


def _identity(inst, args, ctx):
    return args[0]


def _after_all(inst, args, ctx):
    return TOKEN


# -- instructions that call computations --------------------------------------------------------
# Each is a generator: it yields ``(computation, arguments)`` for every call it makes and is sent
# the call's value back. The interpreter runs these on its own stack of frames, so calls, fusions,
# loops and branches nested to any depth take no Python recursion; run eagerly (each call through
# ctx.call) they are the op table's ordinary implementations.

def _call(inst, args, ctx):
    return (yield inst.attrs["to_apply"], list(args))


def _fusion(inst, args, ctx):
    result = run_kernel(inst, args)  # a kernel --model-type recognised, in one numpy pass
    if result is None:
        result = yield inst.attrs["calls"], list(args)
    return result


def _while(inst, args, ctx):
    condition, body = inst.attrs["condition"], inst.attrs["body"]
    state = args[0]
    limit = getattr(ctx, "max_while_iterations", None)
    iterations = 0
    while bool((yield condition, [state])):
        state = yield body, [state]
        iterations += 1
        if limit is not None and iterations > limit:
            raise ExecutionError(f"while loop exceeded {limit} iterations")
    return state


def _conditional(inst, args, ctx):
    branches = inst.attrs.get("branch_computations")
    if branches is None:
        taken = inst.attrs["true_computation"] if bool(args[0]) else inst.attrs["false_computation"]
        operand = args[1] if bool(args[0]) else args[2]
        return (yield taken, [operand])
    index = int(args[0])
    if not 0 <= index < len(branches):
        index = len(branches) - 1
    return (yield branches[index], [args[index + 1]])


def _scan(inst, args, ctx):
    """Body(input slices..., carries...) -> (outputs..., carries...), outputs stacked along the scan dim."""
    carries = inst.attrs.get("num_carries", 0)
    inputs, state = list(args[:len(args) - carries]), list(args[len(args) - carries:])
    (axis,) = inst.attrs["dimensions"]
    body = inst.attrs["to_apply"]
    length = inputs[0].shape[axis] if inputs else 0
    steps = range(length - 1, -1, -1) if inst.attrs.get("is_reverse") else range(length)
    leaves = list(inst.shape.tuple_shapes) if inst.shape.is_tuple else [inst.shape]
    outs = [np.empty(s.dims, dtype_of(s)) for s in leaves[:len(leaves) - carries]]
    for i in steps:
        result = yield body, [np.take(x, i, axis=axis) for x in inputs] + state
        result = list(result) if isinstance(result, tuple) else [result]
        for out, value in zip(outs, result):
            index = [slice(None)] * out.ndim
            index[axis] = i
            out[tuple(index)] = value
        state = result[len(outs):]
    values = outs + state
    return tuple(values) if inst.shape.is_tuple else values[0]


def _async_start(inst, args, ctx):
    """((operands), result, contexts...): the wrapped computation runs eagerly."""
    result = yield inst.attrs["calls"], list(args)
    shapes = inst.shape.tuple_shapes
    values = [tuple(args), result]
    values += [np.zeros(s.dims, dtype_of(s)) for s in shapes[2:]]
    return tuple(values)


#: Opcode -> its generator (above), for the interpreter.
CALLING_STEPS = {
    Opcode.CALL: _call,
    Opcode.FUSION: _fusion,
    Opcode.WHILE: _while,
    Opcode.SCAN: _scan,
    Opcode.CONDITIONAL: _conditional,
    Opcode.ASYNC_START: _async_start,
}


def _eagerly(step):
    """``step`` as an ordinary implementation, each call it yields made through ctx.call (constant
    folding and the numerics analysis evaluate single instructions this way)."""
    def implementation(inst, args, ctx):
        calls = step(inst, args, ctx)
        value = None
        while True:
            try:
                computation, arguments = calls.send(value)
            except StopIteration as done:
                return done.value
            value = ctx.call(computation, arguments)
    return functools.wraps(step)(implementation)


def _async_done(inst, args, ctx):
    return args[0][1]


def _copy_start(inst, args, ctx):
    shapes = inst.shape.tuple_shapes
    return tuple([args[0], args[0]] + [np.zeros(s.dims, dtype_of(s)) for s in shapes[2:]])


def _copy_done(inst, args, ctx):
    return args[0][0]


# -- custom calls ------------------------------------------------------------------------------

def _cc_identity(inst, args, ctx):
    return args[0] if len(args) == 1 else tuple(args)


def _cc_top_k(inst, args, ctx):
    """The ``TopK`` custom call: sort by its comparator, keep the first k (values, indices)."""
    x = args[0]
    k = inst.shape.tuple_shapes[0].dims[-1]
    comparator = inst.attrs.get("to_apply") or (inst.attrs.get("called_computations") or (None,))[0]
    if comparator is None:
        raise ExecutionError("TopK custom call without a comparator computation")
    indices = np.broadcast_to(np.arange(x.shape[-1], dtype=np.int32), x.shape)
    perm = sort_permutation(comparator, [x, indices], ctx)[..., :k]
    return np.take_along_axis(x, perm, axis=-1), perm.astype(np.int32)


def _cc_threefry2x32(inst, args, ctx):
    """JAX's ``cuda_threefry2x32`` kernel: (key0, key1, x0, x1) -> (y0, y1), elementwise."""
    shape = inst.shape.tuple_shapes[0].dims
    key0, key1, x0, x1 = (np.broadcast_to(a, shape) for a in args[:4])
    y0, y1 = threefry2x32(key0, key1, x0, x1)
    return np.asarray(y0), np.asarray(y1)


#: custom_call_target -> implementation. Sharding annotations are identities on one device.
CUSTOM_CALLS = {
    "Sharding": _cc_identity,
    "SPMDFullToShardShape": _cc_identity,
    "SPMDShardToFullShape": _cc_identity,
    "xla.sdy.FuncResultSharding": _cc_identity,
    "xla.sdy.GlobalToLocalShape": _cc_identity,
    "xla.sdy.LocalToGlobalShape": _cc_identity,
    "MoveToHost": _cc_identity,
    "MoveToDevice": _cc_identity,
    "TopK": _cc_top_k,
    "cuda_threefry2x32": _cc_threefry2x32,
    **NEURON_CALLS,
}

#: Why well-known targets cannot run, for the diagnostic.
_UNSUPPORTED_TARGET_REASONS = (
    ("lapack_", "a LAPACK kernel of the CPU backend (decompose the linear algebra into HLO instead)"),
    ("xla_ffi_python", "a host callback into Python"),
    ("xla_python", "a host callback into Python"),
    ("cu", "a CUDA library kernel"),
)


def unsupported_custom_call_reason(target: str) -> str:
    if target in DEVICE_ONLY:
        return f"custom-call target {target!r} is {DEVICE_ONLY[target]}; the reference runtime cannot run it"
    for prefix, why in _UNSUPPORTED_TARGET_REASONS:
        if target.startswith(prefix):
            return f"custom-call target {target!r} is {why}; the reference runtime cannot run it"
    return f"custom-call target {target!r} has no reference implementation"


def _custom_call(inst, args, ctx):
    target = inst.attrs.get("custom_call_target", "")
    impl = CUSTOM_CALLS.get(target)
    if impl is None:
        raise UnsupportedOp(unsupported_custom_call_reason(target))
    return impl(inst, args, ctx)


def _check_custom_call(inst) -> str | None:
    target = inst.attrs.get("custom_call_target", "")
    if target not in CUSTOM_CALLS:
        return unsupported_custom_call_reason(target)
    if CUSTOM_CALLS[target] is _cc_identity:  # an annotation: it must hand its operands on unchanged
        given = [leaf.without_layout() for o in inst.operands for leaf in o.shape.leaf_shapes()]
        produced = [leaf.without_layout() for leaf in inst.shape.leaf_shapes()]
        if given != produced:
            return (f"custom-call target {target!r} is an identity on one device, but turns "
                    f"{', '.join(s.text(False) for s in given) or 'nothing'} into "
                    f"{', '.join(s.text(False) for s in produced)}")
    return None


IMPLEMENTATIONS = {
    Opcode.CONSTANT: _constant,
    Opcode.TUPLE: _tuple,
    Opcode.GET_TUPLE_ELEMENT: _get_tuple_element,
    Opcode.OPT_BARRIER: _identity,
    Opcode.DOMAIN: _identity,
    Opcode.ADD_DEPENDENCY: _identity,
    Opcode.AFTER_ALL: _after_all,
    **{opcode: _eagerly(step) for opcode, step in CALLING_STEPS.items()},
    Opcode.ASYNC_UPDATE: _identity,
    Opcode.ASYNC_DONE: _async_done,
    Opcode.COPY_START: _copy_start,
    Opcode.COPY_DONE: _copy_done,
    Opcode.CUSTOM_CALL: _custom_call,
}


def _check_constant(inst) -> str | None:
    literal = inst.literal
    if literal is None:
        return "constant without a literal"
    stack = [literal]
    while stack:
        lit = stack.pop()
        stack.extend(lit.elements)
        if lit.elided:
            return "constant data was elided as {...} in the HLO text; re-export with full constants"
    return None


CHECKS = {Opcode.CUSTOM_CALL: _check_custom_call, Opcode.CONSTANT: _check_constant}
