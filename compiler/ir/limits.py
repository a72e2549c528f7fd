"""What the IR and the HloModuleProto can hold: every integer, every shape, every layout.

The text parser reads integers of any length and the proto reader 64-bit varints, but XLA
stores dimensions, attribute values and layouts as int64 and debug information as int32, and
an array whose byte size overflows int64 cannot exist. A module that breaks one of these
rules would pass ``ncc diagnose`` and then crash whatever writes its proto or allocates its
buffers, so it is refused here, after parsing, with one diagnostic at the instruction (and
the number) at fault. Layouts must be a permutation of the shape's dimensions, as XLA's
``LayoutUtil::ValidateLayoutForShape`` requires.

Every walk here is a loop over an explicit stack: hostile input nests tuples and attribute
values as deep as it likes.
"""

from __future__ import annotations

import dataclasses
import re

from ..diagnostics import INTEGER_OUT_OF_RANGE, LAYOUT_NOT_PERMUTATION, Diagnostic, HloError
from .module import Computation, Instruction, Literal, Module
from .shapes import UNBOUNDED, Shape

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
INT32_MAX = 2**31 - 1
INT32_MIN = -(2**31)

#: Ranges by proto field type: one table, so a field's width is written once.
INT64 = (INT64_MIN, INT64_MAX, "int64")
INT32 = (INT32_MIN, INT32_MAX, "int32")

#: Attributes XLA keeps in int32 proto fields (all other integer attributes are int64).
INT32_ATTRIBUTES = {"exponent_bits": INT32, "mantissa_bits": INT32, "cross_program_prefetch_index": INT32}
#: OpMetadata's integer fields (xla_data.proto: all int32).
METADATA_FIELDS = ("source_line", "source_end_line", "source_column", "source_end_column", "stack_frame_id")


class _Fault(Exception):
    """One broken rule: message, the instruction it is in, and what to point at in the text
    (an integer, or a pattern such as a layout's)."""

    def __init__(self, code, message: str, inst: Instruction | None, number: int | None = None,
                 pattern: str | None = None):
        super().__init__(message)
        self.code, self.message, self.inst = code, message, inst
        self.pattern = pattern if pattern is not None else (
            rf"(?<![\w.]){re.escape(str(number))}(?![\w.])" if number is not None else None)


def _check_int(value: int, where: str, bounds=INT64, inst: Instruction | None = None) -> None:
    low, high, kind = bounds
    if not low <= value <= high:
        raise _Fault(INTEGER_OUT_OF_RANGE, f"{where}: {value} does not fit in {kind} "
                     f"({low}..{high})", inst, value)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_JUST_INT = {int}


def _fields_of(value) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    return names


def check_shape(shape: Shape, where: str, inst: Instruction | None = None,
                checked: set[int] | None = None) -> None:
    """Dimensions in int64, the byte size in int64, the layout a permutation (tuples iteratively)."""
    stack = [shape]
    while stack:
        s = stack.pop()
        if checked is not None:
            if id(s) in checked:
                continue
            checked.add(id(s))
        if s.tuple_shapes:
            stack.extend(s.tuple_shapes)
            continue
        if not s.dims:
            if s.layout is not None:
                _check_layout(s, where, inst)
            continue
        elements = 1
        for d in s.dims:
            if d == UNBOUNDED:
                continue
            if not 0 <= d <= INT64_MAX:
                raise _Fault(INTEGER_OUT_OF_RANGE, f"{where}: dimension {d} of {s.element_type.text}"
                             f"[...] does not fit in int64 (0..{INT64_MAX})", inst, d)
            elements *= d
        if (elements * s.element_type.bits + 7) // 8 > INT64_MAX:
            raise _Fault(INTEGER_OUT_OF_RANGE, f"{where}: {s.text(with_layout=False)} has {elements:,} "
                         f"elements; its size in bytes does not fit in int64", inst,
                         next((d for d in s.dims if d > 1), None))
        if s.layout is not None:
            _check_layout(s, where, inst)


def _check_layout(s: Shape, where: str, inst: Instruction | None) -> None:
    layout = s.layout
    if layout is None:
        return
    m2m = layout.minor_to_major
    if m2m and sorted(m2m) != list(range(len(s.dims))):
        written = r"\{\s*" + r"\s*,\s*".join(map(str, m2m)) + r"\s*[}:]"  # the layout as the text has it
        raise _Fault(LAYOUT_NOT_PERMUTATION, f"{where}: layout {layout.text()} of {s.text(with_layout=False)} "
                     f"is not a permutation of its dimensions 0..{len(s.dims) - 1}"
                     if s.dims else f"{where}: a scalar's layout lists no dimensions, not {layout.text()}",
                     inst, pattern=written)
    for tile in layout.tiles:
        for d in tile:
            if d != UNBOUNDED:
                _check_int(d, f"{where}: tile dimension", INT64, inst)
    _check_int(layout.memory_space, f"{where}: memory space", INT64, inst)
    _check_int(layout.element_size_in_bits, f"{where}: element size in bits", INT64, inst)


def _check_value(value, where: str, bounds, inst: Instruction, shapes_checked: set[int]) -> None:
    """Every integer inside an attribute value (tuples, lists and dataclasses, iteratively)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, bool) or v is None or isinstance(v, (str, float, Computation, Literal)):
            continue
        if isinstance(v, int):
            _check_int(v, where, bounds, inst)
        elif isinstance(v, (tuple, list)):
            # the usual value, a flat list of plain ints (dims, replica groups): two C-level passes
            if v and set(map(type, v)) == _JUST_INT and bounds[0] <= min(v) and max(v) <= bounds[1]:
                continue
            stack.extend(v)
        elif isinstance(v, Shape):
            check_shape(v, where, inst, shapes_checked)
        elif dataclasses.is_dataclass(v):
            stack.extend(getattr(v, name) for name in _fields_of(v))


def _check_instruction(inst: Instruction, shapes_checked: set[int]) -> None:
    if id(inst.shape) not in shapes_checked:
        check_shape(inst.shape, f"shape of '{inst.name}'", inst, shapes_checked)
    if inst.parameter_number is not None:
        _check_int(inst.parameter_number, f"parameter number of '{inst.name}'", INT64, inst)
    for key, value in inst.attrs.items():
        if isinstance(value, (str, bool, Computation)):
            continue
        _check_value(value, f"attribute '{key}' of '{inst.name}'", INT32_ATTRIBUTES.get(key, INT64), inst,
                     shapes_checked)
    md = inst.metadata
    if md is not None:
        for name in METADATA_FIELDS:
            v = getattr(md, name)
            if v is not None and not INT32_MIN <= v <= INT32_MAX:  # in line: most metadata fits
                _check_int(v, f"metadata {name} of '{inst.name}'", INT32, inst)
    if inst.literal is not None and id(inst.literal.shape) not in shapes_checked:
        check_shape(inst.literal.shape, f"literal of '{inst.name}'", inst, shapes_checked)


def _check_debug_tables(module: Module) -> None:
    tables = module.stack_frames
    for i, loc in enumerate(tables.file_locations, 1):
        for name in ("file_name_id", "function_name_id", "line", "end_line", "column", "end_column"):
            _check_int(getattr(loc, name), f"file location {i}: {name}", INT32)
    for i, frame in enumerate(tables.stack_frames, 1):
        _check_int(frame.file_location_id, f"stack frame {i}: file_location_id", INT32)
        _check_int(frame.parent_frame_id, f"stack frame {i}: parent_frame_id", INT32)


def check_module_limits(module: Module, text: str | None = None, path: str | None = None) -> None:
    """Raise :class:`HloError` with one diagnostic if ``module`` holds a number XLA cannot store
    or a layout that is not a permutation. ``text`` (HLO text input) lets the diagnostic point at
    the number itself rather than at the start of its instruction."""
    shapes_checked: set[int] = set()
    try:
        _check_debug_tables(module)
        if module.entry_computation_layout is not None:
            params, result = module.entry_computation_layout
            for shape in [*params, result]:
                check_shape(shape, "entry_computation_layout", None, shapes_checked)
        for comp in module.computations.values():
            for inst in comp.instructions:
                _check_instruction(inst, shapes_checked)
    except _Fault as fault:
        raise HloError(_diagnostic(fault, text, path or module.source_path)) from None


def _diagnostic(fault: _Fault, text: str | None, path: str | None) -> Diagnostic:
    inst = fault.inst
    line = inst.line if inst is not None and inst.line else None
    column = inst.column if inst is not None and line else None
    end_column = None
    if line and text is not None and fault.pattern is not None:
        # the number (or layout) itself, searched on the instruction's own line from where it starts
        starts = _line_start(text, line)
        if starts is not None:
            line_end = text.find("\n", starts)
            line_end = len(text) if line_end < 0 else line_end
            m = re.compile(fault.pattern).search(text, starts + max((column or 1) - 1, 0), line_end)
            if m is not None:
                column, end_column = m.start() - starts + 1, m.end() - starts + 1
    if inst is None and text is not None:
        # a module-level value (entry_computation_layout, the debug tables): the first place the
        # text spells it, else the module's header line
        m = re.compile(fault.pattern).search(text) if fault.pattern is not None else None
        if m is not None:
            line = text.count("\n", 0, m.start()) + 1
            starts = text.rfind("\n", 0, m.start()) + 1
            column, end_column = m.start() - starts + 1, m.end() - starts + 1
            if text.find("\n", m.start(), m.end()) >= 0:
                end_column = None  # the match spans lines: point at its start only
        else:
            line, column = 1, 1
    return Diagnostic(fault.code.code, fault.message, line=line, column=column,
                      end_line=line if end_column else None, end_column=end_column,
                      instruction=inst.name if inst is not None else None, file=path)


def _line_start(text: str, line: int) -> int | None:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] if 0 < line <= len(starts) else None


__all__ = ["check_module_limits", "check_shape", "INT64_MAX", "INT32_MAX"]
