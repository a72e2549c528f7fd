"""Target support: which instructions of a module a Neuron target can compile, and why not.

``check_module(module, target)`` walks the computations reachable from the
entry and applies :data:`RULES`, one rule per documented restriction. The
restrictions themselves (which opcode, which generations, the source) are data
in ``operators.json``; a rule bound to a constraint id runs only where the
target's operator entry lists that constraint.

Counting, for the support percentage (``torch_neuronx.analyze`` and
``neuron_parallel_compile --command analyze`` report one over HLO
instructions): an instruction counts when it sits in an *executed*
computation (the entry, while condition and body, call / conditional /
fusion / async callees) and is not a ``parameter``; parameters are inputs, not
operations. Computations *applied* by an instruction (reduce and scatter
combiners, sort comparators, all-reduce reducers) belong to that instruction:
an error inside them makes the applying instruction unsupported. An
instruction is unsupported when it has at least one error diagnostic;
warnings and information do not change the percentage.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Callable, Iterable, Iterator

from .. import diagnostics as D
from ..diagnostics import Diagnostic, Severity
from ..idioms import arg_extreme, boolean_combination
from ..ir.dtypes import ElementType
from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import BY_TEXT as OPCODE_BY_TEXT
from ..ir.opcodes import ELEMENTWISE, PROGRAM_CALLERS, VALUE_FORWARDING, Opcode
from ..ir.shapes import Shape
from ..value_deps import depends_on
from . import tables
from .tables import Constraint, OpSupport, Target

#: ``--implicit-integer-downcast`` kinds (neuronx-cc 2.32); the default allows all of them.
DOWNCAST_KINDS = frozenset(tables.RULES["implicit_integer_downcast"]["kinds"])
#: Callees of these opcodes run as part of the program; other callees are applied by their caller.
_EXECUTES_CALLEES = PROGRAM_CALLERS | {Opcode.FUSION}
_INT64 = frozenset({ElementType.S64, ElementType.U64})
_FLOAT64 = frozenset({ElementType.F64})
_FORWARDING = VALUE_FORWARDING
#: Ops whose result is known at compile time when all operands are.
_OPCODE_OF = attrgetter("opcode")
_STATIC_PROPAGATING = ELEMENTWISE | _FORWARDING | {
    Opcode.SLICE, Opcode.CONCATENATE, Opcode.TRANSPOSE, Opcode.BITCAST_CONVERT, Opcode.REVERSE, Opcode.PAD}


def parse_downcast_kinds(value: "str | Iterable[str] | None") -> frozenset[str]:
    """``--implicit-integer-downcast`` value: ``default``/``all``, ``none`` or a comma list of kinds."""
    if value is None:
        return DOWNCAST_KINDS
    items = [v.strip() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    if items in (["default"], ["all"]):
        return DOWNCAST_KINDS
    if items == ["none"]:
        return frozenset()
    unknown = set(items) - DOWNCAST_KINDS
    if unknown:
        raise ValueError(f"unknown --implicit-integer-downcast kind(s) {sorted(unknown)}; "
                         f"valid: default, all, none, {', '.join(sorted(DOWNCAST_KINDS))}")
    return frozenset(items)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Compile options that change what the target accepts."""

    native_int64: bool = False                          # --native-int64=enabled (trn2+)
    implicit_integer_downcast: frozenset[str] = DOWNCAST_KINDS


# -- static loops and compile-time values ------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LoopInfo:
    """A while loop with a static trip count: ``for (i = start; i <direction> bound; i += step)``."""

    index: int                   # tuple index of the induction variable
    start: int
    bound: int
    step: int
    direction: str
    trip_count: int
    invariant: frozenset[int]    # tuple indices the body passes through unchanged


def _int_constant(inst: Instruction) -> int | None:
    """The value of a scalar integer constant, looking through converts and reshapes."""
    while inst.opcode in _FORWARDING and len(inst.operands) == 1:
        inst = inst.operands[0]
    lit = inst.literal
    if inst.opcode is not Opcode.CONSTANT or lit is None or lit.shape.is_tuple or lit.values is None:
        return None
    if not (lit.shape.element_type.is_integral and lit.shape.num_elements == 1):
        return None
    depends_on(inst)  # loop trip counts: the verdict depends on the value
    values = lit.values.reshape(-1).tolist() if hasattr(lit.values, "reshape") else list(lit.values)
    return int(values[0]) if len(values) == 1 else None


def _is_constant(inst: Instruction) -> bool:
    while inst.opcode in _FORWARDING and len(inst.operands) == 1:
        inst = inst.operands[0]
    return inst.opcode is Opcode.CONSTANT


def _tuple_index(inst: Instruction, param: Instruction) -> int | None:
    """k when ``inst`` is ``get-tuple-element(param), index=k``."""
    if inst.opcode is Opcode.GET_TUPLE_ELEMENT and inst.operands and inst.operands[0] is param:
        return inst.attrs.get("index")
    return None


_FLIP = {"LT": "GT", "GT": "LT", "LE": "GE", "GE": "LE", "NE": "NE", "EQ": "EQ"}


def _trip_count(start: int, bound: int, step: int, direction: str) -> int | None:
    """Iterations of ``i = start; while (i <direction> bound) i += step``; None if unbounded."""
    if direction == "LE":
        bound, direction = bound + 1, "LT"
    elif direction == "GE":
        bound, direction = bound - 1, "GT"
    if direction == "LT":
        if start >= bound:
            return 0
        return -(-(bound - start) // step) if step > 0 else None
    if direction == "GT":
        if start <= bound:
            return 0
        return -(-(start - bound) // -step) if step < 0 else None
    if direction == "NE" and step and (bound - start) % step == 0 and (bound - start) // step >= 0:
        return (bound - start) // step
    return None


def analyze_while(inst: Instruction) -> tuple[LoopInfo | None, str]:
    """Recognise the canonical static loop; returns (info, "") or (None, why not).

    The pattern (lax.fori_loop with Python-int bounds, lax.scan): the loop state is
    a tuple, one integer element is initialised from a constant, the condition
    compares it against a constant (or a loop-invariant element initialised from a
    constant), and the body adds or subtracts a constant.
    """
    cond, body = inst.attrs.get("condition"), inst.attrs.get("body")
    if not isinstance(cond, Computation) or not isinstance(body, Computation) or not inst.operands:
        return None, "the loop has no condition or body"
    init = inst.operands[0]
    if init.opcode is not Opcode.TUPLE:
        return None, "the loop state is not built by a tuple, so no counter has a known start value"
    if not cond.parameters or not body.parameters:
        return None, "the condition or body takes no loop state"
    cond_param, body_param = cond.parameters[0], body.parameters[0]
    body_root = body.root
    invariant: frozenset[int] = frozenset()
    if body_root is not None and body_root.opcode is Opcode.TUPLE:
        invariant = frozenset(k for k, v in enumerate(body_root.operands) if _tuple_index(v, body_param) == k)

    root = cond.root
    if root is None or root.opcode is not Opcode.COMPARE or len(root.operands) != 2:
        return None, "the condition does not end in a compare"
    direction = str(root.attrs.get("direction", ""))
    lhs, rhs = root.operands
    reason = "the condition does not compare a loop counter with a constant"
    for counter, bound_value, dirn in ((lhs, rhs, direction), (rhs, lhs, _FLIP.get(direction, direction))):
        k = _tuple_index(counter, cond_param)
        if k is None or k >= len(init.operands) or not counter.shape.element_type.is_integral:
            continue
        bound = _loop_constant(bound_value, cond_param, invariant, init)
        if bound is None:
            continue
        start = _int_constant(init.operands[k])
        if start is None:
            reason = f"the loop counter (tuple element {k}) does not start from a constant"
            continue
        step = _body_step(body_root, body_param, k, invariant, init)
        if step is None:
            reason = f"the body does not change the loop counter (tuple element {k}) by a constant"
            continue
        trips = _trip_count(start, bound, step, dirn)
        if trips is None:
            reason = (f"the counter starts at {start} and steps by {step}, so `{dirn} {bound}` "
                      "never becomes false")
            continue
        return LoopInfo(k, start, bound, step, dirn, trips, invariant), ""
    return None, reason


def _loop_constant(value: Instruction, param: Instruction, invariant: frozenset[int],
                   init: Instruction) -> int | None:
    """The integer ``value`` always is: a constant, or a loop-invariant element of the state
    (``param``) that ``init`` starts from a constant. (A module-level function, not a closure:
    under mypyc a closure and its environment form a reference cycle, which would keep the
    loop's module alive until the cyclic garbage collector runs.)"""
    found = _int_constant(value)
    if found is not None:
        return found
    k = _tuple_index(value, param)
    if k is not None and k in invariant and k < len(init.operands):
        return _int_constant(init.operands[k])
    return None


def _body_step(root, param, k, invariant: frozenset[int], init: Instruction) -> int | None:
    if root is None or root.opcode is not Opcode.TUPLE or k >= len(root.operands):
        return None
    update = root.operands[k]
    if update.opcode not in (Opcode.ADD, Opcode.SUBTRACT) or len(update.operands) != 2:
        return None
    a, b = update.operands
    if _tuple_index(a, param) == k:
        step = _loop_constant(b, param, invariant, init)
        return None if step is None else (step if update.opcode is Opcode.ADD else -step)
    if update.opcode is Opcode.ADD and _tuple_index(b, param) == k:
        return _loop_constant(a, param, invariant, init)
    return None


# -- the checker ----------------------------------------------------------------------------

class _Checker:
    """Per-run state shared by the rules: the target, options, loops, callers, the walk."""

    def __init__(self, module: Module, target: Target, options: CheckOptions):
        self.module = module
        self.target = target
        self.options = options
        self._loops: dict[int, tuple[LoopInfo | None, str]] = {}
        self._static: dict[int, bool] = {}
        self.once: set[str] = set()
        self._estimate: int | None = None
        self._support: dict[Opcode, OpSupport] = {}
        self._leaf_types: dict[int, frozenset[ElementType]] = {}
        self._leaf_types_in_order: dict[int, tuple[ElementType, ...]] = {}
        self._shapes_kept: list[Shape] = []
        self.executed: list[Computation] = []
        self.applied: list[Computation] = []
        self.owner: dict[int, Instruction] = {}  # id(instruction in an applied computation) -> applier
        self._walk()

    @cached_property
    def callers(self) -> dict[str, list[Instruction]]:
        """Computation name -> its callers: a walk of every instruction, so made when a rule asks."""
        return self.module.callers()

    # walk ---------------------------------------------------------------------------------
    def _walk(self) -> None:
        if self.module.entry is None:
            return
        seen: set[str] = set()
        stack = [self.module.entry]
        while stack:
            comp = stack.pop()
            if comp.name in seen:
                continue
            seen.add(comp.name)
            self.executed.append(comp)
            for inst in comp.calling_instructions():
                for callee in inst.called_computations():
                    if inst.opcode in _EXECUTES_CALLEES:
                        stack.append(callee)
                    else:
                        self._apply(callee, inst, seen)

    def _apply(self, comp: Computation, applier: Instruction, seen: set[str]) -> None:
        stack = [comp]  # a loop, not recursion: applied computations may call others thousands deep
        while stack:
            comp = stack.pop()
            if comp.name in seen:
                continue
            seen.add(comp.name)
            self.applied.append(comp)
            self.owner.update(dict.fromkeys(map(id, comp.instructions), applier))
            callees = [callee for inst in comp.calling_instructions() for callee in inst.called_computations()]
            stack.extend(reversed(callees))  # popped in the order a recursive walk would visit them

    # queries ------------------------------------------------------------------------------
    def leaf_types(self, shape: Shape) -> frozenset[ElementType]:
        """The array element types in ``shape`` (tuples included), once per shape object."""
        found = self._leaf_types.get(id(shape))
        if found is None:
            found = self._leaf_types[id(shape)] = frozenset(self.leaf_types_in_order(shape))
        return found

    def leaf_types_in_order(self, shape: Shape) -> tuple[ElementType, ...]:
        """The array element types in ``shape`` in the order they first appear, once per shape
        object (a while loop's state tuple of hundreds of elements is the shape of every
        get-tuple-element's operand: walked each time, that is quadratic)."""
        found = self._leaf_types_in_order.get(id(shape))
        if found is None:
            found = self._leaf_types_in_order[id(shape)] = tuple(dict.fromkeys(
                leaf.element_type for leaf in shape.leaf_shapes() if leaf.is_array))
            self._shapes_kept.append(shape)  # keeps the id unique while it is a key here
        return found

    def support(self, inst: Instruction) -> OpSupport:
        return self.support_of(inst.opcode)

    def support_of(self, opcode: Opcode) -> OpSupport:
        found = self._support.get(opcode)
        if found is None:  # several rules ask per instruction; the answer depends on the opcode only
            found = self._support[opcode] = tables.entry(opcode).on(self.target)
        return found

    @cached_property
    def opcodes_in_use(self) -> set[Opcode]:
        """The opcodes of the instructions checked, for module-wide rules to ask per opcode."""
        return {i.opcode for comp in self.executed + self.applied for i in comp.instructions}

    @cached_property
    def shapes_in_use(self) -> dict[int, Shape]:
        """id -> shape of the instructions checked (a model has a few hundred shape objects), for
        module-wide rules to ask per shape; the module holds them while the check runs."""
        return {id(i.shape): i.shape for comp in self.executed + self.applied for i in comp.instructions}

    def loop(self, inst: Instruction) -> tuple[LoopInfo | None, str]:
        if id(inst) not in self._loops:
            self._loops[id(inst)] = analyze_while(inst)
        return self._loops[id(inst)]

    def is_static(self, inst: Instruction) -> bool:
        """True if the value is known at compile time once static loops are unrolled."""
        key = id(inst)
        if key not in self._static:
            self._static[key] = False  # cycle guard
            self._static[key] = self._compute_static(inst)
        return self._static[key]

    def _compute_static(self, inst: Instruction) -> bool:
        op = inst.opcode
        if op in (Opcode.CONSTANT, Opcode.IOTA):
            return True
        if op is Opcode.PARAMETER:
            comp = inst.computation
            if comp is None:
                return False
            callers = self.callers.get(comp.name, [])
            return bool(callers) and not comp.is_entry and all(
                c.opcode is Opcode.CALL and inst.parameter_number is not None
                and inst.parameter_number < len(c.operands) and self.is_static(c.operands[inst.parameter_number])
                for c in callers)
        if op is Opcode.GET_TUPLE_ELEMENT and inst.operands:
            src, k = inst.operands[0], inst.attrs.get("index")
            if src.opcode is Opcode.TUPLE and isinstance(k, int) and k < len(src.operands):
                return self.is_static(src.operands[k])
            if src.opcode is Opcode.PARAMETER and src.computation is not None:
                return self._static_loop_element(src.computation, k)
            return False
        if op in _STATIC_PROPAGATING:
            return all(self.is_static(o) for o in inst.operands)
        return False

    def _static_loop_element(self, comp: Computation, k) -> bool:
        """Element k of a while condition/body parameter: the counter, or an invariant static value."""
        loops = [c for c in self.callers.get(comp.name, []) if c.opcode is Opcode.WHILE]
        if not loops or len(loops) != len(self.callers.get(comp.name, [])):
            return False
        for w in loops:
            info, _ = self.loop(w)
            if info is None:
                return False
            if k != info.index and not (k in info.invariant and self.is_static(w.operands[0].operands[k])):
                return False
        return True

    def estimated_instructions(self) -> int:
        """Instruction count with static loops unrolled (the compiler unrolls them)."""
        if self._estimate is None:
            self._estimate = self._count_unrolled()
        return self._estimate

    def _count_unrolled(self) -> int:
        # callees before callers, in a loop (a chain of nested calls may be thousands deep);
        # a callee not counted yet is a malformed cycle and counts 0
        memo: dict[str, int] = {}
        for comp in self.module.reachable_computations():
            opcodes = list(map(_OPCODE_OF, comp.instructions))
            total = len(opcodes) - opcodes.count(Opcode.PARAMETER)  # the rest one each, counted in C
            for inst in [i for i in comp.instructions if i.opcode in _EXECUTES_CALLEES]:  # plus their callees
                if inst.opcode is Opcode.WHILE:
                    info, _ = self.loop(inst)
                    trips = info.trip_count if info is not None else 1
                    total += trips * sum(memo.get(c.name, 0) for c in inst.called_computations())
                else:
                    total += sum(memo.get(c.name, 0) for c in inst.called_computations())
            memo[comp.name] = total
        return memo.get(self.module.entry.name, 0) if self.module.entry is not None else 0

    # diagnostics --------------------------------------------------------------------------
    def diag(self, code: str, inst: Instruction | None, message: str, hint: str | None = None,
             **data) -> Diagnostic:
        data = {"target": self.target.name, **({"opcode": inst.opcode.text} if inst is not None else {}),
                **{k: v for k, v in data.items() if v is not None}}
        if inst is None:
            return Diagnostic(code, message, hint, file=self.module.source_path, data=data)
        comp = inst.computation
        return Diagnostic(code, message, hint, line=inst.line or None, column=inst.column or None,
                          instruction=inst.name, computation=comp.name if comp is not None else None,
                          source=self.module.source_location(inst), stack=tuple(self.module.source_stack(inst)),
                          file=self.module.source_path, data=data)

    def where(self) -> str:
        return f"{self.target.name} ({self.target.generation})"


# -- rules ------------------------------------------------------------------------------------
# Each rule: (checker, instruction, constraint or None) -> diagnostics. Module rules get no instruction.

def _check_operator(ck: _Checker, inst: Instruction, _c) -> Iterator[Diagnostic]:
    s = ck.support(inst)
    if not s.supported:
        name = tables.entry(inst.opcode).list_name
        yield ck.diag(s.code or D.TARGET_UNSUPPORTED_OPERATOR.code, inst,
                      f"{inst.opcode.text} ({name}) is not supported on {ck.where()}: {s.reason}",
                      s.hint, rule_source=s.source)


def _module_undocumented(ck: _Checker) -> Iterator[Diagnostic]:
    """One note per opcode the tables do not list, at the first use in source order."""
    undocumented = {op for op in ck.opcodes_in_use
                    if ck.support_of(op).supported and not ck.support_of(op).documented}
    uses: dict[Opcode, list[Instruction]] = {}
    for comp in ck.executed + ck.applied if undocumented else ():
        for inst in comp.instructions:
            if inst.opcode in undocumented:
                uses.setdefault(inst.opcode, []).append(inst)
    for opcode, insts in uses.items():
        yield ck.diag(D.TARGET_UNDOCUMENTED_OPERATOR.code, _first_in_source(ck, insts),
                      f"{opcode.text} ({tables.entry(opcode).list_name}) is not in the published "
                      f"operator tables for {ck.where()}; support is assumed", rule_source=ck.support(insts[0]).source)


def _first_in_source(ck: _Checker, insts: list[Instruction]) -> Instruction:
    """The instruction a once-per-module or once-per-computation note names.

    The earliest Python position (file, line, column), then instruction order: the HLO and the
    StableHLO export of one function order their instructions differently, but their Python
    positions are the same, so both name the same line.
    """
    located = ck.module.source_location
    positions: dict[int, tuple] = {}  # id(metadata) -> position: one source line's instructions share it
    first, first_position = insts[0], (2, "", 0, 0)
    for inst in insts:  # in order, so that of equal positions the earlier instruction stays
        position = positions.get(id(inst.metadata))
        if position is None:
            loc = located(inst)
            position = positions[id(inst.metadata)] = (0, loc.file, loc.line, loc.column or 0) if loc \
                else (1, "", 0, 0)
        if position < first_position:
            first, first_position = inst, position
    return first


def _element_types(ck: _Checker, inst: Instruction) -> list[ElementType]:
    seen: dict[ElementType, None] = {}
    for shape in (inst.shape, *(o.shape for o in inst.operands)):
        if not shape.is_tuple:  # the common case
            if shape.element_type.is_array:
                seen.setdefault(shape.element_type)
            continue
        for t in ck.leaf_types_in_order(shape):
            seen.setdefault(t)
    return list(seen)


def _check_element_types(ck: _Checker, inst: Instruction, _c) -> Iterator[Diagnostic]:
    s = ck.support(inst)
    if not s.supported:
        return
    dtypes = s.dtypes
    if inst.shape.element_type in dtypes and all(o.shape.element_type in dtypes for o in inst.operands):
        return  # the common case: arrays of supported types only (a tuple or token is never in dtypes)
    if inst.opcode is Opcode.CUSTOM_CALL and not tables.custom_call(
            str(inst.attrs.get("custom_call_target", "")), ck.target).allowed:
        return  # the unknown target is the problem; its types are whatever the foreign kernel takes
    for t in _element_types(ck, inst):
        if t in s.dtypes:
            continue
        op = inst.opcode.text
        if t.is_complex:
            complex_rule = tables.RULES["complex"]
            if t is ElementType.C128:
                detail = "complex128 is never supported"
            elif ck.target.gen in complex_rule["generations"]:
                detail = f"complex64 is supported for about 30 ops since neuronx-cc 2.32, not for {op}"
            else:
                detail = f"{ck.target.name} has no complex types"
            yield ck.diag(complex_rule["code"], inst, f"{t.text} is not supported by {op} on {ck.where()}: "
                          f"{detail}", element_type=t.text, rule_source=complex_rule["source"])
            continue
        rejected = tables.fp8_rejection(t, ck.target) if (t.is_fp8 or t is ElementType.F4E2M1FN) else None
        if rejected is not None:
            code, source = rejected
            yield ck.diag(code, inst, f"{t.text} is not supported on {ck.where()} (in {op})",
                          element_type=t.text, rule_source=source)
            continue
        supported = ", ".join(sorted(x.text for x in s.dtypes))
        yield ck.diag(D.TARGET_UNSUPPORTED_ELEMENT_TYPE.code, inst,
                      f"{op} does not support {t.text} on {ck.where()}; supported: {supported}",
                      element_type=t.text, rule_source=s.source)


def _check_dynamic_shape(ck: _Checker, inst: Instruction, _c) -> Iterator[Diagnostic]:
    s = ck.support(inst)
    if not inst.shape.is_dynamic or (not s.supported and s.code == D.TARGET_DYNAMIC_SHAPE.code):
        return  # the opcode rule already reported set-dimension-size & co.
    rule = tables.RULES["dynamic_shapes"]
    yield ck.diag(rule["code"], inst, f"Dynamic shape is not supported: instruction '{inst.name}' has shape "
                  f"'{inst.shape.text(with_layout=False)}'", rule_source=rule["source"])


def _module_wide_types(ck: _Checker, kinds: frozenset[ElementType]) -> Iterator[tuple[Computation, str, list[Instruction]]]:
    """Per computation with instructions producing one of ``kinds``: (the computation, the types
    as ``s64/u64``, those instructions). The rules below make one diagnostic of each, at the
    first instruction in source order. (No message callback: under mypyc a closure over the
    checker would form a reference cycle that keeps the module alive.)"""
    flagged = {key: found for key, shape in ck.shapes_in_use.items() if (found := ck.leaf_types(shape) & kinds)}
    for comp in ck.executed + ck.applied if flagged else ():
        hits = [i for i in comp.instructions if id(i.shape) in flagged]
        if hits:
            types: set[ElementType] = set()
            for key in {id(i.shape) for i in hits}:  # per shape, not per instruction
                types |= flagged[key]
            yield comp, "/".join(sorted(t.text for t in types)), hits


def _module_int64(ck: _Checker) -> Iterator[Diagnostic]:
    rule = tables.RULES["int64"]
    native = tables.int64_policy(ck.target) == "native-with-flag"
    if native and ck.options.native_int64:
        return
    if native:
        fix = f"pass {rule['flag']} for native int64"
    elif ck.options.native_int64:
        fix = f"{rule['flag']} is only available on trn2 and later"
    else:
        fix = "native int64 needs trn2 or later"

    for comp, types, hits in _module_wide_types(ck, _INT64):
        yield ck.diag(rule["code"], _first_in_source(ck, hits),
                      f"{len(hits)} instruction(s) in '{comp.name}' produce {types}; {ck.where()} computes "
                      f"64-bit integers as 32-bit, so values outside the int32 range wrap ({fix})",
                      count=len(hits), rule_source=rule["source"])


def _module_float64(ck: _Checker) -> Iterator[Diagnostic]:
    rule = tables.RULES["float64"]

    for comp, _types, hits in _module_wide_types(ck, _FLOAT64):
        yield ck.diag(rule["code"], _first_in_source(ck, hits),
                      f"{len(hits)} instruction(s) in '{comp.name}' produce f64, but {ck.where()} has no FP64 "
                      "datapath; expect float32 precision at best", count=len(hits), rule_source=rule["source"])


def _module_instruction_limit(ck: _Checker) -> Iterator[Diagnostic]:
    rule = tables.RULES["instruction_limit"]
    estimate = ck.estimated_instructions()
    if estimate > rule["limit"] and ck.module.entry is not None:
        yield ck.diag(rule["code"], ck.module.entry.root,
                      f"about {estimate:,} instructions after unrolling static loops, over the limit of "
                      f"{rule['limit']:,} (each HLO instruction becomes at least one engine instruction)",
                      estimate=estimate, limit=rule["limit"], rule_source=rule["source"])


def _check_threefry(ck: _Checker, inst: Instruction, _c) -> Iterator[Diagnostic]:
    """JAX's default PRNG appears as a call to a `threefry2x32` computation."""
    callee = inst.attrs.get("to_apply")
    if isinstance(callee, Computation) and "threefry2x32" in callee.name and "threefry" not in ck.once:
        ck.once.add("threefry")
        rule = tables.RULES["rng"]
        yield ck.diag(rule["threefry_code"], inst,
                      f"'{callee.name}' is JAX's threefry PRNG; the Neuron JAX documentation asks for the rbg "
                      "PRNG, which lowers to rng-bit-generator", rule_source=rule["threefry_source"])


# constraint rules ----------------------------------------------------------------------------

def _c_diag(ck: _Checker, c: Constraint, inst: Instruction, message: str, hint: str | None = None, **data):
    return ck.diag(c.code, inst, message, hint, constraint=c.id, rule_source=c.source, **data)


def _check_while_static(ck: _Checker, inst: Instruction, c: Constraint) -> Iterator[Diagnostic]:
    info, reason = ck.loop(inst)
    if info is None:
        yield _c_diag(ck, c, inst, f"while loop '{inst.name}' has no static trip count: {reason}")


def _root_combination(comp: Computation) -> str | None:
    """The opcode text of ``root = op(param0, param1)``, else None."""
    root = comp.root
    if root is None or len(root.operands) != 2:
        return None
    numbers = {o.parameter_number for o in root.operands if o.opcode is Opcode.PARAMETER}
    return root.opcode.text if numbers == {0, 1} else None


def _check_reduce_computation(ck: _Checker, inst: Instruction, c: Constraint) -> Iterator[Diagnostic]:
    comp = inst.attrs.get("to_apply")
    if not isinstance(comp, Computation) or len(inst.operands) != 2:
        return  # variadic reductions have their own rule
    allowed = list(c.params["computations"])
    if inst.operands[0].shape.element_type is ElementType.PRED:
        allowed += c.params["pred_computations"]
    combination = _root_combination(comp)
    if combination not in allowed and inst.operands[0].shape.element_type is ElementType.PRED:
        combination = boolean_combination(comp) or combination  # torch_xla's select(and(x != false, ...))
    if combination not in allowed:
        what = (f"'{combination}'" if combination else
                f"'{comp.root.opcode.text if comp.root else 'nothing'}' of more than its two parameters")
        yield _c_diag(ck, c, inst, f"reduce computation '{comp.name}' computes {what}; only "
                      f"{', '.join(allowed)} of the two parameters are supported")


def _check_reduce_init(ck: _Checker, inst: Instruction, c: Constraint) -> Iterator[Diagnostic]:
    for init in inst.operands[len(inst.operands) // 2:]:
        if not _is_constant(init):
            yield _c_diag(ck, c, inst, f"reduce init value '{init.name}' is computed at run time "
                          f"({init.opcode.text}); init values must be constants")


def _check_reduce_single(ck: _Checker, inst: Instruction, c: Constraint) -> Iterator[Diagnostic]:
    if len(inst.operands) > 2:
        n = len(inst.operands) // 2
        idiom = arg_extreme(inst)
        if idiom is not None and tables.custom_call(idiom.kernel, ck.target).allowed:
            return  # argmax/argmin: compiled into the device's kernel (passes/idioms.py)
        if idiom is not None:
            message = (f"reduce over {n} arrays at once computes an arg{idiom.kind}, but {ck.where()} has no "
                       f"{idiom.kernel} kernel to run it")
        else:
            message = (f"reduce over {n} arrays at once (a variadic reduction, as multi-operand lax.reduce "
                       "emits) is not supported")
        yield _c_diag(ck, c, inst, message)


def _window_dims(inst: Instruction):
    window = inst.attrs.get("window")
    return window.dims if window is not None else ()


def _check_rw_base_dilation(ck, inst, c):
    if any(d.base_dilation > 1 for d in _window_dims(inst)):
        yield _c_diag(ck, c, inst, "reduce-window with base (lhs) dilation greater than 1 is not supported")


def _check_rw_window_dilation(ck, inst, c):
    if any(d.window_dilation > 1 for d in _window_dims(inst)):
        yield _c_diag(ck, c, inst, "reduce-window with window (rhs) dilation greater than 1 is not supported")


def _check_rw_operands(ck, inst, c):
    if len(inst.operands) != 2:
        yield _c_diag(ck, c, inst, f"reduce-window has {len(inst.operands)} operands; exactly 2 (one input "
                      "and one init value) are supported")


def _check_conv_dilations(ck, inst, c):
    dims = _window_dims(inst)
    if any(d.base_dilation > 1 for d in dims) and any(d.window_dilation > 1 for d in dims):
        yield _c_diag(ck, c, inst, "convolution uses input (lhs) and kernel (rhs) dilation together")


def _check_conv_stride_dilation(ck, inst, c):
    dims = _window_dims(inst)
    if any(d.base_dilation > 1 for d in dims) and any(d.stride > 1 for d in dims):
        yield _c_diag(ck, c, inst, "strided convolution with input (lhs) dilation")


def _check_topk_int(ck, inst, c):
    t = inst.operands[0].shape.element_type if inst.operands else None
    if t is not None and t.text in c.params["element_types"]:
        yield _c_diag(ck, c, inst, f"TopK on {t.text} is not supported", element_type=t.text)


def _combines(comp) -> bool:
    """A scatter combiner that computes something (scatter-reduce), not one that just overwrites."""
    return isinstance(comp, Computation) and comp.root is not None and comp.root.opcode is not Opcode.PARAMETER


def _scatter_update_types(inst: Instruction) -> set[ElementType]:
    n = len(inst.operands) // 2  # operands..., indices, updates...
    return {o.shape.element_type for o in inst.operands[:n] + inst.operands[n + 1:]}


def _check_scatter_pred(ck, inst, c):
    if _combines(inst.attrs.get("to_apply")) and ElementType.PRED in _scatter_update_types(inst):
        yield _c_diag(ck, c, inst, f"scatter-reduce ('{inst.attrs['to_apply'].name}') on pred is not supported")


_TYPE_ORDER = attrgetter("value")


def _integral_in_order(types: Iterable[ElementType]) -> list[ElementType]:
    return sorted((t for t in types if t.is_integral), key=_TYPE_ORDER)


def _integer_kinds(inst: Instruction, kind: str, params) -> list[ElementType]:
    """The integer element types that make this instruction use the FP32 path of ``kind``."""
    if kind == "dot":
        return _integral_in_order(o.shape.element_type for o in inst.operands)
    if kind == "scatter":
        return _integral_in_order(_scatter_update_types(inst)) if _combines(inst.attrs.get("to_apply")) else []
    if kind in ("all_reduce", "reduce_scatter"):
        return _integral_in_order(leaf.element_type for leaf in inst.shape.leaf_shapes() if leaf.is_array)
    if kind == "pow":
        wanted = set(params.get("element_types", ()))
        return [t for t in _integral_in_order(o.shape.element_type for o in inst.operands) if t.text in wanted]
    raise ValueError(f"unknown integer-downcast kind {kind!r}")


def _check_integer_downcast(ck, inst, c):
    kind = c.params["kind"]
    if kind == "pow" and ck.options.native_int64 and tables.int64_policy(ck.target) == "native-with-flag":
        return
    types = _integer_kinds(inst, kind, c.params)
    if not types:
        return
    names = "/".join(t.text for t in types)
    what = ("is downcast to int32" if kind == "pow" else "has no integer datapath and is computed in FP32 "
            "(exact only below 2**24)")
    if kind in ck.options.implicit_integer_downcast:
        rule = tables.RULES["implicit_integer_downcast"]
        yield ck.diag(rule["warning_code"], inst, f"{names} {inst.opcode.text} {what}", constraint=c.id,
                      rule_source=c.source, kind=kind)
    else:
        yield _c_diag(ck, c, inst, f"{names} {inst.opcode.text} {what}, and --implicit-integer-downcast does "
                      f"not allow '{kind}'", kind=kind)


def _check_rng_algorithm(ck, inst, c):
    algorithm = str(inst.attrs.get("algorithm", "rng_default"))
    if algorithm not in c.params["algorithms"]:
        yield _c_diag(ck, c, inst, f"rng-bit-generator algorithm {algorithm} is not supported; only "
                      f"{', '.join(c.params['algorithms'])}", algorithm=algorithm)


def _check_rng_distribution(ck, inst, c):
    distribution = str(inst.attrs.get("distribution", ""))
    if distribution not in c.params["distributions"]:
        yield _c_diag(ck, c, inst, f"rng distribution {distribution or '(none)'} is not supported; only "
                      f"{', '.join(c.params['distributions'])}")


def _check_shift_width(ck, inst, c):
    t = inst.shape.element_type
    if t.is_array and t.bits != 32:
        yield _c_diag(ck, c, inst, f"shift-right-arithmetic on {t.text} ({t.bits}-bit) is not supported; "
                      "32-bit types only", element_type=t.text)


def _check_sort_comparator(ck, inst, c):
    comp = inst.attrs.get("to_apply")
    if not isinstance(comp, Computation) or comp.root is None:
        return
    root = comp.root
    direction = root.attrs.get("direction") if root.opcode is Opcode.COMPARE else None
    if direction not in c.params["directions"]:
        got = f"compare direction {direction}" if direction else f"'{root.opcode.text}'"
        yield _c_diag(ck, c, inst, f"sort comparator '{comp.name}' ends in {got}; only a single compare with "
                      f"{'/'.join(c.params['directions'])} is supported")


def _check_u64_constant(ck, inst, c):
    if ck.options.native_int64 and tables.int64_policy(ck.target) == "native-with-flag":
        return
    for lit in _leaf_literals(inst.literal):
        if lit.shape.element_type is ElementType.U64 and lit.values is not None:
            depends_on(inst)
            values = lit.values.reshape(-1).tolist() if hasattr(lit.values, "reshape") else lit.values
            big = [int(v) for v in values if int(v) >= 2**32]
            if big:
                yield _c_diag(ck, c, inst, f"u64 constant {big[0]} does not fit in 32 bits")
                return


def _leaf_literals(lit):
    if lit is None:
        return
    if lit.shape.is_tuple:
        for e in lit.elements:
            yield from _leaf_literals(e)
    else:
        yield lit


def _check_custom_call(ck, inst, c):
    name = str(inst.attrs.get("custom_call_target", ""))
    verdict = tables.custom_call(name, ck.target)
    if verdict.allowed:
        return
    if verdict.code == D.TARGET_PARTITIONER_ANNOTATION.code:
        message = (f"custom-call '{name}' is a {verdict.platform} annotation; the partitioner removes it "
                   f"before compilation, and {ck.target.compiler} rejects it (EHCA005) if it is still there")
    elif verdict.code == D.TARGET_HOST_TRANSFER.code:
        message = f"custom-call '{name}' is a host callback; host callbacks are not supported"
    elif verdict.allowed_on:
        gens = ", ".join(t.name for t in tables.TARGETS if t.gen in verdict.allowed_on)
        message = f"custom-call target '{name}' is only recognised on {gens}, not on {ck.where()}"
    elif verdict.platform:
        message = (f"custom-call target '{name}' is {verdict.platform}-only; {ck.target.compiler} does not "
                   f"recognise it on {ck.where()}")
    else:
        message = f"custom-call target '{name}' is not recognised by {ck.target.compiler} on {ck.where()}"
    yield ck.diag(verdict.code, inst, message, verdict.hint, constraint=c.id, custom_call_target=name,
                  platform=verdict.platform, rule_source=verdict.source)


def _check_dus_index(ck, inst, c):
    for index in inst.operands[2:]:
        if not ck.is_static(index):
            yield _c_diag(ck, c, inst, f"dynamic-update-slice start index '{index.name}' is computed at run "
                          "time; the published operator table allows constant indices only")
            return


def _check_gather_dims(ck, inst, c):
    if not inst.operands:
        return
    rank = inst.operands[0].shape.rank
    excluded = set(inst.attrs.get("collapsed_slice_dims", ())) | set(inst.attrs.get("operand_batching_dims", ()))
    offset_dims = set(range(rank)) - excluded
    overlap = sorted(set(inst.attrs.get("start_index_map", ())) & offset_dims)
    if overlap:
        yield _c_diag(ck, c, inst, f"gather indexes operand dimension(s) {overlap} without collapsing them; the "
                      "published table supports only disjoint start_index_map and offset dimensions")


def _check_pow_exponent(ck, inst, c):
    exponent = inst.operands[1] if len(inst.operands) == 2 else None
    if exponent is None:
        return
    source = exponent
    while source.opcode in _FORWARDING and len(source.operands) == 1:
        source = source.operands[0]
    lit = source.literal if source.opcode is Opcode.CONSTANT else None
    depends_on(source)
    if lit is None or lit.shape.is_tuple:
        yield _c_diag(ck, c, inst, f"pow exponent '{exponent.name}' is not a compile-time constant")
        return
    values = [] if lit.values is None else (
        lit.values.reshape(-1).tolist() if hasattr(lit.values, "reshape") else list(lit.values))
    if any(not float(v).is_integer() for v in values):  # elided values cannot be judged
        yield _c_diag(ck, c, inst, f"pow exponent '{exponent.name}' is not an integer")


def _check_dot_algorithm(ck, inst, c):
    algorithm = inst.attrs.get("algorithm")
    if algorithm is not None:
        yield _c_diag(ck, c, inst, f"dot algorithm {algorithm} may not be honoured", algorithm=str(algorithm))


@dataclass(frozen=True, slots=True)
class Rule:
    """One restriction. ``constraint`` binds it to a constraint id of operators.json."""

    name: str
    check: Callable
    opcodes: frozenset[Opcode] | None = None   # None: every instruction
    constraint: str | None = None
    module: bool = False                       # runs once per module (no instruction)
    #: reads nothing but the opcode and the shapes of the instruction and its operands (and the
    #: custom-call target, which check_module keys custom calls by), so an instruction these
    #: rules find nothing in vouches for every other with the same ones
    by_shapes: bool = False


_O = Opcode
RULES: tuple[Rule, ...] = (
    # every instruction
    Rule("operator", _check_operator, by_shapes=True),
    Rule("element-type", _check_element_types, by_shapes=True),
    Rule("dynamic-shape", _check_dynamic_shape, by_shapes=True),
    Rule("threefry", _check_threefry, frozenset({_O.CALL})),
    # module-wide policies
    Rule("undocumented-operator", _module_undocumented, module=True),
    Rule("int64", _module_int64, module=True),
    Rule("float64", _module_float64, module=True),
    Rule("instruction-limit", _module_instruction_limit, module=True),
    # operator constraints (operators.json)
    Rule("while-static", _check_while_static, constraint="while.static-trip-count"),
    Rule("reduce-computation", _check_reduce_computation, constraint="reduce.computation"),
    Rule("reduce-init", _check_reduce_init, constraint="reduce.constant-init"),
    Rule("reduce-single", _check_reduce_single, constraint="reduce.single-operand"),
    Rule("reduce-window-base-dilation", _check_rw_base_dilation, constraint="reduce-window.no-base-dilation"),
    Rule("reduce-window-window-dilation", _check_rw_window_dilation,
         constraint="reduce-window.no-window-dilation"),
    Rule("reduce-window-operands", _check_rw_operands, constraint="reduce-window.two-operands"),
    Rule("convolution-dilations", _check_conv_dilations, constraint="convolution.no-lhs-and-rhs-dilation"),
    Rule("convolution-stride-dilation", _check_conv_stride_dilation,
         constraint="convolution.no-stride-with-lhs-dilation"),
    Rule("topk-integer", _check_topk_int, constraint="topk.no-int32-int64"),
    Rule("scatter-pred", _check_scatter_pred, constraint="scatter.no-pred-combiner"),
    Rule("scatter-integer", _check_integer_downcast, constraint="scatter.integer-downcast"),
    Rule("dot-integer", _check_integer_downcast, constraint="dot.integer-downcast"),
    Rule("all-reduce-integer", _check_integer_downcast, constraint="all-reduce.integer-downcast"),
    Rule("all-reduce-start-integer", _check_integer_downcast, constraint="all-reduce-start.integer-downcast"),
    Rule("reduce-scatter-integer", _check_integer_downcast, constraint="reduce-scatter.integer-downcast"),
    Rule("pow-integer", _check_integer_downcast, constraint="power.integer-downcast"),
    Rule("pow-exponent", _check_pow_exponent, constraint="power.constant-integer-exponent"),
    Rule("rng-algorithm", _check_rng_algorithm, constraint="rng-bit-generator.default-algorithm"),
    Rule("rng-distribution", _check_rng_distribution, constraint="rng.uniform-only"),
    Rule("shift-right-arithmetic-width", _check_shift_width, constraint="shift-right-arithmetic.32-bit"),
    Rule("sort-comparator", _check_sort_comparator, constraint="sort.comparator"),
    Rule("u64-constant", _check_u64_constant, constraint="constant.u64-fits-32-bits"),
    Rule("custom-call-target", _check_custom_call, constraint="custom-call.known-target"),
    Rule("dynamic-update-slice-index", _check_dus_index, constraint="dynamic-update-slice.constant-index"),
    Rule("gather-dims", _check_gather_dims, constraint="gather.disjoint-index-and-offset-dims"),
    Rule("dot-algorithm", _check_dot_algorithm, constraint="dot.algorithm-preset"),
)
_BY_CONSTRAINT = {r.constraint: r for r in RULES if r.constraint}
_GENERAL = [r for r in RULES if r.constraint is None and not r.module]
_MODULE = [r for r in RULES if r.module]


# -- report -----------------------------------------------------------------------------------

@dataclass
class OpcodeCount:
    count: int = 0
    unsupported: int = 0

    @property
    def supported(self) -> int:
        return self.count - self.unsupported


@dataclass
class SupportReport:
    """The result of :func:`check_module`: diagnostics plus analyze-style counts."""

    module: str
    target: Target
    diagnostics: list[Diagnostic]
    instructions: int                               # counted instructions (see the module docstring)
    opcode_counts: dict[str, OpcodeCount]           # opcode text -> counts
    unsupported_operators: list[dict] = field(default_factory=list)
    estimated_instructions: int = 0                 # with static loops unrolled

    @property
    def unsupported(self) -> int:
        return len(self.unsupported_operators)

    @property
    def supported(self) -> int:
        return self.instructions - self.unsupported

    @property
    def supported_percent(self) -> float:
        return 100.0 if self.instructions == 0 else 100.0 * self.supported / self.instructions

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set[str]:
        return {d.code for d in self.diagnostics}

    def to_json(self) -> dict:
        """torch_neuronx.analyze-like summary plus the full diagnostics."""
        supported_ops: dict[str, int] = {}
        for text, n in sorted(self.opcode_counts.items()):
            if n.supported:
                name = tables.entry(OPCODE_BY_TEXT[text]).list_name
                supported_ops[name] = supported_ops.get(name, 0) + n.supported
        severities = [d.severity.value for d in self.diagnostics]
        return {
            "module": self.module,
            "target": self.target.name,
            "generation": self.target.generation,
            "support_percentage": round(self.supported_percent, 2),
            "instructions": self.instructions,
            "supported_instructions": self.supported,
            "estimated_unrolled_instructions": self.estimated_instructions,
            "supported_operators": supported_ops,
            "unsupported_operators": self.unsupported_operators,
            "opcode_counts": {k: {"count": v.count, "supported": v.supported}
                              for k, v in sorted(self.opcode_counts.items())},
            "summary": {s.value: severities.count(s.value) for s in Severity},
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


def check_module(module: Module, target: "Target | str", *, native_int64: bool = False,
                 implicit_integer_downcast: "str | Iterable[str] | None" = None,
                 options: CheckOptions | None = None) -> SupportReport:
    """Check every reachable instruction of ``module`` against ``target``'s tables."""
    t = tables.resolve(target)
    opts = options or CheckOptions(native_int64, parse_downcast_kinds(implicit_integer_downcast))
    ck = _Checker(module, t, opts)
    per_inst: list[tuple[Instruction, list[Diagnostic]]] = []
    #: opcode -> the (rule check, constraint) pairs that apply to it, the by-shapes rules first
    #: (as in RULES) and apart: decided once per opcode
    checks_of: dict[Opcode, tuple[list[tuple[Callable, object]], list[tuple[Callable, object]]]] = {}
    #: (opcode, shapes of the instruction and its operands by object, custom-call target) that
    #: the by-shapes rules found nothing in: a model repeats a few thousand times fewer. The
    #: module holds the shapes while this runs, which keeps their ids unique.
    clean: set[tuple] = set()
    for comp in ck.executed + ck.applied:
        for inst in comp.instructions:
            opcode = inst.opcode
            checks = checks_of.get(opcode)
            if checks is None:
                general = [rule for rule in _GENERAL if rule.opcodes is None or opcode in rule.opcodes]
                checks = checks_of[opcode] = (
                    [(rule.check, None) for rule in general if rule.by_shapes],
                    [*((rule.check, None) for rule in general if not rule.by_shapes),
                     *((_BY_CONSTRAINT[c.id].check, c) for c in ck.support(inst).constraints)])
            by_shapes, others = checks
            found: list[Diagnostic] = []
            key = (opcode, id(inst.shape), tuple([id(o.shape) for o in inst.operands]),
                   inst.attrs.get("custom_call_target") if opcode is Opcode.CUSTOM_CALL else None)
            if key not in clean:
                for check, constraint in by_shapes:
                    found.extend(check(ck, inst, constraint))
                if not found:
                    clean.add(key)
            for check, constraint in others:
                found.extend(check(ck, inst, constraint))
            if found:
                per_inst.append((inst, found))
    module_diags = [d for rule in _MODULE for d in rule.check(ck)]

    failing: dict[int, list[str]] = {}
    for inst, found in per_inst:
        owner = ck.owner.get(id(inst), inst)
        for d in found:
            if d.is_error:
                failing.setdefault(id(owner), []).append(d.code)
    # counted: the executed instructions but parameters, tallied per opcode in C (a Counter keeps
    # first-seen order); only a module with failures walks them again, for the list in order
    tally: Counter[Opcode] = Counter()
    for comp in ck.executed:
        tally.update(map(_OPCODE_OF, comp.instructions))
    tally.pop(Opcode.PARAMETER, None)
    counts = {op.text: OpcodeCount(n) for op, n in tally.items()}
    unsupported: list[dict] = []
    failing_counted = (inst for comp in ck.executed for inst in comp.instructions
                       if id(inst) in failing and inst.opcode is not Opcode.PARAMETER) if failing else ()
    for inst in failing_counted:
        counts[inst.opcode.text].unsupported += 1
        loc = module.source_location(inst)
        unsupported.append({
            "kind": tables.entry(inst.opcode).list_name, "opcode": inst.opcode.text,
            "instruction": inst.name, "computation": inst.computation.name if inst.computation else None,
            "line": inst.line or None, "column": inst.column or None,
            "codes": sorted(set(failing[id(inst)])),
            "source": {"file": loc.file, "line": loc.line, "column": loc.column} if loc else None})

    diagnostics = [d for _, found in per_inst for d in found] + module_diags
    diagnostics.sort(key=lambda d: (d.line or 0, d.column or 0))
    return SupportReport(module.name, t, diagnostics, tally.total(), counts, unsupported,
                         ck.estimated_instructions())
