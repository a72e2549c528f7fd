"""The public hardware figures the cost model times kernels with: one table, a source per row.

Every number is copied from neuron-compiler-facts.md §6 ("Hardware facts for a cost model"),
which paraphrases the AWS Neuron SDK pages named in each row's source. A few rows are not
published but derived or assumed; their source says how, so the report can show it.

NeuronCore-v1 (inf1) has no figures there. Its report uses the NeuronCore-v2 rows as a
stand-in and says so: the kernel ranking stays meaningful, the absolute times do not.
"""

from __future__ import annotations

from dataclasses import dataclass

FACTS = "neuron-compiler-facts.md"

#: Published unit -> its size in base units (FLOP/s, bytes/s, bytes, count).
UNIT_SCALE = {"TFLOPS": 1e12, "GiB/s": 2.0 ** 30, "TB/s": 1e12, "MiB": 2.0 ** 20, "cores": 1.0}


@dataclass(frozen=True, slots=True)
class Figure:
    generation: str   # "v2", "v3", "v4": NeuronCore generation
    name: str         # "tensor.bf16", "vector.fp32", "chip_hbm_bandwidth"...
    value: float      # in ``unit``, as published
    unit: str
    source: str

    @property
    def base_value(self) -> float:
        return self.value * UNIT_SCALE[self.unit]

    def to_json(self) -> dict:
        return {"name": self.name, "value": self.value, "unit": self.unit, "source": self.source}


_V2 = "SDK about-neuron/arch/neuron-hardware/neuron-core-v2.rst"
_V3 = "SDK about-neuron/arch/neuron-hardware/neuron-core-v3.rst"
_V4 = "SDK about-neuron/arch/neuron-hardware/neuron-core-v4.rst"
_TRN1 = "SDK about-neuron/arch/neuron-hardware/{trainium,inferentia2}.rst"
_TRN2 = "SDK about-neuron/arch/neuron-hardware/trainium2.rst"
_TRN3 = "SDK about-neuron/arch/neuron-hardware/trainium3.rst"
_TYPES = "SDK about-neuron/arch/neuron-features/data-types.rst"
_PEAK = f"{FACTS} §6.2 TensorE peak per core"
_VEC = f"{FACTS} §6.2 Vector / Scalar FP32"
_GPSIMD = (f"derived, not published: {FACTS} §6.1 eight 512-bit GpSimd cores = 128 FP32 lanes, "
           "x §6.2 GpSimd clock {clock} GHz, one operation per lane per cycle")

#: One row per figure the model uses. Tensor-engine rows are keyed by the operand format the
#: PE runs at (fp32, tf32, bf16, fp16, fp8, fp8_e3m4); vector, scalar and GpSimd are published
#: for FP32 only, and the model uses that rate for every data type (a conservative choice).
FIGURES: tuple[Figure, ...] = (
    # -- NeuronCore-v2: trn1, trn1n, inf2 ---------------------------------------------------------
    Figure("v2", "tensor.fp32", 23, "TFLOPS", f"{_PEAK} ({_V2})"),
    Figure("v2", "tensor.tf32", 92, "TFLOPS", f"{_PEAK}: ~92 BF16/FP16/TF32/cFP8 ({_V2})"),
    Figure("v2", "tensor.bf16", 92, "TFLOPS", f"{_PEAK}: ~92 BF16/FP16/TF32/cFP8 ({_V2})"),
    Figure("v2", "tensor.fp16", 92, "TFLOPS", f"{_PEAK}: ~92 BF16/FP16/TF32/cFP8 ({_V2})"),
    Figure("v2", "tensor.fp8", 92, "TFLOPS", f"{_PEAK}: ~92 BF16/FP16/TF32/cFP8 ({_V2})"),
    Figure("v2", "vector.fp32", 2.3, "TFLOPS", f"{_VEC} ({_V2})"),
    Figure("v2", "scalar.fp32", 2.9, "TFLOPS", f"{_VEC} ({_V2})"),
    Figure("v2", "gpsimd.fp32", 0.1792, "TFLOPS", _GPSIMD.format(clock=1.4)),
    Figure("v2", "chip_hbm_bandwidth", 820, "GiB/s", f"{FACTS} §6.2 Chip HBM: 32 GiB at 820 GiB/s ({_TRN1})"),
    Figure("v2", "cores_per_chip", 2, "cores", f"{FACTS} §6.2 Cores per chip ({_TRN1})"),
    Figure("v2", "sbuf", 24, "MiB", f"{FACTS} §6.2 SBUF per core: 128 partitions x 192 KiB ({_V2})"),
    # -- NeuronCore-v3: trn2 ------------------------------------------------------------------------
    Figure("v3", "tensor.fp32", 20, "TFLOPS", f"{_PEAK} ({_V3})"),
    Figure("v3", "tensor.tf32", 79, "TFLOPS", f"{_PEAK}: 79 BF16/FP16/TF32 ({_V3})"),
    Figure("v3", "tensor.bf16", 79, "TFLOPS", f"{_PEAK}: 79 BF16/FP16/TF32 ({_V3})"),
    Figure("v3", "tensor.fp16", 79, "TFLOPS", f"{_PEAK}: 79 BF16/FP16/TF32 ({_V3})"),
    Figure("v3", "tensor.fp8", 158, "TFLOPS", f"{_PEAK}: 158 FP8 E4/E5, double rate ({_V3})"),
    Figure("v3", "tensor.fp8_e3m4", 79, "TFLOPS", f"{FACTS} §6.5: FP8 E3 runs at the BF16 rate ({_TYPES})"),
    Figure("v3", "vector.fp32", 1.0, "TFLOPS", f"{_VEC}: ~1 ({_V3})"),
    Figure("v3", "scalar.fp32", 1.2, "TFLOPS", f"{_VEC} ({_V3})"),
    Figure("v3", "gpsimd.fp32", 0.1536, "TFLOPS", _GPSIMD.format(clock=1.2)),
    Figure("v3", "chip_hbm_bandwidth", 2.9, "TB/s", f"{FACTS} §6.2 Chip HBM: 96 GiB at 2.9 TB/s ({_TRN2})"),
    Figure("v3", "cores_per_chip", 8, "cores", f"{FACTS} §6.2 Cores per chip ({_TRN2})"),
    Figure("v3", "sbuf", 28, "MiB", f"{FACTS} §6.2 SBUF per core: 128 x 224 KiB ({_V3})"),
    # -- NeuronCore-v4: trn3 ------------------------------------------------------------------------
    Figure("v4", "tensor.fp32", 20, "TFLOPS", f"{_PEAK} ({_V4})"),
    Figure("v4", "tensor.tf32", 79, "TFLOPS", f"assumed equal to BF16: {_PEAK} publishes only BF16 for v4"),
    Figure("v4", "tensor.bf16", 79, "TFLOPS", f"{_PEAK} ({_V4})"),
    Figure("v4", "tensor.fp16", 79, "TFLOPS", f"assumed equal to BF16: {_PEAK} publishes only BF16 for v4"),
    Figure("v4", "tensor.fp8", 315, "TFLOPS", f"{_PEAK}: 315 MXFP8/MXFP4, quad rate ({_V4}); §6.5: E5M2 and "
                                               "E4M3FN are the MXFP8 element types, so FP8 operands are timed "
                                               "at this rate"),
    Figure("v4", "vector.fp32", 1.2, "TFLOPS", f"{_VEC} ({_V4})"),
    Figure("v4", "scalar.fp32", 1.2, "TFLOPS", f"{_VEC} ({_V4})"),
    Figure("v4", "gpsimd.fp32", 0.1536, "TFLOPS", _GPSIMD.format(clock=1.2)),
    Figure("v4", "chip_hbm_bandwidth", 4.9, "TB/s", f"{FACTS} §6.2 Chip HBM: 144 GiB at 4.9 TB/s ({_TRN3})"),
    Figure("v4", "cores_per_chip", 8, "cores", f"{FACTS} §6.2 Cores per chip ({_TRN3})"),
    Figure("v4", "sbuf", 32, "MiB", f"{FACTS} §6.2 SBUF per core ({_V4})"),
)

#: Generations without figures of their own -> the generation whose figures stand in.
STAND_IN = {"v1": "v2"}

#: Tensor-engine operand formats from the slowest to the fastest. A dot whose operands are in
#: different formats runs at the rate of the slowest one.
TENSOR_FORMATS = ("fp32", "tf32", "bf16", "fp16", "fp8_e3m4", "fp8")

#: A format with no row of its own in a generation is timed like this one (§6.5: only v3 runs
#: FP8 E3M4 slower than the other FP8 formats).
_FORMAT_FALLBACK = {"fp8_e3m4": "fp8"}


@dataclass(frozen=True)
class CoreFigures:
    """The figures of one (logical) core of a target, in base units, with the rows they came from."""

    target: str
    core: str                       # "NeuronCore-v3"
    generation: str                 # "v3"
    figures_from: str               # the generation whose rows are used ("v2" for inf1)
    physical_cores: int             # per logical core: --logical-nc-config, 1 when not given
    tensor_flops: dict[str, float]  # operand format -> FLOP/s
    vector_flops: float
    scalar_flops: float
    gpsimd_flops: float
    hbm_bytes_per_s: float          # the core's share of the chip's HBM bandwidth
    sbuf_bytes: int
    rows: tuple[Figure, ...]
    notes: tuple[str, ...]          # how the figures were applied
    warnings: tuple[str, ...] = ()  # what makes these times differ from the target's: shown first

    @property
    def fallback(self) -> bool:
        return self.figures_from != self.generation

    def tensor_rate(self, fmt: str) -> float:
        return self.tensor_flops.get(fmt) or self.tensor_flops[_FORMAT_FALLBACK[fmt]]

    def engine_rate(self, engine: str, fmt: str | None) -> float:
        """FLOP/s of ``engine`` for operands in ``fmt`` (tensor engine only: the others are FP32)."""
        if engine == "tensor":
            return self.tensor_rate(fmt or "fp32")
        return {"vector": self.vector_flops, "scalar": self.scalar_flops, "gpsimd": self.gpsimd_flops}[engine]

    def to_json(self) -> dict:
        return {"target": self.target, "core": self.core, "figures_from": self.figures_from,
                "fallback": self.fallback, "physical_cores_per_logical_core": self.physical_cores,
                "tensor_tflops": {k: v / 1e12 for k, v in self.tensor_flops.items()},
                "vector_tflops": self.vector_flops / 1e12, "scalar_tflops": self.scalar_flops / 1e12,
                "gpsimd_tflops": self.gpsimd_flops / 1e12,
                "hbm_gb_per_s_per_core": self.hbm_bytes_per_s / 1e9, "sbuf_bytes": self.sbuf_bytes,
                "figures": [row.to_json() for row in self.rows], "notes": list(self.notes),
                "warnings": list(self.warnings)}


def rows_of(generation: str) -> dict[str, Figure]:
    return {row.name: row for row in FIGURES if row.generation == generation}


def figures_for(target_name: str, logical_nc_config: int | None = None) -> CoreFigures:
    """The per-core figures of ``target_name`` (a logical core of ``logical_nc_config`` physical ones)."""
    from ..targets.tables import target as lookup_target

    target = lookup_target(target_name)
    source_gen = STAND_IN.get(target.gen, target.gen)
    rows = rows_of(source_gen)
    grouped = logical_nc_config or 1
    warnings = []
    if source_gen != target.gen:
        warnings.append(f"{target.generation} ({target.name}) has no published figures in {FACTS} §6: the "
                     f"NeuronCore-{source_gen} figures stand in, so times rank kernels but are not {target.name} "
                     "times.")
    if grouped > 1:
        warnings.append(f"--logical-nc-config {grouped}: one logical core is {grouped} physical cores, so compute "
                     "rates, HBM share and SBUF are multiplied by that.")
    notes = ["HBM bandwidth per core is the chip's HBM bandwidth divided by its cores per chip."]

    def value(name: str) -> float:
        return rows[name].base_value * grouped

    tensor = {name.split(".", 1)[1]: value(name) for name in rows if name.startswith("tensor.")}
    per_core_hbm = rows["chip_hbm_bandwidth"].base_value / rows["cores_per_chip"].value
    return CoreFigures(target=target.name, core=target.generation, generation=target.gen, figures_from=source_gen,
                       physical_cores=grouped, tensor_flops=tensor, vector_flops=value("vector.fp32"),
                       scalar_flops=value("scalar.fp32"), gpsimd_flops=value("gpsimd.fp32"),
                       hbm_bytes_per_s=per_core_hbm * grouped, sbuf_bytes=int(value("sbuf")),
                       rows=tuple(rows.values()), notes=tuple(notes), warnings=tuple(warnings))
