"""--model-type kernels: recognise the building blocks of transformers and U-Nets.

``transformer``: softmax, attention (QKᵀ, optional scale and mask, softmax, ·V), layer norm,
RMS norm, GELU (tanh and erf forms) and SiLU. ``unet-inference``: convolution + bias +
activation, and group norm (a normalisation whose statistics span several dimensions, as
flax's GroupNorm computes them on the channels split into groups). ``generic``: nothing.

Each match becomes a `fusion` (kind=kCustom) whose computation is a copy of the matched
instructions, so any runtime can execute it as written; ``backend_config`` names the kernel
and its parameters (``{"nccd_kernel": "layer_norm", "dims": [2], "epsilon": 1e-05, ...}``),
and the reference runtime runs the named kernels with one-pass numpy implementations
(`compiler/runtime/ops/kernels.py`). The fused computation's parameters come in the order
the kernel documents (x first, then scale and offset); constants are copied in. A match
that would need any other input is left alone.
"""

from __future__ import annotations

import json
from typing import Callable

import numpy as np

from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import CASTS, VIEWS, Opcode
from ..value_deps import depends_on
from . import rewrite
from .context import PassContext
from .fusion import program_computations

_VIEW = VIEWS


# -- small matchers ---------------------------------------------------------------------------------

def _through_views(inst: Instruction, members: list) -> Instruction:
    """Follow reshapes/broadcasts back to the value they show, collecting them as members."""
    while inst.opcode in _VIEW and inst.operands:
        members.append(inst)
        inst = inst.operands[0]
    return inst


def _scalar_constant(inst: Instruction | None, members: list) -> float | None:
    """The value of a scalar constant, possibly broadcast/reshaped (collected as members); None
    also when there is no instruction (``_other`` found no second operand)."""
    if inst is None:
        return None
    seen: list = []
    node = _through_views(inst, seen)
    if node.opcode is not Opcode.CONSTANT or node.literal is None or node.literal.elided:
        return None
    values = np.asarray(node.literal.to_numpy(), dtype=np.float64).reshape(-1)
    if values.size == 0 or not np.all(values == values[0]):
        return None
    members.extend(seen + [node])
    return float(values[0])


def _reducer(inst: Instruction) -> str | None:
    if inst.opcode is not Opcode.REDUCE or len(inst.operands) != 2:
        return None
    root = inst.attrs["to_apply"].root
    return {Opcode.ADD: "add", Opcode.MAXIMUM: "max"}.get(root.opcode) \
        if len(inst.attrs["to_apply"].instructions) == 3 else None


def _other(inst: Instruction, known: Instruction) -> Instruction | None:
    if len(inst.operands) != 2:
        return None
    a, b = inst.operands
    return b if a is known else a if b is known else None


def _mean_of(node: Instruction, members: list) -> tuple[Instruction, tuple] | None:
    """``divide(reduce_add(v, dims), N)`` with N the number of reduced elements: (v, dims)."""
    node = _through_views(node, members)
    if node.opcode is not Opcode.DIVIDE:
        return None
    reduced = _through_views(node.operands[0], members)
    count = _scalar_constant(node.operands[1], members)
    if _reducer(reduced) != "add" or count is None:
        return None
    dims = tuple(reduced.attrs["dimensions"])
    source = reduced.operands[0]
    if count != float(np.prod([source.shape.dims[d] for d in dims])):
        return None
    if _scalar_constant(reduced.operands[1], members) != 0.0:
        return None
    members.extend([node, reduced])
    return source, dims


class _Match:
    def __init__(self, kernel: str, output: Instruction, members: list, inputs: list, config: dict):
        self.kernel, self.output, self.inputs, self.config = kernel, output, inputs, config
        self.members = list(dict.fromkeys(members + [output]))


# -- transformer patterns --------------------------------------------------------------------------

def match_softmax(div: Instruction) -> _Match | None:
    """divide(e, broadcast(reduce_add(e))) with e = exp(x - broadcast(reduce_max(x)))."""
    if div.opcode is not Opcode.DIVIDE:
        return None
    members: list = []
    e = div.operands[0]
    total = _through_views(div.operands[1], members)
    if e.opcode is not Opcode.EXP or _reducer(total) != "add" or total.operands[0] is not e:
        return None
    dims = tuple(total.attrs["dimensions"])
    shifted = e.operands[0]
    if shifted.opcode is not Opcode.SUBTRACT:
        return None
    x = shifted.operands[0]
    peak = _through_views(shifted.operands[1], members)
    if peak.opcode is Opcode.MAXIMUM:  # jax clamps the max at -inf
        bound = _other(peak, next((o for o in peak.operands if _reducer(_through_views(o, [])) == "max"), None)
                       or peak.operands[0])
        if bound is None or _scalar_constant(bound, members) != float("-inf"):
            return None
        members.append(peak)
        peak = _through_views(next(o for o in peak.operands if o is not bound), members)
    if _reducer(peak) != "max" or peak.operands[0] is not x or tuple(peak.attrs["dimensions"]) != dims:
        return None
    if _scalar_constant(peak.operands[1], members) != float("-inf") \
            or _scalar_constant(total.operands[1], members) != 0.0:
        return None
    members += [peak, shifted, e, total]
    return _Match("softmax", div, members, [x], {"dims": list(dims)})


def match_layer_norm(out: Instruction) -> _Match | None:
    """multiply(c, broadcast(rsqrt(mean(c*c) + eps))) with c = x - mean(x), then * g + b if present."""
    if out.opcode is not Opcode.MULTIPLY:
        return None
    for c, scale in (out.operands, out.operands[::-1]):
        members: list = []
        r = _through_views(scale, members)
        if r.opcode is not Opcode.RSQRT or c.opcode is not Opcode.SUBTRACT:
            continue
        added = r.operands[0]
        if added.opcode is not Opcode.ADD:
            continue
        for var_node, eps_node in (added.operands, added.operands[::-1]):
            eps = _scalar_constant(eps_node, members)
            var = _mean_of(var_node, members) if eps is not None else None
            if var is None:
                continue
            square, dims = var
            if square.opcode is not Opcode.MULTIPLY or square.operands[0] is not c or square.operands[1] is not c:
                continue
            x = c.operands[0]
            mean = _mean_of(c.operands[1], members)
            if mean is None or mean[0] is not x or mean[1] != dims:
                continue
            members += [c, square, added, r]
            return _Match("layer_norm", out, members, [x], {"dims": list(dims), "epsilon": eps})
    return None


def match_rms_norm(out: Instruction) -> _Match | None:
    """multiply(x, broadcast(rsqrt(mean(x*x) + eps)))."""
    if out.opcode is not Opcode.MULTIPLY:
        return None
    for x, scale in (out.operands, out.operands[::-1]):
        members: list = []
        r = _through_views(scale, members)
        if r.opcode is not Opcode.RSQRT or r.operands[0].opcode is not Opcode.ADD:
            continue
        added = r.operands[0]
        for ms_node, eps_node in (added.operands, added.operands[::-1]):
            eps = _scalar_constant(eps_node, members)
            ms = _mean_of(ms_node, members) if eps is not None else None
            if ms is None:
                continue
            square, dims = ms
            if square.opcode is Opcode.MULTIPLY and square.operands[0] is x and square.operands[1] is x:
                members += [square, added, r]
                return _Match("rms_norm", out, members, [x], {"dims": list(dims), "epsilon": eps})
    return None


def _with_affine(match: _Match, users) -> _Match:
    """Extend a norm with a following ``* broadcast(g)`` and ``+ broadcast(b)`` (g, b along dims)."""
    for op, role in ((Opcode.MULTIPLY, "scale"), (Opcode.ADD, "offset")):
        uses = users.get(match.output, [])
        if len(uses) != 1 or uses[0].opcode is not op:
            break
        other = _other(uses[0], match.output)
        if other is None or other.opcode is not Opcode.BROADCAST:
            break
        members: list = [other]
        source = other.operands[0]
        while source.opcode in (Opcode.RESHAPE, Opcode.BITCAST):  # only reshapes below the broadcast
            members.append(source)
            source = source.operands[0]
        if source.opcode in _VIEW:
            break
        match.members += members + [uses[0]]
        match.inputs.append(source)
        match.config[role + "_dims"] = list(other.attrs["dimensions"])
        match.config[role + "_shape"] = list(other.operands[0].shape.dims)
        match.output = uses[0]
    return match


def match_gelu(out: Instruction) -> _Match | None:
    """0.5*x*(1 + tanh(√(2/π)·(x + 0.044715·x³))) or 0.5*x*(1 + erf(x/√2)), in JAX's operand order."""
    if out.opcode is not Opcode.MULTIPLY:
        return None
    for half_x, one_plus in (out.operands, out.operands[::-1]):
        members: list = []
        if half_x.opcode is not Opcode.MULTIPLY or one_plus.opcode is not Opcode.ADD:
            continue
        x = None
        for a, b in (half_x.operands, half_x.operands[::-1]):
            if _scalar_constant(b, members) == 0.5:
                x = a
                break
        if x is None:
            continue
        inner = next((o for o in one_plus.operands if o.opcode in (Opcode.TANH, Opcode.ERF)), None)
        if inner is None or _scalar_constant(_other(one_plus, inner), members) != 1.0:
            continue
        arg = inner.operands[0]
        if inner.opcode is Opcode.ERF:
            k = _scaled(arg, x, members)
            if k is None or not np.isclose(k, 1 / np.sqrt(2.0), rtol=1e-6):
                continue
            kind = "gelu_erf"
        else:
            k = _scaled(arg, None, members)
            if k is None:
                continue
            poly = members.pop()  # _scaled appends the scaled operand last
            if not np.isclose(k, np.sqrt(2 / np.pi), rtol=1e-6) or not _cubic(poly, x, members):
                continue
            kind = "gelu_tanh"
        members += [half_x, one_plus, inner]
        return _Match(kind, out, members, [x], {})
    return None


def _scaled(node: Instruction, x: Instruction | None, members: list) -> float | None:
    """k when node is x*k or x/(1/k) (any x when ``x`` is None: the scaled operand is appended last)."""
    if node.opcode not in (Opcode.MULTIPLY, Opcode.DIVIDE):
        return None
    a, b = node.operands
    candidates = [(a, b)] if node.opcode is Opcode.DIVIDE else [(a, b), (b, a)]
    for value, const in candidates:
        k = _scalar_constant(const, members)
        if k is None or (x is not None and value is not x):
            continue
        members.append(node)
        if x is None:
            members.append(value)
        return k if node.opcode is Opcode.MULTIPLY else 1.0 / k
    return None


def _cubic(poly: Instruction, x: Instruction, members: list) -> bool:
    """poly = x + 0.044715 * x³ (x³ as x*x*x)."""
    if poly.opcode is not Opcode.ADD or x not in poly.operands:
        return False
    cube_term = _other(poly, x)
    k = _scaled(cube_term, None, members) if cube_term is not None else None
    if k is None or not np.isclose(k, 0.044715, rtol=1e-6):
        return False
    cube = members.pop()
    if cube.opcode is not Opcode.MULTIPLY:
        return False
    square = next((o for o in cube.operands if o is not x), None)
    if square is None or square.opcode is not Opcode.MULTIPLY or list(square.operands) != [x, x] \
            or x not in cube.operands:
        return False
    members += [poly, cube, square]
    return True


def match_silu(out: Instruction) -> _Match | None:
    """x * logistic(x), or x * 1/(1 + exp(-x)) (also written x / (1 + exp(-x)))."""
    if out.opcode not in (Opcode.MULTIPLY, Opcode.DIVIDE):
        return None
    members: list = []
    if out.opcode is Opcode.DIVIDE:
        x, denominator = out.operands
        if _one_plus_exp_neg(denominator, x, members):
            return _Match("silu", out, members, [x], {})
        return None
    for x, s in (out.operands, out.operands[::-1]):
        if s.opcode is Opcode.LOGISTIC and s.operands[0] is x:
            return _Match("silu", out, [s], [x], {})
        if s.opcode is Opcode.DIVIDE and _scalar_constant(s.operands[0], members) == 1.0 \
                and _one_plus_exp_neg(s.operands[1], x, members):
            return _Match("silu", out, members + [s], [x], {})
    return None


def _one_plus_exp_neg(node: Instruction, x: Instruction, members: list) -> bool:
    if node.opcode is not Opcode.ADD:
        return False
    e = next((o for o in node.operands if o.opcode is Opcode.EXP), None)
    if e is None or _scalar_constant(_other(node, e), members) != 1.0:
        return False
    neg = e.operands[0]
    if neg.opcode is not Opcode.NEGATE or neg.operands[0] is not x:
        return False
    members += [node, e, neg]
    return True


# -- U-Net patterns ----------------------------------------------------------------------------------

def match_conv_bias_activation(out: Instruction) -> _Match | None:
    """activation(convolution(x, w) + broadcast(b)) with relu (max(., 0)) or SiLU."""
    members: list = []
    if out.opcode is Opcode.MAXIMUM:
        pre = next((o for o in out.operands if o.opcode is Opcode.ADD), None)
        if pre is None or _scalar_constant(_other(out, pre), members) != 0.0:
            return None
        activation = "relu"
    else:
        silu = match_silu(out)
        if silu is None or silu.inputs[0].opcode is not Opcode.ADD:
            return None
        pre, activation, members = silu.inputs[0], "silu", list(silu.members)
    conv = next((o for o in pre.operands if o.opcode is Opcode.CONVOLUTION), None)
    if conv is None:
        return None
    bias = _other(pre, conv)
    if bias is None or bias.opcode is not Opcode.BROADCAST:
        return None
    members.append(bias)
    source = bias.operands[0]
    while source.opcode in (Opcode.RESHAPE, Opcode.BITCAST):
        members.append(source)
        source = source.operands[0]
    if source.opcode in _VIEW:
        return None
    members += [conv, pre]
    config = {"activation": activation, "bias_dims": list(bias.attrs["dimensions"]),
              "bias_shape": list(bias.operands[0].shape.dims)}
    return _Match("conv_bias_activation", out, members, [conv.operands[0], conv.operands[1], source], config)


#: --model-type -> the kernel patterns looked for, in order.
MATCHERS: dict[str, list[Callable[[Instruction], _Match | None]]] = {
    "transformer": [match_softmax, match_layer_norm, match_rms_norm, match_gelu, match_silu],
    "unet-inference": [match_conv_bias_activation, match_layer_norm],
}


# -- rewriting ------------------------------------------------------------------------------------------

def _copyable(inst: Instruction, inputs) -> bool:
    """A constant or a kernel input seen through reshapes/broadcasts: copied into the kernel even
    when other instructions use it too (so a shared bias broadcast does not block a match)."""
    while inst.opcode in _VIEW and inst.operands:
        inst = inst.operands[0]
    return inst.opcode is Opcode.CONSTANT or inst in inputs


def _closed(match: _Match, users, comp: Computation) -> bool:
    """Only the output may be used outside the kernel, and every input must come from outside."""
    inside = set(match.members)
    for m in match.members:
        if m is match.output or _copyable(m, match.inputs):
            continue
        if m is comp.root or any(u not in inside for u in users.get(m, [])):
            return False
    for m in match.members:
        for o in m.operands:
            if o not in inside and o not in match.inputs:
                return False
    return not any(i in inside for i in match.inputs)


def _fuse(module: Module, comp: Computation, match: _Match, fresh, kernel_name: str,
          users: dict | None = None) -> Instruction:
    for member in match.members:  # the pattern checked these constants' values, or copied them
        depends_on(member)
    inside = set(match.members)
    order = [i for i in comp.instructions if i in inside]
    fused = rewrite.outline(module, comp, order, match.inputs, [match.output], f"{kernel_name}_kernel")
    config = json.dumps({"nccd_kernel": match.kernel, **match.config}, sort_keys=True)
    kernel = Instruction(fresh(match.kernel), Opcode.FUSION, match.output.shape, list(match.inputs),
                         {"kind": "kCustom", "calls": fused, "backend_config": config},
                         metadata=match.output.metadata, line=match.output.line, column=match.output.column)
    comp.insert_before(match.output, kernel)
    if users is None:
        comp.replace_uses(match.output, kernel)
    else:  # only the output's users can refer to it
        for user in users.get(match.output, []):
            user.operands = [kernel if o is match.output else o for o in user.operands]
            user.control_predecessors = [kernel if p is match.output else p for p in user.control_predecessors]
        if comp.root is match.output:
            comp.root = kernel
    moved = inside - {m for m in inside if _copyable(m, match.inputs)}
    comp.set_instructions([i for i in comp.instructions if i not in moved])
    for m in moved:
        m.computation = None
    return kernel


def model_type_kernels(module: Module, ctx: PassContext) -> bool:
    matchers = MATCHERS.get(ctx.options.model_type, [])
    changed = False
    for comp in program_computations(module):
        fresh = rewrite.Namer(comp)
        users = comp.users()  # kept up to date after every fusion (_update_users)
        for matcher in matchers:
            for inst in list(comp.instructions):
                if inst.computation is not comp or inst not in users:
                    continue  # already moved into a kernel
                match = matcher(inst)
                if match is None:
                    continue
                if match.kernel == "layer_norm" and len(match.config["dims"]) > 1:
                    match.kernel = "group_norm"  # statistics over groups of channels and the image
                if match.kernel in ("layer_norm", "rms_norm", "group_norm"):
                    match = _with_affine(match, users)
                if not _closed(match, users, comp):
                    continue
                kernel = _fuse(module, comp, match, fresh, match.kernel, users)
                _update_users(users, match, kernel)
                ctx.count(f"kernel_{match.kernel}")
                changed = True
                if match.kernel == "softmax":
                    _attention_around(module, comp, kernel, users, fresh, ctx)
    return changed


def _update_users(users: dict, match: _Match, kernel: Instruction) -> None:
    """Keep the users map right after a fusion without recomputing it for the whole computation."""
    output_users = users.get(match.output, [])
    for m in match.members:
        if m.computation is None:  # moved into the kernel
            for o in m.operands:
                if o in users:
                    users[o] = [u for u in users[o] if u is not m]
            users.pop(m, None)
    users[kernel] = [u for u in output_users if u.computation is not None]
    for i in match.inputs:
        users.setdefault(i, []).append(kernel)


_CASTS = CASTS
_SCORE_OPS = frozenset({Opcode.DOT, Opcode.SELECT, Opcode.ADD, Opcode.MULTIPLY, Opcode.DIVIDE}) | _CASTS


def _attention_around(module: Module, comp: Computation, softmax: Instruction, users, fresh,
                      ctx: PassContext) -> bool:
    """dot(Q, K) [* scale] [masked] -> softmax -> dot(., V): wrap the chain in an attention kernel.

    Auto-cast may have put casts between the steps (softmax -> bf16 -> dot); they come along."""
    members = [softmax]
    probabilities = softmax
    while True:
        after = users.get(probabilities, [])
        if len(after) != 1:
            return False
        if after[0].opcode is Opcode.DOT:
            break
        if after[0].opcode not in _CASTS:
            return False
        probabilities = after[0]
        members.append(probabilities)
    pv = after[0]
    node = softmax.operands[0]
    inputs: list = []
    while node.opcode in _SCORE_OPS and node.opcode is not Opcode.DOT:
        if len(users.get(node, [])) != 1:
            return False
        members.append(node)
        candidates = node.operands[1:] if node.opcode is Opcode.SELECT else node.operands
        scores = next((o for o in candidates if o.opcode in _SCORE_OPS), None)
        if scores is None:
            return False
        for o in node.operands:
            if o is not scores:
                side: list = []
                if _scalar_constant(o, side) is not None:
                    members.extend(side)
                else:
                    inputs.append(o)
        node = scores
    if node.opcode is not Opcode.DOT or len(users.get(node, [])) != 1:
        return False
    qk = node
    members.append(qk)
    v = next((o for o in pv.operands if o is not probabilities), None)
    if v is None:
        return False
    inputs = [qk.operands[0], qk.operands[1], v] + inputs
    match = _Match("attention", pv, members, list(dict.fromkeys(inputs)), {})
    if not _closed(match, users, comp):
        return False
    kernel = _fuse(module, comp, match, fresh, "attention", users)
    _update_users(users, match, kernel)
    ctx.count("kernel_attention")
    return True
