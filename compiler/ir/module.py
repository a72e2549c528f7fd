"""The HLO IR: modules, computations, instructions, literals and debug info.

Instructions are SSA values: ``operands`` are the producing Instruction
objects. Attributes are typed per :mod:`compiler.ir.attrs`. Text and proto
front ends both build this IR; the printer, verifier, target checks,
fingerprint and later passes all read it.
"""

from __future__ import annotations

import functools
import re
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from mypy_extensions import mypyc_attr

from .attrs import AttrValue
from .dtypes import ElementType
from .opcodes import CALLS_COMPUTATIONS, Opcode
from .shapes import Shape

if TYPE_CHECKING:  # numpy is imported only where a literal's value is read
    import numpy as np


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """A Python (or other framework) source position an instruction came from."""

    file: str
    line: int
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    function: str | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")


#: Top-level packages whose frames are the framework's, not the user's (jaxlib is part of JAX).
FRAMEWORK_PACKAGES = frozenset({"torch", "torch_xla", "jax", "jaxlib", "flax", "optax"})
_SITE_DIRS = ("site-packages", "dist-packages")
_STDLIB_DIR = re.compile(r"^python3(\.\d+)?$")


@functools.lru_cache(maxsize=4096)  # asked per frame of every stack; a model has few files
def is_framework_file(path: str) -> bool:
    """True for a file of torch, torch_xla, jax, flax, optax or the standard library.

    Installed packages are told by the folder after ``site-packages``; the paths the corpora
    rewrite (``torch/nn/functional.py``) by their first folder; the standard library by the
    ``lib/python3.X`` folder it sits in (outside site-packages) or a ``<frozen ...>`` name.
    """
    if path.startswith("<frozen "):
        return True
    parts = [p for p in re.split(r"[\\/]+", path) if p]
    for i, part in enumerate(parts):
        if part in _SITE_DIRS:
            return i + 1 < len(parts) and parts[i + 1] in FRAMEWORK_PACKAGES
    if any(_STDLIB_DIR.match(part) and i > 0 and parts[i - 1] == "lib" for i, part in enumerate(parts)):
        return True
    return not path.startswith(("/", "\\")) and len(parts) > 1 and parts[0] in FRAMEWORK_PACKAGES


def framework_package(path: str) -> str | None:
    """The framework package a source file belongs to (``torch``, ``jax``...), else None."""
    parts = [p for p in re.split(r"[\\/]+", path) if p]
    for i, part in enumerate(parts):
        if part in _SITE_DIRS:
            return parts[i + 1] if i + 1 < len(parts) and parts[i + 1] in FRAMEWORK_PACKAGES else None
    return parts[0] if len(parts) > 1 and not path.startswith(("/", "\\")) and parts[0] in FRAMEWORK_PACKAGES \
        else None


_PYTORCH_PACKAGES = frozenset({"torch", "torch_xla"})
#: Module names the frameworks give their graphs.
_MODULE_NAMES = (("IrToHlo.", "pytorch"), ("SyncTensorsGraph.", "pytorch"), ("jit_", "jax"), ("pmap_", "jax"))


def framework_of(module: "Module") -> str | None:
    """"pytorch" or "jax": the framework that made ``module`` (its source files, torch_xla's aten
    op types, the module name), or None when nothing says."""
    files, aten = set(module.stack_frames.file_names), False
    for inst in module.all_instructions():
        if inst.metadata is not None:
            files.add(inst.metadata.source_file or "")
            aten = aten or (inst.metadata.op_type or "").startswith("aten__")
    packages = {framework_package(f) for f in files} - {None}
    if aten or packages & _PYTORCH_PACKAGES:
        return "pytorch"
    if packages:
        return "jax"
    return next((framework for prefix, framework in _MODULE_NAMES if module.name.startswith(prefix)), None)


@dataclass(slots=True)
class Metadata:
    op_type: str | None = None
    op_name: str | None = None
    source_file: str | None = None
    source_line: int | None = None
    source_end_line: int | None = None
    source_column: int | None = None
    source_end_column: int | None = None
    stack_frame_id: int | None = None
    #: Other sub-attributes (profile_type, deduplicated_name, ...) kept verbatim, in order.
    extras: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class FileLocation:
    file_name_id: int
    function_name_id: int
    line: int
    end_line: int = 0
    column: int = 0
    end_column: int = 0


@dataclass(frozen=True, slots=True)
class StackFrame:
    file_location_id: int
    parent_frame_id: int  # proto semantics: 1-based, 0 = no parent


@dataclass(slots=True)
class StackFrameIndex:
    """The module's debug-info tables (ids are 1-based as in the proto; 0 means none)."""

    file_names: list[str] = field(default_factory=list)
    function_names: list[str] = field(default_factory=list)
    file_locations: list[FileLocation] = field(default_factory=list)
    stack_frames: list[StackFrame] = field(default_factory=list)
    #: user_location's answers by (frame id, table size): asked for every instruction of a
    #: stack, and a frame's answer walks the whole stack and classifies each file
    _user_locations: dict[tuple[int, int], SourceLocation | None] = field(default_factory=dict, repr=False,
                                                                          compare=False)

    def __bool__(self) -> bool:
        return bool(self.file_names or self.stack_frames)

    def location(self, frame_id: int) -> SourceLocation | None:
        """The innermost source position of stack frame ``frame_id`` (1-based)."""
        if not 0 < frame_id <= len(self.stack_frames):
            return None
        frame = self.stack_frames[frame_id - 1]
        if not 0 < frame.file_location_id <= len(self.file_locations):
            return None
        loc = self.file_locations[frame.file_location_id - 1]
        file = self.file_names[loc.file_name_id - 1] if 0 < loc.file_name_id <= len(self.file_names) else "?"
        func = (self.function_names[loc.function_name_id - 1]
                if 0 < loc.function_name_id <= len(self.function_names) else None)
        return SourceLocation(file, loc.line, loc.column or None, loc.end_line or None,
                              loc.end_column or None, func)

    def user_location(self, frame_id: int) -> SourceLocation | None:
        """The innermost frame of the stack that is the user's code (not a framework's or the
        standard library's); the innermost frame when every frame is theirs."""
        key = (frame_id, len(self.stack_frames))
        if key not in self._user_locations:
            # the walk of stack(), stopped at the first user frame: a model's stacks are deep
            # and the user's frame is usually a few frames out
            innermost, seen = None, set()
            while 0 < frame_id <= len(self.stack_frames) and frame_id not in seen:
                seen.add(frame_id)
                loc = self.location(frame_id)
                if loc is not None:
                    if not is_framework_file(loc.file):
                        innermost = loc
                        break
                    innermost = innermost or loc
                frame_id = self.stack_frames[frame_id - 1].parent_frame_id
            self._user_locations[key] = innermost
        return self._user_locations[key]

    def stack(self, frame_id: int) -> list[SourceLocation]:
        """Innermost-first list of the frames of a stack (cycle-safe)."""
        out, seen = [], set()
        while 0 < frame_id <= len(self.stack_frames) and frame_id not in seen:
            seen.add(frame_id)
            loc = self.location(frame_id)
            if loc is not None:
                out.append(loc)
            frame_id = self.stack_frames[frame_id - 1].parent_frame_id
        return out


@dataclass(slots=True)
class Literal:
    """A constant value.

    ``values`` holds the elements of an array literal in logical row-major
    order (Python scalars, or a flat numpy array when read from a proto);
    ``None`` when the text elided them as ``{...}``. Tuple literals hold
    ``elements`` instead.
    """

    shape: Shape
    values: Sequence[Any] | np.ndarray | None = None
    elements: tuple["Literal", ...] = ()

    @property
    def elided(self) -> bool:
        return not self.shape.is_tuple and self.values is None and self.shape.num_elements > 0

    def to_numpy(self):
        """The value as a numpy array of the shape's dtype (raises for elided/tuple literals)."""
        import numpy as np

        from .dtypes import numpy_dtype

        if self.shape.is_tuple:
            raise TypeError("tuple literal has no single array value")
        if self.elided:
            raise ValueError("constant data was elided as {...} in the HLO text")
        dtype = numpy_dtype(self.shape.element_type)
        vals = self.values if self.values is not None else ()
        if isinstance(vals, np.ndarray):
            arr = vals.astype(dtype, copy=False)
        elif self.shape.element_type.is_float and dtype.itemsize < 4:
            arr = np.asarray(vals, dtype=np.float64).astype(dtype)
        else:
            arr = np.asarray(vals, dtype=dtype)
        return arr.reshape(self.shape.dims)


#: The result shape of an instruction whose text leaves it out (XLA infers it, as in the one-line
#: form ``add(f32[2] x, f32[2] y)``). Only the parser's instruction in progress holds it, until the
#: parser infers the shape with the shape rules, which read it as "not written"; a parsed module
#: never has it. Compared by identity: a real shape, the empty tuple, is equal to it.
SHAPE_LEFT_OUT = Shape(ElementType.TUPLE)


class Instruction:
    """One HLO instruction (an SSA value)."""

    __slots__ = ("name", "opcode", "shape", "operands", "attrs", "metadata", "literal",
                 "parameter_number", "line", "column", "id", "control_predecessors",
                 "_computation", "__weakref__")

    def __init__(self, name: str, opcode: Opcode, shape: Shape, operands=None, attrs=None,
                 metadata: Metadata | None = None, literal: Literal | None = None,
                 parameter_number: int | None = None, line: int = 0, column: int = 0,
                 id: int | None = None):
        self.name = name
        self.opcode = opcode
        self.shape = shape
        self.operands: list[Instruction] = list(operands) if operands else []
        self.attrs: dict[str, AttrValue] = attrs if attrs is not None else {}
        self.metadata = metadata
        self.literal = literal
        self.parameter_number = parameter_number
        self.line = line          # 1-based position in the HLO text (0 when unknown)
        self.column = column
        self.id = id              # proto id, when read from a proto
        self.control_predecessors: list[Instruction] = []
        self._computation: weakref.ref[Computation] | None = None

    @property
    def computation(self) -> Computation | None:
        """The computation this instruction is in (None when it is in none).

        Held by a weak reference: with a strong one every instruction and its computation would
        form a reference cycle, so a module would be freed only by the cyclic garbage collector,
        which walks every object of it first (a sixth of diagnosing a large module). CPython
        shares one weak reference among all the instructions of a computation."""
        ref = self._computation
        return ref() if ref is not None else None

    @computation.setter
    def computation(self, comp: Computation | None) -> None:
        self._computation = weakref.ref(comp) if comp is not None else None

    def __repr__(self) -> str:
        return f"<{self.name} = {self.shape} {self.opcode.text}>"

    def called_computations(self) -> list["Computation"]:
        """Computations this instruction calls, in attribute order (while: condition, body)."""
        attrs = self.attrs
        if self.opcode not in CALLS_COMPUTATIONS and "calls" not in attrs and "to_apply" not in attrs \
                and "called_computations" not in attrs:
            return []  # most instructions: no attribute to look at (a malformed proto may still attach one)
        out = []
        for value in self.attrs.values():
            if isinstance(value, Computation):
                out.append(value)
            elif isinstance(value, tuple) and value and isinstance(value[0], Computation):
                out.extend(value)
        return out


# A Python class under mypyc too: instructions refer to their computation weakly (see
# Instruction.computation), and this mypyc makes weak references only to Python classes.
@mypyc_attr(native_class=False)
class Computation:
    """A named list of instructions with parameters and a root."""

    __slots__ = ("name", "instructions", "root", "is_entry", "execution_thread", "line", "column",
                 "id", "signature", "_by_name", "__weakref__")

    def __init__(self, name: str, instructions=None, root: Instruction | None = None,
                 is_entry: bool = False, line: int = 0, column: int = 0):
        self.name = name
        self.instructions: list[Instruction] = list(instructions) if instructions else []
        self.root = root if root is not None else (self.instructions[-1] if self.instructions else None)
        self.is_entry = is_entry
        self.execution_thread: str | None = None
        self.line = line
        self.column = column
        self.id: int | None = None
        #: The signature printed in the long form, ``([(param name, shape)], result shape)``,
        #: when the input had one (the verifier checks it against the parameters and root).
        self.signature: tuple[list[tuple[str, Shape]], Shape] | None = None
        self._by_name: dict[str, Instruction] | None = None
        for inst in self.instructions:
            inst.computation = self

    def __repr__(self) -> str:
        return f"<computation {self.name}: {len(self.instructions)} instructions>"

    def calling_instructions(self) -> list[Instruction]:
        """The instructions that may call computations (called_computations' own test, made in a
        comprehension): walks of the call graph run per pass and per diagnose stage, and most
        instructions call nothing."""
        return [inst for inst in self.instructions if inst.opcode in CALLS_COMPUTATIONS
                or "calls" in inst.attrs or "to_apply" in inst.attrs or "called_computations" in inst.attrs]

    def require_root(self) -> Instruction:
        """The root instruction; every computation of a parsed module has one."""
        if self.root is None:
            raise ValueError(f"computation {self.name} has no root instruction")
        return self.root

    @property
    def parameters(self) -> list[Instruction]:
        params = [i for i in self.instructions if i.opcode is Opcode.PARAMETER]
        return sorted(params, key=lambda i: i.parameter_number or 0)

    def parameter_shapes(self) -> list[Shape]:
        return [p.shape for p in self.parameters]

    def instruction(self, name: str) -> Instruction | None:
        if self._by_name is None or len(self._by_name) != len(self.instructions):
            self._by_name = {i.name: i for i in self.instructions}
        return self._by_name.get(name)

    # -- editing (passes change computations only through these, so the name index stays right) --
    def add(self, inst: Instruction) -> Instruction:
        inst.computation = self
        self.instructions.append(inst)
        self._by_name = None
        return inst

    def insert_before(self, anchor: Instruction, inst: Instruction) -> Instruction:
        """Add ``inst`` right before ``anchor`` (keeps the instruction list topological)."""
        inst.computation = self
        self.instructions.insert(self.instructions.index(anchor), inst)
        self._by_name = None
        return inst

    def insert_after(self, anchor: Instruction, inst: Instruction) -> Instruction:
        """Add ``inst`` right after ``anchor``."""
        inst.computation = self
        self.instructions.insert(self.instructions.index(anchor) + 1, inst)
        self._by_name = None
        return inst

    def users(self) -> dict[Instruction, list[Instruction]]:
        """Instruction -> the instructions here that use it (once per use, in order)."""
        out: dict[Instruction, list[Instruction]] = {inst: [] for inst in self.instructions}
        for inst in self.instructions:
            for operand in inst.operands:
                out.setdefault(operand, []).append(inst)
        return out

    def replace_uses(self, old: Instruction, new: Instruction, users: list[Instruction] | None = None) -> None:
        """Point every use of ``old`` here (operands, control edges, the root) at ``new``; ``users``,
        when the caller knows them, are the only instructions looked at (a pass rewriting thousands
        of values must not walk the whole computation for each)."""
        for inst in self.instructions if users is None else users:
            if old in inst.operands:
                inst.operands = [new if o is old else o for o in inst.operands]
            if old in inst.control_predecessors:
                inst.control_predecessors = [new if p is old else p for p in inst.control_predecessors]
        if self.root is old:
            self.root = new

    def replace(self, old: Instruction, new: Instruction) -> Instruction:
        """Put ``new`` where ``old`` is and point old's uses at it; ``old`` leaves the computation."""
        self.instructions[self.instructions.index(old)] = new
        new.computation = self
        self.replace_uses(old, new)
        self._by_name = None
        return new

    def remove(self, inst: Instruction) -> None:
        """Take ``inst`` out (its uses must be gone already)."""
        self.instructions.remove(inst)
        self._by_name = None

    def set_instructions(self, instructions: list[Instruction], root: Instruction | None = None) -> None:
        """Replace the instruction list (a subset in order, or a new body); ``root`` when it changes."""
        self.instructions = list(instructions)
        for inst in self.instructions:
            inst.computation = self
        if root is not None:
            self.root = root
        self._by_name = None


# A Python class under mypyc too: copy.copy(module) (daemon/engine.py) needs one (a native class
# runs __init__ to copy), and its attributes are read once per computation, not per instruction.
@mypyc_attr(native_class=False)
class Module:
    """An HLO module: computations (callees before callers) and an entry."""

    def __init__(self, name: str):
        self.name = name
        self.computations: dict[str, Computation] = {}
        self.entry: Computation | None = None
        #: Header attributes other than entry_computation_layout, kept verbatim by name.
        self.header_attrs: dict[str, str] = {}
        self.entry_computation_layout: tuple[list[Shape], Shape] | None = None
        self.stack_frames = StackFrameIndex()
        #: Where the module came from: "text", "proto", "hlo-proto", "snapshot" or "unoptimized-snapshot".
        self.source_format = "text"
        self.source_path: str | None = None
        #: Arguments recorded by an HloSnapshot (Literal per entry parameter), else empty.
        self.arguments: list[Literal] = []
        #: Result recorded by an HloSnapshot, if any.
        self.result: Literal | None = None
        self.id: int | None = None
        #: Findings of the reader that did not stop it (Diagnostic objects), reported with the
        #: module's own: e.g. a StableHLO sharding it could not keep.
        self.notes: list = []

    def __repr__(self) -> str:
        return f"<module {self.name}: {len(self.computations)} computations>"

    def require_entry(self) -> Computation:
        """The entry computation; every parsed or verified module has one."""
        if self.entry is None:
            raise ValueError(f"module {self.name} has no entry computation")
        return self.entry

    def add_computation(self, comp: Computation) -> Computation:
        self.computations[comp.name] = comp
        if comp.is_entry:
            self.entry = comp
        return comp

    def all_instructions(self) -> Iterator[Instruction]:
        for comp in self.computations.values():
            yield from comp.instructions

    def instruction_count(self) -> int:
        return sum(len(c.instructions) for c in self.computations.values())

    def source_location(self, inst: Instruction) -> SourceLocation | None:
        """The framework source position of ``inst``: stack frame first, inline metadata second."""
        md = inst.metadata
        if md is None:
            return None
        if md.stack_frame_id and self.stack_frames:
            loc = self.stack_frames.user_location(md.stack_frame_id)
            if loc is not None:
                return loc
        if md.source_file and md.source_line is not None:
            return SourceLocation(md.source_file, md.source_line, md.source_column,
                                  md.source_end_line, md.source_end_column)
        return None

    def source_stack(self, inst: Instruction) -> list[SourceLocation]:
        """The whole Python stack of ``inst``, innermost first, when the module carries one."""
        frame = inst.metadata.stack_frame_id if inst.metadata is not None else None
        return self.stack_frames.stack(frame) if frame and self.stack_frames else []

    def callers(self) -> dict[str, list[Instruction]]:
        """Computation name -> instructions that call it."""
        out: dict[str, list[Instruction]] = {name: [] for name in self.computations}
        for comp in self.computations.values():
            for inst in comp.calling_instructions():  # most instructions call nothing
                for callee in inst.called_computations():
                    out.setdefault(callee.name, []).append(inst)
        return out

    def reachable_computations(self) -> list[Computation]:
        """Computations reachable from the entry, callees before callers."""
        if self.entry is None:
            return []
        order: list[Computation] = []
        seen: set[str] = set()
        stack = [(self.entry, False)]
        while stack:
            comp, done = stack.pop()
            if done:
                order.append(comp)
                continue
            if comp.name in seen:
                continue
            seen.add(comp.name)
            stack.append((comp, True))
            for inst in comp.calling_instructions():
                for callee in inst.called_computations():
                    if callee.name not in seen:
                        stack.append((callee, False))
        return order
