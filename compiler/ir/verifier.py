"""The HLO verifier: every structural and shape check, reported as diagnostics.

:func:`verify_module` never raises. It checks, per computation and
instruction:

* the instruction graph is acyclic (operands and control predecessors), and
  so is the call graph (NCC-E008; only protos can encode a cycle);
* operands belong to the same computation (NCC-E004);
* parameters are numbered 0..N-1 without repeats (NCC-E024);
* the operand count against ``Opcode.arity`` (NCC-E014);
* the opcode's shape rule (:mod:`compiler.ir.shape_rules`), whose errors
  carry their own codes, and the declared result shape against the
  inferred one (NCC-E020);
* constants against their literal (NCC-E013), counting elided ``{...}``
  constants for one NCC-W001 warning per module;
* the entry computation against ``entry_computation_layout`` (NCC-E025);
* module-wide checks (:mod:`compiler.ir.verifier_module`): asynchronous start/done pairs
  (NCC-E030), collective participants (NCC-E031), execution threads (NCC-E032), shardings
  (NCC-E033), buffers (NCC-E034), asynchronous computations (NCC-E035), host transfers on one
  channel (NCC-E036), aliasing indices and original values (NCC-E022).
"""

from __future__ import annotations

from .. import diagnostics as D
from ..diagnostics import Diagnostic
from .module import Computation, Instruction, Literal, Module
from .opcodes import VARIADIC, Opcode
from .shape_rules import ShapeRuleError, infer_shape, shapes_match
from .shapes import Shape
from .verifier_module import MODULE_CHECKS

UNDEFINED_NAME = D.UNDEFINED_NAME.code              # NCC-E004
CYCLE = D.CYCLE.code                                # NCC-E008
BAD_LITERAL = D.BAD_LITERAL.code                    # NCC-E013
WRONG_OPERAND_COUNT = D.WRONG_OPERAND_COUNT.code    # NCC-E014
NO_ENTRY = D.NO_ENTRY.code                          # NCC-E015
SHAPE_MISMATCH = D.SHAPE_MISMATCH.code              # NCC-E020
INVALID_ATTRIBUTE = D.INVALID_ATTRIBUTE.code        # NCC-E022
PARAMETER_NUMBERING = D.PARAMETER_NUMBERING.code    # NCC-E024
ROOT_MISMATCH = D.ROOT_MISMATCH.code                # NCC-E025
ELIDED_CONSTANT = D.ELIDED_CONSTANT.code            # NCC-W001

#: Operands listed in an instruction's own text when describing it in a message.
_MAX_OPERANDS_SHOWN = 4


def verify_module(module: Module) -> list[Diagnostic]:
    """All problems found in ``module``, errors and warnings, in source order."""
    verifier = _Verifier(module)
    try:
        verifier.run()
    except Exception as exc:  # a verifier bug must not take the caller down
        verifier.report(INVALID_ATTRIBUTE, f"internal verifier error: {type(exc).__name__}: {exc}")
    return verifier.diagnostics


def _st(shape: Shape | None) -> str:
    return "<none>" if shape is None else shape.text(with_layout=False)


def describe(inst: Instruction) -> str:
    """``dot(f32[4,2] a, f32[2,8] b)``: an instruction as its operands' shapes and names."""
    parts = []
    for op in inst.operands[:_MAX_OPERANDS_SHOWN]:
        parts.append("?" if op is None else f"{_st(op.shape)} {op.name}")
    if len(inst.operands) > _MAX_OPERANDS_SHOWN:
        parts.append(f"... {len(inst.operands) - _MAX_OPERANDS_SHOWN} more")
    return f"{inst.opcode.text}({', '.join(parts)})"


#: Attributes no shape rule reads the value of (a collective's rule asks whether it has a
#: channel_id): the shape-rule memo keys them by presence, as their values differ per
#: instruction (tests/test_verifier.py holds compiler/ir/shape_rules.py to this).
PRESENCE_ONLY_ATTRS = frozenset({"channel_id", "sharding", "metadata", "origin"})


class _Verifier:
    def __init__(self, module: Module):
        self.module = module
        self.diagnostics: list[Diagnostic] = []
        self.elided: list[tuple[Instruction, Computation]] = []
        #: Shape-rule inputs already found to give the declared shape. A shape rule reads the
        #: opcode, the operands' shapes, the declared shape and the attributes (and the
        #: signatures of computations named there) and nothing else, and a model repeats the
        #: same few combinations thousands of times (Mixtral 8x7B: 1,460 for 43,714
        #: instructions), so each is inferred once per module. Shapes are keyed by object (the
        #: front ends share one Shape per distinct shape, and hashing a frozen dataclass costs
        #: more than the rule); the module holds them all while the verifier runs. Failures are
        #: not remembered: each failing instruction is reported on its own.
        self.shapes_ok: set[tuple] = set()
        self.signatures: dict[int, tuple] = {}  # id(computation) -> its signature's key

    def attrs_key(self, attrs: dict) -> tuple:
        """``attrs`` as the shape rules see them, hashable: each value with its type, as values
        that compare equal across types (``True == 1 == 1.0``) are accepted or refused
        differently, and a flat tuple with its elements' types (deeper values are dataclasses
        the front ends build with typed fields); a computation as its signature, all a rule
        reads of it. Raises TypeError for an unhashable value."""
        key = []
        for name, value in attrs.items():
            kind = type(value)
            if name in PRESENCE_ONLY_ATTRS:
                key.append(name)
            elif kind is Computation:
                key.append((name, self.signature_key(value)))
            elif kind is tuple:
                types = tuple(map(type, value))
                if Computation in types:
                    value = tuple([self.signature_key(v) if type(v) is Computation else v for v in value])
                key.append((name, kind, value, types))
            else:
                key.append((name, kind, value))
        return tuple(key)

    def signature_key(self, comp: Computation) -> tuple:
        """The shapes of ``comp``'s parameters and root, by object (the module holds them)."""
        key = self.signatures.get(id(comp))
        if key is None:
            root = comp.root
            key = self.signatures[id(comp)] = (id(root.shape) if root is not None else None,
                                               tuple([id(p.shape) for p in comp.parameters]))
        return key

    # -- reporting ------------------------------------------------------------------------
    def report(self, code: str, message: str, inst: Instruction | None = None,
               comp: Computation | None = None, **data) -> None:
        where = inst if inst is not None else comp
        self.diagnostics.append(Diagnostic(
            code, message,
            line=(where.line or None) if where is not None else None,
            column=(where.column or None) if where is not None else None,
            instruction=inst.name if inst is not None else None,
            computation=comp.name if comp is not None else None,
            source=self.module.source_location(inst) if inst is not None else None,
            stack=tuple(self.module.source_stack(inst)) if inst is not None else (),
            file=self.module.source_path,
            data=data))

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> None:
        if not self.module.computations:
            self.report(NO_ENTRY, "the module has no computations")
            return
        for comp in self.module.computations.values():
            self.computation(comp)
        self.call_graph_cycles()
        for check in MODULE_CHECKS:
            for f in check(self.module):
                self.report(f.code, f.message, f.inst, f.comp, opcode=f.inst.opcode.text)
        self.entry_layout()
        if self.elided:
            inst, comp = self.elided[0]
            n = len(self.elided)
            self.report(ELIDED_CONSTANT, f"{n} constant{'s' if n > 1 else ''} printed as {{...}} carry no "
                                         f"data (first: '{inst.name}')", inst, comp, count=n)

    def computation(self, comp: Computation) -> None:
        members = {id(i) for i in comp.instructions}
        in_cycle = self.instruction_cycles(comp, members)
        self.parameter_numbers(comp)
        for inst in comp.instructions:
            try:
                self.instruction(inst, comp, members, in_cycle)
            except Exception as exc:  # never let one instruction stop the others
                self.report(INVALID_ATTRIBUTE, f"cannot check {inst.opcode.text}: {type(exc).__name__}: "
                                               f"{exc}", inst, comp)

    # -- graph checks ---------------------------------------------------------------------
    def instruction_cycles(self, comp: Computation, members: set[int]) -> set[int]:
        """Report each instruction that depends on itself; returns the ids on cycles."""
        earlier: set[int] = set()
        for inst in comp.instructions:  # the usual case, in one pass: every dependency listed before its user
            for dep in inst.operands:
                if dep is not None and id(dep) not in earlier and id(dep) in members:
                    break
            else:
                if not inst.control_predecessors or not any(
                        id(p) not in earlier and id(p) in members for p in inst.control_predecessors):
                    earlier.add(id(inst))
                    continue
            break
        else:
            return set()
        edges = {id(i): [p for p in list(i.operands) + list(i.control_predecessors)
                         if p is not None and id(p) in members]
                 for i in comp.instructions}
        state: dict[int, int] = {}  # 1 = on the DFS stack, 2 = done
        on_cycle: set[int] = set()
        for start in comp.instructions:
            if id(start) in state:
                continue
            stack = [(start, iter(edges[id(start)]))]
            path = [start]
            state[id(start)] = 1
            while stack:
                node, it = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    stack.pop()
                    path.pop()
                    state[id(node)] = 2
                elif state.get(id(nxt)) == 1:
                    loop = path[path.index(nxt):]
                    if not on_cycle.intersection(id(i) for i in loop):
                        names = " -> ".join(i.name for i in loop + [nxt])
                        self.report(CYCLE, f"instruction '{nxt.name}' depends on itself: {names}", nxt, comp)
                    on_cycle.update(id(i) for i in loop)
                elif id(nxt) not in state:
                    state[id(nxt)] = 1
                    stack.append((nxt, iter(edges[id(nxt)])))
                    path.append(nxt)
        return on_cycle

    def call_graph_cycles(self) -> None:
        comps = list(self.module.computations.values())
        callees = {id(c): [x for i in c.calling_instructions() for x in i.called_computations()] for c in comps}
        state: dict[int, int] = {}  # 1 = on the path, 2 = done

        for start in comps:  # depth first with an explicit stack: call chains nest arbitrarily deep
            if id(start) in state:
                continue
            path = [start]
            stack = [iter(callees.get(id(start), ()))]
            state[id(start)] = 1
            while stack:
                callee = next(stack[-1], None)
                if callee is None:
                    stack.pop()
                    state[id(path.pop())] = 2
                elif state.get(id(callee)) == 1:
                    loop = path[path.index(callee):] + [callee]
                    self.report(CYCLE, "computation calls itself: " + " -> ".join(c.name for c in loop),
                                comp=callee)
                elif id(callee) not in state:
                    state[id(callee)] = 1
                    path.append(callee)
                    stack.append(iter(callees.get(id(callee), ())))

    def parameter_numbers(self, comp: Computation) -> None:
        params = [i for i in comp.instructions if i.opcode is Opcode.PARAMETER]
        seen: dict[int, Instruction] = {}
        for p in params:
            n = p.parameter_number
            if n is None or not 0 <= n < len(params):
                self.report(PARAMETER_NUMBERING, f"parameter '{p.name}' has number {n}, but "
                                                 f"'{comp.name}' has {len(params)} parameter(s): numbers "
                                                 f"must be 0..{len(params) - 1}", p, comp)
            elif n in seen:
                self.report(PARAMETER_NUMBERING, f"parameter number {n} is used by both "
                                                 f"'{seen[n].name}' and '{p.name}'", p, comp)
            else:
                seen[n] = p

    # -- per instruction ------------------------------------------------------------------
    def instruction(self, inst: Instruction, comp: Computation, members: set[int],
                    in_cycle: set[int]) -> None:
        operands, opcode = inst.operands, inst.opcode
        foreign = [i for i, op in enumerate(operands) if op is None or id(op) not in members]
        for i in foreign:
            op = operands[i]
            where = "undefined" if op is None else f"'{op.name}' from another computation"
            self.report(UNDEFINED_NAME, f"operand {i} of '{inst.name}' is {where}", inst, comp)
        arity = opcode.arity
        if arity != VARIADIC and len(operands) != arity:
            self.report(WRONG_OPERAND_COUNT, f"{opcode.text} takes {arity} operand(s), "
                                             f"'{inst.name}' has {len(operands)}", inst, comp,
                        opcode=opcode.text)
            return
        if opcode is Opcode.CONSTANT:
            self.constant(inst, comp)
        if foreign or id(inst) in in_cycle:
            return  # operand shapes cannot be trusted
        attrs = inst.attrs
        try:
            key: tuple | None = (opcode, id(inst.shape), tuple([id(op.shape) for op in operands]),
                                 self.attrs_key(attrs) if attrs else ())
            if key in self.shapes_ok:
                return
        except TypeError:  # an unhashable attribute value: checked every time
            key = None
        if self.result_shape(inst, comp) and key is not None:
            self.shapes_ok.add(key)

    def result_shape(self, inst: Instruction, comp: Computation) -> bool:
        """Check the shape rule and the declared shape against it; whether both are fine."""
        try:
            inferred = infer_shape(inst)
        except ShapeRuleError as err:
            self.report(err.code, err.message, inst, comp, opcode=inst.opcode.text)
            return False
        if inferred is None:
            return True
        if inst.shape is None:
            self.report(SHAPE_MISMATCH, f"'{inst.name}' has no result shape; {describe(inst)} gives "
                                        f"{_st(inferred)}", inst, comp, opcode=inst.opcode.text,
                        inferred=_st(inferred))
            return False
        if not shapes_match(inst.shape, inferred):
            self.report(SHAPE_MISMATCH, f"result shape {_st(inst.shape)} does not match the inferred shape "
                                        f"{_st(inferred)} of {describe(inst)}", inst, comp,
                        opcode=inst.opcode.text, declared=_st(inst.shape), inferred=_st(inferred))
            return False
        return True

    def constant(self, inst: Instruction, comp: Computation) -> None:
        lit = inst.literal
        if lit is None:
            self.report(BAD_LITERAL, f"constant '{inst.name}' has no value", inst, comp)
            return
        if inst.shape is not None and not shapes_match(lit.shape, inst.shape):
            self.report(BAD_LITERAL, f"the literal of '{inst.name}' has shape {_st(lit.shape)}, the "
                                     f"constant is declared {_st(inst.shape)}", inst, comp)
            return
        problem = literal_problem(lit)
        if problem:
            self.report(BAD_LITERAL, f"constant '{inst.name}': {problem}", inst, comp)
        elif _has_elided(lit):
            self.elided.append((inst, comp))

    # -- module signature -----------------------------------------------------------------
    def entry_layout(self) -> None:
        layout, entry = self.module.entry_computation_layout, self.module.entry
        if layout is None or entry is None:
            return
        params, result = layout
        actual = entry.parameter_shapes()
        if len(params) != len(actual):
            self.report(ROOT_MISMATCH, f"entry_computation_layout lists {len(params)} parameter(s), "
                                       f"'{entry.name}' has {len(actual)}", comp=entry)
            return
        for i, (want, have) in enumerate(zip(params, actual)):
            if have is not None and not shapes_match(want, have):
                inst = entry.parameters[i]
                self.report(ROOT_MISMATCH, f"entry_computation_layout declares parameter {i} as "
                                           f"{_st(want)}, but '{inst.name}' is {_st(have)}", inst, entry)
        root = entry.root
        if root is not None and root.shape is not None and not shapes_match(result, root.shape):
            self.report(ROOT_MISMATCH, f"entry_computation_layout declares the result as {_st(result)}, "
                                       f"but the root '{root.name}' is {_st(root.shape)}", root, entry)


def _value_count(values) -> int | None:
    size = getattr(values, "size", None)
    if isinstance(size, int):
        return size
    try:
        return len(values)
    except TypeError:
        return None


def literal_problem(lit: Literal) -> str | None:
    """Why a literal's values cannot fill its shape, or ``None``."""
    shape = lit.shape
    if shape.is_tuple:
        if len(lit.elements) != len(shape.tuple_shapes):
            return f"the tuple literal has {len(lit.elements)} elements for shape {_st(shape)}"
        for element, sub in zip(lit.elements, shape.tuple_shapes):
            if not shapes_match(element.shape, sub):
                return f"tuple element {_st(element.shape)} does not match {_st(sub)}"
            problem = literal_problem(element)
            if problem:
                return problem
        return None
    if lit.values is None or not shape.is_array:
        return None
    n = _value_count(lit.values)
    if n is not None and n != shape.num_elements:
        return f"{n} value(s) for shape {_st(shape)} with {shape.num_elements} element(s)"
    return None


def _has_elided(lit: Literal) -> bool:
    if lit.shape.is_tuple:
        return any(_has_elided(e) for e in lit.elements)
    return lit.elided
