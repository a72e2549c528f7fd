"""Print the IR back to HLO text.

``style="long"`` writes the ``--xla_dump_to`` form (``%`` names, computation
signatures), ``"short"`` the ``as_text('hlo')`` form, ``"inline-shapes"`` the
older form with operand shapes. Whatever the style, parsing the output gives
back the same module.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, cast

from ..ir import attrs as A
from ..ir.dtypes import BITS_DTYPE, NAN_PAYLOAD_BITS, ElementType, nan_text, numpy_dtype
from ..ir.module import Computation, Instruction, Literal, Metadata, Module
from ..ir.opcodes import Opcode
from ..ir.shapes import Shape

if TYPE_CHECKING:
    import numpy as np

STYLES = ("long", "short", "inline-shapes")
#: XLA prints a StackFrames parent_frame_id as the proto value + 1, also for "no parent" (0 -> 1);
#: checked against jaxlib 0.10.2, whose parser warns "Invalid stack_frame_id -1" on a 0.
_TEXT_PARENT_FRAME_OFFSET = 1
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def escape(s: str) -> str:
    """C-escape like absl::CEscape for ASCII; other control characters become octal escapes."""
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), f"\\{ord(m.group()):03o}"), s)


def quoted(s: str) -> str:
    return '"' + escape(s) + '"'


def print_module(module: Module, style: str = "long") -> str:
    if style not in STYLES:
        raise ValueError(f"unknown print style {style!r}; use one of {', '.join(STYLES)}")
    sigil = "" if style == "short" else "%"
    header = f"HloModule {module.name}"
    attrs = []
    if module.entry_computation_layout is not None:
        params, result = module.entry_computation_layout
        attrs.append("entry_computation_layout={(" + ", ".join(p.text() for p in params) + ")->"
                     + result.text() + "}")
    attrs.extend(f"{k}={v}" for k, v in module.header_attrs.items())
    lines = [header + "".join(", " + a for a in attrs), ""]
    lines.extend(stack_frame_lines(module))
    for comp in module.computations.values():
        lines.extend(computation_lines(comp, style, sigil))
        lines.append("")
    return "\n".join(lines)


def stack_frame_lines(module: Module) -> list[str]:
    """The debug-info tables, laid out as XLA prints them (a blank line after each table)."""
    index = module.stack_frames
    if not index:
        return []
    out = ["FileNames"]
    out += [f"{i} {quoted(n)}" for i, n in enumerate(index.file_names, 1)]
    out += ["", "FunctionNames"]
    out += [f"{i} {quoted(n)}" for i, n in enumerate(index.function_names, 1)]
    out += ["", "FileLocations"]
    out += [f"{i} {{file_name_id={loc.file_name_id} function_name_id={loc.function_name_id} "
            f"line={loc.line} end_line={loc.end_line} column={loc.column} end_column={loc.end_column}}}"
            for i, loc in enumerate(index.file_locations, 1)]
    out += ["", "StackFrames"]
    out += [f"{i} {{file_location_id={f.file_location_id} parent_frame_id="
            f"{f.parent_frame_id + _TEXT_PARENT_FRAME_OFFSET}}}"
            for i, f in enumerate(index.stack_frames, 1)]
    out += ["", ""]
    return out


def computation_lines(comp: Computation, style: str, sigil: str) -> list[str]:
    head = ("ENTRY " if comp.is_entry else "") + sigil + comp.name
    if style != "short":
        params = ", ".join(f"{p.name}: {p.shape.text()}" for p in comp.parameters)
        head += f" ({params}) -> {comp.require_root().shape.text()}"
    lines = [head + " {"]
    for inst in comp.instructions:
        prefix = "  ROOT " if inst is comp.root else "  "
        lines.append(prefix + instruction_text(inst, style, sigil))
    tail = "}"
    if comp.execution_thread is not None:
        tail += f", execution_thread={quoted(comp.execution_thread)}"
    lines.append(tail)
    return lines


def instruction_text(inst: Instruction, style: str = "long", sigil: str = "%") -> str:
    op = inst.opcode
    if op is Opcode.PARAMETER:
        args = str(inst.parameter_number)
    elif op is Opcode.CONSTANT:
        assert inst.literal is not None  # every front end gives a constant its literal
        args = literal_text(inst.literal)
    elif style == "inline-shapes":
        args = ", ".join(f"{o.shape.text()} {sigil}{o.name}" for o in inst.operands)
    else:
        args = ", ".join(sigil + o.name for o in inst.operands)
    parts = [f"{sigil}{inst.name} = {inst.shape.text()} {op.text}({args})"]
    for key, value in inst.attrs.items():
        parts.append(f"{key}={attr_text(key, value, sigil, A.kind_of(key, op.text))}")
    if inst.control_predecessors:
        parts.append("control-predecessors={" + ", ".join(sigil + p.name for p in inst.control_predecessors)
                     + "}")
    if inst.metadata is not None:
        parts.append("metadata=" + metadata_text(inst.metadata))
    return ", ".join(parts)


def attr_text(key: str, value, sigil: str = "%", kind: A.Kind | None = None) -> str:
    kind = kind or A.kind_of(key)
    K = A.Kind
    if isinstance(value, A.Raw):
        return value.text
    if kind is K.INT_LIST:
        return "{" + ",".join(map(str, value)) + "}"
    if kind is K.BOOL:
        return "true" if value else "false"
    if kind in (K.INT, K.ENUM):
        return str(value)
    if kind is K.FLOAT:
        return float_text(value)
    if kind in (K.STRING, K.BACKEND_CONFIG):
        return quoted(value)
    if kind is K.COMPUTATION:
        return sigil + value.name
    if kind is K.COMPUTATION_LIST:
        return "{" + ", ".join(sigil + c.name for c in value) + "}"
    if kind is K.ENUM_LIST:
        return "{" + ",".join(value) + "}"
    if kind is K.BOOL_LIST:
        return "{" + ",".join("true" if v else "false" for v in value) + "}"
    if kind is K.WINDOW:
        return window_text(value)
    if kind is K.DIM_LABELS:
        return dim_labels_text(value)
    if kind is K.SLICE:
        return "{" + ", ".join(f"[{s.start}:{s.limit}" + (f":{s.stride}]" if s.stride != 1 else "]")
                               for s in value) + "}"
    if kind is K.PADDING:
        return "x".join(f"{p.low}_{p.high}" + (f"_{p.interior}" if p.interior else "") for p in value)
    if kind is K.REPLICA_GROUPS:
        if value.iota_text:
            return value.iota_text
        if value.mesh_text:
            return value.mesh_text
        return "{" + ",".join("{" + ",".join(map(str, g)) + "}" for g in value.groups) + "}"
    if kind is K.INT_LISTS:
        return "{" + ",".join("{" + ",".join(map(str, v)) + "}" for v in value) + "}"
    if kind is K.INT_PAIRS:
        return "{" + ",".join(f"{{{a},{b}}}" for a, b in value) + "}"
    if kind is K.SHAPE:
        return value.text()
    if kind is K.LITERAL:
        return shaped_literal_text(value)
    if kind is K.SHAPE_LIST:
        return "{" + ", ".join(s.text() for s in value) + "}"
    raise TypeError(f"cannot print attribute {key}={value!r}")


def window_text(window: A.Window) -> str:
    dims = window.dims
    if not dims:
        return "{}"
    parts = ["size=" + "x".join(str(d.size) for d in dims)]
    if any(d.stride != 1 for d in dims):
        parts.append("stride=" + "x".join(str(d.stride) for d in dims))
    if any(d.padding_low or d.padding_high for d in dims):
        parts.append("pad=" + "x".join(f"{d.padding_low}_{d.padding_high}" for d in dims))
    if any(d.base_dilation != 1 for d in dims):
        parts.append("lhs_dilate=" + "x".join(str(d.base_dilation) for d in dims))
    if any(d.window_dilation != 1 for d in dims):
        parts.append("rhs_dilate=" + "x".join(str(d.window_dilation) for d in dims))
    if any(d.window_reversal for d in dims):
        parts.append("rhs_reversal=" + "x".join(str(int(d.window_reversal)) for d in dims))
    return "{" + " ".join(parts) + "}"


def dim_labels_text(dn: A.ConvDimensionNumbers) -> str:
    def labels(rank: int, special: dict[int, str], spatial: tuple[int, ...]) -> str:
        chars = ["?"] * rank
        for pos, ch in special.items():
            chars[pos] = ch
        for k, pos in enumerate(spatial):
            chars[pos] = str(k)
        return "".join(chars)

    def side(first: int, second: int, spatial: tuple[int, ...], names: str) -> str:
        # as long as the highest dimension with a role; a dimension with none prints as '?'
        rank = max((first, second, *spatial)) + 1
        return labels(rank, {first: names[0], second: names[1]}, spatial)

    return (side(dn.input_batch, dn.input_feature, dn.input_spatial, "bf") + "_"
            + side(dn.kernel_input_feature, dn.kernel_output_feature, dn.kernel_spatial, "io") + "->"
            + side(dn.output_batch, dn.output_feature, dn.output_spatial, "bf"))


def metadata_text(md: Metadata) -> str:
    items = []
    for key in ("op_type", "op_name", "source_file"):
        value = getattr(md, key)
        if value is not None:
            items.append(f"{key}={quoted(value)}")
    for key in ("source_line", "source_end_line", "source_column", "source_end_column", "stack_frame_id"):
        value = getattr(md, key)
        if value is not None:
            items.append(f"{key}={value}")
    items.extend(f"{k}={v}" for k, v in md.extras)
    return "{" + " ".join(items) + "}"


def float_text(value: float) -> str:
    if math.isnan(value):
        return "-nan" if math.copysign(1.0, value) < 0 else "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") and "e" not in text else text


def scalar_text(value) -> str:
    if isinstance(value, str):  # already written (a NaN with its payload)
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, complex):
        return f"({float_text(value.real)}, {float_text(value.imag)})"
    if isinstance(value, int):
        return str(value)
    return float_text(value)


def shaped_literal_text(lit: Literal) -> str:
    """``s32[2]{0} {1, 2}``: a literal with its shape (tuples element by element)."""
    if lit.shape.is_tuple:
        return "(" + ", ".join(shaped_literal_text(e) for e in lit.elements) + ")"
    return f"{lit.shape.text()} {literal_text(lit)}"


def literal_text(lit: Literal) -> str:
    shape = lit.shape
    if shape.is_tuple:
        return "(" + ", ".join(literal_text(e) for e in lit.elements) + ")"
    if lit.elided:
        return "{...}"
    values = lit.values
    if hasattr(values, "tolist"):  # a numpy array (read from a proto)
        array = cast("np.ndarray", values).reshape(-1)
        values = array.tolist()
        if shape.element_type.text == "pred":
            values = [bool(v) for v in values]
        elif shape.element_type.component_type in NAN_PAYLOAD_BITS:
            _write_nans(array, shape.element_type, values)
    values = list(values) if values is not None else []
    if shape.rank == 0:
        return scalar_text(values[0])
    return _nested(values, shape.dims)


def _write_nans(array, etype: ElementType, values: list) -> None:
    """Replace each NaN of ``values`` (the elements of ``array``) by its text as XLA prints it,
    payload included: tolist() turns a float NaN into a double NaN, which keeps no payload of a
    narrower type (and loses a signalling NaN's)."""
    import numpy as np

    part_type = etype.component_type
    parts = 2 if etype.is_complex else 1
    flat = array.view(numpy_dtype(part_type)) if parts == 2 else array  # complex: (re, im) pairs
    nans = np.flatnonzero(np.isnan(flat))
    if not len(nans):
        return
    bits = flat.view(BITS_DTYPE[part_type.bits])
    for index in np.unique(nans // parts).tolist():
        texts = [nan_text(part_type, int(bits[index * parts + p])) if math.isnan(float(flat[index * parts + p]))
                 else float_text(float(flat[index * parts + p])) for p in range(parts)]
        values[index] = texts[0] if parts == 1 else f"({texts[0]}, {texts[1]})"


def _nested(values: list, dims: tuple[int, ...]) -> str:
    if len(dims) == 1:
        return "{" + ", ".join(scalar_text(v) for v in values) + "}"
    step = len(values) // dims[0] if dims[0] else 0
    return "{ " + ", ".join(_nested(values[i * step:(i + 1) * step], dims[1:]) for i in range(dims[0])) + " }"


def shape_text(shape: Shape) -> str:
    return shape.text()
