"""The reference interpreter: runs an HLO module on numpy arrays.

``evaluate(module, args)`` checks the whole module for instructions it cannot
run (raising :class:`UnsupportedOp` before doing any work), checks each
argument against its entry parameter, then walks the entry computation in
dependency order with an ``env`` keyed by instruction, dropping each value
after its last use. Called computations (loop bodies, reducers, branches) run
through :meth:`ExecutionContext.call`, which keeps one explicit stack of frames
for the calls, fusions, loops and branches nested inside them: nesting to any
depth takes no Python recursion. A failure inside an instruction is re-raised
as :class:`ExecutionError` naming the instruction and its position.
"""

from __future__ import annotations

import functools

import numpy as np

from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import Opcode
from ..ir.shapes import Shape
from .errors import ExecutionError, RuntimeInputError, UnsupportedOp
from .ops import CALLING_STEPS, INTERPRETER_OPCODES, OP_CHECKS, OP_IMPLEMENTATIONS
from .ops._common import TOKEN, dtype_of, np_dtype


class _Plan:
    """A computation's instructions in dependency order, with the values each step frees."""

    __slots__ = ("steps", "root")

    def __init__(self, comp: Computation):
        # the computation's own order (a pass may have scheduled it), restricted to what the root needs
        root = comp.require_root()
        needed = set(_dependency_order(root))
        order = [inst for inst in comp.instructions if inst in needed]
        if len(order) != len(needed):  # instructions not listed in the computation: keep DFS order
            order = _dependency_order(root)
        last_use: dict[Instruction, int] = {}
        for step, inst in enumerate(order):
            for operand in inst.operands:
                last_use[operand] = step
        frees: list[list[Instruction]] = [[] for _ in order]
        for inst, step in last_use.items():
            if inst is not root:
                frees[step].append(inst)
        self.steps = [(inst, tuple(inst.operands), tuple(free)) for inst, free in zip(order, frees)]
        self.root = root


def _dependency_order(root: Instruction) -> list[Instruction]:
    """Instructions the root depends on, operands before users (iterative post-order DFS)."""
    order: list[Instruction] = []
    state: dict[Instruction, bool] = {}  # False: being expanded, True: emitted
    stack = [(root, False)]
    while stack:
        inst, expanded = stack.pop()
        if expanded:
            state[inst] = True
            order.append(inst)
            continue
        if inst in state:
            continue
        state[inst] = False
        stack.append((inst, True))
        for operand in reversed(inst.operands):
            if operand not in state:
                stack.append((operand, False))
    return order


class ExecutionContext:
    """State of one run: plans of the computations seen, constants, the rng stream.

    ``max_while_iterations`` bounds every while loop (None: unbounded), for callers
    such as constant folding that must not hang on a long loop.
    """

    def __init__(self, module: Module | None = None, max_while_iterations: int | None = None,
                 plans: dict | None = None, constants: dict | None = None, observer=None):
        self.module = module
        #: ``observer(instruction, value)`` sees every value computed (the numerics diagnosis uses it).
        self.observer = observer
        self.max_while_iterations = max_while_iterations
        self.constants: dict[Instruction, object] = {} if constants is None else constants
        self.rng_counter = 0
        #: Plans and constants outlive one run when the caller keeps these dicts (an Executable does).
        self._plans: dict[Computation, _Plan] = {} if plans is None else plans

    def call(self, comp: Computation, args: list, check_shapes: bool = True):
        """Run ``comp`` on already-checked ``args``; ``check_shapes=False`` lets scalar
        computations run on whole arrays (vectorised reducers)."""
        return _run_nested(self.plan(comp), args, self, check_shapes)

    def plan(self, comp: Computation) -> _Plan:
        plan = self._plans.get(comp)
        if plan is None:
            plan = self._plans[comp] = _Plan(comp)
        return plan


def _run_nested(plan: _Plan, args: list, ctx: ExecutionContext, check_shapes: bool):
    """Run one computation, and every computation its instructions call, on an explicit stack
    with one frame per computation being run: a frame yields the call it needs, the callee's
    frame is pushed, and its value (or its error) is handed back to the caller's frame."""
    stack = [_frame(plan, args, ctx, check_shapes)]
    sent: object = None
    error: BaseException | None = None
    while True:
        frame = stack[-1]
        try:
            comp, call_args = frame.throw(error) if error is not None else frame.send(sent)
        except StopIteration as done:
            stack.pop()
            if not stack:
                return done.value
            sent, error = done.value, None
            continue
        except BaseException as failure:  # the frame failed: its caller sees the error at the call
            stack.pop()
            if not stack:
                raise
            sent, error = None, failure
            continue
        stack.append(_frame(ctx.plan(comp), call_args, ctx, True))
        sent, error = None, None


def _frame(plan: _Plan, args: list, ctx: ExecutionContext, check_shapes: bool):
    """Run one computation's steps; an instruction that calls computations (CALLING_STEPS) yields
    each ``(computation, arguments)`` call to _run_nested and is sent its value."""
    env: dict[Instruction, object] = {}
    implementations = OP_IMPLEMENTATIONS
    calling_steps = CALLING_STEPS
    for inst, operands, frees in plan.steps:
        if inst.opcode is Opcode.PARAMETER:
            assert inst.parameter_number is not None  # the front ends number every parameter
            value = args[inst.parameter_number]
        else:
            impl = implementations.get(inst.opcode)
            if impl is None:
                raise UnsupportedOp(f"{inst.opcode.text} has no reference implementation", inst)
            try:
                step = calling_steps.get(inst.opcode)
                if step is not None:
                    value = yield from step(inst, [env[o] for o in operands], ctx)
                else:
                    value = impl(inst, [env[o] for o in operands], ctx)
            except ExecutionError as error:
                raise error.locate(inst) from error.__cause__
            except Exception as error:  # an op failing on its inputs: say which instruction
                raise ExecutionError(f"{type(error).__name__}: {error}", inst) from error
            if not isinstance(value, (np.ndarray, tuple)) and value is not TOKEN:
                value = np.asarray(value)
            if check_shapes:
                problem = _mismatch(inst.shape, value)
                if problem is not None:
                    raise ExecutionError(f"implementation returned {problem}", inst)
        env[inst] = value
        if ctx.observer is not None:
            ctx.observer(inst, value)
        for done in frees:
            del env[done]
    return env[plan.root]


def _value_text(value) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(_value_text(v) for v in value) + ")"
    if value is TOKEN:
        return "token"
    if isinstance(value, np.ndarray):
        return f"{value.dtype}[{','.join(map(str, value.shape))}]"
    return type(value).__name__


def _mismatch(shape: Shape, value) -> str | None:
    """None if ``value`` has exactly ``shape`` (dims and dtype), else a description."""
    if shape.is_tuple:
        if not isinstance(value, tuple) or len(value) != len(shape.tuple_shapes):
            return f"{_value_text(value)} for {shape.text(False)}"
        for sub_shape, sub_value in zip(shape.tuple_shapes, value):
            problem = _mismatch(sub_shape, sub_value)
            if problem is not None:
                return problem
        return None
    if shape.is_token:
        return None if value is TOKEN else f"{_value_text(value)} for token[]"
    if (not isinstance(value, np.ndarray) or value.shape != shape.dims
            or value.dtype != dtype_of(shape)):
        return f"{_value_text(value)} for {shape.text(False)} ({dtype_of(shape)})"
    return None


# -- checking a module before running it ---------------------------------------------------

def supported_opcodes() -> frozenset[Opcode]:
    """Opcodes the runtime implements (some still depend on attributes; see can_execute)."""
    return frozenset(OP_IMPLEMENTATIONS) | INTERPRETER_OPCODES


#: numpy's limit on the number of dimensions of an array.
MAX_RANK = 64


@functools.lru_cache(maxsize=4096)
def _shape_problem(shape: Shape) -> str | None:
    for leaf in shape.leaf_shapes():
        if leaf.is_token:
            continue
        if not leaf.is_array:
            return f"element type {leaf.element_type.text} has no runtime value"
        if leaf.rank > MAX_RANK:
            return (f"rank {leaf.rank} ({leaf.text(False)[:60]}...): the reference runtime's arrays (numpy) have at "
                    f"most {MAX_RANK} dimensions")
        if any(leaf.dynamic):
            return f"dynamic shape {leaf.text(False)} (the reference runtime runs static shapes only)"
        try:
            np_dtype(leaf.element_type)
        except TypeError:
            return f"element type {leaf.element_type.text} has no numpy representation"
    return None


def can_execute(inst: Instruction) -> str | None:
    """None if the runtime can execute ``inst``, else the reason it cannot."""
    if inst.opcode not in OP_IMPLEMENTATIONS and inst.opcode not in INTERPRETER_OPCODES:
        return f"{inst.opcode.text} has no reference implementation"
    check = OP_CHECKS.get(inst.opcode)
    if check is not None:
        reason = check(inst)
        if reason is not None:
            return reason
    for shape in [inst.shape] + [o.shape for o in inst.operands]:
        reason = _shape_problem(shape)
        if reason is not None:
            return reason
    return None


def unsupported_instructions(module: Module) -> list[tuple[Instruction, str]]:
    """Every instruction of the computations reachable from the entry that cannot run."""
    problems = []
    for comp in module.reachable_computations():
        for inst in comp.instructions:
            reason = can_execute(inst)
            if reason is not None:
                problems.append((inst, reason))
    return problems


# -- entry points -------------------------------------------------------------------------

def _argument(param: Instruction, shape: Shape, value, where: str):
    """``value`` checked (and, for Python scalars/lists, converted) against ``shape``."""
    expected = shape.text(False)
    if shape.is_tuple:
        if not isinstance(value, (tuple, list)) or len(value) != len(shape.tuple_shapes):
            raise RuntimeInputError(f"{where} expects a tuple {expected}, got {_value_text(value)}")
        return tuple(_argument(param, s, v, f"{where}[{i}]")
                     for i, (s, v) in enumerate(zip(shape.tuple_shapes, value)))
    if shape.is_token:
        return TOKEN
    dtype = dtype_of(shape)
    if not isinstance(value, np.ndarray):
        try:
            value = np.asarray(value, dtype=dtype)
        except (TypeError, ValueError, OverflowError) as error:
            raise RuntimeInputError(f"{where} expects {expected}, got {value!r}: {error}") from None
    if value.dtype != dtype or value.shape != shape.dims:
        raise RuntimeInputError(f"{where} expects {expected} ({dtype}), got {_value_text(value)}")
    return value


def _checked_arguments(comp: Computation, args) -> list:
    params = comp.parameters
    args = list(args)
    if len(args) != len(params):
        raise RuntimeInputError(f"computation {comp.name} takes {len(params)} argument(s) "
                                f"({', '.join(p.shape.text(False) for p in params)}), got {len(args)}")
    values: list[object] = [None] * len(params)
    for param, value in zip(params, args):
        where = f"parameter {param.parameter_number} (%{param.name})"
        assert param.parameter_number is not None  # the front ends number every parameter
        values[param.parameter_number] = _argument(param, param.shape, value, where)
    return values


def _leaves(value) -> list:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def evaluate_computation(comp: Computation, args, ctx: ExecutionContext | None = None):
    """Run one computation on ``args``; returns its value (an array, TOKEN, or nested tuples)."""
    ctx = ctx or ExecutionContext()
    values = _checked_arguments(comp, args)
    with np.errstate(all="ignore"):
        return ctx.call(comp, values)


def evaluate(module: Module, args, *, max_while_iterations: int | None = None) -> list:
    """Run ``module``'s entry on ``args`` (one per parameter, in parameter order).

    Returns the result's leaves as fresh numpy arrays (tuples flattened depth first;
    a token leaf is :data:`TOKEN`). Raises UnsupportedOp before running if any reachable
    instruction cannot run, RuntimeInputError for a bad argument, ExecutionError on failure.
    """
    if module.entry is None:
        raise RuntimeInputError(f"module {module.name} has no entry computation")
    problems = unsupported_instructions(module)
    if problems:
        inst, reason = problems[0]
        raise UnsupportedOp(reason, inst)
    ctx = ExecutionContext(module, max_while_iterations)
    result = evaluate_computation(module.entry, args, ctx)
    return [leaf if leaf is TOKEN else np.array(leaf) for leaf in _leaves(result)]
