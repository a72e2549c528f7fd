"""HLO opcodes.

Every opcode XLA defines (``xla/hlo/ir/hlo_opcode.h``), with frozen integer
values: they are written into artifacts, so a value never changes meaning and
new opcodes only get new numbers. ``Opcode.text`` is the HLO spelling.
"""

from __future__ import annotations

import enum

VARIADIC = -1


class Category(str, enum.Enum):
    ELEMENTWISE_UNARY = "elementwise-unary"
    ELEMENTWISE_BINARY = "elementwise-binary"
    ELEMENTWISE_TERNARY = "elementwise-ternary"
    DATA_MOVEMENT = "data-movement"
    REDUCTION = "reduction"
    LINEAR_ALGEBRA = "linear-algebra"
    CONTROL_FLOW = "control-flow"
    STRUCTURAL = "structural"
    RANDOM = "random"
    COLLECTIVE = "collective"
    HOST_IO = "host-io"
    DYNAMIC_SHAPE = "dynamic-shape"


class Opcode(enum.Enum):
    # value = (frozen id, text, arity, category); ids are never reused.
    ABS = (1, "abs", 1, Category.ELEMENTWISE_UNARY)
    ACOS = (2, "acos", 1, Category.ELEMENTWISE_UNARY)
    ACOSH = (3, "acosh", 1, Category.ELEMENTWISE_UNARY)
    ASIN = (4, "asin", 1, Category.ELEMENTWISE_UNARY)
    ASINH = (5, "asinh", 1, Category.ELEMENTWISE_UNARY)
    ATAN = (6, "atan", 1, Category.ELEMENTWISE_UNARY)
    ATANH = (7, "atanh", 1, Category.ELEMENTWISE_UNARY)
    CBRT = (8, "cbrt", 1, Category.ELEMENTWISE_UNARY)
    CEIL = (9, "ceil", 1, Category.ELEMENTWISE_UNARY)
    CLZ = (10, "count-leading-zeros", 1, Category.ELEMENTWISE_UNARY)
    COS = (11, "cosine", 1, Category.ELEMENTWISE_UNARY)
    COSH = (12, "cosh", 1, Category.ELEMENTWISE_UNARY)
    ERF = (13, "erf", 1, Category.ELEMENTWISE_UNARY)
    EXP = (14, "exponential", 1, Category.ELEMENTWISE_UNARY)
    EXPM1 = (15, "exponential-minus-one", 1, Category.ELEMENTWISE_UNARY)
    FLOOR = (16, "floor", 1, Category.ELEMENTWISE_UNARY)
    IMAG = (17, "imag", 1, Category.ELEMENTWISE_UNARY)
    IS_FINITE = (18, "is-finite", 1, Category.ELEMENTWISE_UNARY)
    LOG = (19, "log", 1, Category.ELEMENTWISE_UNARY)
    LOG1P = (20, "log-plus-one", 1, Category.ELEMENTWISE_UNARY)
    LOGISTIC = (21, "logistic", 1, Category.ELEMENTWISE_UNARY)
    NEGATE = (22, "negate", 1, Category.ELEMENTWISE_UNARY)
    NOT = (23, "not", 1, Category.ELEMENTWISE_UNARY)
    POPCNT = (24, "popcnt", 1, Category.ELEMENTWISE_UNARY)
    REAL = (25, "real", 1, Category.ELEMENTWISE_UNARY)
    ROUND_AFZ = (26, "round-nearest-afz", 1, Category.ELEMENTWISE_UNARY)
    ROUND_EVEN = (27, "round-nearest-even", 1, Category.ELEMENTWISE_UNARY)
    RSQRT = (28, "rsqrt", 1, Category.ELEMENTWISE_UNARY)
    SIGN = (29, "sign", 1, Category.ELEMENTWISE_UNARY)
    SIN = (30, "sine", 1, Category.ELEMENTWISE_UNARY)
    SINH = (31, "sinh", 1, Category.ELEMENTWISE_UNARY)
    SQRT = (32, "sqrt", 1, Category.ELEMENTWISE_UNARY)
    TAN = (33, "tan", 1, Category.ELEMENTWISE_UNARY)
    TANH = (34, "tanh", 1, Category.ELEMENTWISE_UNARY)

    ADD = (40, "add", 2, Category.ELEMENTWISE_BINARY)
    AND = (41, "and", 2, Category.ELEMENTWISE_BINARY)
    ATAN2 = (42, "atan2", 2, Category.ELEMENTWISE_BINARY)
    COMPLEX = (43, "complex", 2, Category.ELEMENTWISE_BINARY)
    DIVIDE = (44, "divide", 2, Category.ELEMENTWISE_BINARY)
    MAXIMUM = (45, "maximum", 2, Category.ELEMENTWISE_BINARY)
    MINIMUM = (46, "minimum", 2, Category.ELEMENTWISE_BINARY)
    MULHI = (47, "mulhi", 2, Category.ELEMENTWISE_BINARY)
    MULTIPLY = (48, "multiply", 2, Category.ELEMENTWISE_BINARY)
    OR = (49, "or", 2, Category.ELEMENTWISE_BINARY)
    POWER = (50, "power", 2, Category.ELEMENTWISE_BINARY)
    REMAINDER = (51, "remainder", 2, Category.ELEMENTWISE_BINARY)
    SHIFT_LEFT = (52, "shift-left", 2, Category.ELEMENTWISE_BINARY)
    SHIFT_RIGHT_ARITHMETIC = (53, "shift-right-arithmetic", 2, Category.ELEMENTWISE_BINARY)
    SHIFT_RIGHT_LOGICAL = (54, "shift-right-logical", 2, Category.ELEMENTWISE_BINARY)
    SUBTRACT = (55, "subtract", 2, Category.ELEMENTWISE_BINARY)
    XOR = (56, "xor", 2, Category.ELEMENTWISE_BINARY)
    COMPARE = (57, "compare", 2, Category.ELEMENTWISE_BINARY)
    STOCHASTIC_CONVERT = (58, "stochastic-convert", 2, Category.ELEMENTWISE_BINARY)

    SELECT = (60, "select", 3, Category.ELEMENTWISE_TERNARY)
    CLAMP = (61, "clamp", 3, Category.ELEMENTWISE_TERNARY)

    BITCAST = (70, "bitcast", 1, Category.DATA_MOVEMENT)
    BITCAST_CONVERT = (71, "bitcast-convert", 1, Category.DATA_MOVEMENT)
    BROADCAST = (72, "broadcast", 1, Category.DATA_MOVEMENT)
    CONCATENATE = (73, "concatenate", VARIADIC, Category.DATA_MOVEMENT)
    CONVERT = (74, "convert", 1, Category.DATA_MOVEMENT)
    COPY = (75, "copy", 1, Category.DATA_MOVEMENT)
    DYNAMIC_RESHAPE = (76, "dynamic-reshape", VARIADIC, Category.DYNAMIC_SHAPE)
    DYNAMIC_SLICE = (77, "dynamic-slice", VARIADIC, Category.DATA_MOVEMENT)
    DYNAMIC_UPDATE_SLICE = (78, "dynamic-update-slice", VARIADIC, Category.DATA_MOVEMENT)
    GATHER = (79, "gather", 2, Category.DATA_MOVEMENT)
    GET_DIMENSION_SIZE = (80, "get-dimension-size", 1, Category.DYNAMIC_SHAPE)
    SET_DIMENSION_SIZE = (81, "set-dimension-size", 2, Category.DYNAMIC_SHAPE)
    IOTA = (82, "iota", 0, Category.DATA_MOVEMENT)
    PAD = (83, "pad", 2, Category.DATA_MOVEMENT)
    RESHAPE = (84, "reshape", 1, Category.DATA_MOVEMENT)
    REVERSE = (85, "reverse", 1, Category.DATA_MOVEMENT)
    SCATTER = (86, "scatter", VARIADIC, Category.DATA_MOVEMENT)
    SLICE = (87, "slice", 1, Category.DATA_MOVEMENT)
    TRANSPOSE = (88, "transpose", 1, Category.DATA_MOVEMENT)
    TUPLE = (89, "tuple", VARIADIC, Category.STRUCTURAL)
    GET_TUPLE_ELEMENT = (90, "get-tuple-element", 1, Category.STRUCTURAL)
    SHUFFLE = (91, "shuffle", 1, Category.DATA_MOVEMENT)

    REDUCE = (100, "reduce", VARIADIC, Category.REDUCTION)
    REDUCE_WINDOW = (101, "reduce-window", VARIADIC, Category.REDUCTION)
    SELECT_AND_SCATTER = (102, "select-and-scatter", 3, Category.REDUCTION)
    MAP = (103, "map", VARIADIC, Category.REDUCTION)
    SORT = (104, "sort", VARIADIC, Category.REDUCTION)
    TOPK = (105, "topk", 1, Category.REDUCTION)
    SCAN = (106, "scan", VARIADIC, Category.CONTROL_FLOW)
    DOT = (110, "dot", 2, Category.LINEAR_ALGEBRA)
    RAGGED_DOT = (111, "ragged-dot", 3, Category.LINEAR_ALGEBRA)
    SCALED_DOT = (112, "scaled-dot", 4, Category.LINEAR_ALGEBRA)
    CONVOLUTION = (113, "convolution", VARIADIC, Category.LINEAR_ALGEBRA)
    FFT = (114, "fft", 1, Category.LINEAR_ALGEBRA)
    CHOLESKY = (115, "cholesky", 1, Category.LINEAR_ALGEBRA)
    TRIANGULAR_SOLVE = (116, "triangular-solve", 2, Category.LINEAR_ALGEBRA)
    BATCH_NORM_TRAINING = (117, "batch-norm-training", 3, Category.REDUCTION)
    BATCH_NORM_INFERENCE = (118, "batch-norm-inference", 5, Category.REDUCTION)
    BATCH_NORM_GRAD = (119, "batch-norm-grad", 5, Category.REDUCTION)
    REDUCE_PRECISION = (120, "reduce-precision", 1, Category.ELEMENTWISE_UNARY)

    CALL = (130, "call", VARIADIC, Category.CONTROL_FLOW)
    CONDITIONAL = (131, "conditional", VARIADIC, Category.CONTROL_FLOW)
    WHILE = (132, "while", 1, Category.CONTROL_FLOW)
    FUSION = (133, "fusion", VARIADIC, Category.STRUCTURAL)
    CUSTOM_CALL = (134, "custom-call", VARIADIC, Category.STRUCTURAL)
    ASYNC_START = (135, "async-start", VARIADIC, Category.STRUCTURAL)
    ASYNC_UPDATE = (136, "async-update", VARIADIC, Category.STRUCTURAL)
    ASYNC_DONE = (137, "async-done", 1, Category.STRUCTURAL)
    AFTER_ALL = (138, "after-all", VARIADIC, Category.STRUCTURAL)
    ADD_DEPENDENCY = (139, "add-dependency", 2, Category.STRUCTURAL)
    DOMAIN = (140, "domain", 1, Category.STRUCTURAL)
    OPT_BARRIER = (141, "opt-barrier", 1, Category.STRUCTURAL)
    PARAMETER = (142, "parameter", 0, Category.STRUCTURAL)
    CONSTANT = (143, "constant", 0, Category.STRUCTURAL)

    RNG = (150, "rng", VARIADIC, Category.RANDOM)
    RNG_BIT_GENERATOR = (151, "rng-bit-generator", 1, Category.RANDOM)
    RNG_GET_AND_UPDATE_STATE = (152, "rng-get-and-update-state", 0, Category.RANDOM)

    ALL_GATHER = (160, "all-gather", VARIADIC, Category.COLLECTIVE)
    ALL_GATHER_START = (161, "all-gather-start", VARIADIC, Category.COLLECTIVE)
    ALL_GATHER_DONE = (162, "all-gather-done", 1, Category.COLLECTIVE)
    ALL_REDUCE = (163, "all-reduce", VARIADIC, Category.COLLECTIVE)
    ALL_REDUCE_START = (164, "all-reduce-start", VARIADIC, Category.COLLECTIVE)
    ALL_REDUCE_DONE = (165, "all-reduce-done", 1, Category.COLLECTIVE)
    ALL_TO_ALL = (166, "all-to-all", VARIADIC, Category.COLLECTIVE)
    RAGGED_ALL_TO_ALL = (167, "ragged-all-to-all", 6, Category.COLLECTIVE)
    COLLECTIVE_BROADCAST = (168, "collective-broadcast", VARIADIC, Category.COLLECTIVE)
    COLLECTIVE_PERMUTE = (169, "collective-permute", VARIADIC, Category.COLLECTIVE)
    COLLECTIVE_PERMUTE_START = (170, "collective-permute-start", VARIADIC, Category.COLLECTIVE)
    COLLECTIVE_PERMUTE_DONE = (171, "collective-permute-done", 1, Category.COLLECTIVE)
    COLLECTIVE_REDUCE = (172, "collective-reduce", VARIADIC, Category.COLLECTIVE)
    REDUCE_SCATTER = (173, "reduce-scatter", VARIADIC, Category.COLLECTIVE)
    PARTITION_ID = (174, "partition-id", 0, Category.COLLECTIVE)
    REPLICA_ID = (175, "replica-id", 0, Category.COLLECTIVE)

    INFEED = (180, "infeed", 1, Category.HOST_IO)
    OUTFEED = (181, "outfeed", 2, Category.HOST_IO)
    SEND = (182, "send", 2, Category.HOST_IO)
    SEND_DONE = (183, "send-done", 1, Category.HOST_IO)
    RECV = (184, "recv", 1, Category.HOST_IO)
    RECV_DONE = (185, "recv-done", 1, Category.HOST_IO)
    COPY_START = (186, "copy-start", 1, Category.HOST_IO)
    COPY_DONE = (187, "copy-done", 1, Category.HOST_IO)

    def __init__(self, ident: int, text: str, arity: int, category: Category):
        self.ident = ident
        self.text = text
        self.arity = arity
        self.category = category

    def __repr__(self) -> str:
        return f"Opcode.{self.name}"

    # Members are singletons compared by identity; Enum's own __hash__ is Python code and showed
    # up as the single most called function of a compile (opcode sets are checked everywhere).
    __hash__ = object.__hash__

    @staticmethod
    def from_text(text: str) -> "Opcode | None":
        return BY_TEXT.get(text)


BY_TEXT: dict[str, Opcode] = {op.text: op for op in Opcode}
BY_IDENT: dict[int, Opcode] = {op.ident: op for op in Opcode}
assert len(BY_IDENT) == len(Opcode), "opcode ids must be unique"

# -- named opcode sets (tinygrad's GroupOp) -------------------------------
UNARY = frozenset(op for op in Opcode if op.category == Category.ELEMENTWISE_UNARY)
BINARY = frozenset(op for op in Opcode if op.category == Category.ELEMENTWISE_BINARY)
TERNARY = frozenset({Opcode.SELECT, Opcode.CLAMP})
ELEMENTWISE = UNARY | BINARY | TERNARY | {Opcode.CONVERT}
#: Unary ops whose result element type differs from the operand's.
TYPE_CHANGING_UNARY = frozenset({Opcode.IMAG, Opcode.REAL, Opcode.IS_FINITE, Opcode.ABS})
TRANSCENDENTAL = frozenset({
    Opcode.EXP, Opcode.EXPM1, Opcode.LOG, Opcode.LOG1P, Opcode.LOGISTIC, Opcode.SQRT, Opcode.CBRT,
    Opcode.RSQRT, Opcode.TANH, Opcode.SIN, Opcode.COS, Opcode.TAN, Opcode.SINH, Opcode.COSH,
    Opcode.ERF, Opcode.ACOS, Opcode.ACOSH, Opcode.ASIN, Opcode.ASINH, Opcode.ATANH, Opcode.ATAN,
})
CONTROL_FLOW = frozenset({Opcode.WHILE, Opcode.CONDITIONAL})
#: Ops whose called computations are program code run as part of the program (loop bodies,
#: branches, calls, async wrappers), unlike the scalar reducers, comparators and kernels
#: other ops apply per element.
PROGRAM_CALLERS = frozenset({Opcode.CALL, Opcode.WHILE, Opcode.CONDITIONAL, Opcode.ASYNC_START,
                             Opcode.ASYNC_UPDATE, Opcode.ASYNC_DONE})
#: Ops that pass a value on with only its layout or extent changed: a view of their operand.
VIEWS = frozenset({Opcode.RESHAPE, Opcode.BROADCAST, Opcode.BITCAST, Opcode.COPY})
#: Ops through which a constant stays a constant (looked through to find one).
VALUE_FORWARDING = VIEWS | {Opcode.CONVERT}
#: Element type changes (a cast, or a rounding to a narrower type's precision).
CASTS = frozenset({Opcode.CONVERT, Opcode.REDUCE_PRECISION})
#: The matrix engine's operations (what --auto-cast matmult casts).
MATRIX_OPS = frozenset({Opcode.DOT, Opcode.CONVOLUTION})
#: Ops that call computations (to_apply, body, calls...).
CALLS_COMPUTATIONS = frozenset({
    Opcode.CALL, Opcode.CONDITIONAL, Opcode.WHILE, Opcode.FUSION, Opcode.CUSTOM_CALL, Opcode.REDUCE,
    Opcode.REDUCE_WINDOW, Opcode.SELECT_AND_SCATTER, Opcode.MAP, Opcode.SORT, Opcode.SCATTER,
    Opcode.ALL_REDUCE, Opcode.ALL_REDUCE_START, Opcode.REDUCE_SCATTER, Opcode.ASYNC_START,
    Opcode.ASYNC_UPDATE, Opcode.ASYNC_DONE, Opcode.SCAN, Opcode.COLLECTIVE_REDUCE,
})
#: Reductions across devices whose group mode XLA's parser derives from channel_id and
#: use_global_device_ids when the text has no `mode=` (and refuses global ids without a channel).
GROUP_MODE_FROM_ATTRIBUTES = frozenset({Opcode.ALL_REDUCE, Opcode.ALL_REDUCE_START, Opcode.REDUCE_SCATTER})
#: Ops with effects beyond their result; never removed as dead code.
SIDE_EFFECTING = frozenset({
    Opcode.INFEED, Opcode.OUTFEED, Opcode.SEND, Opcode.SEND_DONE, Opcode.RECV, Opcode.RECV_DONE,
    Opcode.RNG, Opcode.RNG_GET_AND_UPDATE_STATE, Opcode.AFTER_ALL, Opcode.ALL_REDUCE,
    Opcode.ALL_GATHER, Opcode.ALL_TO_ALL, Opcode.COLLECTIVE_PERMUTE, Opcode.REDUCE_SCATTER,
})
