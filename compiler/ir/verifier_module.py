"""Module-wide verifier checks: what one instruction's shape rule cannot see.

Each check walks the module and yields :class:`Finding` records; :mod:`compiler.ir.verifier`
reports them as diagnostics at the instruction's line. The facts follow XLA's ``HloVerifier``:

* asynchronous pairs (NCC-E030): a ``*-start`` has exactly one user, its ``*-done`` (or an
  ``async-update`` in between), and a ``*-done`` reads a ``*-start``;
* collective participants (NCC-E031): replica groups name each participant once, non-empty and
  (except for all-reduce) of one size, and are given in flattened-id mode; a collective-permute
  names each source and target once, within the replica or partition count of the module.

The module configuration is what the text carries (``replica_count`` and ``num_partitions`` in
the ``HloModule`` header, else 1); a count of 1 means "unknown", as in XLA, and skips the
range checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from .. import diagnostics as D
from .attrs import ReplicaGroups
from .module import Computation, Instruction, Module
from .opcodes import Opcode
from .sharding import normalized, read_sharding, sharding_problem

ASYNC_PAIRING = D.ASYNC_PAIRING.code                    # NCC-E030
COLLECTIVE_PARTICIPANTS = D.COLLECTIVE_PARTICIPANTS.code  # NCC-E031
CALL_THREAD = D.CALL_THREAD.code                        # NCC-E032
SHARDING_INVALID = D.SHARDING_INVALID.code              # NCC-E033


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


def _async_bodies(module: Module) -> set[int]:
    """ids of computations run by an async-start (their root send/recv needs no done)."""
    return {id(c) for inst in module.all_instructions() if inst.opcode is Opcode.ASYNC_START
            for c in inst.called_computations()}


def async_pairs(module: Module) -> Iterator[Finding]:
    async_bodies = _async_bodies(module)
    for comp in module.computations.values():
        users = _users(comp)
        for inst in comp.instructions:
            allowed_users = _START_USERS.get(inst.opcode)
            if allowed_users is not None and not (
                    inst.opcode in (Opcode.SEND, Opcode.RECV) and inst is comp.root
                    and id(comp) in async_bodies):
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


def collectives(module: Module) -> Iterator[Finding]:
    replicas, partitions = _config(module, "replica_count"), _config(module, "num_partitions")
    for comp in module.computations.values():
        for inst in comp.instructions:
            problem = None
            if inst.opcode in _GROUPED:
                problem = _replica_groups(inst, replicas, partitions)
            elif inst.opcode in (Opcode.COLLECTIVE_PERMUTE, Opcode.COLLECTIVE_PERMUTE_START):
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
    for comp in module.computations.values():
        for inst in comp.instructions:
            if inst.opcode not in _SAME_THREAD_CALLERS:
                continue
            for callee in inst.called_computations():
                if _thread(callee) != _thread(comp):
                    yield Finding(CALL_THREAD, f"{inst.opcode.text} '{inst.name}' on thread "
                                               f"'{_thread(comp)}' calls '{callee.name}' on thread "
                                               f"'{_thread(callee)}'", inst, comp)
                    break


def all_reduce_layouts(module: Module) -> Iterator[Finding]:
    """All all-reduces of a module constrain their layout, or none does (XLA's rule)."""
    first: Instruction | None = None
    for comp in module.computations.values():
        for inst in comp.instructions:
            if inst.opcode not in (_A.ALL_REDUCE, _A.ALL_REDUCE_START):
                continue
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
            group += [body.root, *body.parameters[:1]]
        if isinstance(cond, Computation):
            group += cond.parameters[:1]
        return [i for i in group if i is not None]
    return [inst] + [c.root for c in inst.called_computations() if c.root is not None]


def shardings(module: Module) -> Iterator[Finding]:
    """Each sharding fits its value (XLA's HloSharding::Validate), and a while or conditional
    agrees with the computations it calls on the sharding of the value they pass."""
    for comp in module.computations.values():
        for inst in comp.instructions:
            sharding = _sharding_of(inst)
            if sharding is not None and inst.shape is not None:
                problem = sharding_problem(sharding, inst.shape)
                if problem:
                    yield Finding(SHARDING_INVALID, f"sharding of '{inst.name}': {problem}", inst, comp)
            if inst.opcode in (Opcode.WHILE, Opcode.CONDITIONAL):
                other = _agreeing_sharding(inst, _sharing_group(inst))
                if other is not None:
                    yield Finding(SHARDING_INVALID, f"{inst.opcode.text} '{inst.name}': the sharding of "
                                                    f"'{other.name}' differs from the others passing its "
                                                    f"value", inst, comp)


#: Every module-wide check, in the order XLA's verifier runs them.
MODULE_CHECKS: tuple[Callable[[Module], Iterator[Finding]], ...] = (
    async_pairs, collectives, threads, all_reduce_layouts, shardings)
