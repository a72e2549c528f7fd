"""--auto-cast: run FP32 operations in a narrower format, as neuronx-cc does.

* ``matmult``: the FP32 operands of dot and convolution (the matrix engine's operations) are
  converted to the cast type; the product accumulates in FP32 (mixed-precision accumulation),
  or, with ``--disable-mixed-precision-accumulation``, its result is rounded to the cast type.
* ``all``: additionally every other FP32 operation (elementwise, reduce, reduce-window) sees
  its FP32 operands and its result rounded to the cast type (a convert there and back), which
  is exactly what computing it in that type gives; reductions still accumulate in FP32 unless
  mixed-precision accumulation is disabled, then their result is rounded too.
* ``tf32`` is FP32 with a 10-bit mantissa: a reduce-precision(8, 10) instead of a convert.
* ``fp8_e4m3`` is the E4M3 variant the target has: F8E4M3 up to trn2, F8E4M3FN on trn3.
* ``--enable-saturate-infinity`` clamps to the format's finite range before each cast.

Parameters and results keep their FP32 interface. Original instruction names are kept, so
the numerics diagnosis can compare each one with its FP32 reference.
"""

from __future__ import annotations

import ml_dtypes
import numpy as np

from ..ir.dtypes import ElementType, numpy_dtype
from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import ELEMENTWISE, MATRIX_OPS, Opcode
from ..ir.shapes import Shape
from . import rewrite
from .context import PassContext
from .fusion import program_computations

F32 = ElementType.F32
#: Other FP32 operations `all` casts (data movement never changes a value, so it is left alone).
VECTOR_OPS = (ELEMENTWISE - {Opcode.CONVERT}) | {Opcode.REDUCE, Opcode.REDUCE_WINDOW}


def cast_type(options) -> ElementType | None:
    """The element type --auto-cast-type names for the target (None for tf32, which stays f32)."""
    kind = options.auto_cast_type
    if kind == "tf32":
        return None
    if kind == "fp8_e4m3":
        return ElementType.F8E4M3FN if options.target == "trn3" else ElementType.F8E4M3
    return {"bf16": ElementType.BF16, "fp16": ElementType.F16}[kind]


class _Caster:
    def __init__(self, comp: Computation, options, ctx: PassContext):
        self.comp, self.options, self.ctx = comp, options, ctx
        self.to = cast_type(options)
        self.fresh = rewrite.Namer(comp)
        self.narrowed: dict[Instruction, Instruction] = {}  # f32 value -> its value in the cast type
        #: Instructions to place right before each anchor, placed by flush(): inserting each one
        #: into the list as it is made costs the length of the computation, per matmul.
        self.pending: dict[Instruction, list[Instruction]] = {}

    def _add(self, anchor: Instruction, inst: Instruction) -> Instruction:
        inst.metadata = anchor.metadata
        self.pending.setdefault(anchor, []).append(inst)
        self.ctx.count("casts_inserted")
        return inst

    def flush(self) -> None:
        """Place what _add made, each before its anchor, in one rebuild of the instruction list."""
        if self.pending:
            pending, self.pending = self.pending, {}
            self.comp.set_instructions([x for inst in self.comp.instructions for x in (*pending.get(inst, ()), inst)])

    def _saturated(self, value: Instruction, anchor: Instruction) -> Instruction:
        if not self.options.saturate_infinity or self.to is None:
            return value
        finite = float(ml_dtypes.finfo(numpy_dtype(self.to)).max)
        scalar = Shape.scalar(F32)
        low = self._add(anchor, rewrite.constant(self.fresh(f"{value.name}.min"), np.float32(-finite), scalar))
        high = self._add(anchor, rewrite.constant(self.fresh(f"{value.name}.max"), np.float32(finite), scalar))
        low_b = self._add(anchor, Instruction(self.fresh(f"{value.name}.minb"), Opcode.BROADCAST, value.shape,
                                              [low], {"dimensions": ()}))
        high_b = self._add(anchor, Instruction(self.fresh(f"{value.name}.maxb"), Opcode.BROADCAST, value.shape,
                                               [high], {"dimensions": ()}))
        return self._add(anchor, Instruction(self.fresh(f"{value.name}.saturated"), Opcode.CLAMP, value.shape,
                                             [low_b, value, high_b]))

    def narrow(self, value: Instruction, anchor: Instruction) -> Instruction:
        """``value`` (f32) in the cast type (for tf32: f32 rounded to a 10-bit mantissa)."""
        if value in self.narrowed:
            return self.narrowed[value]
        source = self._saturated(value, anchor)
        if self.to is None:
            out = Instruction(self.fresh(f"{value.name}.tf32"), Opcode.REDUCE_PRECISION, value.shape, [source],
                              {"exponent_bits": 8, "mantissa_bits": 10})
        else:
            out = Instruction(self.fresh(f"{value.name}.{self.to.text}"), Opcode.CONVERT,
                              value.shape.with_element_type(self.to), [source])
        self.narrowed[value] = self._add(anchor, out)
        return self.narrowed[value]

    def rounded(self, value: Instruction, anchor: Instruction) -> Instruction:
        """``value`` (f32) rounded to the cast type and back to f32."""
        narrow = self.narrow(value, anchor)
        if narrow.shape.element_type is F32:
            return narrow
        return self._add(anchor, Instruction(self.fresh(f"{value.name}.f32"), Opcode.CONVERT,
                                             narrow.shape.with_element_type(F32), [narrow]))

    def round_result(self, inst: Instruction) -> None:
        """Make every user of ``inst`` see its value rounded to the cast type."""
        self.ctx.count("results_rounded")
        self.flush()  # the scan for users below sees every instruction
        position = self.comp.instructions.index(inst)
        following = self.comp.instructions[position + 1] if position + 1 < len(self.comp.instructions) else None
        marker = Instruction("", Opcode.TUPLE, Shape.tuple_of([]))  # an anchor right after inst
        if following is not None:
            self.comp.insert_before(following, marker)
        else:
            self.comp.add(marker)
        rounded = self.rounded(inst, marker)
        self.flush()
        self.comp.remove(marker)
        for user in self.comp.instructions:
            if user is not rounded and inst in user.operands and user not in self.narrowed.values() \
                    and not _is_cast_of(user, inst):
                user.operands = [rounded if o is inst else o for o in user.operands]
        if self.comp.root is inst:
            self.comp.root = rounded


def _is_cast_of(user: Instruction, inst: Instruction) -> bool:
    return user.opcode in (Opcode.CONVERT, Opcode.REDUCE_PRECISION, Opcode.CLAMP) and inst in user.operands \
        and user.name.startswith(inst.name + ".")


def _f32_array(inst: Instruction) -> bool:
    return inst.shape.is_array and inst.shape.element_type is F32


def auto_cast(module: Module, ctx: PassContext) -> bool:
    options = ctx.options
    if options.auto_cast == "none":
        return False
    changed = False
    for comp in program_computations(module):
        caster = _Caster(comp, options, ctx)
        for inst in list(comp.instructions):
            if inst.opcode in MATRIX_OPS and any(_f32_array(o) for o in inst.operands):
                inst.operands = [caster.narrow(o, inst) if _f32_array(o) else o for o in inst.operands]
                if not options.mixed_precision_accumulation and _f32_array(inst):
                    caster.round_result(inst)
                ctx.count("matrix_ops_cast")
                changed = True
            elif options.auto_cast == "all" and inst.opcode in VECTOR_OPS and (
                    _f32_array(inst) or any(_f32_array(o) for o in inst.operands)):
                if inst.opcode in (Opcode.REDUCE, Opcode.REDUCE_WINDOW):
                    count = len(inst.operands) // 2
                    inst.operands = [caster.rounded(o, inst) if _f32_array(o) and n < count else o
                                     for n, o in enumerate(inst.operands)]
                else:
                    inst.operands = [caster.rounded(o, inst) if _f32_array(o) else o for o in inst.operands]
                ctx.count("results_rounded")
                if _f32_array(inst):
                    caster.round_result(inst)
                ctx.count("vector_ops_cast")
                changed = True
        caster.flush()
    return changed


def cast_cleanup(module: Module, ctx: PassContext) -> bool:
    """Fold the convert round trips auto-cast leaves between FP32 operations (``all``, or results
    rounded without mixed-precision accumulation) and drop what they make dead. After plain
    ``matmult`` casts there is nothing to fold, and the pass does nothing."""
    from .cleanup import common_subexpression_elimination, dead_code_elimination
    from .simplify import algebraic_simplification

    if not ctx.facts.get("results_rounded"):
        return False
    changed = algebraic_simplification(module, ctx)
    changed |= common_subexpression_elimination(module, ctx)
    return dead_code_elimination(module, ctx) or changed
