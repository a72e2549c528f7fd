"""Module-wide verifier checks: what one instruction's shape rule cannot see.

Each check walks the module and yields :class:`Finding` records; :mod:`compiler.ir.verifier`
reports them as diagnostics at the instruction's line. The facts follow XLA's ``HloVerifier``:

* asynchronous pairs (NCC-E030): a ``*-start`` has exactly one user, its ``*-done`` (or an
  ``async-update`` in between), and a ``*-done`` reads a ``*-start``;
* collective participants (NCC-E031): replica groups name each participant once, non-empty and
  (except for all-reduce) of one size, and are given in flattened-id mode; a collective-permute
  names each source and target once, within the replica or partition count of the module.

* execution threads (NCC-E032), shardings (NCC-E033), buffers (NCC-E034), the computation of an
  async-start (NCC-E035), host transfers sharing a channel (NCC-E036), and the indices of
  output_to_operand_aliasing and the structure of original values (NCC-E022).

The module configuration is what the text carries (``replica_count`` and ``num_partitions`` in
the ``HloModule`` header, else 1); a count of 1 means "unknown", as in XLA, and skips the
range checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from .. import diagnostics as D
from .attrs import ReplicaGroups
from .module import Computation, Instruction, Module
from .dtypes import ElementType
from .opcodes import Opcode
from .sharding import normalized, read_sharding, sharding_problem

ASYNC_PAIRING = D.ASYNC_PAIRING.code                    # NCC-E030
COLLECTIVE_PARTICIPANTS = D.COLLECTIVE_PARTICIPANTS.code  # NCC-E031
CALL_THREAD = D.CALL_THREAD.code                        # NCC-E032
SHARDING_INVALID = D.SHARDING_INVALID.code              # NCC-E033
BUFFER_MISUSE = D.BUFFER_MISUSE.code                    # NCC-E034
ASYNC_COMPUTATION = D.ASYNC_COMPUTATION.code            # NCC-E035
HOST_TRANSFER_CHANNEL = D.HOST_TRANSFER_CHANNEL.code    # NCC-E036
INVALID_ATTRIBUTE = D.INVALID_ATTRIBUTE.code            # NCC-E022


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    inst: Instruction
    comp: Computation


# -- asynchronous pairs -------------------------------------------------------------------------
_A = Opcode
#: start opcode -> the opcodes its single user may have.
_START_USERS: dict[Opcode, frozenset[Opcode]] = {
    _A.ASYNC_START: frozenset({_A.ASYNC_UPDATE, _A.ASYNC_DONE}),
    _A.ASYNC_UPDATE: frozenset({_A.ASYNC_UPDATE, _A.ASYNC_DONE}),
    _A.ALL_REDUCE_START: frozenset({_A.ALL_REDUCE_DONE}),
    _A.ALL_GATHER_START: frozenset({_A.ALL_GATHER_DONE}),
    _A.COPY_START: frozenset({_A.COPY_DONE}),
    _A.COLLECTIVE_PERMUTE_START: frozenset({_A.COLLECTIVE_PERMUTE_DONE}),
    _A.SEND: frozenset({_A.SEND_DONE, _A.TUPLE}),
    _A.RECV: frozenset({_A.RECV_DONE, _A.TUPLE}),
}
#: done (or update) opcode -> the opcodes its operand may have.
_DONE_OPERANDS: dict[Opcode, frozenset[Opcode]] = {
    _A.ASYNC_UPDATE: frozenset({_A.ASYNC_START, _A.ASYNC_UPDATE}),
    _A.ASYNC_DONE: frozenset({_A.ASYNC_START, _A.ASYNC_UPDATE}),
    _A.ALL_REDUCE_DONE: frozenset({_A.ALL_REDUCE_START}),
    _A.ALL_GATHER_DONE: frozenset({_A.ALL_GATHER_START}),
    _A.COPY_DONE: frozenset({_A.COPY_START}),
    _A.COLLECTIVE_PERMUTE_DONE: frozenset({_A.COLLECTIVE_PERMUTE_START}),
    _A.SEND_DONE: frozenset({_A.SEND, _A.GET_TUPLE_ELEMENT}),
    _A.RECV_DONE: frozenset({_A.RECV, _A.GET_TUPLE_ELEMENT}),
}


def _of_opcodes(module: Module, opcodes) -> list[tuple[Computation, Instruction]]:
    """The instructions with one of ``opcodes`` and their computations, in module order. Most
    checks concern a few opcodes: a comprehension picks them out in a fraction of the time a
    check's own loop spends per instruction."""
    return [(comp, inst) for comp in module.computations.values() for inst in comp.instructions
            if inst.opcode in opcodes]


def _with_attribute(module: Module, name: str) -> list[tuple[Computation, Instruction]]:
    """The instructions that have attribute ``name`` and their computations, in module order."""
    return [(comp, inst) for comp in module.computations.values() for inst in comp.instructions
            if name in inst.attrs]


def _names(opcodes: frozenset[Opcode]) -> str:
    return " or ".join(sorted(op.text for op in opcodes))


def _users(comp: Computation) -> dict[int, list[Instruction]]:
    """id(instruction) -> its distinct users in ``comp`` (control edges do not count)."""
    users: dict[int, list[Instruction]] = {}
    for inst in comp.instructions:
        seen: set[int] = set()
        for op in inst.operands:
            if op is not None and id(op) not in seen:
                seen.add(id(op))
                users.setdefault(id(op), []).append(inst)
    return users


_ASYNC_STARTS = frozenset({_A.ASYNC_START})
#: What async_pairs looks at: starts (and updates) for their user, dones for their operand.
_PAIRED = frozenset(_START_USERS) | frozenset(_DONE_OPERANDS)


def _async_bodies(module: Module) -> set[int]:
    """ids of computations run by an async-start (their root send/recv needs no done)."""
    return {id(c) for _, inst in _of_opcodes(module, _ASYNC_STARTS) for c in inst.called_computations()}


def async_pairs(module: Module) -> Iterator[Finding]:
    async_bodies = _async_bodies(module)
    users_in: dict[int, dict[int, list[Instruction]]] = {}  # built only for a computation with a start
    for comp, inst in _of_opcodes(module, _PAIRED):
        allowed_users = _START_USERS.get(inst.opcode)
        if allowed_users is not None and not (
                inst.opcode in (Opcode.SEND, Opcode.RECV) and inst is comp.root
                and id(comp) in async_bodies):
            users = users_in.get(id(comp))
            if users is None:
                users = users_in[id(comp)] = _users(comp)
            found = users.get(id(inst), [])
            op = inst.opcode.text
            if len(found) != 1:
                yield Finding(ASYNC_PAIRING, f"{op} '{inst.name}' needs exactly one user (its "
                                             f"{_names(allowed_users)}), found {len(found)}", inst, comp)
            elif found[0].opcode not in allowed_users:
                yield Finding(ASYNC_PAIRING, f"the user of {op} '{inst.name}' must be "
                                             f"{_names(allowed_users)}, found {found[0].opcode.text} "
                                             f"'{found[0].name}'", inst, comp)
        allowed_operands = _DONE_OPERANDS.get(inst.opcode)
        if allowed_operands is not None and inst.operands and inst.operands[0] is not None:
            operand = inst.operands[0]
            if operand.opcode not in allowed_operands:
                yield Finding(ASYNC_PAIRING, f"the operand of {inst.opcode.text} '{inst.name}' must be "
                                             f"{_names(allowed_operands)}, found {operand.opcode.text} "
                                             f"'{operand.name}'", inst, comp)


#: Instructions an async computation may hold besides its root: its parameters, and reads of
#: their elements (XLA's parser test AsyncStartWithAliasing verifies with one).
_UNPACKING = frozenset({_A.PARAMETER, _A.GET_TUPLE_ELEMENT})
#: What a computation of only send and recv (a group of transfers run together) may hold.
_SEND_RECV_ONLY = frozenset({_A.PARAMETER, _A.SEND, _A.RECV, _A.TUPLE})


def async_computations(module: Module) -> Iterator[Finding]:
    """An async-start runs one operation: its computation holds parameters and the root, or only
    send and recv, or it is a collectives group (named so in the start's frontend attributes)."""
    for comp, inst in _of_opcodes(module, _ASYNC_STARTS):
        if "collectives_group" in str(getattr(inst.attrs.get("frontend_attributes"), "text", "")):
            continue
        for body in inst.called_computations():
            extra = next((i for i in body.instructions if i is not body.root
                          and i.opcode not in _UNPACKING), None)
            if extra is not None and not all(i.opcode in _SEND_RECV_ONLY for i in body.instructions):
                yield Finding(ASYNC_COMPUTATION, f"async-start '{inst.name}' runs '{body.name}', which "
                                                 f"holds '{extra.name}' besides its root and parameters",
                              inst, comp)


# -- collective participants --------------------------------------------------------------------
def _config(module: Module, key: str) -> int:
    try:
        return max(int(module.header_attrs.get(key, "1")), 1)
    except ValueError:
        return 1


#: Collectives whose replica groups XLA checks, and whether the groups must have one size.
_GROUPED: dict[Opcode, bool] = {
    _A.ALL_REDUCE: False, _A.ALL_REDUCE_START: False,
    _A.ALL_GATHER: True, _A.ALL_GATHER_START: True, _A.REDUCE_SCATTER: True,
    _A.ALL_TO_ALL: True, _A.RAGGED_ALL_TO_ALL: True,
}
#: Collectives with a use_global_device_ids attribute (the others never use flattened ids).
_GLOBAL_IDS = frozenset({_A.ALL_REDUCE, _A.ALL_REDUCE_START, _A.ALL_GATHER, _A.ALL_GATHER_START,
                         _A.REDUCE_SCATTER})


def _group_mode(inst: Instruction) -> str:
    """XLA's CollectiveOpGroupMode from channel_id and use_global_device_ids."""
    has_channel = inst.attrs.get("channel_id") is not None
    if inst.opcode in _GLOBAL_IDS and inst.attrs.get("use_global_device_ids") is True:
        return "flattened-id"
    return "cross-replica-and-partition" if has_channel and inst.opcode in _GLOBAL_IDS else (
        "cross-partition" if has_channel else "cross-replica")


def _replica_groups(inst: Instruction, replicas: int, partitions: int) -> str | None:
    """Why the replica groups of ``inst`` are invalid (XLA's CheckReplicaGroups), or None."""
    value = inst.attrs.get("replica_groups")
    groups = value.groups if isinstance(value, ReplicaGroups) else ()
    mode = _group_mode(inst)
    if not groups:
        return "replica groups must be given in flattened-id mode (use_global_device_ids=true)" \
            if mode == "flattened-id" else None
    seen: set[int] = set()
    for g in groups:
        if not g:
            return "a replica group is empty"
        for r in g:
            if r in seen:
                return f"replica {r} appears in more than one place in the replica groups"
            seen.add(r)
    missing = next((i for i in range(len(seen)) if i not in seen), None)
    if missing is not None:
        return f"replica {missing} is not named in the replica groups (they must name 0..{len(seen) - 1})"
    want = {"cross-replica": replicas, "cross-replica-and-partition": replicas,
            "cross-partition": partitions, "flattened-id": replicas * partitions}[mode]
    if want != 1 and len(seen) != want:
        return f"in {mode} mode the replica groups must name {want} participants, they name {len(seen)}"
    if _GROUPED[inst.opcode] and len({len(g) for g in groups}) > 1:
        return "the replica groups must all have the same size"
    return None


def _source_target_pairs(inst: Instruction, replicas: int, partitions: int) -> str | None:
    """Why the source_target_pairs of a collective-permute are invalid, or None."""
    pairs = inst.attrs.get("source_target_pairs") or ()
    limit = partitions if inst.attrs.get("channel_id") is not None else replicas
    unit = "partition" if inst.attrs.get("channel_id") is not None else "replica"
    allowed = _slices_per_pair(inst)
    sources: dict[int, int] = {}
    targets: dict[int, int] = {}
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            continue
        for value, kind, seen in ((pair[0], "source", sources), (pair[1], "target", targets)):
            if value < 0:
                return f"{kind} {value} of the source-target pairs is negative"
            if limit != 1 and value >= limit:
                return f"{kind} {value} of the source-target pairs must be < {limit} (the {unit} count)"
            if seen.get(value, 0) == allowed:
                times = "once" if allowed == 1 else f"{allowed} times"
                return f"{kind} {value} appears more than {times} in the source-target pairs"
            seen[value] = seen.get(value, 0) + 1
    return None


def _slices_per_pair(inst: Instruction) -> int:
    """How often a source or target may repeat: once, or once per slice of the in-place form."""
    if len(inst.operands) != 4 or "slice_sizes" not in inst.attrs or inst.operands[2] is None:
        return 1
    offsets = inst.operands[2].shape
    if offsets is None or not offsets.is_tuple or not offsets.tuple_shapes:
        return 1
    first = inst.operands[0].shape if inst.operands[0] is not None else None
    if first is not None and first.is_tuple:  # tuple buffers: a tuple of per-slice offset tuples
        offsets = offsets.tuple_shapes[0]
        return len(offsets.tuple_shapes) if offsets.is_tuple else 1
    return len(offsets.tuple_shapes)


_PERMUTES = frozenset({_A.COLLECTIVE_PERMUTE, _A.COLLECTIVE_PERMUTE_START})
_PARTICIPANTS_CHECKED = frozenset(_GROUPED) | _PERMUTES


def collectives(module: Module) -> Iterator[Finding]:
    replicas, partitions = _config(module, "replica_count"), _config(module, "num_partitions")
    #: (groups, mode, one size) -> the problem: a model repeats a few replica groupings thousands
    #: of times, and the answer depends on nothing else
    group_problems: dict[tuple, str | None] = {}
    for comp, inst in _of_opcodes(module, _PARTICIPANTS_CHECKED):
        problem = None
        if inst.opcode in _GROUPED:
            value = inst.attrs.get("replica_groups")
            key = (value.groups if isinstance(value, ReplicaGroups) else (), _group_mode(inst),
                   _GROUPED[inst.opcode])
            try:
                problem = group_problems[key]
            except KeyError:
                problem = group_problems[key] = _replica_groups(inst, replicas, partitions)
            except TypeError:  # groups that do not hash (not what the front ends build)
                problem = _replica_groups(inst, replicas, partitions)
        elif inst.opcode in _PERMUTES:
            problem = _source_target_pairs(inst, replicas, partitions)
        if problem:
            yield Finding(COLLECTIVE_PARTICIPANTS, f"{inst.opcode.text} '{inst.name}': {problem}",
                          inst, comp)


# -- execution threads and module-wide consistency ----------------------------------------------
#: Instructions that run their called computations on their own computation's thread. A call
#: is not among them: XLA checks its thread only under the non-default verifier option
#: verify_call_nested_computation_thread_name (docs/conformance.md).
_SAME_THREAD_CALLERS = frozenset({_A.WHILE, _A.CONDITIONAL, _A.FUSION})


def _thread(comp: Computation) -> str:
    return comp.execution_thread or "main"


def threads(module: Module) -> Iterator[Finding]:
    """A while, conditional or fusion runs its computations on its caller's thread."""
    for comp, inst in _of_opcodes(module, _SAME_THREAD_CALLERS):
        for callee in inst.called_computations():
            if _thread(callee) != _thread(comp):
                yield Finding(CALL_THREAD, f"{inst.opcode.text} '{inst.name}' on thread "
                                           f"'{_thread(comp)}' calls '{callee.name}' on thread "
                                           f"'{_thread(callee)}'", inst, comp)
                break


_ALL_REDUCES = frozenset({_A.ALL_REDUCE, _A.ALL_REDUCE_START})


def all_reduce_layouts(module: Module) -> Iterator[Finding]:
    """All all-reduces of a module constrain their layout, or none does (XLA's rule)."""
    first: Instruction | None = None
    for comp, inst in _of_opcodes(module, _ALL_REDUCES):
        if first is None:
            first = inst
        elif bool(inst.attrs.get("constrain_layout")) != bool(first.attrs.get("constrain_layout")):
            yield Finding(COLLECTIVE_PARTICIPANTS, f"{inst.opcode.text} '{inst.name}' and "
                                                   f"'{first.name}' mix layout-constrained and "
                                                   f"unconstrained all-reduce in one module", inst, comp)
            return


# -- shardings ----------------------------------------------------------------------------------
def _sharding_of(inst: Instruction):
    raw = inst.attrs.get("sharding")
    return None if raw is None else read_sharding(raw)


def _agreeing_sharding(caller: Instruction, group: list[Instruction]) -> Instruction | None:
    """The first of ``group`` whose sharding differs from the first sharded one (XLA's
    VerifyConsistentSharding: unsharded instructions do not take part), or None."""
    first = None
    for inst in group:
        sharding = _sharding_of(inst)
        if sharding is None:
            continue
        leaves = normalized(sharding, inst.shape)
        if first is None:
            first = leaves
        elif leaves != first:
            return inst
    return None


def _sharing_group(inst: Instruction) -> list[Instruction]:
    """The instructions that pass a while's or conditional's value and must share its sharding."""
    if inst.opcode is Opcode.WHILE:
        body, cond = inst.attrs.get("body"), inst.attrs.get("condition")
        group = [inst]
        if isinstance(body, Computation):
            if body.root is not None:
                group.append(body.root)
            group += body.parameters[:1]
        if isinstance(cond, Computation):
            group += cond.parameters[:1]
        return [i for i in group if i is not None]
    return [inst] + [c.root for c in inst.called_computations() if c.root is not None]


_UNSEEN = object()
#: Callers that pass their value to their computations, which must shard it alike.
_SHARING_CALLERS = frozenset({_A.WHILE, _A.CONDITIONAL})


def shardings(module: Module) -> Iterator[Finding]:
    """Each sharding fits its value (XLA's HloSharding::Validate), and a while or conditional
    agrees with the computations it calls on the sharding of the value they pass."""
    #: (sharding text, shape object) -> the problem: a model shards a few shapes a few ways
    problems: dict[tuple, str | None] = {}
    judged = [(comp, inst) for comp in module.computations.values() for inst in comp.instructions
              if "sharding" in inst.attrs or inst.opcode in _SHARING_CALLERS]
    for comp, inst in judged:
        raw = inst.attrs.get("sharding")
        if raw is not None and inst.shape is not None:
            key = (str(getattr(raw, "text", raw)), id(inst.shape))  # the module keeps the shape alive
            problem = problems.get(key, _UNSEEN)
            if problem is _UNSEEN:
                sharding = read_sharding(raw)
                problem = problems[key] = sharding_problem(sharding, inst.shape) if sharding is not None else None
            if problem:
                yield Finding(SHARDING_INVALID, f"sharding of '{inst.name}': {problem}", inst, comp)
        if inst.opcode in _SHARING_CALLERS:
            other = _agreeing_sharding(inst, _sharing_group(inst))
            if other is not None:
                yield Finding(SHARDING_INVALID, f"{inst.opcode.text} '{inst.name}': the sharding of "
                                                f"'{other.name}' differs from the others passing its "
                                                f"value", inst, comp)


# -- buffers (b(...) values) ---------------------------------------------------------------------
_ALIAS_PAIR = re.compile(r"\{([\d,\s]*)\}\s*:\s*\(\s*(\d+)\s*,\s*\{([\d,\s]*)\}")
#: Users that may write a buffer they are given (XLA assumes a call or a loop writes it).
_WRITING_USERS = frozenset({_A.CALL, _A.FUSION, _A.CUSTOM_CALL, _A.WHILE, _A.CONDITIONAL, _A.ASYNC_START})


def _index(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.replace(" ", "").split(",") if x)


def _aliasing(inst: Instruction) -> list[tuple[tuple[int, ...], int, tuple[int, ...]]] | None:
    """output_to_operand_aliasing as (output index, operand number, operand index) triples;
    None when the text is not in that form."""
    raw = inst.attrs.get("output_to_operand_aliasing")
    if raw is None:
        return []
    text = str(getattr(raw, "text", raw))
    pairs = [(_index(m.group(1)), int(m.group(2)), _index(m.group(3))) for m in _ALIAS_PAIR.finditer(text)]
    return pairs if pairs or not text.strip("{} ") else None


def _buffer_indices(shape, prefix: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    """Index paths of the buffers in ``shape`` (tuples are looked into, buffers are leaves)."""
    if shape is None:
        return []
    if shape.element_type is ElementType.BUFFER:
        return [prefix]
    if shape.is_tuple:
        return [i for k, s in enumerate(shape.tuple_shapes) for i in _buffer_indices(s, prefix + (k,))]
    return []


def _writers(inst: Instruction, index: tuple[int, ...], users: dict[int, list[Instruction]],
             while_bodies: set[int]) -> int:
    """How many instructions may write the buffer at ``index`` of ``inst`` (XLA's CountWriters)."""
    count = 0
    for user in users.get(id(inst), []):
        if user.opcode in _WRITING_USERS:
            count += 1
        elif user.opcode is Opcode.GET_TUPLE_ELEMENT and index and user.attrs.get("index") == index[0]:
            count += _writers(user, index[1:], users, while_bodies)
        elif user.opcode is Opcode.TUPLE:
            comp = user.computation
            if comp is not None and user is comp.root:
                count += 1 if id(comp) in while_bodies else 0  # a loop body's result is written again
            else:
                count += _writers(user, (user.operands.index(inst),) + index, users, while_bodies)
    return count


def _custom_call_buffers(inst: Instruction) -> str | None:
    """Why a custom call breaks the buffer rules (Pin, Unpin, CreateBuffer, aliasing), or None."""
    target = inst.attrs.get("custom_call_target")
    shape, operands = inst.shape, [op.shape if op is not None else None for op in inst.operands]
    aliasing = _aliasing(inst)
    if aliasing is None:
        return None
    is_buffer = lambda s: s is not None and s.element_type is ElementType.BUFFER  # noqa: E731
    if target == "Pin":
        if len(operands) != 1 or is_buffer(operands[0]) or operands[0] is None or not operands[0].is_array:
            return "custom-call Pin takes one array that is not a buffer"
        if not is_buffer(shape):
            return "custom-call Pin returns a buffer"
        return None if len(aliasing) == 1 else "custom-call Pin needs exactly one output_to_operand_aliasing pair"
    if target == "CreateBuffer":
        if operands:
            return "custom-call CreateBuffer takes no operand"
        return None if is_buffer(shape) else "custom-call CreateBuffer returns a buffer"
    if target == "Unpin":
        if len(operands) != 1 or not is_buffer(operands[0]):
            return "custom-call Unpin takes one buffer"
        if shape is None or is_buffer(shape) or not shape.is_array:
            return "custom-call Unpin returns an array that is not a buffer"
        return None if len(aliasing) == 1 else "custom-call Unpin needs exactly one output_to_operand_aliasing pair"
    operand_parts = [(number, index) for _, number, index in aliasing]
    for number, operand in enumerate(operands):
        for index in _buffer_indices(operand):
            seen = operand_parts.count((number, index))
            if seen != 1:
                return (f"buffer operand {number} at {{{','.join(map(str, index))}}} is "
                        + ("not aliased to a result" if seen == 0 else "aliased to more than one result"))
    outputs = [out for out, _, _ in aliasing]
    for index in _buffer_indices(shape):
        seen = outputs.count(index)
        if seen != 1:
            return (f"buffer result at {{{','.join(map(str, index))}}} is "
                    + ("not aliased to an operand" if seen == 0 else "aliased to more than one operand"))
    return None


def buffers(module: Module) -> Iterator[Finding]:
    """XLA's buffer rules: custom calls pass buffers through aliasing, Pin/Unpin/CreateBuffer keep
    their contracts, entry parameters hold no buffer, and each buffer has at most one writer."""
    if not any(_buffer_indices(inst.shape) for inst in module.all_instructions()
               if inst.shape is not None and inst.shape.tuple_shapes):  # arrays hold no buffer
        return
    while_bodies = {id(c) for inst in module.all_instructions() if inst.opcode is Opcode.WHILE
                    for c in inst.called_computations()}
    for comp in module.computations.values():
        users = _users(comp)
        for inst in comp.instructions:
            problem = None
            writes: list[tuple[int, ...]] = []
            if inst.opcode is Opcode.CUSTOM_CALL:
                problem = _custom_call_buffers(inst)
                writes = _buffer_indices(inst.shape)
            elif inst.opcode is Opcode.WHILE:
                writes = _buffer_indices(inst.shape)
            elif inst.opcode is Opcode.PARAMETER:
                writes = _buffer_indices(inst.shape)
                if comp.is_entry and writes:
                    problem = "an entry computation parameter cannot hold a buffer"
            if problem is None:
                written_twice = next((i for i in writes if _writers(inst, i, users, while_bodies) > 1), None)
                if written_twice is not None:
                    problem = (f"the buffer at {{{','.join(map(str, written_twice))}}} has more than one "
                               f"writer")
            if problem:
                yield Finding(BUFFER_MISUSE, f"{inst.opcode.text} '{inst.name}': {problem}", inst, comp)


def _subshape(shape, index: tuple[int, ...]):
    """The subshape of ``shape`` at ``index``, or None when the index leads nowhere."""
    for k in index:
        if shape is None or not shape.is_tuple or shape.element_type is ElementType.BUFFER \
                or not 0 <= k < len(shape.tuple_shapes):
            return None
        shape = shape.tuple_shapes[k]
    return shape


def aliasing_indices(module: Module) -> Iterator[Finding]:
    """Each output_to_operand_aliasing pair names an operand the instruction has and indices
    that exist in the result and in that operand."""
    for comp, inst in _with_attribute(module, "output_to_operand_aliasing"):
        pairs = _aliasing(inst)
        for out, number, index in pairs or ():
            if not 0 <= number < len(inst.operands):
                problem = f"operand {number} does not exist ({len(inst.operands)} operand(s))"
            elif _subshape(inst.shape, out) is None:
                problem = f"the result has no element at {{{','.join(map(str, out))}}}"
            elif inst.operands[number] is not None and _subshape(inst.operands[number].shape, index) is None:
                problem = f"operand {number} has no element at {{{','.join(map(str, index))}}}"
            else:
                continue
            yield Finding(INVALID_ATTRIBUTE, f"output_to_operand_aliasing of '{inst.name}': {problem}",
                          inst, comp)
            break


# -- host transfers -------------------------------------------------------------------------------
_HOST_TRANSFERS = frozenset({_A.SEND, _A.RECV, _A.SEND_DONE, _A.RECV_DONE})


def host_transfer_channels(module: Module) -> Iterator[Finding]:
    """Host-transfer sends (and recvs, and their dones) that share a channel are identical."""
    first: dict[tuple[object, Opcode], Instruction] = {}
    for comp, inst in _of_opcodes(module, _HOST_TRANSFERS):
        if inst.attrs.get("is_host_transfer") is not True:
            continue
        key = (inst.attrs.get("channel_id"), inst.opcode)
        if key[0] is None:
            continue
        seen = first.setdefault(key, inst)
        attrs = (str(getattr(inst.attrs.get("frontend_attributes"), "text", "")),
                 inst.shape.text(with_layout=False) if inst.shape is not None else "")
        want = (str(getattr(seen.attrs.get("frontend_attributes"), "text", "")),
                seen.shape.text(with_layout=False) if seen.shape is not None else "")
        if attrs != want:
            yield Finding(HOST_TRANSFER_CHANNEL, f"{inst.opcode.text} '{inst.name}' and '{seen.name}' share "
                                                 f"channel {key[0]} but differ in "
                                                 f"{'shape' if attrs[1] != want[1] else 'attributes'}",
                          inst, comp)


# -- original values ------------------------------------------------------------------------------
def _split_items(body: str) -> list[str]:
    items, depth, start, quoted = [], 0, 0, False
    for i, ch in enumerate(body):
        if ch == '"' and (i == 0 or body[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch in "({[":
            depth += 1
        elif not quoted and ch in ")}]":
            depth -= 1
        elif not quoted and ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    items.append(body[start:].strip())
    return items


def _origin_problem(text: str, shape) -> str | None:
    """Why an original value's tuple structure does not follow ``shape`` (XLA's "Mismatched
    tuple structure"), or None; forms other than (...) tuples and {...} leaves are not judged."""
    text = text.strip()
    if text.startswith("("):
        if shape is None or not shape.is_tuple or shape.element_type is ElementType.BUFFER:
            return f"a tuple {text} for {shape.text(with_layout=False) if shape is not None else 'no shape'}"
        items = [i for i in _split_items(text[1:-1]) if i] if text.endswith(")") else None
        if items is None:
            return None
        if len(items) != len(shape.tuple_shapes):
            return f"{len(items)} element(s) for {shape.text(with_layout=False)}"
        return next(filter(None, (_origin_problem(i, s) for i, s in zip(items, shape.tuple_shapes))), None)
    if text.startswith("{") and shape is not None and shape.is_tuple and shape.element_type is not ElementType.BUFFER:
        return f"a single value {text} for the tuple {shape.text(with_layout=False)}"
    return None


def original_values(module: Module) -> Iterator[Finding]:
    """An instruction's original value (``origin=``) has the tuple structure of its shape."""
    for comp, inst in _with_attribute(module, "origin"):
        raw = inst.attrs.get("origin")
        text = str(getattr(raw, "text", raw or "")).strip()
        if not (text.startswith("{") and text.endswith("}")):
            continue
        problem = _origin_problem(text[1:-1], inst.shape)
        if problem:
            yield Finding(INVALID_ATTRIBUTE, f"the original value of '{inst.name}' does not follow its "
                                             f"shape: {problem}", inst, comp)


#: Every module-wide check, in the order XLA's verifier runs them.
MODULE_CHECKS: tuple[Callable[[Module], Iterator[Finding]], ...] = (
    async_pairs, async_computations, collectives, threads, all_reduce_layouts, shardings, buffers,
    aliasing_indices, host_transfer_channels, original_values)
