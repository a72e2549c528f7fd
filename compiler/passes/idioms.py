"""Reductions written the framework's way, rewritten into what the device runs.

* ``arg_extreme_kernels``: the two-array reduce of (values, iota) that jnp.argmax and torch's
  argmax/argmin/max(dim) lower to becomes the device's ``AwsNeuronArgMax``/``AwsNeuronArgMin``
  kernel (``idioms.arg_extreme`` says when, and with which NaN rule); its result keeps the
  reduce's (values, indices) tuple, so the users do not change.
* ``boolean_reducers``: a ``pred`` reducer that computes ``and``/``or`` in a roundabout way
  (torch_xla's ``select(and(x != false, y != false), true, false)``) becomes ``and(p0, p1)``.

Both are exact: the rewritten program computes the same values, NaN and ties included.
"""

from __future__ import annotations

from ..idioms import arg_extreme, boolean_combination
from ..ir.module import Instruction, Module
from ..ir.opcodes import Opcode
from . import rewrite
from .context import PassContext

_COMBINATIONS = {"and": Opcode.AND, "or": Opcode.OR}


def arg_extreme_kernels(module: Module, ctx: PassContext) -> bool:
    changed = False
    for comp in module.reachable_computations():
        fresh = rewrite.Namer(comp)
        for inst in list(comp.instructions):
            found = arg_extreme(inst) if inst.opcode is Opcode.REDUCE else None
            if found is None:
                continue
            kernel = Instruction(fresh(f"{inst.name}.{found.kernel}"), Opcode.CUSTOM_CALL, inst.shape,
                                 [inst.operands[0]], {"custom_call_target": found.kernel,
                                                      "backend_config": found.backend_config},
                                 metadata=inst.metadata, line=inst.line, column=inst.column)
            comp.insert_before(inst, kernel)
            comp.replace_uses(inst, kernel)
            comp.remove(inst)
            changed = True
    return changed


def boolean_reducers(module: Module, ctx: PassContext) -> bool:
    changed = False
    for comp in module.reachable_computations():
        plain = len(comp.instructions) == 3 and comp.root is not None and comp.root.opcode in _COMBINATIONS.values()
        if comp.is_entry or plain:
            continue
        combination = boolean_combination(comp) if len(comp.parameters) == 2 else None
        if combination is None:
            continue
        p0, p1 = comp.parameters
        old_root = comp.require_root()
        root = Instruction(old_root.name, _COMBINATIONS[combination], old_root.shape, [p0, p1],
                           metadata=old_root.metadata, line=old_root.line, column=old_root.column)
        comp.set_instructions([p0, p1, root], root=root)
        changed = True
    return changed
