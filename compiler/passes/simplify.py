"""Constant folding, algebraic simplification and transpose folding.

Every rewrite here is exact: the program computes bit-for-bit the same values afterwards
(``x + 0`` is only dropped for integers, since ``-0.0 + 0.0`` is ``+0.0``). Constant folding
runs the runtime's own operator implementations, so a folded value is the value the
program would have computed.
"""

from __future__ import annotations

import numpy as np

from ..ir import attrs as A
from ..ir.module import Instruction, Module
from ..ir.opcodes import Opcode
from ..runtime.interpreter import ExecutionContext, can_execute
from ..runtime.ops import OP_IMPLEMENTATIONS
from ..runtime.ops.control import literal_value
from . import rewrite
from ..value_deps import depends_on_operands
from .context import PassContext

#: Largest result (elements) constant folding materialises; bigger constants bloat the artifact.
FOLD_LIMIT = 4096
#: Folding these only turns a small constant into a big one.
_NEVER_FOLD = frozenset({Opcode.BROADCAST, Opcode.IOTA, Opcode.PARAMETER, Opcode.CONSTANT, Opcode.WHILE,
                         Opcode.CONDITIONAL, Opcode.CALL, Opcode.CUSTOM_CALL, Opcode.FUSION, Opcode.RNG,
                         Opcode.RNG_BIT_GENERATOR, Opcode.RNG_GET_AND_UPDATE_STATE, Opcode.AFTER_ALL,
                         Opcode.PARTITION_ID, Opcode.REPLICA_ID})


def _same_value_shape(a, b) -> bool:
    """Same element type, dimensions and physical layout (a replacement must not change any)."""
    if a is b:
        return True
    if a.is_array and b.is_array:
        return a.element_type == b.element_type and a.dims == b.dims and a.dynamic == b.dynamic \
            and (a.layout == b.layout or a.effective_layout == b.effective_layout)
    return a == b


# -- constant folding ----------------------------------------------------------------------------

def constant_folding(module: Module, ctx: PassContext) -> bool:
    changed = False
    run = ExecutionContext(module, max_while_iterations=1000)
    for comp in module.reachable_computations():
        fresh = rewrite.Namer(comp)
        for inst in list(comp.instructions):
            if not _foldable(inst):
                continue
            try:
                with np.errstate(all="ignore"):
                    value = OP_IMPLEMENTATIONS[inst.opcode](
                        inst, [literal_value(o.literal) for o in inst.operands], run)
            except Exception:  # an op that fails on these values stays for the run to report
                continue
            depends_on_operands(inst)
            folded = rewrite.constant(fresh(inst.name + ".folded"), value, inst.shape)
            folded.metadata = inst.metadata
            comp.replace(inst, folded)
            ctx.count("constants_folded")
            changed = True
    return changed


def _foldable(inst: Instruction) -> bool:
    if inst.opcode in _NEVER_FOLD or rewrite.has_effects(inst) or not inst.operands:
        return False
    if not inst.shape.is_array or inst.shape.num_elements > FOLD_LIMIT:
        return False
    if not all(o.opcode is Opcode.CONSTANT and o.literal is not None and not o.literal.elided
               and not o.shape.is_tuple for o in inst.operands):
        return False
    return inst.opcode in OP_IMPLEMENTATIONS and can_execute(inst) is None


# -- algebraic simplification ----------------------------------------------------------------------

def _constant_value(inst: Instruction):
    """The array a constant (or a broadcast of a constant) holds, else None."""
    if inst.opcode is Opcode.BROADCAST and inst.operands[0].opcode is Opcode.CONSTANT \
            and inst.operands[0].shape.is_scalar:
        inst = inst.operands[0]
    if inst.opcode is Opcode.CONSTANT and inst.literal is not None and not inst.literal.elided \
            and inst.shape.is_array:
        return literal_value(inst.literal)
    return None


def _is_all(inst: Instruction, value: float, negative_zero: bool | None = None) -> bool:
    array = _constant_value(inst)
    if array is None or array.size == 0:
        return False
    wide = np.asarray(array).astype(np.float64) if array.dtype.kind not in "c" else np.asarray(array)
    if not np.all(wide == value):
        return False
    return negative_zero is None or bool(np.all(np.signbit(wide) == negative_zero))


def _simplified(inst: Instruction) -> Instruction | None:
    """An existing instruction computing the same value as ``inst``, or None."""
    op, ops = inst.opcode, inst.operands
    if not ops:  # every rule below looks at an operand
        return None
    x = ops[0]
    if op in (Opcode.RESHAPE, Opcode.COPY, Opcode.CONVERT, Opcode.BITCAST) and _same_value_shape(x.shape, inst.shape):
        return x
    if op is Opcode.TRANSPOSE and list(inst.attrs.get("dimensions", ())) == list(range(x.shape.rank)) \
            and _same_value_shape(x.shape, inst.shape):
        return x
    if op is Opcode.BROADCAST and x.shape.dims == inst.shape.dims \
            and list(inst.attrs.get("dimensions", ())) == list(range(x.shape.rank)) \
            and _same_value_shape(x.shape, inst.shape):
        return x
    if op is Opcode.NEGATE and x.opcode is Opcode.NEGATE and _same_value_shape(x.operands[0].shape, inst.shape):
        return x.operands[0]
    if op is Opcode.SLICE and _same_value_shape(x.shape, inst.shape):
        dims = inst.attrs.get("slice", ())
        if all(d.start == 0 and d.stride == 1 and d.limit == n for d, n in zip(dims, x.shape.dims)):
            return x
    if op is Opcode.CONCATENATE and len(ops) == 1:
        return x
    if op is Opcode.PAD and _same_value_shape(x.shape, inst.shape):
        pads = inst.attrs.get("padding", ())
        if all(p.low == 0 and p.high == 0 and p.interior == 0 for p in pads):
            return x
    if op in (Opcode.MULTIPLY, Opcode.DIVIDE, Opcode.ADD, Opcode.SUBTRACT) and len(ops) == 2:
        a, b = ops
        integral = inst.shape.element_type.is_integral
        if op is Opcode.MULTIPLY:
            if _is_all(b, 1) and _same_value_shape(a.shape, inst.shape):
                return a
            if _is_all(a, 1) and _same_value_shape(b.shape, inst.shape):
                return b
        if op is Opcode.DIVIDE and _is_all(b, 1) and _same_value_shape(a.shape, inst.shape):
            return a
        if op is Opcode.SUBTRACT and _is_all(b, 0, negative_zero=False if not integral else None) \
                and _same_value_shape(a.shape, inst.shape):
            return a
        if op is Opcode.ADD:  # x + (-0.0) is x exactly; x + 0 only for integers
            zero_sign = None if integral else True
            if _is_all(b, 0, zero_sign) and _same_value_shape(a.shape, inst.shape):
                return a
            if _is_all(a, 0, zero_sign) and _same_value_shape(b.shape, inst.shape):
                return b
    if op is Opcode.SELECT:
        pred = _constant_value(ops[0])
        if pred is not None and pred.size and (pred.all() or not pred.any()):
            chosen = ops[1] if pred.all() else ops[2]
            if _same_value_shape(chosen.shape, inst.shape):
                return chosen
    return None


def _combined(inst: Instruction, fresh) -> Instruction | None:
    """A new instruction replacing a chain of two (reshape/reshape, transpose/transpose...)."""
    op, x = inst.opcode, inst.operands[0] if inst.operands else None
    if x is None or x.opcode is not op:
        return None
    inner = x.operands[0]
    if op is Opcode.RESHAPE:
        if _same_value_shape(inner.shape, inst.shape):
            return inner
        return Instruction(fresh(inst.name), Opcode.RESHAPE, inst.shape, [inner], metadata=inst.metadata)
    if op is Opcode.TRANSPOSE:
        outer, first = inst.attrs["dimensions"], x.attrs["dimensions"]
        perm = tuple(first[d] for d in outer)
        if perm == tuple(range(len(perm))) and _same_value_shape(inner.shape, inst.shape):
            return inner
        return Instruction(fresh(inst.name), Opcode.TRANSPOSE, inst.shape, [inner], {"dimensions": perm},
                           metadata=inst.metadata)
    if op is Opcode.BROADCAST:
        outer, first = inst.attrs.get("dimensions", ()), x.attrs.get("dimensions", ())
        dims = tuple(outer[d] for d in first)
        return Instruction(fresh(inst.name), Opcode.BROADCAST, inst.shape, [inner], {"dimensions": dims},
                           metadata=inst.metadata)
    if op is Opcode.CONVERT and _widening_round_trip(inner.shape.element_type, x.shape.element_type,
                                                     inst.shape.element_type):
        return inner if _same_value_shape(inner.shape, inst.shape) else None
    return None


def _widening_round_trip(a, b, c) -> bool:
    """a -> b -> c with c == a and b holding every value of a exactly (e.g. bf16 -> f32 -> bf16)."""
    if a != c:
        return False
    exact = {("bf16", "f32"), ("f16", "f32"), ("bf16", "f64"), ("f16", "f64"), ("f32", "f64"),
             ("s8", "s16"), ("s8", "s32"), ("s8", "s64"), ("s16", "s32"), ("s16", "s64"), ("s32", "s64"),
             ("u8", "u16"), ("u8", "u32"), ("u8", "u64"), ("u16", "u32"), ("u16", "u64"), ("u32", "u64"),
             ("u8", "s16"), ("u8", "s32"), ("u16", "s32"), ("u32", "s64"), ("pred", "s32"), ("pred", "f32")}
    return (a.text, b.text) in exact


def algebraic_simplification(module: Module, ctx: PassContext) -> bool:
    changed = False
    for comp in module.reachable_computations():
        fresh = rewrite.Namer(comp)
        replaced: dict[Instruction, Instruction] = {}

        def resolve(inst: Instruction, replaced=replaced) -> Instruction:
            while inst in replaced:
                inst = replaced[inst]
            return inst

        for inst in list(comp.instructions):
            if replaced:
                inst.operands = [resolve(o) for o in inst.operands]
            replacement = _simplified(inst)
            if replacement is None:
                combined = _combined(inst, fresh)
                if combined is not None and combined.computation is None:
                    comp.insert_before(inst, combined)
                replacement = combined
            if replacement is not None and replacement is not inst:
                depends_on_operands(inst)  # x * 1, select(true, ...): fired because of a value
                replaced[inst] = replacement
                ctx.count("simplifications")
        if replaced:
            if comp.root is not None:
                comp.root = resolve(comp.root)
            for inst in comp.instructions:
                inst.control_predecessors = [resolve(p) for p in inst.control_predecessors]
            changed = True
    return changed


# -- transpose folding -------------------------------------------------------------------------

def transpose_folding(module: Module, ctx: PassContext) -> bool:
    """dot(transpose(a), b) -> dot(a, b) and convolution(transpose(x), w) -> convolution(x, w), with
    the dimension numbers renumbered (the matrix engine reads either layout)."""
    changed = False
    for comp in module.reachable_computations():
        for inst in comp.instructions:
            if inst.opcode is Opcode.DOT:
                changed |= _fold_into_dot(inst, ctx)
            elif inst.opcode is Opcode.CONVOLUTION:
                changed |= _fold_into_convolution(inst, ctx)
    return changed


def _fold_into_dot(dot: Instruction, ctx: PassContext) -> bool:
    changed = False
    for side, prefix in ((0, "lhs"), (1, "rhs")):
        t = dot.operands[side]
        if t.opcode is not Opcode.TRANSPOSE:
            continue
        perm = t.attrs["dimensions"]
        batch = list(dot.attrs.get(f"{prefix}_batch_dims", ()))
        contracting = list(dot.attrs.get(f"{prefix}_contracting_dims", ()))
        free = [d for d in range(len(perm)) if d not in batch and d not in contracting]
        mapped_free = [perm[d] for d in free]
        if mapped_free != sorted(mapped_free):  # the result's dimension order would change
            continue
        dot.attrs[f"{prefix}_batch_dims"] = tuple(perm[d] for d in batch)
        dot.attrs[f"{prefix}_contracting_dims"] = tuple(perm[d] for d in contracting)
        dot.operands[side] = t.operands[0]
        ctx.count("transposes_folded")
        changed = True
    return changed


def _fold_into_convolution(conv: Instruction, ctx: PassContext) -> bool:
    changed = False
    dn = conv.attrs["dim_labels"]
    for side in (0, 1):
        t = conv.operands[side]
        if t.opcode is not Opcode.TRANSPOSE:
            continue
        perm = t.attrs["dimensions"]
        if side == 0:
            dn = A.ConvDimensionNumbers(perm[dn.input_batch], perm[dn.input_feature],
                                        tuple(perm[d] for d in dn.input_spatial), dn.kernel_input_feature,
                                        dn.kernel_output_feature, dn.kernel_spatial, dn.output_batch,
                                        dn.output_feature, dn.output_spatial)
        else:
            dn = A.ConvDimensionNumbers(dn.input_batch, dn.input_feature, dn.input_spatial,
                                        perm[dn.kernel_input_feature], perm[dn.kernel_output_feature],
                                        tuple(perm[d] for d in dn.kernel_spatial), dn.output_batch,
                                        dn.output_feature, dn.output_spatial)
        conv.operands[side] = t.operands[0]
        ctx.count("transposes_folded")
        changed = True
    conv.attrs["dim_labels"] = dn
    return changed

