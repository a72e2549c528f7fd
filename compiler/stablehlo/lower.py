"""Lower a parsed StableHLO module to the HLO IR, the way XLA's own conversion exports it.

Structure, not per-op detail, lives here (the per-op rows are in :mod:`.ops`):

* ``func.func @main`` (or the one public function) becomes the ENTRY computation; every other
  function that is called becomes a computation; several results become a tuple root.
* Regions become computations: reducers and comparators take their block arguments as
  parameters; ``while``/``case``/``if`` bodies also receive the values they use from the
  enclosing function (XLA's export passes those implicit captures as extra tuple elements or
  branch operands), and constants they use are copied in (XLA sinks them first).
* Ops with several results become one tuple-shaped instruction and ``get-tuple-element``s.
* Layouts follow XLA's shape inference where it differs from the default: ``transpose``
  permutes its operand's layout, elementwise ops keep their first operand's, custom calls take
  ``result_layouts``, ``get-tuple-element`` and ``call`` take the element's / callee's.
* ``loc(...)`` becomes metadata: ``op_name`` from the outermost name, the source position from
  the innermost file location (following callee sides of call sites), like HLO stack frames.
"""

from __future__ import annotations

from typing import NoReturn

from ..diagnostics import (MLIR_BAD_ATTRIBUTE, MLIR_NO_ENTRY, MLIR_SHARDING_IGNORED, MLIR_SYNTAX,
                           MLIR_UNDEFINED, MLIR_UNSUPPORTED_OP,
                           Diagnostic, HloError)
from ..ir import attrs as A
from ..ir.dtypes import ElementType
from ..ir.module import Computation, Instruction, Literal, Metadata, Module
from ..ir.opcodes import Category, Opcode
from ..ir.shapes import Layout, Shape
from .attributes import AttributeError_
from .sharding import Mesh, mesh_axes, per_value, sdy_to_hlo
from .syntax import Block, DialectAttr, Loc, Op, ParsedModule, Region

_ELEMENTWISE = (Category.ELEMENTWISE_UNARY, Category.ELEMENTWISE_BINARY, Category.ELEMENTWISE_TERNARY)
#: Ops that end a region instead of producing values.
TERMINATORS = frozenset({"stablehlo.return", "func.return", "mhlo.return", "sdy.return"})


class LoweringError(Exception):
    """Raised by op rows (with the op) and turned into one diagnostic at the op's position."""

    def __init__(self, message: str, code=MLIR_BAD_ATTRIBUTE, hint: str | None = None):
        super().__init__(message)
        self.code = code
        self.hint = hint


class Lowerer:
    #: ops.py's record of the broadcasts it lowered (set on first use there)
    broadcast_sources: dict

    def __init__(self, parsed: ParsedModule, path: str | None, ops_table: dict):
        self.ops_table = ops_table  # ops.OPS: its rows build on this module, so it comes from the caller
        self.parsed = parsed
        self.path = path
        self.module = Module(parsed.name or "module")
        self.functions: dict[str, Op] = {}
        self.function_comps: dict[str, Computation] = {}
        self.names: dict[str, int] = {}
        self.loc_cache: dict[int, tuple] = {}
        self.meshes: dict[str, Op] = {}
        self.mesh_axes: dict[str, Mesh] | None = None   # read when first needed
        #: instructions XLA's export emits although the HLO instruction using them in MLIR does
        #: not take them (rng's shape operand): canonicalization keeps them (dead, as XLA prints)
        self.unused_but_emitted: set[int] = set()
        for op in parsed.ops:
            if op.name == "func.func":
                self.functions[op.attrs["sym_name"]] = op
            elif op.name == "sdy.mesh":
                self.meshes[op.items[0][1] if op.items else str(op.attrs.get("sym_name", ""))] = op
        # per-computation state
        self.comp: Computation | None = None
        self.env: dict[str, Instruction] = {}
        self.current: Op | None = None

    # -- errors and names -------------------------------------------------------------------
    def fail(self, message: str, op: Op | None = None, code=MLIR_BAD_ATTRIBUTE, hint: str | None = None,
             pos: int | None = None) -> NoReturn:
        op = op or self.current
        if pos is None:
            pos = op.pos if op is not None else 0
        line, col = self.parsed.line_col(pos)
        raise HloError(Diagnostic(code.code, message, hint=hint, line=line, column=col,
                                  end_line=line, end_column=col + 1, file=self.path,
                                  instruction=op.name if op is not None else None))

    def unique(self, base: str) -> str:
        n = self.names.get(base, 0) + 1
        self.names[base] = n
        return f"{base}.{n}"

    # -- the module -------------------------------------------------------------------------
    def lower(self) -> Module:
        entry_op = self.functions.get("main")
        if entry_op is None:
            public = [f for f in self.functions.values() if f.attrs.get("sym_visibility") != "private"]
            if len(public) != 1:
                self.fail("the module has no function @main" + (" and several public functions"
                                                                    if public else ""),
                          code=MLIR_NO_ENTRY, pos=self.parsed.pos)
            entry_op = public[0]
        entry = self.function(entry_op, is_entry=True)
        self.module.entry = entry
        entry.is_entry = True
        # callees first, entry last (the order XLA prints; the IR wants callees defined first)
        self.module.computations.pop(entry.name, None)
        self.module.computations[entry.name] = entry
        # XLA prints (and the HLO parser keeps) these only when they are not 1
        for mlir_name, hlo_name in (("mhlo.num_partitions", "num_partitions"),
                                    ("mhlo.num_replicas", "replica_count")):
            count = _plain_int(self.parsed.attrs.get(mlir_name, 1))
            if count != 1:
                self.module.header_attrs[hlo_name] = str(count)
        return self.module

    def function(self, fop: Op, is_entry: bool = False) -> Computation:
        name = fop.attrs["sym_name"]
        done = self.function_comps.get(name)
        if done is not None:
            return done
        if not fop.regions:
            self.fail(f"function @{name} has no body (external functions are not supported)", fop,
                      code=MLIR_UNSUPPORTED_OP)
        block = fop.regions[0].blocks[0]
        arg_locs = fop.items[0][1] if fop.items and fop.items[0][0] == "arg_locs" else []
        comp = self.new_computation(("main" if is_entry else name), fop)
        self.function_comps[name] = comp
        saved = self.save()
        self.comp, self.env, self.current = comp, {}, fop
        arg_shardings = self.shardings(fop, "arg_attrs") if is_entry else {}
        for i, (arg, shape) in enumerate(block.args):
            loc = arg_locs[i] if i < len(arg_locs) else None
            p = self.emit(Opcode.PARAMETER, shape, [], op=fop, name_hint=f"Arg_{i}", loc=loc)
            p.parameter_number = i
            if i in arg_shardings:
                p.attrs["sharding"] = A.Raw(arg_shardings[i][1])
            self.env[arg] = p
        results = self.block(block)
        if is_entry and (result_shardings := self.shardings(fop, "res_attrs")):
            comp.root = self.sharded_root(results, result_shardings, fop)
        else:
            comp.root = self.pack(results, fop)
        self.restore(saved)
        self.module.add_computation(comp)
        return comp

    # -- shardings of the entry's arguments and results ---------------------------------------
    def shardings(self, fop: Op, key: str) -> dict[int, tuple[str, str]]:
        """Argument or result index -> (dialect, HLO sharding text), as XLA's export keeps them
        (compiler/stablehlo/sharding.py); a Shardy sharding that is not converted is left out,
        with a note (NCC-W013)."""
        found: dict[int, tuple[str, str]] = {}
        for i, attrs in enumerate(fop.attrs.get(key) or []):
            if not isinstance(attrs, dict):
                continue
            if isinstance(attrs.get("mhlo.sharding"), str):
                found[i] = ("mhlo", attrs["mhlo.sharding"])
            value = attrs.get("sdy.sharding")
            if isinstance(value, DialectAttr):
                text = self.hlo_sharding(value.body)
                if text is None:
                    self.ignored_sharding(value, f"{'argument' if key == 'arg_attrs' else 'result'} {i}")
                    continue
                found[i] = ("sdy", text)
        return found

    def hlo_sharding(self, body: str) -> str | None:
        """The HLO text of the Shardy sharding ``body`` over this module's meshes, or None."""
        if self.mesh_axes is None:
            self.mesh_axes = {name: mesh_axes(op) for name, op in self.meshes.items()}
        return sdy_to_hlo(body, self.mesh_axes)

    def ignored_sharding(self, value: DialectAttr, what: str) -> None:
        line, col = self.parsed.line_col(value.pos)
        self.module.notes.append(Diagnostic(
            MLIR_SHARDING_IGNORED.code,
            f"the sharding #{value.name}<{value.body}> of {what} is ignored: sub-axes, explicit "
            "device ids, unreduced axes and unknown meshes are not converted to an HLO sharding",
            hint=MLIR_SHARDING_IGNORED.hint, line=line, column=col, file=self.path))

    def sharded_root(self, results: list[Instruction], shardings: dict[int, tuple[str, str]],
                     fop: Op) -> Instruction:
        """The entry's root when results carry shardings, as XLA's export builds it: a Shardy
        result goes through an ``xla.sdy.FuncResultSharding`` custom call (with the returned
        value's metadata), and the root tuple carries every result's sharding (``{replicated}``
        where none is given); a single result is taken out of that tuple again."""
        values = []
        for i, value in enumerate(results):
            if shardings.get(i, ("",))[0] == "sdy":
                marked = self.emit(Opcode.CUSTOM_CALL, value.shape, [value], {
                    "custom_call_target": "xla.sdy.FuncResultSharding", "custom_call_has_side_effect": True},
                    op=fop, name_hint="custom-call")
                marked.metadata = value.metadata
                value = marked
            values.append(value)
        texts = [shardings[i][1] if i in shardings else "{replicated}" for i in range(len(values))]
        root = self.emit(Opcode.TUPLE, Shape.tuple_of(v.shape for v in values), values, op=fop, name_hint="tuple")
        if len(values) > 1:
            root.attrs["sharding"] = A.Raw("{" + ", ".join(texts) + "}")
            return root
        return self.emit(Opcode.GET_TUPLE_ELEMENT, values[0].shape, [root],
                         {"index": 0, "sharding": A.Raw(texts[0])}, op=fop, name_hint="get-tuple-element")

    def shard_results(self, op: Op, values: list[Instruction], first_new: int) -> None:
        """An op's own ``mhlo.sharding`` (HLO text) or ``sdy.sharding`` (one Shardy sharding per
        result) on the instruction it became, as XLA's export puts it: several results give the
        tuple-shaped instruction the tuple sharding and each get-tuple-element its element's."""
        texts: list[str] | None
        value = op.attrs.get("sdy.sharding")
        if isinstance(value, DialectAttr):
            bodies = per_value(value.body)
            texts = [self.hlo_sharding(body) or "" for body in bodies] if bodies is not None else None
            if texts is not None and len(texts) != len(values):
                self.fail(f"'{op.name}': the sharding lists {len(texts)} shardings for {len(values)} "
                          "results", op, pos=value.pos)
            if texts is None or "" in texts:
                self.ignored_sharding(value, f"the results of '{op.name}'")
                return
        elif isinstance(op.attrs.get("mhlo.sharding"), str):
            text = op.attrs["mhlo.sharding"]
            texts = [text] if len(values) == 1 else _tuple_elements(text)
            if len(texts) != len(values):
                self.fail(f"'{op.name}': the sharding {text} has {len(texts)} elements for {len(values)} "
                          "results", op)
        else:
            return
        assert self.comp is not None
        new = {id(inst) for inst in self.comp.instructions[first_new:]}
        if len(values) == 1:
            if id(values[0]) in new:   # not when the op folded away to an older value
                values[0].attrs["sharding"] = A.Raw(texts[0])
            return
        holders = {id(v.operands[0]) for v in values if v.opcode is Opcode.GET_TUPLE_ELEMENT}
        if len(holders) != 1 or not all(id(v) in new for v in values):
            return
        values[0].operands[0].attrs["sharding"] = A.Raw("{" + ", ".join(texts) + "}")
        for v in values:
            v.attrs["sharding"] = A.Raw(texts[v.attrs["index"]])

    def new_computation(self, base: str, op: Op | None) -> Computation:
        line, col = self.parsed.line_col(op.pos) if op is not None else (0, 0)
        return Computation(self.unique(base), line=line, column=col)

    def save(self):
        return self.comp, self.env, self.current

    def restore(self, saved) -> None:
        self.comp, self.env, self.current = saved

    def pack(self, values: list[Instruction], op: Op | None) -> Instruction:
        """The root of a computation returning ``values``: the value itself or a tuple."""
        if len(values) == 1:
            return values[0]
        return self.emit(Opcode.TUPLE, Shape.tuple_of(v.shape for v in values), values, op=op,
                         name_hint="tuple")

    # -- blocks and ops ---------------------------------------------------------------------
    def block(self, block: Block) -> list[Instruction]:
        """Lower the ops of ``block`` into the current computation; the terminator's operands."""
        for op in block.ops:
            if op.name in TERMINATORS:
                return [self.value(v, op) for v in op.operands]
            self.operation(op)
        self.fail("a region ends without a terminator (stablehlo.return / return)",
                  block.ops[-1] if block.ops else self.current, code=MLIR_SYNTAX)

    def operation(self, op: Op) -> None:
        self.current = op
        rule = self.ops_table.get(op.name)
        if rule is None:
            self.unsupported(op)
        first_new = len(self.comp.instructions) if self.comp is not None else 0
        try:
            values = rule.lower(self, op)
        except AttributeError_ as exc:
            self.fail(f"'{op.name}': {exc}", op)
        except LoweringError as exc:
            self.fail(f"'{op.name}': {exc}", op, code=exc.code, hint=exc.hint)
        if isinstance(values, Instruction):
            values = [values]
        if len(values) != len(op.results):
            self.fail(f"'{op.name}' defines {len(op.results)} results but produces {len(values)}", op)
        if values and ("mhlo.sharding" in op.attrs or "sdy.sharding" in op.attrs):
            self.shard_results(op, values, first_new)
        for name, value in zip(op.results, values):
            self.env[name] = value
        if len(op.results) > 1:   # `%0:2` results are also reachable as %0#0, %0#1
            base = op.results[0].split("#")[0]
            self.env.setdefault(base, values[0])

    def unsupported(self, op: Op) -> NoReturn:
        dialect = op.name.split(".")[0]
        known = dialect in ("stablehlo", "chlo", "func", "mhlo", "sdy")
        self.fail(f"operation '{op.name}' is not supported by this front end"
                  + ("" if known else f" (dialect '{dialect}' is not read)"), op, code=MLIR_UNSUPPORTED_OP)

    def value(self, name: str, op: Op) -> Instruction:
        v = self.env.get(name)
        if v is None:
            self.fail(f"use of undefined value '%{name}'", op, code=MLIR_UNDEFINED)
        return v

    def operands(self, op: Op) -> list[Instruction]:
        return [self.value(n, op) for n in op.operands]

    # -- emitting ---------------------------------------------------------------------------
    def emit(self, opcode: Opcode, shape: Shape, operands, attrs=None, literal: Literal | None = None,
             op: Op | None = None, name_hint: str | None = None, loc: Loc | None = None) -> Instruction:
        op = op or self.current
        line, col = self.parsed.line_col(op.pos) if op is not None else (0, 0)
        shape = with_inferred_layout(opcode, shape, operands, attrs)
        inst = Instruction(self.unique(name_hint or opcode.text), opcode, shape, operands, attrs or {},
                           metadata=self.metadata(loc if loc is not None else (op.loc if op else None)),
                           literal=literal, line=line, column=col)
        assert self.comp is not None  # instructions are emitted while a function or region is lowered
        self.comp.add(inst)
        return inst

    def split(self, inst: Instruction, count: int) -> list[Instruction]:
        """``get-tuple-element`` of each of a tuple-shaped instruction's ``count`` elements."""
        return [self.emit(Opcode.GET_TUPLE_ELEMENT, inst.shape.tuple_shapes[i], [inst], {"index": i},
                          name_hint="get-tuple-element") for i in range(count)]

    def metadata(self, loc: Loc | None) -> Metadata | None:
        if loc is None:
            return None
        key = id(loc)
        hit = self.loc_cache.get(key)
        if hit is None:
            hit = self.loc_cache[key] = resolve_location(loc, self.parsed.loc_aliases)
        op_name, file_loc = hit
        if op_name is None and file_loc is None:
            return None
        md = Metadata(op_name=op_name)
        if file_loc is not None:
            md.source_file = file_loc.file
            md.source_line = file_loc.line
            md.source_column = file_loc.column or None
            md.source_end_line = file_loc.end_line or None
            md.source_end_column = file_loc.end_column or None
        return md

    # -- regions ----------------------------------------------------------------------------
    def region(self, region: Region, base: str, with_captures: bool = False,
               tuple_params: bool = False) -> tuple[Computation, list[Instruction]]:
        """Lower ``region`` into a new computation.

        Returns the computation and, when ``with_captures``, the outer values it uses (its extra
        inputs, in first-use order). ``tuple_params`` passes block arguments and captures as one
        tuple parameter (a while body) instead of one parameter each."""
        block = region.blocks[0]
        captures = self.free_values(region) if with_captures else []
        comp = self.new_computation(base, self.current)
        outer_env = self.env
        saved = self.save()
        self.comp = comp
        env: dict[str, Instruction] = {}
        arg_shapes = [shape for _, shape in block.args]
        capture_shapes = [outer_env[c].shape for c in captures]
        if tuple_params:
            param = self.emit(Opcode.PARAMETER, Shape.tuple_of(arg_shapes + capture_shapes), [],
                              name_hint="arg_tuple")
            param.parameter_number = 0
            elems = self.split(param, len(arg_shapes) + len(capture_shapes))
            for (name, _), value in zip(block.args, elems):
                env[name] = value
            for name, value in zip(captures, elems[len(arg_shapes):]):
                env[name] = value
        else:
            names = [n for n, _ in block.args] + captures
            for i, (name, shape) in enumerate(zip(names, arg_shapes + capture_shapes)):
                p = self.emit(Opcode.PARAMETER, shape, [], name_hint="Arg_" + str(i))
                p.parameter_number = i
                env[name] = p
        # constants of the enclosing scopes are copied in (XLA sinks them into the region)
        self.env = ChainEnv(env, outer_env, self) if not with_captures else ChainEnv(env, outer_env, self, captures)
        results = self.block(block)
        comp.root = self.pack(results, self.current)
        self.restore(saved)
        self.module.add_computation(comp)
        return comp, [outer_env[c] for c in captures]

    def free_values(self, region: Region, keep_block_args: bool = False) -> list[str]:
        """Names used inside ``region`` (nested regions included) but defined outside it, in
        first-use order; constants are left out (they are copied into the region).
        ``keep_block_args``: the region's own block arguments are listed too, where first used."""
        defined: set[str] = set()
        own_args = {n for n, _ in region.blocks[0].args} if keep_block_args else set()
        used: list[str] = []
        seen: set[str] = set()
        stack = [region]
        while stack:
            r = stack.pop()
            for b in r.blocks:
                defined.update(n for n, _ in b.args)
                for op in b.ops:
                    for v in op.operands:
                        if v not in seen:
                            seen.add(v)
                            used.append(v)
                    defined.update(op.results)
                    if len(op.results) > 1:
                        defined.add(op.results[0].split("#")[0])
                    for item in op.items:
                        if item[0] == "bind":
                            defined.add(item[1][0])
                    stack.extend(op.regions)
        out = []
        for v in used:
            if v in own_args:
                out.append(v)
                continue
            if v in defined:
                continue
            inst = self.env.get(v)
            if inst is None:
                continue     # reported at its use
            if inst.opcode is Opcode.CONSTANT:
                continue
            out.append(v)
        return out


class ChainEnv(dict):
    """A region's value scope: its own values, then constants of the enclosing scopes (copied
    into the region at first use), then — for regions that take captures — nothing else."""

    def __init__(self, own, outer, lowerer, captures=()):
        super().__init__(own)
        self.outer = outer
        self.lowerer = lowerer

    def get(self, key, default=None):
        hit = dict.get(self, key)
        if hit is not None:
            return hit
        outer = self.outer.get(key)
        if outer is None:
            return default
        if outer.opcode is Opcode.CONSTANT:
            copy = self.lowerer.emit(Opcode.CONSTANT, outer.shape, [], literal=outer.literal,
                                     name_hint="constant")
            copy.metadata = outer.metadata
            self[key] = copy
            return copy
        return outer if outer.computation is self.lowerer.comp else default


def _tuple_elements(text: str) -> list[str]:
    """The element shardings of an HLO tuple sharding ``{{a}, {b}}`` (one element if not a tuple)."""
    inner = text.strip()
    if not (inner.startswith("{{") and inner.endswith("}}")):
        return [text]
    out, depth, start = [], 0, 1
    for i, ch in enumerate(inner[1:-1], 1):
        if ch == "{":
            depth += 1
            if depth == 1:
                start = i
        elif ch == "}":
            depth -= 1
            if depth == 0:
                out.append(inner[start:i + 1])
    return out


def _plain_int(value) -> int:
    return int(getattr(value, "value", value))


def resolve_location(loc: Loc, aliases: dict) -> tuple[str | None, Loc | None]:
    """(outermost name, innermost file location) of ``loc``: names wrap call sites, and a call
    site's callee side holds the frame the op came from."""
    name = None
    seen = 0
    stack = [loc]
    while stack:
        cur = stack.pop()
        seen += 1
        if seen > 10000:
            break
        if cur.kind == "alias":
            target = aliases.get(cur.name)
            if target is not None:
                stack.append(target)
            continue
        if cur.kind == "file":
            return name, cur
        if cur.kind == "name":
            if name is None and cur.name:
                name = cur.name
            stack.extend(cur.children)
        elif cur.kind == "callsite":
            stack.append(cur.children[0])
        elif cur.kind == "fused":
            stack.extend(reversed(cur.children))
    return name, None


def with_inferred_layout(opcode: Opcode, shape: Shape, operands, attrs) -> Shape:
    """The layout XLA's shape inference gives the result (see the module docstring)."""
    if shape.is_tuple or not shape.is_array or shape.rank < 2 or shape.layout is not None:
        return shape
    if opcode is Opcode.TRANSPOSE and operands:
        src = operands[0].shape
        if src.is_array and src.layout is not None:
            perm = attrs["dimensions"]
            inverse = {d: i for i, d in enumerate(perm)}
            return shape.with_layout(Layout(tuple(inverse[d] for d in src.layout.minor_to_major)))
        if src.is_array:
            perm = attrs["dimensions"]
            inverse = {d: i for i, d in enumerate(perm)}
            m2m = tuple(inverse[d] for d in range(src.rank - 1, -1, -1))
            if m2m != tuple(range(shape.rank - 1, -1, -1)):
                return shape.with_layout(Layout(m2m))
        return shape
    if opcode.category in _ELEMENTWISE and operands:   # select too: its predicate's layout
        first = operands[0].shape
        if first.is_array and first.layout is not None and first.dims == shape.dims:
            return shape.with_layout(first.layout)
    return shape


def element_type_of(shape: Shape) -> ElementType:
    return shape.element_type
