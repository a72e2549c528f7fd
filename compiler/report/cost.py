"""Roofline cost of every kernel of a compiled program.

A kernel is what the device runs as one unit: a `fusion` (its intermediate values stay on chip),
or any other instruction of the program that computes or moves data. Parameters, constants,
tuples, bitcasts, control flow, and reshapes/transposes that leave the bytes where they are
cost nothing and are not kernels.

Per kernel the model counts
* FLOPs, each on the engine that executes it (§6.1 of the facts file): dot and convolution on
  the tensor engine (2 per multiply-add), transcendental functions on the scalar (activation)
  engine, other elementwise ops and reductions on the vector engine, sort/scatter/custom calls on
  GpSimd. Elementwise ops count one per output element, reductions one per input element.
* bytes moved from and to HBM: the kernel's operands and result (what a fusion keeps on chip is
  not counted; slices and gathers read only what they keep).
Its time is a roofline: max(compute time, bytes / the core's HBM bandwidth). The engines run in
parallel, so a kernel that uses several (attention: dots and an exponential) is as slow as its
busiest engine. The program's time is the serial sum: no overlap between kernels is assumed.
"""

from __future__ import annotations

import math
from collections import Counter

from ..ir.attrs import ConvDimensionNumbers
from ..ir.dtypes import ElementType
from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import ELEMENTWISE, TRANSCENDENTAL, Category, Opcode
from ..ir.shapes import Shape
from ..passes.fusion import program_computations
from ..runtime.ops.kernels import kernel_config
from .hardware import TENSOR_FORMATS, CoreFigures, figures_for

ENGINES = ("tensor", "vector", "scalar", "gpsimd", "dma")

TENSOR_OPS = frozenset({Opcode.DOT, Opcode.RAGGED_DOT, Opcode.SCALED_DOT, Opcode.CONVOLUTION})
#: Irregular work: GpSimd's general-purpose cores run it (§6.1).
GPSIMD_OPS = frozenset({Opcode.SORT, Opcode.TOPK, Opcode.SCATTER, Opcode.SELECT_AND_SCATTER, Opcode.CUSTOM_CALL,
                        Opcode.IOTA, Opcode.RNG, Opcode.RNG_BIT_GENERATOR, Opcode.RNG_GET_AND_UPDATE_STATE,
                        Opcode.CHOLESKY})
#: Instructions that name, group or sequence values but compute and move nothing themselves
#: (the kernels of loop bodies and branches are listed on their own).
FREE_OPS = frozenset({Opcode.PARAMETER, Opcode.CONSTANT, Opcode.TUPLE, Opcode.GET_TUPLE_ELEMENT, Opcode.BITCAST,
                      Opcode.BITCAST_CONVERT, Opcode.AFTER_ALL, Opcode.ADD_DEPENDENCY, Opcode.DOMAIN,
                      Opcode.OPT_BARRIER, Opcode.PARTITION_ID, Opcode.REPLICA_ID, Opcode.GET_DIMENSION_SIZE,
                      Opcode.WHILE, Opcode.CONDITIONAL, Opcode.CALL, Opcode.ASYNC_START, Opcode.ASYNC_UPDATE,
                      Opcode.ASYNC_DONE})
#: Categories whose ops only move data: the DMA engines do them.
_MOVING = frozenset({Category.DATA_MOVEMENT, Category.COLLECTIVE, Category.HOST_IO, Category.DYNAMIC_SHAPE})
#: Ops that only re-index their operand: free inside a fusion (they become addressing).
_VIEWS = frozenset({Opcode.BROADCAST, Opcode.RESHAPE, Opcode.TRANSPOSE, Opcode.BITCAST, Opcode.COPY,
                    Opcode.SLICE, Opcode.REVERSE})
#: Named kernels that are one activation function: the scalar engine evaluates the whole of it
#: from its lookup tables in one pass (§6.1; §6.4 names the `gelu_and_others` table set).
ACTIVATION_KERNELS = frozenset({"gelu_erf", "gelu_tanh", "silu"})
#: FLOPs per input element of the batch-norm ops, counted from their textbook formulas:
#: inference (x-mean)*scale'+offset; training adds the mean and variance sums; grad the two
#: sums over dy and dy*x-hat and the four-term dx.
_BATCH_NORM_FLOPS = {Opcode.BATCH_NORM_INFERENCE: 3, Opcode.BATCH_NORM_TRAINING: 7, Opcode.BATCH_NORM_GRAD: 9}

ASSUMPTIONS = (
    "Roofline per kernel: estimated time = max(compute time, HBM bytes / per-core HBM bandwidth).",
    "Compute time = FLOPs / the engine's published peak for the operand format; a kernel using several "
    "engines takes as long as its busiest engine.",
    "Vector, scalar and GpSimd engines are timed at their FP32 rate for every data type (the only "
    "published figure).",
    "Kernels run one after another (the total is a serial sum); kernels of loop bodies count once, "
    "not once per iteration.",
    "Bytes are the kernel's operands and result, each read or written once; a kernel larger than SBUF "
    "is flagged, since tiling it may read some data more than once.",
)


# -- FLOPs ------------------------------------------------------------------------------------------

def dot_dimensions(inst: Instruction) -> dict[str, int]:
    """batch, M, N, K of a dot, from its dimension numbers."""
    lhs, rhs = inst.operands[0].shape.dims, inst.operands[1].shape.dims
    lhs_batch, lhs_contracting = _dims(inst, "lhs_batch_dims"), _dims(inst, "lhs_contracting_dims")
    rhs_batch, rhs_contracting = _dims(inst, "rhs_batch_dims"), _dims(inst, "rhs_contracting_dims")
    return {"batch": math.prod(lhs[d] for d in lhs_batch),
            "m": math.prod(n for d, n in enumerate(lhs) if d not in lhs_batch + lhs_contracting),
            "n": math.prod(n for d, n in enumerate(rhs) if d not in rhs_batch + rhs_contracting),
            "k": math.prod(lhs[d] for d in lhs_contracting)}


def convolution_dimensions(inst: Instruction) -> dict[str, int]:
    """Output elements, kernel window size and input features per group of a convolution."""
    kernel = inst.operands[1].shape.dims
    labels = inst.attrs.get("dim_labels")
    if isinstance(labels, ConvDimensionNumbers):
        window = math.prod(kernel[d] for d in labels.kernel_spatial)
        per_group = kernel[labels.kernel_input_feature]
    else:  # XLA's default labels: kernel is [spatial..., input feature, output feature]
        window, per_group = math.prod(kernel[:-2]), kernel[-2] if len(kernel) >= 2 else 1
    return {"output_elements": inst.shape.num_elements, "window": window, "input_features_per_group": per_group}


def _dims(inst: Instruction, name: str) -> tuple[int, ...]:
    return tuple(inst.attrs.get(name) or ())


def _elements(shape: Shape) -> int:
    return sum(leaf.num_elements for leaf in shape.leaf_shapes() if leaf.is_array)


def op_flops(inst: Instruction) -> int:
    """Floating-point (or integer) operations of one instruction."""
    op, operands = inst.opcode, inst.operands
    if op is Opcode.DOT:
        d = dot_dimensions(inst)
        return 2 * d["batch"] * d["m"] * d["n"] * d["k"]
    if op in (Opcode.RAGGED_DOT, Opcode.SCALED_DOT):
        return 2 * _elements(inst.shape) * math.prod(operands[0].shape.dims[d]
                                                     for d in _dims(inst, "lhs_contracting_dims"))
    if op is Opcode.CONVOLUTION:
        d = convolution_dimensions(inst)
        return 2 * d["output_elements"] * d["window"] * d["input_features_per_group"]
    if op is Opcode.REDUCE:  # operands: the inputs, then as many init values
        return sum(o.shape.num_elements for o in operands[:len(operands) // 2])
    if op is Opcode.REDUCE_WINDOW:
        window = inst.attrs.get("window")
        size = math.prod(w.size for w in window.dims) if window is not None else 1
        return _elements(inst.shape) * size
    if op in _BATCH_NORM_FLOPS:
        return _BATCH_NORM_FLOPS[op] * operands[0].shape.num_elements
    if op in (Opcode.SORT, Opcode.TOPK):  # comparisons: log2(n) per element along the sorted dimension
        data = operands[0].shape
        if op is Opcode.TOPK:  # a k-element heap: log2(k) per element
            span = int(inst.attrs.get("k") or 1)
        else:
            sorted_dims = _dims(inst, "dimensions")
            span = data.dims[sorted_dims[0]] if sorted_dims else (data.dims[-1] if data.dims else 1)
        return data.num_elements * math.ceil(math.log2(max(span, 2)))
    if op is Opcode.SCATTER:  # operands: inputs, indices, updates: one combine per update element
        return sum(o.shape.num_elements for o in operands[len(operands) // 2 + 1:])
    if op is Opcode.SELECT_AND_SCATTER:
        window = inst.attrs.get("window")
        return operands[1].shape.num_elements * (math.prod(w.size for w in window.dims) if window else 1)
    if op is Opcode.CHOLESKY:
        n = operands[0].shape.dims[-1] if operands[0].shape.dims else 1
        return operands[0].shape.num_elements // max(n, 1) * n * n // 3
    if op is Opcode.MAP:
        body = inst.attrs.get("to_apply")
        per_element = sum(i.opcode is not Opcode.PARAMETER for i in body.instructions) if body else 1
        return _elements(inst.shape) * per_element
    if op in FREE_OPS or (op.category in _MOVING and op not in ELEMENTWISE and op not in GPSIMD_OPS):
        return 0  # convert is filed under data movement but computes every element
    return _elements(inst.shape)  # elementwise, and anything else: one per output element


# -- engines and number formats ---------------------------------------------------------------------

def op_engine(inst: Instruction) -> str | None:
    """The engine that runs ``inst`` as a kernel of its own (None: it costs nothing)."""
    op = inst.opcode
    if op in FREE_OPS:
        return None
    if op in TENSOR_OPS:
        return "tensor"
    if op in GPSIMD_OPS:
        return "gpsimd"
    if op in TRANSCENDENTAL:
        return "scalar"
    if op in (Opcode.RESHAPE, Opcode.TRANSPOSE) and _keeps_bytes_in_place(inst):
        return None
    if op.category in _MOVING and op not in ELEMENTWISE:
        return "dma"
    return "vector"


def _physical_order(shape: Shape) -> tuple[int, ...] | None:
    """The dimensions of ``shape`` from minor to major, size-1 dimensions left out (None: tiled)."""
    layout = shape.effective_layout
    if not layout.is_plain:
        return None
    return tuple(d for d in layout.minor_to_major if shape.dims[d] != 1)


def _keeps_bytes_in_place(inst: Instruction) -> bool:
    """A reshape or transpose whose result has the operand's bytes in the same order (a bitcast)."""
    source, result = inst.operands[0].shape, inst.shape
    before, after = _physical_order(source), _physical_order(result)
    if before is None or after is None:
        return False
    if inst.opcode is Opcode.RESHAPE:  # row-major on both sides: the same linear order
        return before == tuple(sorted(before, reverse=True)) and after == tuple(sorted(after, reverse=True))
    permutation = _dims(inst, "dimensions")
    return tuple(permutation[d] for d in after) == before


def _producer(value: Instruction, sources: dict[Instruction, Instruction]) -> Instruction:
    """The instruction that computes ``value``'s numbers, looking through fusion edges and views."""
    for _ in range(64):  # bounded: a malformed graph must not hang the report
        if value.opcode is Opcode.PARAMETER and value in sources:
            value = sources[value]
        elif value.opcode is Opcode.GET_TUPLE_ELEMENT and value.operands[0].opcode is Opcode.FUSION:
            root = value.operands[0].attrs["calls"].root
            value = root.operands[value.attrs["index"]] if root.opcode is Opcode.TUPLE else root
        elif value.opcode is Opcode.FUSION:
            value = value.attrs["calls"].root
        elif value.opcode in _VIEWS and value.operands:
            value = value.operands[0]
        else:
            return value
    return value


def operand_format(value: Instruction, sources: dict[Instruction, Instruction]) -> str:
    """The tensor-engine format of a dot/convolution operand (a key of the hardware table)."""
    etype = value.shape.element_type
    if etype is ElementType.BF16:
        return "bf16"
    if etype is ElementType.F16:
        return "fp16"
    if etype is ElementType.F8E3M4:
        return "fp8_e3m4"
    if etype.is_fp8 or etype is ElementType.F4E2M1FN:  # §6.5: MXFP4 goes through the MXFP8 path
        return "fp8"
    if etype is ElementType.F32:
        # --auto-cast-type tf32 keeps f32 and rounds it with reduce-precision: the PE reads TF32
        producer = _producer(value, sources)
        if producer.opcode is Opcode.REDUCE_PRECISION and producer.attrs.get("exponent_bits", 99) <= 8 \
                and producer.attrs.get("mantissa_bits", 99) <= 10:
            return "tf32"
    return "fp32"  # f32; f64 and integers have no faster published rate


def tensor_format(inst: Instruction, sources: dict[Instruction, Instruction]) -> str:
    """The slowest format among a matrix op's two data operands: the PE runs at its rate."""
    return min((operand_format(o, sources) for o in inst.operands[:2]), key=TENSOR_FORMATS.index)


def fused_parameter_sources(program: Module) -> dict[Instruction, Instruction]:
    """Parameter of a fused computation -> the value the fusion passes in."""
    sources = {}
    for comp in program.computations.values():
        for inst in comp.instructions:
            called = inst.attrs.get("calls") if inst.opcode is Opcode.FUSION else None
            if isinstance(called, Computation):
                for param in called.parameters:
                    if param.parameter_number is not None and param.parameter_number < len(inst.operands):
                        sources[param] = inst.operands[param.parameter_number]
    return sources


# -- bytes ---------------------------------------------------------------------------------------------

def hbm_bytes(inst: Instruction) -> int:
    """Bytes a kernel reads from and writes to HBM: its operands (each once) and its result."""
    op, result = inst.opcode, inst.shape.byte_size
    if op in (Opcode.SLICE, Opcode.DYNAMIC_SLICE):  # reads only the part it keeps, plus the indices
        return 2 * result + sum(o.shape.byte_size for o in inst.operands[1:])
    if op is Opcode.GATHER:
        return 2 * result + inst.operands[1].shape.byte_size
    if op is Opcode.DYNAMIC_UPDATE_SLICE:  # in place: the update is read and written, the rest untouched
        return 2 * inst.operands[1].shape.byte_size + sum(o.shape.byte_size for o in inst.operands[2:])
    return sum(o.shape.byte_size for o in dict.fromkeys(inst.operands)) + result


# -- kernels -------------------------------------------------------------------------------------------

class _Work:
    """FLOPs of one kernel by (engine, operand format), and the opcodes it fuses."""

    def __init__(self, sources: dict[Instruction, Instruction]):
        self.sources = sources
        self.flops: Counter[tuple[str, str]] = Counter()
        self.fused: list[str] = []

    def add_instruction(self, inst: Instruction, engine: str) -> None:
        fmt = tensor_format(inst, self.sources) if engine == "tensor" else "fp32"
        self.flops[(engine, fmt)] += op_flops(inst)

    def add_fused(self, comp: Computation, all_on: str | None) -> None:
        for inst in comp.instructions:
            called = inst.attrs.get("calls") if inst.opcode is Opcode.FUSION else None
            if isinstance(called, Computation):
                nested = kernel_config(str(inst.attrs.get("backend_config") or ""))
                self.add_fused(called, "scalar" if nested and nested["nccd_kernel"] in ACTIVATION_KERNELS else all_on)
                continue
            if inst.opcode in FREE_OPS:
                continue
            self.fused.append(inst.opcode.text)
            if inst.opcode in _VIEWS:
                continue  # inside a kernel a view is addressing, not work
            engine = op_engine(inst) or "vector"
            self.add_instruction(inst, all_on if all_on and engine in ("vector", "scalar") else engine)

    def engine_flops(self, engine: str) -> int:
        return sum(n for (e, _), n in self.flops.items() if e == engine)


def kernel_kind(inst: Instruction) -> str:
    if inst.opcode is not Opcode.FUSION:
        return inst.opcode.text
    config = kernel_config(str(inst.attrs.get("backend_config") or ""))
    return config["nccd_kernel"] if config else f"fusion:{inst.attrs.get('kind', 'kLoop')}"


def _primary_engine(work: _Work) -> str:
    if work.engine_flops("tensor"):
        return "tensor"
    if any(e == "gpsimd" for e, _ in work.flops):
        return "gpsimd"
    if not sum(work.flops.values()):
        return "dma"
    # an elementwise kernel dominated by transcendental functions runs on the activation engine
    return "scalar" if work.engine_flops("scalar") >= work.engine_flops("vector") else "vector"


def _source(program: Module, inst: Instruction) -> str | None:
    called = inst.attrs.get("calls") if inst.opcode is Opcode.FUSION else None
    candidates = [inst] + (list(reversed(called.instructions)) if isinstance(called, Computation) else [])
    for candidate in candidates:
        location = program.source_location(candidate)
        if location is not None:
            return f"{location.file}:{location.line}"
    return None


def kernel_cost(program: Module, inst: Instruction, figures: CoreFigures,
                sources: dict[Instruction, Instruction]) -> dict | None:
    """The cost entry of ``inst`` as a kernel, or None when it is not one."""
    work = _Work(sources)
    kind = kernel_kind(inst)
    called = inst.attrs.get("calls") if inst.opcode is Opcode.FUSION else None
    if isinstance(called, Computation):
        work.add_fused(called, "scalar" if kind in ACTIVATION_KERNELS else None)
    else:
        engine = op_engine(inst)
        if engine is None:
            return None
        if engine != "dma":  # a DMA kernel does no arithmetic: its time is its bytes
            work.add_instruction(inst, engine)
    engine = _primary_engine(work)
    engines_us: dict[str, float] = {}
    for (unit, fmt), flops in work.flops.items():
        if unit != "dma":
            engines_us[unit] = engines_us.get(unit, 0.0) + flops / figures.engine_rate(unit, fmt) * 1e6
    moved = hbm_bytes(inst)
    compute_us = max(engines_us.values(), default=0.0)
    memory_us = moved / figures.hbm_bytes_per_s * 1e6
    tensor_formats = [fmt for (unit, fmt), n in work.flops.items() if unit == "tensor" and n]
    entry: dict[str, object] = {  # one kernel of the cost report (JSON)
        "name": inst.name, "computation": inst.computation.name if inst.computation else None,
        "opcode": inst.opcode.text, "kind": kind, "shape": inst.shape.text(with_layout=False),
        "fused": {"count": len(work.fused), "opcodes": work.fused},
        "flops": sum(work.flops.values()), "bytes": moved, "engine": engine,
        "dtype": (min(tensor_formats, key=TENSOR_FORMATS.index) if engine == "tensor" and tensor_formats
                  else None if engine == "dma" else "fp32"),
        "engines_us": {unit: round(us, 6) for unit, us in engines_us.items()},
        "compute_us": round(compute_us, 6), "memory_us": round(memory_us, 6),
        "estimated_us": round(max(compute_us, memory_us), 6),
        "bound": "compute" if compute_us > memory_us else "memory",
        "exceeds_sbuf": moved > figures.sbuf_bytes,
        "source": _source(program, inst),
    }
    if inst.opcode is Opcode.DOT:
        entry["dimensions"] = dot_dimensions(inst)
    elif inst.opcode is Opcode.CONVOLUTION:
        entry["dimensions"] = convolution_dimensions(inst)
    return entry


# -- the report ------------------------------------------------------------------------------------------

def build_report(program: Module, options, facts: dict) -> dict:
    """The cost report of a compiled ``program`` (CompileResult.program) for ``options.target``."""
    figures = figures_for(options.target, options.logical_nc_config)
    sources = fused_parameter_sources(program)
    kernels: list[dict] = []
    for comp in program_computations(program):
        for inst in comp.instructions:
            entry = kernel_cost(program, inst, figures, sources)
            if entry is not None:
                entry["index"] = len(kernels)
                kernels.append(entry)
    return {"format": "nccd-compile-report", "version": 1, "module": program.name,
            "entry": program.entry.name if program.entry else None, "target": options.target,
            "flags": options.to_json(), "totals": _totals(program, kernels, facts, figures),
            "kernels": kernels, "assumptions": list(ASSUMPTIONS)}


def _totals(program: Module, kernels: list[dict], facts: dict, figures: CoreFigures) -> dict:
    by_engine = {}
    for engine in ENGINES:
        mine = [k for k in kernels if k["engine"] == engine]
        if mine:
            by_engine[engine] = {"kernels": len(mine), "flops": sum(k["flops"] for k in mine),
                                 "estimated_us": round(sum(k["estimated_us"] for k in mine), 6)}
    peak, parameters = facts.get("peak_memory_bytes"), facts.get("parameter_bytes")
    entry_name = program.entry.name if program.entry else None
    return {
        "kernels": len(kernels),
        "fusions": sum(k["opcode"] == "fusion" for k in kernels),
        "flops": sum(k["flops"] for k in kernels),
        "bytes": sum(k["bytes"] for k in kernels),
        "estimated_us": round(sum(k["estimated_us"] for k in kernels), 6),
        "compute_bound": sum(k["bound"] == "compute" for k in kernels),
        "memory_bound": sum(k["bound"] == "memory" for k in kernels),
        "exceeding_sbuf": sum(k["exceeds_sbuf"] for k in kernels),
        "loop_body_kernels": sum(k["computation"] != entry_name for k in kernels),
        "by_engine": by_engine,
        "by_kind": dict(sorted(Counter(k["kind"] for k in kernels).items())),
        "kernel_patterns": {key[len("kernel_"):]: n for key, n in sorted(facts.items()) if key.startswith("kernel_")},
        "peak_memory_bytes": peak,
        "peak_memory_without_parameters_bytes": peak - parameters if peak is not None and parameters is not None
        else None,
        "parameter_bytes": parameters,
        "arena_bytes": facts.get("arena_bytes"),
        "target": figures.to_json(),
    }
