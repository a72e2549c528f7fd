"""Diagnostics: one registry of stable codes, and the Diagnostic record.

A code never changes meaning. Each entry has a severity, a title, a default
hint (what to change) and a documentation anchor. ``NCC-E`` codes are errors,
``NCC-W`` warnings, ``NCC-I`` information. Where a code corresponds to a
documented ``neuronx-cc`` error code, ``neuron_code`` names it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .ir.module import SourceLocation

#: Where each code is documented (generated from this registry: `python -m nccd.compiler.diagnostics`).
DOCS_BASE = "docs/diagnostics.md"


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    title: str
    hint: str
    neuron_code: str | None = None

    @property
    def severity(self) -> Severity:
        return {"E": Severity.ERROR, "W": Severity.WARNING, "I": Severity.INFO}[self.code[4]]

    @property
    def anchor(self) -> str:
        return f"{DOCS_BASE}#{self.code.lower()}"


REGISTRY: dict[str, Code] = {}


def _register(code: str, title: str, hint: str, neuron_code: str | None = None) -> Code:
    assert code not in REGISTRY, f"duplicate diagnostic code {code}"
    assert code[:5] in ("NCC-E", "NCC-W", "NCC-I") and len(code) == 8, code
    REGISTRY[code] = entry = Code(code, title, hint, neuron_code)
    return entry


# -- input and parsing (E0xx) ---------------------------------------------------------------
PARSE_ERROR = _register("NCC-E001", "syntax error in HLO text",
                        "fix the HLO text at the position shown; regenerate it with "
                        "`jax.jit(f).lower(...).as_text(dialect='hlo')` if it was edited by hand")
UNKNOWN_OPCODE = _register("NCC-E002", "unknown HLO opcode",
                           "check the spelling against `ncc list-operators --json`; XLA spells "
                           "e.g. `exponential`, `cosine`, `log-plus-one`")
BAD_ATTRIBUTE = _register("NCC-E003", "malformed attribute value",
                          "write the attribute as XLA prints it, e.g. `dimensions={0,1}` or "
                          "`window={size=3x3 stride=2x2 pad=1_1x1_1}`")
UNDEFINED_NAME = _register("NCC-E004", "use of an undefined instruction",
                           "define the operand earlier in the same computation (operands must be "
                           "defined before use)")
UNDEFINED_COMPUTATION = _register("NCC-E005", "reference to an undefined computation",
                                  "define the called computation in the module before the instruction "
                                  "that calls it")
DUPLICATE_NAME = _register("NCC-E006", "duplicate name",
                           "give each instruction in a computation, and each computation in the "
                           "module, a unique name")
TRUNCATED_INPUT = _register("NCC-E007", "unexpected end of input",
                            "the file looks truncated; re-export the complete module")
CYCLE = _register("NCC-E008", "cycle in the instruction graph",
                  "an instruction depends on itself through its operands or control "
                  "predecessors; break the cycle")
MALFORMED_PROTO = _register("NCC-E009", "malformed HLO protobuf",
                            "re-export with `as_serialized_hlo_module_proto()` or "
                            "`--xla_dump_hlo_as_proto`; the file may be truncated or of another type")
INPUT_TOO_LARGE = _register("NCC-E010", "input exceeds the size limit",
                            "raise the limit with `--max-input-size` (or NCC_MAX_INPUT_BYTES) if the "
                            "file is really a model")
NOT_HLO = _register("NCC-E011", "input is not HLO",
                    "pass HLO text (starting with `HloModule`) or a serialized HloModuleProto, "
                    "HloProto or HloSnapshot")
MISSING_ATTRIBUTE = _register("NCC-E012", "required attribute missing",
                              "add the attribute; XLA requires it for this opcode")
BAD_LITERAL = _register("NCC-E013", "malformed or out-of-range literal",
                        "write the constant with as many elements as its shape and values that fit "
                        "its element type")
WRONG_OPERAND_COUNT = _register("NCC-E014", "wrong number of operands",
                                "check the opcode's operands in the XLA operation semantics")
NO_ENTRY = _register("NCC-E015", "module has no computations",
                     "the module must define at least an ENTRY computation")
UNREADABLE_FILE = _register("NCC-E016", "cannot read the input file",
                            "check that the path exists and is readable")
INTEGER_OUT_OF_RANGE = _register("NCC-E017", "number too large for the HLO module",
                                 "XLA keeps dimensions and attribute values in 64-bit and debug "
                                 "information in 32-bit integers, and an array's size in bytes must fit "
                                 "in 64 bits; the file was probably edited or generated wrongly: "
                                 "re-export it")
LAYOUT_NOT_PERMUTATION = _register("NCC-E018", "layout is not a permutation of the dimensions",
                                   "a layout `{...}` lists every dimension of the shape exactly once, "
                                   "minor to major, e.g. `f32[2,3]{1,0}`; remove the layout to use the "
                                   "default")

# -- verifier (E02x-E03x) ------------------------------------------------------------------
SHAPE_MISMATCH = _register("NCC-E020", "result shape does not match the operation",
                           "the printed result shape disagrees with the shape XLA infers from the "
                           "operands and attributes; fix the shape or the attributes", "EVRF064")
OPERAND_TYPE_MISMATCH = _register("NCC-E021", "operand element types or shapes are incompatible",
                                  "insert an explicit `convert` or `broadcast`: HLO has no implicit "
                                  "promotion or broadcasting", "EVRF064")
INVALID_ATTRIBUTE = _register("NCC-E022", "attribute value is invalid for the operands",
                              "dimension numbers must be within the operand rank and not repeat", "EVRF064")
COMPUTATION_SIGNATURE = _register("NCC-E023", "called computation has the wrong signature",
                                  "the computation's parameters and result must match what the "
                                  "calling instruction passes and expects", "EVRF064")
PARAMETER_NUMBERING = _register("NCC-E024", "parameters are not numbered 0..N-1",
                                "number the parameters of each computation consecutively from 0")
ROOT_MISMATCH = _register("NCC-E025", "signature does not match the computation",
                          "the declared parameter/result shapes must match the parameters and root")
ASYNC_PAIRING = _register("NCC-E030", "asynchronous start and done are not paired",
                          "give each *-start exactly one user, its *-done (async-update may come "
                          "between), and let each *-done read the *-start it completes", "EVRF064")
COLLECTIVE_PARTICIPANTS = _register("NCC-E031", "collective participants are invalid",
                                    "name each replica or partition once in replica_groups "
                                    "(0..N-1, non-empty groups of one size) and each source and "
                                    "target once in source_target_pairs, within the module's "
                                    "replica_count/num_partitions", "EVRF064")
CALL_THREAD = _register("NCC-E032", "called computation runs on another execution thread",
                        "a while, conditional or fusion must call computations of its own "
                        "execution_thread; use async-start to run work on another thread", "EVRF064")
SHARDING_INVALID = _register("NCC-E033", "sharding is invalid for the value",
                             "give the value a sharding of its rank (devices=[...] with one tile "
                             "dimension per dimension, plus subgroup dimensions), with each device "
                             "once and none negative; a while or conditional and the computations "
                             "it calls must agree on the sharding they pass between them", "EVRF064")
BUFFER_MISUSE = _register("NCC-E034", "buffer value used against the buffer rules",
                          "pin an array into a buffer with custom-call Pin and read it back with "
                          "Unpin; pass every b(...) operand and result of a custom call through "
                          "output_to_operand_aliasing exactly once, write each buffer once, and keep "
                          "buffers out of entry parameters", "EVRF064")
ASYNC_COMPUTATION = _register("NCC-E035", "asynchronous computation is not a single operation",
                              "an async-start runs a computation of its parameters and one root "
                              "instruction (or only send and recv); split other work into its own "
                              "async pair or leave it synchronous", "EVRF064")
HOST_TRANSFER_CHANNEL = _register("NCC-E036", "host transfers on one channel differ",
                                  "host-transfer send and recv instructions that share a channel_id "
                                  "must be identical (shape and attributes); give a different "
                                  "transfer its own channel", "EVRF064")
ASYNC_CHAIN = _register("NCC-E026", "async instructions do not form one operation",
                      "an async-update or async-done takes the async-start (or update) of the same "
                      "operation as its only operand and repeats its computation, wrapped opcode and "
                      "execution thread, if at all; each async computation has one async-start")
ELIDED_CONSTANT = _register("NCC-W001", "constant data elided as {...}",
                            "the text omits large constants; export with "
                            "`--xla_dump_large_constants=true`, `print_large_constants=True`, or "
                            "pass the HloModuleProto instead, before running the model")
UNKNOWN_ATTRIBUTE = _register("NCC-W002", "unknown attribute",
                              "the attribute is kept and printed back, but nccd does not interpret it")
UNUSED_COMPUTATION = _register("NCC-I001", "computation is never called",
                               "unreachable computations are ignored by the compiler")

# -- StableHLO / MLIR text input (E040-E049; compiler/stablehlo/) ------------------------
_MLIR_EXPORT = ("`jax.jit(f).lower(*args).as_text()` or torch_xla's "
                "`exported_program_to_stablehlo(...).get_stablehlo_text()`")
MLIR_SYNTAX = _register("NCC-E040", "syntax error in StableHLO (MLIR) text",
                        f"fix the MLIR at the position shown, or export it again with {_MLIR_EXPORT}")
MLIR_UNSUPPORTED_OP = _register(
    "NCC-E041", "operation not supported by the StableHLO front end",
    "export HLO instead for this model (`lowered.as_text(dialect='hlo')`), or avoid the operation; "
    "docs/stablehlo.md lists the stablehlo, chlo and func operations that are read")
MLIR_BYTECODE = _register(
    "NCC-E042", "MLIR bytecode is not read",
    "pass the module as text: `lowered.as_text()` (for a jax.export artifact, "
    "`exported.mlir_module()`), or export HLO with `lowered.as_text(dialect='hlo')`")
MLIR_BAD_ATTRIBUTE = _register(
    "NCC-E043", "missing or malformed attribute of a StableHLO operation",
    "write the attribute as the StableHLO specification spells it, or export the module again")
MLIR_UNDEFINED = _register(
    "NCC-E044", "use of an undefined SSA value or function",
    "define the value before its use in the same region (or an enclosing one) and the function in "
    "the module")
MLIR_UNSUPPORTED_TYPE = _register(
    "NCC-E045", "type or construct not supported by the StableHLO front end",
    "export with static shapes and plain float/integer element types; dynamic shapes, quantized "
    "types and multi-block regions have no equivalent here")
MLIR_NO_ENTRY = _register(
    "NCC-E046", "the module has no entry function",
    "the module needs a `func.func public @main` (or exactly one public function)")
MLIR_SHARDING_IGNORED = _register(
    "NCC-W013", "a StableHLO sharding is ignored",
    "nothing to change for a single-device compile: the program computes the same without it; but "
    "XLA's HLO export keeps it (`sharding=` on the parameter or root), so the two exports get "
    "different fingerprints. Shardings over whole mesh axes are kept; export HLO "
    "(`lowered.as_text(dialect='hlo')`) to keep any other")



# -- target support (E1xx, W1xx, I1xx; compiler/targets/support.py) ---------------------------
# Each code is one restriction of compiler/targets/operators.json; neuron_code is the neuronx-cc code
# documented for it. The hints say what to change in the JAX / PyTorch program.
TARGET_UNSUPPORTED_OPERATOR = _register(
    "NCC-E100", "operator not supported on the target (EUOC002/EVRF001)",
    "rewrite with operators the target supports (`ncc list-operators --target T`), or compile for a "
    "target that has it", "EUOC002")
TARGET_UNSUPPORTED_ELEMENT_TYPE = _register(
    "NCC-E101", "element type not supported by the operator on the target",
    "convert to a supported type (float32/bfloat16/float16, int32) before the operation, e.g. "
    "x.astype(jnp.float32)", "ESPP004")
TARGET_COMPLEX_TYPE = _register(
    "NCC-E102", "complex element type not supported",
    "carry real and imaginary parts as separate float32 arrays; complex64 works only for the ~30 ops "
    "neuronx-cc 2.32 lists (add, mul, exp, dot, reshape, ...), complex128 never", "EVRF004")
TARGET_FP8_FNUZ = _register(
    "NCC-E103", "FNUZ FP8 variants are not supported",
    "use jnp.float8_e5m2, or jnp.float8_e4m3 (trn1/inf2/trn2) / jnp.float8_e4m3fn (trn3), instead of "
    "the *fnuz types", "EVRF005")
TARGET_FP8_E4M3FN = _register(
    "NCC-E104", "F8E4M3FN is not supported before trn3",
    "use jnp.float8_e4m3 (IEEE-style E4M3) on trn1/inf2/trn2; float8_e4m3fn needs trn3", "EVRF051")
TARGET_FP8_E4M3 = _register(
    "NCC-E105", "F8E4M3 is not supported from trn3 on",
    "use jnp.float8_e4m3fn (OCP E4M3FN) on trn3 and later", "EVRF052")
TARGET_FP8_VARIANT = _register(
    "NCC-E106", "unsupported FP8/FP4 variant",
    "use jnp.float8_e4m3 or jnp.float8_e5m2 (trn3 also takes the MX types via QuantizeMX/ScaledMatmul)",
    "ESPP047")
TARGET_DYNAMIC_SHAPE = _register(
    "NCC-E107", "dynamic shapes are not supported",
    "give every array a static size: pad to a fixed size (jnp.nonzero(x, size=N), jnp.unique(x, "
    "size=N)), mask instead of slicing by data, or bucket inputs into a few fixed shapes", "EMOD025")
TARGET_CONDITIONAL = _register(
    "NCC-E108", "conditionals (lax.cond / lax.switch) are not supported",
    "replace lax.cond/lax.switch with jnp.where/lax.select on both branches' results (both branches "
    "are computed); in PyTorch use torch.where instead of Python `if` on tensor values", "EUOC002")
TARGET_DYNAMIC_WHILE = _register(
    "NCC-E109", "while loop without a static trip count",
    "use lax.fori_loop with Python-int bounds or lax.scan with a fixed length so the trip count is a "
    "compile-time constant; replace a data-dependent exit with a fixed number of steps and a mask",
    "EUOC002")
TARGET_NO_CONTROL_FLOW = _register(
    "NCC-E110", "the target supports no control flow",
    "unroll the loop in Python, or compile for inf2/trn1 or later, which accept loops with a static "
    "trip count", "EUOC002")
TARGET_REDUCE_COMPUTATION = _register(
    "NCC-E111", "reduction computation is not a single add/max/min/multiply",
    "reduce with jnp.sum/jnp.max/jnp.min/jnp.prod (or any/all on bool) and do the rest elementwise "
    "before or after the reduction")
TARGET_REDUCE_INIT = _register(
    "NCC-E112", "reduction init value is not a constant",
    "reduce with a literal init value (0, -inf, 1) and combine the run-time start value afterwards, "
    "e.g. jnp.maximum(jnp.max(x), start)")
TARGET_VARIADIC_REDUCE = _register(
    "NCC-E113", "variadic (multi-operand) reductions are not supported",
    "reduce each array separately instead of one multi-operand lax.reduce; jnp.argmax/jnp.argmin compile "
    "into the ArgMax/ArgMin kernel on inf2/trn1 and later; on inf1 compute the max first, then the first "
    "index with jnp.where(x == m, iota, n).min()")
TARGET_REDUCE_WINDOW_BASE_DILATION = _register(
    "NCC-E114", "reduce-window with base dilation is not supported",
    "drop base_dilation from lax.reduce_window; dilate the input explicitly with lax.pad interior "
    "padding first", "EVRF017")
TARGET_REDUCE_WINDOW_WINDOW_DILATION = _register(
    "NCC-E115", "reduce-window with window dilation is not supported",
    "use window_dilation=1 in lax.reduce_window / pooling; take the dilated taps with strided slices",
    "EVRF018")
TARGET_REDUCE_WINDOW_OPERANDS = _register(
    "NCC-E116", "reduce-window must have exactly one input and one init value",
    "call lax.reduce_window on one array at a time", "EVRF019")
TARGET_CONV_DILATIONS = _register(
    "NCC-E117", "convolution uses input and kernel dilation together",
    "do not combine lhs_dilation (transposed convolution) with rhs_dilation (atrous); dilate the "
    "kernel explicitly by inserting zeros", "EVRF010")
TARGET_CONV_STRIDE_DILATION = _register(
    "NCC-E118", "strided convolution with input dilation",
    "use window_strides=1 together with lhs_dilation and subsample the result with a strided slice "
    "(x[:, :, ::s])", "EVRF011")
TARGET_TOPK_INTEGER = _register(
    "NCC-E119", "TopK on 32/64-bit integers is not supported",
    "convert the input to float32 before lax.top_k / torch.topk (exact for |x| < 2**24)", "EVRF013")
TARGET_SCATTER_PRED = _register(
    "NCC-E120", "scatter-reduce on bool is not supported",
    "scatter into an int32 or float array (x.at[i].max(1) / .add(1)) and compare with 0 afterwards",
    "EVRF016")
TARGET_RNG_ALGORITHM = _register(
    "NCC-E121", "RNG algorithm other than the default",
    "set jax.config.update('jax_default_prng_impl', 'rbg') (or use RNG_DEFAULT in "
    "lax.rng_bit_generator) instead of threefry/philox", "EVRF006")
TARGET_SHIFT_WIDTH = _register(
    "NCC-E122", "arithmetic right shift on a non-32-bit type",
    "convert to int32 before the arithmetic shift (>> on signed integers) and back afterwards",
    "EVRF022")
TARGET_SORT_COMPARATOR = _register(
    "NCC-E123", "sort comparator is not a single LT/GT/LE/GE compare",
    "sort on one key in ascending or descending order (jnp.sort/jnp.argsort, lax.sort with "
    "num_keys=1); for several keys pack them into one sortable key")
TARGET_INTEGER_DOT = _register(
    "NCC-E124", "integer dot with implicit integer downcast disabled",
    "compute the dot in float32 (exact below 2**24), or allow it with "
    "--implicit-integer-downcast=dot", "EVRF035")
TARGET_INTEGER_SCATTER = _register(
    "NCC-E125", "integer scatter-with-compute with implicit integer downcast disabled",
    "scatter in float32, or allow it with --implicit-integer-downcast=scatter", "EVRF060")
TARGET_INTEGER_ALL_REDUCE = _register(
    "NCC-E126", "integer all-reduce with implicit integer downcast disabled",
    "all-reduce in float32, or allow it with --implicit-integer-downcast=all_reduce", "EVRF061")
TARGET_INTEGER_POW = _register(
    "NCC-E127", "int64 pow with implicit integer downcast disabled",
    "compute the power in int32 or float32, or allow it with --implicit-integer-downcast=pow",
    "EVRF062")
TARGET_INTEGER_REDUCE_SCATTER = _register(
    "NCC-E128", "integer reduce-scatter with implicit integer downcast disabled",
    "reduce-scatter in float32, or allow it with --implicit-integer-downcast=reduce_scatter", "EVRF063")
TARGET_U64_CONSTANT = _register(
    "NCC-E129", "u64 constant does not fit in 32 bits",
    "keep unsigned constants below 2**32 (use uint32), disable jax_enable_x64, or compile for trn2+ "
    "with --native-int64=enabled", "ESFH002")
TARGET_UNKNOWN_CUSTOM_CALL = _register(
    "NCC-E130", "custom-call target not recognised by the compiler",
    "remove the custom call: lower the function for a non-GPU/non-CPU backend so XLA emits plain HLO, "
    "or use a Neuron custom call (AwsNeuron*, NKI kernels)", "EHCA005")
TARGET_INSTRUCTION_LIMIT = _register(
    "NCC-E131", "estimated instruction count is over the compiler's limit",
    "make the unrolled program smaller: fewer static loop steps (shorter lax.scan), smaller sequence "
    "length or batch, tensor parallelism, or -O1", "EXTP004")
TARGET_HOST_TRANSFER = _register(
    "NCC-E132", "host transfers and host callbacks are not supported",
    "remove jax.debug.print/jax.debug.callback/pure_callback/io_callback and infeed/outfeed from the "
    "compiled function; return the values and use them on the host", "EUOC002")
TARGET_RNG_DISTRIBUTION = _register(
    "NCC-E133", "RNG distribution other than uniform",
    "draw uniform numbers and transform them (jax.random.normal with the rbg PRNG does this)",
    "EUOC002")
TARGET_POW_EXPONENT = _register(
    "NCC-E134", "pow exponent must be a compile-time integer constant on this target",
    "use a literal integer exponent (x ** 2) or exp(y * log(x)), or compile for inf2/trn1 or later")
TARGET_INT64_DOWNCAST = _register(
    "NCC-W100", "64-bit integers are computed as 32-bit",
    "keep jax_enable_x64 off or use int32 (PyTorch/XLA: XLA_USE_32BIT_LONG=1); on trn2+ compile with "
    "--native-int64=enabled for exact int64")
TARGET_FLOAT64 = _register(
    "NCC-W101", "no FP64 datapath on the target",
    "use float32: disable jax_enable_x64 or cast with .astype(jnp.float32) (torch: .float())")
TARGET_INTEGER_FP32 = _register(
    "NCC-W102", "integer operation is computed in FP32",
    "results are exact only below 2**24; convert to float32 explicitly if that is intended, or keep "
    "integer values small")
TARGET_DUS_RUNTIME_INDEX = _register(
    "NCC-W103", "dynamic-update-slice with a run-time start index",
    "index with a constant or with the counter of a static loop; for a run-time position use a mask: "
    "jnp.where(jnp.arange(n) == i, update, x)")
TARGET_GATHER_DIMS = _register(
    "NCC-W104", "gather indexes an operand dimension it does not collapse",
    "gather single elements along the indexed dimensions (x[idx], jnp.take) rather than windows that "
    "start at the index; use lax.dynamic_slice for one window")
TARGET_PARTITIONER_ANNOTATION = _register(
    "NCC-W105", "sharding annotation custom call left in the module",
    "run the SPMD partitioner before compiling (frameworks do this); a standalone module should be "
    "exported after partitioning, or without jax.lax.with_sharding_constraint")
TARGET_THREEFRY = _register(
    "NCC-W106", "JAX threefry PRNG lowered to integer arithmetic",
    "set jax.config.update('jax_default_prng_impl', 'rbg') before creating keys", "EVRF006")
TARGET_UNDOCUMENTED_OPERATOR = _register(
    "NCC-I100", "operator is not in the published operator tables",
    "support is assumed; confirm with `neuronx-cc list-operators --framework XLA` on the target SDK")
TARGET_DOT_ALGORITHM = _register(
    "NCC-I101", "dot algorithm presets are not always honoured",
    "do not rely on DotAlgorithmPreset / precision= for accuracy; cast the inputs explicitly")


# -- compile, artifacts and runs (E05x-E07x, W05x) ---------------------------------------------
COMPILE_FLAG_IGNORED = _register(
    "NCC-W050", "neuronx-cc flag accepted and ignored",
    "the flag tunes neuronx-cc internals that nccd does not have; drop it, or keep it for scripts "
    "that also call neuronx-cc")
RUNTIME_CANNOT_EXECUTE = _register(
    "NCC-E060", "the reference runtime cannot execute this instruction",
    "the target accepts it but nccd's CPU runtime has no implementation for this form; run it on the "
    "device, or rewrite it with the operators `ncc list-operators` lists")
OUTPUT_NOT_WRITTEN = _register(
    "NCC-E061", "cannot write the output file",
    "check that the directory exists, is writable and has free space; choose another path with --output")
ARTIFACT_NOT_NCX = _register(
    "NCC-E050", "file is not an .ncx artifact",
    "pass a file written by `ncc compile`; an HLO model is compiled first: `ncc compile MODEL`")
ARTIFACT_TRUNCATED = _register(
    "NCC-E051", "artifact is truncated",
    "the file is shorter than its header says (an interrupted copy or download); copy it again or "
    "recompile with `ncc compile`")
ARTIFACT_CORRUPT = _register(
    "NCC-E052", "artifact is corrupt",
    "its checksum does not match its contents; copy it again or recompile with `ncc compile`")
ARTIFACT_VERSION = _register(
    "NCC-E053", "artifact format version is incompatible",
    "recompile the model with this nccd (`ncc compile MODEL`), or run it with the nccd version that "
    "wrote it (`ncc inspect` names it)")
ARTIFACT_FEATURES = _register(
    "NCC-E054", "artifact needs features this runtime lacks",
    "upgrade nccd to the version that wrote the artifact (`ncc inspect` names it), or recompile")
ARTIFACT_MALFORMED = _register(
    "NCC-E055", "artifact payload is malformed",
    "the checksum matched but the contents do not decode; the writer had a bug: recompile with "
    "`ncc compile` and report it")
ARTIFACT_NEWER_MINOR = _register(
    "NCC-W051", "artifact was written by a newer format minor version",
    "it loads, but fields added after this nccd was released are ignored; upgrade nccd to see them")
RUN_OVER_MEMORY_BUDGET = _register(
    "NCC-E062", "the run's inputs and outputs exceed its memory budget",
    "run a smaller configuration of the model, or raise NCC_RUN_MEMORY_BUDGET (default: half of the "
    "machine's memory) if the machine really has the memory")
RUN_BAD_INPUT = _register(
    "NCC-E070", "inputs do not match the program's signature",
    "give one array per parameter, by position (arr_0, arr_1, ... as numpy.savez writes them) or by "
    "parameter name, with the shapes and dtypes `ncc inspect ARTIFACT` lists")
RUN_INPUTS_UNREADABLE = _register(
    "NCC-E071", "cannot read the inputs file",
    "pass an .npz written by numpy.savez/savez_compressed (no pickled objects)")
RUN_FAILED = _register(
    "NCC-E072", "execution failed",
    "the instruction named could not run on these inputs; check the input values, and report it if "
    "they are valid")


# -- the daemon and its clients (E056-E059, W052-W059) ------------------------------------------
# Their texts live in proto/paths.py, which the thin client imports without the compiler.
DAEMON_UNTRUSTED_RUNTIME_DIR = _register(
    "NCC-W052", "the daemon's runtime directory is not private: the command runs in this process",
    "the directory or a socket in it is not private to you, so another user could answer (or read) your "
    "commands; remove it if it is yours and stale, or set NCC_RUNTIME_DIR to a directory of your own "
    "(mode 0700)")
DAEMON_COMMAND_LOST = _register(
    "NCC-E056", "the daemon stopped while it ran this command; the command was not sent again",
    "the command may have stopped it (see `ncc daemon logs`), so it was not sent again; run it again to use a "
    "new daemon, or with --no-daemon to run it in this process")
WATCH_TOO_MANY_STREAMS = _register(
    "NCC-E057", "the daemon already serves as many watch streams as it allows",
    "stop a watch you no longer need, restart the daemon with more (`ncc daemon restart --max-watches N`), or "
    "watch in this process with `ncc watch --no-daemon`")
WATCH_TOO_MANY_DIRS = _register(
    "NCC-E058", "the watched folders need more inotify watches than one watch may take",
    "watch the folders that hold the models rather than a whole tree, or raise NCC_WATCH_MAX_DIRS (each folder "
    "is one of the user's inotify watches, shared with editors and other tools)")

# -- batch compiles (E30x; `ncc compile-many`, daemon/batch.py) --------------------------------
BATCH_WORKER_LOST = _register(
    "NCC-E300", "the worker compiling this graph was lost",
    "its process or node died (out of memory, killed, node failure) after every retry; rerun the batch "
    "(graphs already compiled are answered from the cache), or give tasks more memory with "
    "--task-memory")
BATCH_COMPILER_FAILED = _register(
    "NCC-E301", "the compiler failed on this graph",
    "this is a bug in nccd, not in the model: compile the graph alone with `ncc compile MODEL --no-daemon` "
    "to see the failure, and report it with the model attached")


# -- the remote cache (E09x, W07x; a fleet's shared store, daemon/remote_cache.py) ------------------
REMOTE_CACHE_BAD_SETTING = _register(
    "NCC-E090", "the remote cache setting is not usable",
    "give --remote-cache s3://BUCKET/PREFIX or file:///SHARED/DIR (or NCC_REMOTE_CACHE), "
    "--remote-cache-mode read or write, and a timeout in seconds; see docs/fleet.md")
REMOTE_CACHE_NEEDS_EXTRA = _register(
    "NCC-E091", "the remote cache backend needs an optional package",
    "install the extra the message names (pip install 'nccd[s3]' for s3:// stores), or use a "
    "file:// store on a shared file system")
REMOTE_CACHE_GC_FAILED = _register(
    "NCC-E092", "the remote cache could not be listed or cleaned",
    "check the store's URL, credentials and permissions (gc lists and deletes: it needs s3:ListBucket "
    "and s3:DeleteObject), then run `ncc cache gc --remote` again")
REMOTE_CACHE_UNAVAILABLE = _register(
    "NCC-W070", "the remote cache did not answer; compiled locally",
    "nothing to do for this compile (its result is correct and cached locally); check the store's "
    "URL, network and credentials; after repeated failures nccd stops asking it for a while")
REMOTE_CACHE_REJECTED = _register(
    "NCC-W071", "a remote cache entry failed verification and was not used",
    "the artifact in the store does not match its record (tampered or damaged); it was compiled "
    "locally instead; remove the entry (`ncc cache gc --remote`) and check who can write the store")
REMOTE_CACHE_NONDETERMINISM = _register(
    "NCC-W072", "another writer published a different program for the same compile",
    "the first writer's artifact stays (nothing is overwritten); two compilers disagree on the same "
    "inputs: check that the writers run the same nccd build, and report it if they do")

# -- Python model source (E2xx, W2xx; the language server, clients/lsp/) -----------------------
# Found by reading PyTorch/JAX source with `ast` (nothing is imported or run), inside the code that
# gets compiled: forward/__call__ of modules, jitted functions and the callables given to JAX
# transformations. The deep check (W230) traces a marked JAX function or PyTorch function/module and
# reports E1xx codes on its HLO; for PyTorch also what torch.compile and torch.export say (W240, W241).
PY_TENSOR_CONDITION = _register(
    "NCC-E200", "tensor value used as a Python condition",
    "a Python `if`, conditional expression, `and`/`or`/`not`, bool() or min()/max() on a tensor needs "
    "its value on the host, which stops tracing; compute both results and select: "
    "torch.where(cond, a, b) / jnp.where(cond, a, b), torch.maximum(a, b) / jnp.maximum(a, b)")
PY_TENSOR_WHILE = _register(
    "NCC-E201", "while loop condition depends on a tensor value",
    "loop a fixed number of times (range(N), lax.fori_loop with Python-int bounds, lax.scan with a "
    "fixed length) and mask the steps after the exit condition with torch.where / jnp.where")
PY_TENSOR_ASSERT = _register(
    "NCC-E202", "assert on a tensor value",
    "an assert on a tensor's value forces it to the host; check it outside the compiled function, or "
    "use torch._check(...) / jax.experimental.checkify")
PY_HOST_SYNC = _register(
    "NCC-W200", "tensor value copied to the host",
    "keep the value on the device: return the tensor from the compiled function and convert it after "
    "the call (.item(), .tolist(), .cpu(), .numpy(), float(), int() and np.asarray all wait for the "
    "device and end the graph)")
PY_PRINT_TENSOR = _register(
    "NCC-W201", "tensor printed inside compiled code",
    "return the value and print it after the call; printing a tensor reads it on the host (torch) "
    "or prints a tracer once at trace time (jax), and jax.debug.print needs a host callback the target "
    "does not support")
PY_MASK_STORE = _register(
    "NCC-W202", "boolean-mask assignment forces the graph to run early",
    "x[mask] = v and x[mask] += w need the mask's values to pick the elements (torch_xla runs the pending "
    "graph to read them); keep the shape and select instead: x.masked_fill_(mask, v), x += w * mask, "
    "x.copy_(torch.where(mask, y, x))")
PY_DYNAMIC_OUTPUT = _register(
    "NCC-E210", "operation with a data-dependent output shape",
    "give the result a static size: jnp.nonzero(x, size=N) / jnp.unique(x, size=N) (pad with "
    "fill_value=), torch.nonzero_static(x, size=N), or keep the full shape with a mask: "
    "torch.where(mask, x, 0) / jnp.where(mask, x, 0)", "EMOD025")
PY_BOOLEAN_MASK_INDEX = _register(
    "NCC-E211", "boolean-mask indexing gives a data-dependent shape",
    "keep the full shape and zero the unselected elements: torch.where(mask, x, 0) / "
    "jnp.where(mask, x, 0); reduce with the mask (e.g. (x * mask).sum()) instead of compacting",
    "EMOD025")
PY_VALUE_DEPENDENT_SIZE = _register(
    "NCC-E212", "output size depends on tensor values",
    "pass the size explicitly: torch.bincount(x, minlength=N) / jnp.bincount(x, length=N), "
    "one_hot(x, num_classes=N), repeat_interleave(x, r, output_size=N), "
    "jnp.repeat(x, r, total_repeat_length=N)", "EMOD025")
PY_UNSUPPORTED_CALL = _register(
    "NCC-E220", "framework call lowers to an operator the target does not support",
    "rewrite the call with operations the target supports (`ncc list-operators --target T`); the "
    "message names the HLO operator it lowers to and why the target refuses it")
PY_INTEGER_MATMUL = _register(
    "NCC-W220", "integer matmul runs in FP32 on the target",
    "integer dot has no integer datapath: results are exact only below 2**24; cast to float32 "
    "explicitly (x.float(), x.astype(jnp.float32)) or keep the integer values small")
PY_DEEP_CHECK_FAILED = _register(
    "NCC-W230", "deep check could not trace the entry function",
    "fix the `# ncc: entry` line (name=dtype[dims] per parameter, e.g. `# ncc: entry x=f32[8,128] "
    "n=4`; above an nn.Module class also build=Model(...)) or the error the framework raised; reproduce "
    "with jax.jit(f).lower(...) or by calling the module in the same environment")
TORCH_GRAPH_BREAK = _register(
    "NCC-W240", "torch.compile breaks the graph here",
    "the code before and after runs as separate graphs with a trip to the host between them (on an XLA "
    "device the pending graph runs here); keep tensor values on the device: torch.where instead of `if` "
    "on a tensor, torch.cond for real branches, return the value instead of .item()/.tolist(); "
    "reproduce with torch._dynamo.explain(model)(*inputs)")
TORCH_EXPORT_FAILED = _register(
    "NCC-W241", "torch.export cannot capture the whole program here",
    "torch.export.export(model, inputs, strict=True) stops at this line, so no single graph exists for "
    "the target; data-dependent sizes need torch._check(...) or a static size (torch.nonzero_static), "
    "value-dependent branches torch.cond or torch.where")


@dataclass(slots=True)
class Diagnostic:
    code: str
    message: str
    hint: str | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    instruction: str | None = None
    computation: str | None = None
    source: SourceLocation | None = None
    file: str | None = None
    #: Extra machine-readable facts (opcode, dtype, target...).
    data: dict = field(default_factory=dict)
    #: The whole Python stack, innermost first, when the HLO carries one (``source`` is the
    #: innermost frame of the user's code in it).
    stack: tuple[SourceLocation, ...] = ()

    def __post_init__(self):
        if self.hint is None:
            self.hint = REGISTRY[self.code].hint

    @property
    def severity(self) -> Severity:
        return REGISTRY[self.code].severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def doc(self) -> str:
        return REGISTRY[self.code].anchor

    @property
    def neuron_code(self) -> str | None:
        return REGISTRY[self.code].neuron_code

    def location_text(self) -> str:
        parts = [self.file or "<input>"]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        """One human-readable block: ``file:line:col: error[NCC-E001]: message``, hint, source."""
        head = f"{self.location_text()}: {self.severity.value}[{self.code}]: {self.message}"
        if self.instruction:
            head += f" (instruction '{self.instruction}')"
        lines = [head]
        if self.source is not None:
            lines.append(f"  from: {self.source}")
            if self.stack and self.stack[0] != self.source:  # where the framework was when it emitted it
                lines.append(f"  via: {_frame_text(self.stack[0])}")
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
            "doc": self.doc,
            "neuron_code": self.neuron_code,
            "file": self.file,
            "hlo": ({"file": self.file, "line": self.line, "column": self.column,
                     "end_line": self.end_line, "end_column": self.end_column,
                     "instruction": self.instruction, "computation": self.computation}
                    if self.line or self.instruction else None),
            "source": ({"file": self.source.file, "line": self.source.line,
                        "column": self.source.column, "function": self.source.function}
                       if self.source is not None else None),
            **({"data": self.data} if self.data else {}),
            **({"stack": [_frame_json(f) for f in self.stack]} if self.stack else {}),
        }

    @classmethod
    def from_json(cls, obj: dict) -> "Diagnostic":
        """The inverse of :meth:`to_json` (the daemon's caches store diagnostics as JSON)."""
        hlo = obj.get("hlo") or {}
        source = obj.get("source")
        if source is not None:
            source = _frame_from_json(source)
        return cls(obj["code"], obj["message"], obj.get("hint"), hlo.get("line"), hlo.get("column"),
                   hlo.get("end_line"), hlo.get("end_column"), hlo.get("instruction"), hlo.get("computation"),
                   source, obj.get("file") or hlo.get("file"), dict(obj.get("data") or {}),
                   tuple(_frame_from_json(f) for f in obj.get("stack") or ()))


def _frame_text(frame: SourceLocation) -> str:
    return f"{frame} ({frame.function})" if frame.function else str(frame)


def _frame_json(frame: SourceLocation) -> dict:
    return {"file": frame.file, "line": frame.line, "column": frame.column, "function": frame.function}


def _frame_from_json(obj: dict) -> SourceLocation:
    return SourceLocation(obj["file"], obj["line"], obj.get("column"), function=obj.get("function"))


class HloError(Exception):
    """A user-facing failure carrying diagnostics (never shown as a traceback)."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic):
        self.diagnostics = diagnostics if isinstance(diagnostics, list) else [diagnostics]
        super().__init__(self.diagnostics[0].format() if self.diagnostics else "HLO error")


#: The hints a PyTorch user needs where the registry's default speaks JAX (torch_xla graphs,
#: told by `ir.module.framework_of`). Codes without an entry keep the default hint.
PYTORCH_HINTS: dict[str, str] = {
    "NCC-E001": "fix the HLO text at the position shown; regenerate it with "
                "`torch_xla._XLAC._get_xla_tensors_hlo([tensors])`, or pass the HloModuleProto from "
                "`torch_xla._XLAC._get_xla_tensors_hlo_proto([tensors])` instead",
    "NCC-W001": "the text omits large constants; pass the HloModuleProto from "
                "`torch_xla._XLAC._get_xla_tensors_hlo_proto([tensors])`, which holds them in full, or dump "
                "with XLA_FLAGS=--xla_dump_large_constants",
    "NCC-E101": "convert the tensor to a supported type (.float(), .to(torch.bfloat16), .int()) before the "
                "operation",
    "NCC-E107": "give every tensor a static size: torch.nonzero_static(x, size=N) instead of torch.nonzero, "
                "torch.where(mask, x, 0) instead of x[mask] or torch.masked_select, and pad inputs into a few "
                "fixed shapes",
    "NCC-E108": "replace Python `if` on tensor values (and torch.cond) with torch.where(cond, a, b) on both "
                "results; both branches are computed",
    "NCC-E109": "loop a fixed number of times (for _ in range(N)) and mask the steps after the exit condition "
                "with torch.where, instead of a loop that stops on a tensor value",
    "NCC-E111": "reduce with torch.sum/torch.amax/torch.amin/torch.prod (torch.all/torch.any on bool tensors) "
                "and do the rest elementwise before or after the reduction",
    "NCC-E112": "reduce from a constant start value and combine the run-time one afterwards, e.g. "
                "torch.maximum(x.amax(), start)",
    "NCC-E113": "torch.argmax/argmin/max(dim) compile into the ArgMax/ArgMin kernel on inf2/trn1 and later "
                "(torch-neuronx's AwsNeuronArgMax); on inf1 compute the max first, then the first index with "
                "torch.where(x == m, torch.arange(n), n).amin(); reduce other tensors one at a time",
    "NCC-E119": "convert the input to float32 before torch.topk (exact for |x| < 2**24)",
    "NCC-E129": "keep unsigned constants below 2**32, or compile for trn2+ with --native-int64=enabled",
    "NCC-E133": "draw uniform numbers (torch.rand) and transform them",
    "NCC-W100": "use int32 tensors (torch_xla: XLA_USE_32BIT_LONG=1); on trn2+ compile with "
                "--native-int64=enabled for exact int64",
    "NCC-W101": "use float32: .float() instead of .double(), torch.float32 as the default dtype",
    "NCC-W103": "index with Python ints or a static loop counter; for a run-time position use a mask: "
                "torch.where(torch.arange(n) == i, update, x)",
}
FRAMEWORK_HINTS: dict[str, dict[str, str]] = {"pytorch": PYTORCH_HINTS}


def hint_for(code: str, framework: str | None) -> str:
    """The hint for ``code`` in the words of ``framework`` ("pytorch", "jax" or None: the default)."""
    return FRAMEWORK_HINTS.get(framework or "", {}).get(code) or REGISTRY[code].hint


def registry_markdown() -> str:
    """The text of docs/diagnostics.md: every code with its title, hint and neuronx-cc equivalent."""
    lines = ["# nccd diagnostic codes", "",
             "Generated from `compiler/diagnostics.py` by `python -m nccd.compiler.diagnostics`; "
             "do not edit by hand. Codes are stable: a code never changes meaning.", ""]
    for entry in sorted(REGISTRY.values(), key=lambda c: c.code):
        lines += [f"## {entry.code}", "", f"**{entry.title}** ({entry.severity.value})", "",
                  f"What to do: {entry.hint}", ""]
        if entry.code in PYTORCH_HINTS:
            lines += [f"In PyTorch: {PYTORCH_HINTS[entry.code]}", ""]
        if entry.neuron_code:
            lines += [f"neuronx-cc equivalent: `NCC_{entry.neuron_code}`", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    sys.stdout.write(registry_markdown())
