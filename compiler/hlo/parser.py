"""HLO text parser.

Reads every printing style XLA produces: the short form of
``Lowered.as_text('hlo')``, the long form of ``--xla_dump_to`` dumps (``%``
names, computation signatures) and the older form with operand shapes inline.

It is a recursive-descent parser that matches compiled regular expressions at
the current offset instead of producing a token list first: real dumps have
around a million tokens, and building token objects would dominate the run
time. Errors stop the parse and raise :class:`HloError` with the code, line and
column of the offending text.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

from mypy_extensions import mypyc_attr

from ..diagnostics import (ASYNC_CHAIN, BAD_ATTRIBUTE, BAD_LITERAL, CYCLE, DUPLICATE_NAME, MISSING_ATTRIBUTE,
                           NO_ENTRY, PARAMETER_NUMBERING, PARSE_ERROR, ROOT_MISMATCH, TRUNCATED_INPUT, UNDEFINED_COMPUTATION,
                           UNDEFINED_NAME, UNKNOWN_OPCODE, Diagnostic, HloError)
from ..ir import attrs as A
from ..ir.dtypes import BY_TEXT as TYPE_BY_TEXT
from ..ir.dtypes import BITS_DTYPE, NAN_PAYLOAD_BITS, ElementType, nan_bits, quiet_nan_payload
from ..ir.limits import check_module_limits
from ..ir.module import (SHAPE_LEFT_OUT, Computation, FileLocation, Instruction, Literal, Metadata, Module,
                         StackFrame)
from ..ir.opcodes import BY_TEXT as OPCODE_BY_TEXT
from ..ir.opcodes import GROUP_MODE_FROM_ATTRIBUTES, TRANSCENDENTAL, Opcode
from ..ir.shapes import UNBOUNDED, Layout, Shape
from ..textpatterns import matching_everywhere

if TYPE_CHECKING:
    import numpy as np

_S = re.S
# a // comment ends at a line feed or a carriage return (old Mac line ends), as in XLA's lexer
# (written as whitespace, then comments each followed by whitespace: the same text as
# (\s+|comment)*, matched with far less backtracking — it runs before every token)
_WS = matching_everywhere(re.compile(r"\s*(?:(?:/\*.*?\*/|//[^\n\r]*)\s*)*", _S))
# (Possessive runs, ``++`` and ``*+``, as in _STRING below.)
_NAME = re.compile(r"%?([A-Za-z_](?:[\w.]++|-(?!>))*+)")
_ATTR_NAME = re.compile(r"([A-Za-z_][\w.\-]*+)\s*=")
#: The usual operand list, names only (`a, %b.2`): one match instead of a token-by-token scan.
_PLAIN_OPERAND = r"%?[A-Za-z_](?:[\w.]++|-(?!>))*+"
_PLAIN_OPERANDS = re.compile(rf"[ \t]*((?:{_PLAIN_OPERAND}[ \t]*,[ \t]*)*{_PLAIN_OPERAND})?[ \t]*\)")
#: An operand list up to its ')' with no shape, nested instruction, comment or line break in it.
_OPERAND_LIST = re.compile(r"([^()\[\]{}/\n\r\t]*+)\)")
_INT = re.compile(r"[-+]?\d+")
_ALIAS_KINDS = ("may-alias", "must-alias")
_CUSTOM_CALL_API_VERSIONS = ("API_VERSION_ORIGINAL", "API_VERSION_STATUS_RETURNING",
                             "API_VERSION_STATUS_RETURNING_UNIFIED", "API_VERSION_TYPED_FFI")
#: Opcodes with async instructions of their own (``copy-start``, ``send``/``send-done``): XLA
#: reads no ``-start``/``-update``/``-done`` sugar around them, so ``copy-update`` and
#: ``send-start`` are unknown opcodes rather than an async wrapping of copy or send.
_OWN_ASYNC_FORMS = frozenset({"all-gather", "all-reduce", "collective-permute", "copy", "send", "recv"})
_ASYNC_CONTINUATIONS = (Opcode.ASYNC_UPDATE, Opcode.ASYNC_DONE)
#: Attributes of ``op-start`` sugar that XLA gives the async-start as well as the wrapped op
#: (the instruction-wide ones; the op's own attributes go to the wrapped op only).
_ASYNC_SUGAR_SHARED_ATTRS = frozenset({"backend_config", "frontend_attributes", "statistics"})
#: Which opcodes take each computation-valued attribute (XLA refuses the attribute elsewhere,
#: as "unexpected attribute", before it looks the computation up).
_COMPUTATION_ATTR_OPCODES: dict[str, frozenset[Opcode]] = {
    "to_apply": frozenset({Opcode.ALL_REDUCE, Opcode.ALL_REDUCE_START, Opcode.REDUCE_SCATTER, Opcode.CALL,
                           Opcode.CUSTOM_CALL, Opcode.MAP, Opcode.REDUCE, Opcode.REDUCE_WINDOW, Opcode.SCAN,
                           Opcode.SCATTER, Opcode.SORT, Opcode.COLLECTIVE_REDUCE}),
    "calls": frozenset({Opcode.FUSION, Opcode.ASYNC_START, Opcode.ASYNC_UPDATE, Opcode.ASYNC_DONE}),
    "called_computations": frozenset({Opcode.CUSTOM_CALL}),
    "condition": frozenset({Opcode.WHILE}), "body": frozenset({Opcode.WHILE}),
    "true_computation": frozenset({Opcode.CONDITIONAL}), "false_computation": frozenset({Opcode.CONDITIONAL}),
    "branch_computations": frozenset({Opcode.CONDITIONAL}),
    "select": frozenset({Opcode.SELECT_AND_SCATTER}), "scatter": frozenset({Opcode.SELECT_AND_SCATTER}),
}
#: Shapes XLA's parser builds whatever the text declares (its factories for these opcodes take
#: no result shape, or only the data part of it): a send is (operand 0, u32[] context, token[]),
#: a recv keeps only the data shape it declares, a recv-done is its recv's data and a token,
#: and a send-done is a token. A rule returns None where the operands cannot give the shape
#: (not a tuple); the declared shape then stays for the verifier to refuse.
_SHAPE_FROM_OPERANDS: dict[Opcode, Callable[[Instruction], Shape | None]] = {
    Opcode.SEND: lambda send: Shape.tuple_of([send.operands[0].shape, Shape.scalar(ElementType.U32),
                                              Shape.token()]) if send.operands else None,
    Opcode.SEND_DONE: lambda done: Shape.token(),
    Opcode.RECV: lambda recv: Shape.tuple_of([recv.shape.tuple_shapes[0], Shape.scalar(ElementType.U32),
                                              Shape.token()])
    if recv.shape is not None and recv.shape.is_tuple and recv.shape.tuple_shapes else None,
    Opcode.RECV_DONE: lambda done: Shape.tuple_of([done.operands[0].shape.tuple_shapes[0], Shape.token()])
    if len(done.operands) == 1 and done.operands[0].shape.is_tuple and done.operands[0].shape.tuple_shapes
    else None,
}
#: A conditional names its branches by the kind of its branch index: true/false for pred[],
#: a list for s32[].
_CONDITIONAL_BRANCH_ATTRS = {True: ("true_computation", "false_computation"), False: ("branch_computations",)}
_RESULT_ACCURACY_MODE = re.compile(r"\{mode=(?:default|highest)\}", re.I)
_FLOAT_TEXT = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_TOLERANCE_ITEM = rf"(?:atol={_FLOAT_TEXT}|rtol={_FLOAT_TEXT}|ulps=\d+)"
_RESULT_ACCURACY_TOLERANCE = re.compile(rf"\{{tolerance=\{{(?:{_TOLERANCE_ITEM}(?:,{_TOLERANCE_ITEM})*)?\}}\}}")
_TYPE_NAMES = "|".join(sorted((re.escape(n) for n in TYPE_BY_TEXT), key=len, reverse=True))
# An array shape; the layout brace only counts when it starts with a digit or ':' (XLA's rule,
# which keeps `-> f32[2] {` from reading the computation body as a layout).
_ARRAY_SHAPE = re.compile(
    r"(" + _TYPE_NAMES + r")\[([^\]]*+)\](\{\s*[\d:][^{}]*+\})?")
#: The head of the usual instruction, ``%name = f32[2,3]{1,0} opcode(a, b)``: its name, array
#: shape (checked against _ARRAY_SHAPE when first seen), opcode and, when it is a plain list (no
#: shape, nested instruction, literal, comment or line break), what is between the parentheses.
_COMMON_HEAD = re.compile(r"%?([A-Za-z_](?:[\w.]++|-(?!>))*+)[ \t]*=[ \t]*([a-z][a-z0-9]*+\[[^\]]*+\]"
                          r"(?:\{[\d:][^{}]*+\})?)[ \t]+([a-z][a-z0-9\-]*+)\((?:([^()\[\]{}/\n\r\t\"']*+)\))?")
_NAME_BRACKET = re.compile(r"%?([A-Za-z_][\w.\-]*)\[")
_DIM = re.compile(r"\s*(?:(<=)?\s*(\d+)|(\?))\s*$")
# a dimension level type in a layout's D(...): dense, compressed, singleton or loose compressed,
# with + (not unique) and ~ (not ordered) as XLA prints them
_DIM_LEVEL_TYPE = re.compile(r"[DCSH][+~]*")
_LAYOUT_ITEM = re.compile(r"(SC|[DTLESPM#*])((?:\([^()]*\))+)")
# Runs of plain characters are read possessively (``++``, ``*+``): one step per run instead of
# one per character, and no backtracking into a run -- the alternatives start with different
# characters, so giving a run back could never make a match. A sixth of reading a dump whose
# every instruction carries a long metadata={...} went into these per-character loops.
_STRING = re.compile(r'"((?:[^"\\]++|\\.)*+)"|\'((?:[^\'\\]++|\\.)*+)\'', _S)
_BRACED_FLAT = re.compile(r'\{((?:[^{}"]++|"(?:[^"\\]++|\\.)*+"|\{[^{}]*+\})*+)\}', _S)
_FLAT_BRACES = re.compile(r"\{[^{}\"']*\}")
_KEY_NUMBER = re.compile(r"\s*(\w+)\s*=\s*([-+]?\d+)\s*,?")
_INT_LIST = re.compile(r"\{\s*((?:[-+]?\d+\s*(?:,\s*[-+]?\d+\s*)*)?)\}")
_WORD_LIST = re.compile(r"\{\s*((?:[\w.\-]+\s*(?:,\s*[\w.\-]+\s*)*)?)\}")
_MD_ITEM = re.compile(r'\s*([\w.]+)\s*=\s*("(?:[^"\\]++|\\.)*+"|\{[^{}]*+\}|[^\s,}]++)\s*,?', _S)
_DIM_LABELS = re.compile(r"([0-9bf?]{2,})_([0-9io?]{2,})->([0-9bf?]{2,})")
_PADDING = re.compile(r"[-+]?\d+_[-+]?\d+(?:_\d+)?(?:x[-+]?\d+_[-+]?\d+(?:_\d+)?)*")
_SLICE_ITEM = re.compile(r"\[\s*([-+]?\d+)\s*:\s*([-+]?\d+)\s*(?::\s*([-+]?\d+)\s*)?\]")
_INTS = r"\s*[-+]?\d+\s*(?:,\s*[-+]?\d+\s*)*"
_SLICE_BODY = re.compile(r"\{\s*(?:\[[^\[\]{}]*\]\s*(?:,\s*\[[^\[\]{}]*\]\s*)*)?\}")
_GROUP_LIST = re.compile(r"\{\s*(?:\{(?:" + _INTS + r")?\}\s*(?:,\s*\{(?:" + _INTS + r")?\}\s*)*)?\}")
_GROUP = re.compile(r"\{((?:" + _INTS + r")?)\}")
_IOTA_GROUPS = re.compile(r"\[(" + _INTS + r")\]\s*<=\s*\[(" + _INTS + r")\](?:\s*T\s*\((" + _INTS + r")\))?")
#: Expanding an iota replica-group list materializes every device id; beyond this it is not a
#: real device count but a typo (or a hostile input).
_MAX_IOTA_DEVICES = 1 << 20
#: Deepest nesting of tuple shapes and anonymous operands (bounded so recursion cannot overflow).
_MAX_NESTING = 100
_MESH_START = re.compile(r"(?:maximal_)?mesh\s*\[")
_IOTA_DEVICE_IDS = re.compile(r"\[(" + _INTS + r")\](?:\s*T\s*\((" + _INTS + r")\))?")
_PAIR = re.compile(r"\{\s*([-+]?\d+)\s*,\s*([-+]?\d+)\s*\}")
_BARE_VALUE = re.compile(r"[^\s,{}()\[\]]+")
#: A flat list of plain integers, ``{0, 2, 4}``: a rank-1 integer literal read with one match (the
#: index tables of real dumps run to thousands of entries); anything else is read token by token.
_FLAT_INT_LITERAL = re.compile(r"\{\s*((?:-?\d++\s*,\s*)*+-?\d++)?\s*\}")
_LIT_TOKEN = re.compile(
    r"\s*(?:/\*.*?\*/\s*)*"
    r"([{}(),]|\.\.\.|-?nan(?:\(0x[0-9a-fA-F]+\))?|-?inf|true|false|"
    r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)", _S)
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)", _S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "'": "'", "\\": "\\", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v", "?": "?"}
_SIMPLE_METADATA_KEYS = {"op_type", "op_name", "source_file", "source_line", "source_end_line",
                         "source_column", "source_end_column", "stack_frame_id"}
_STACK_TABLES = ("FileNames", "FunctionNames", "FileLocations", "StackFrames")
#: In text, StackFrames print parent_frame_id one higher than the proto value, so "no parent"
#: (proto 0) prints as 1 (checked by decoding jaxlib 0.10.2 protos). A 0 in text is read as none.
_TEXT_PARENT_FRAME_OFFSET = 1

_INT_RANGES = {
    ElementType.S1: (-1, 0), ElementType.S2: (-2, 1), ElementType.S4: (-8, 7),
    ElementType.S8: (-2**7, 2**7 - 1), ElementType.S16: (-2**15, 2**15 - 1),
    ElementType.S32: (-2**31, 2**31 - 1), ElementType.S64: (-2**63, 2**63 - 1),
    ElementType.U1: (0, 1), ElementType.U2: (0, 3), ElementType.U4: (0, 15), ElementType.U8: (0, 255),
    ElementType.U16: (0, 2**16 - 1), ElementType.U32: (0, 2**32 - 1), ElementType.U64: (0, 2**64 - 1),
    ElementType.PRED: (0, 1),
}


#: Largest finite value of each narrow float type (f64 needs no check). XLA rejects a finite
#: literal that rounds to inf or NaN in its type; anything within +-max never does, except that
#: f8e8m0fnu (a power-of-two scale) has no zero or negative values.
_FLOAT_MAX = {
    ElementType.F16: 65504.0, ElementType.BF16: 3.3895313892515355e38, ElementType.F32: 3.4028234663852886e38,
    ElementType.F8E5M2: 57344.0, ElementType.F8E4M3FN: 448.0, ElementType.F8E4M3B11FNUZ: 30.0,
    ElementType.F8E5M2FNUZ: 57344.0, ElementType.F8E4M3FNUZ: 240.0, ElementType.F8E4M3: 240.0,
    ElementType.F8E3M4: 15.5, ElementType.F4E2M1FN: 6.0, ElementType.F8E8M0FNU: 1.7014118346046923e38,
}


#: The payload of the NaN written without one (`nan`): a double's quiet bit (XLA's lexer reads
#: every NaN as a double first).
_QUIET_NAN_PAYLOAD = 1 << 51
_INTEGER_TOKEN = re.compile(r"-?\d+")
_NAN = float("nan")

#: What an operand slot holds while the operand's name is used above the instruction that defines
#: it (XLA allows any order within a computation), until the end of the computation resolves the name.
_FORWARD_OPERAND = Instruction("<forward reference>", Opcode.PARAMETER, SHAPE_LEFT_OUT)


@mypyc_attr(native_class=False)  # mypyc cannot compile a subclass of float as a native class
class _PayloadNan(float):
    """A NaN written with a payload (``nan(0x1)``): a float NaN to every check, carrying the bits
    XLA stores for it in the literal's type, which the literal's array gets once it is read."""

    __slots__ = ("bits",)
    bits: int


def _with_nan_payloads(shape: Shape, values: list, complex_payloads: list) -> "np.ndarray":
    """The literal's values as an array of its type in which each NaN written with a payload has
    the bits XLA gives it (a Python float cannot hold a narrower type's NaN bits)."""
    etype = shape.element_type
    array = Literal(shape, values).to_numpy().reshape(-1)
    bits = array.view(BITS_DTYPE[etype.component_type.bits])
    if etype.is_complex:  # two parts per element
        for index, real, imag in complex_payloads:
            for part, value in enumerate((real, imag)):
                if type(value) is _PayloadNan:
                    bits[2 * index + part] = value.bits
    else:
        for index, value in enumerate(values):
            if type(value) is _PayloadNan:
                bits[index] = value.bits
    return array


def _rounds_finite(value: float, etype: ElementType) -> bool:
    """Whether ``value`` (outside +-max) still converts to a finite value of ``etype``, as XLA's
    range check decides. Rare, so numpy is imported only here."""
    if value != value or value in (float("inf"), float("-inf")):
        return True
    import numpy as np

    from ..ir.dtypes import numpy_dtype

    with np.errstate(over="ignore", invalid="ignore"):
        return bool(np.isfinite(np.array(value, dtype=np.float64).astype(numpy_dtype(etype))))


def unescape(s: str) -> str:
    """Undo C escapes (absl::CEscape). Octal and hex escapes are bytes: XLA escapes each byte of
    a UTF-8 sequence separately (``"\\317\\203"`` is ``σ``), so bytes are decoded as UTF-8."""
    if "\\" not in s:
        return s
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(s):
        out += s[pos:m.start()].encode("utf-8", "surrogatepass")
        esc = m.group(1)
        if esc[0] == "x":
            out.append(int(esc[1:], 16))
        elif esc[0] in "01234567":
            out.append(int(esc, 8) & 0xFF)
        else:
            out += _ESCAPES.get(esc, esc).encode("utf-8", "surrogatepass")
        pos = m.end()
    out += s[pos:].encode("utf-8", "surrogatepass")
    return out.decode("utf-8", "replace")


def parse_shape(text: str) -> Shape:
    """Parse one shape written as HLO text (``f32[2,3]{1,0}``, ``(s32[], pred[])``)."""
    parser = _Parser(text, None)
    shape = parser.shape()
    parser.skip()
    if parser.pos != parser.n:
        parser.fail(PARSE_ERROR, f"unexpected text after the shape: {parser.describe_here()}")
    return shape


def parse_hlo_text(text: str, path: str | None = None) -> Module:
    """Parse HLO text into a :class:`Module`; raises :class:`HloError` on malformed input."""
    if text.startswith("\ufeff"):  # a UTF-8 byte-order mark is not part of the text (nor a column)
        text = text[1:]
    module = _Parser(text, path).parse_module()
    check_module_limits(module, text, path)
    return module



def _declared_compatible(declared: Shape, actual: Shape) -> bool:
    """XLA's ShapeUtil::Compatible: same element types and dimensions, recursively; layouts and
    dynamic-dimension marks are ignored."""
    if declared.tuple_shapes or actual.tuple_shapes:
        return (declared.element_type == actual.element_type
                and len(declared.tuple_shapes) == len(actual.tuple_shapes)
                and all(_declared_compatible(a, b) for a, b in zip(declared.tuple_shapes, actual.tuple_shapes)))
    return declared.element_type == actual.element_type and tuple(declared.dims) == tuple(actual.dims)

class _PendingRef:
    __slots__ = ("inst", "attr", "names", "pos")

    def __init__(self, inst, attr, names, pos):
        self.inst, self.attr, self.names, self.pos = inst, attr, names, pos


def _element_index(seen: list[int], level: int) -> str:
    """The index, as ``[i,j]``, of the literal element being read at nesting ``level``."""
    return "[" + ",".join(str(n - 1) for n in seen[:level]) + "]"


class _Parser:
    def __init__(self, text: str, path: str | None):
        self.text = text
        self.n = len(text)
        self.pos = 0
        self.path = path
        self._line_starts: list[int] | None = None
        self.shapes: dict[str, Shape] = {}
        self.module: Module | None = None
        self.pending_refs: list[_PendingRef] = []
        self.anon_counter = 0
        self.depth = 0
        #: The computation of a text that is one instruction (see parse_single_instruction):
        #: its operands that are not defined become parameters.
        self.single: Computation | None = None
        #: Names given to computations written inline (``to_apply={...}``) while they are read.
        self.inline_names: set[str] = set()
        #: Where each attribute of the instruction being read starts (for checks made after it).
        self.attr_positions: dict[str, int] = {}
        #: Where the operand list of the instruction being read opens.
        self.operands_pos = 0
        #: Metadata records read so far, by the text between their braces.
        self.metadata_read: dict[str, Metadata] = {}
        #: Iota replica groups read so far, by their text.
        self.iota_groups_read: dict[str, A.ReplicaGroups] = {}
        #: Parameter numbers used so far, per computation (id) -> number -> instruction name.
        self.parameter_numbers: dict[int, dict[int, str]] = {}

    # -- positions and errors -------------------------------------------------------------
    def line_starts(self) -> list[int]:
        """The offset each line starts at (built when first needed)."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return self._line_starts

    def line_col(self, pos: int) -> tuple[int, int]:
        starts = self._line_starts if self._line_starts is not None else self.line_starts()
        line = bisect.bisect_right(starts, pos)
        return line, pos - starts[line - 1] + 1

    def fail(self, code, message: str, pos: int | None = None, end: int | None = None,
             instruction: str | None = None, hint: str | None = None) -> NoReturn:
        pos = self.pos if pos is None else pos
        if code not in (TRUNCATED_INPUT, NO_ENTRY, CYCLE) and self.at_cut(pos):
            code = TRUNCATED_INPUT
            message = f"unexpected end of input: {message}"
        line, col = self.line_col(min(pos, self.n))
        end_line, end_col = self.line_col(min(end, self.n)) if end is not None else (line, col + 1)
        raise HloError(Diagnostic(code.code, message, hint=hint, line=line, column=col,
                                  end_line=end_line, end_column=end_col, instruction=instruction,
                                  file=self.path))

    def at_cut(self, pos: int) -> bool:
        """True if ``pos`` is at the end of the input or inside its last, unfinished token (an
        error there is the file being cut off, whatever the half-token looks like). A file
        that ends with the closing ``}`` of a computation is complete."""
        if pos >= self.n:
            return True
        tail = self.text[pos:]
        if tail.startswith("/*") and "*/" not in tail:
            return True
        return len(tail) < 200 and not any(c.isspace() for c in tail) and not tail.endswith("}")

    def describe_here(self) -> str:
        if self.pos >= self.n:
            return "end of input"
        snippet = self.text[self.pos:self.pos + 20].split("\n")[0]
        return f"'{snippet}'"

    # -- low-level scanning --------------------------------------------------------------
    def skip(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()

    def peek(self) -> str:
        self.pos = _WS.match(self.text, self.pos).end()
        return self.text[self.pos] if self.pos < self.n else ""

    def accept(self, s: str) -> bool:
        self.pos = _WS.match(self.text, self.pos).end()
        if self.text.startswith(s, self.pos):
            self.pos += len(s)
            return True
        return False

    def expect(self, s: str, what: str | None = None) -> None:
        if not self.accept(s):
            self.fail(PARSE_ERROR, f"expected '{s}'" + (f" {what}" if what else "")
                      + f", found {self.describe_here()}")

    def match(self, regex: re.Pattern) -> re.Match | None:
        self.pos = _WS.match(self.text, self.pos).end()
        m = regex.match(self.text, self.pos)
        if m:
            self.pos = m.end()
        return m

    def name(self, what: str = "a name") -> str:
        m = self.match(_NAME)
        if not m:
            self.fail(PARSE_ERROR, f"expected {what}, found {self.describe_here()}")
        return m.group(1)

    def integer(self, what: str = "an integer") -> int:
        m = self.match(_INT)
        if not m:
            self.fail(PARSE_ERROR, f"expected {what}, found {self.describe_here()}")
        return int(m.group())

    def string(self) -> str:
        m = self.match(_STRING)
        if not m:
            if self.text.startswith(('"', "'"), self.pos):
                self.fail(TRUNCATED_INPUT, "unexpected end of input inside a string (unterminated "
                          "quote)")
            self.fail(PARSE_ERROR, f"expected a quoted string, found {self.describe_here()}")
        return unescape(m.group(1) if m.group(1) is not None else m.group(2))

    def balanced(self) -> str:
        """Text of a balanced (), [] or {} group (strings respected), or of one bare value."""
        self.skip()
        start = self.pos
        text = self.text
        if start >= self.n:
            self.fail(PARSE_ERROR, "expected a value")
        if text[start] not in "{([":
            m = _STRING.match(text, start) or _BARE_VALUE.match(text, start)
            if not m:
                self.fail(PARSE_ERROR, f"expected a value, found {self.describe_here()}")
            self.pos = m.end()
            # iota replica groups and similar: a bare value followed by a bracketed part
            while self.pos < self.n and text[self.pos] in "[(" or text.startswith("<=", self.pos):
                if text.startswith("<=", self.pos):
                    self.pos += 2
                    continue
                self.balanced()
                m2 = _BARE_VALUE.match(text, self.pos)
                if m2:
                    self.pos = m2.end()
            return text[start:self.pos]
        depth = 0
        i = start
        closers = {"{": "}", "(": ")", "[": "]"}
        stack = []
        while i < self.n:
            ch = text[i]
            if ch in "\"'":
                m = _STRING.match(text, i)
                if not m:
                    self.fail(TRUNCATED_INPUT, "unexpected end of input inside a string (unterminated "
                              "quote)", i)
                i = m.end()
                continue
            if ch in closers:
                stack.append(closers[ch])
                depth += 1
            elif ch in ")]}":
                if not stack or stack[-1] != ch:
                    self.fail(PARSE_ERROR, f"unbalanced '{ch}'", i)
                stack.pop()
                depth -= 1
                if depth == 0:
                    self.pos = i + 1
                    return text[start:self.pos]
            i += 1
        self.fail(TRUNCATED_INPUT, "unexpected end of input inside a bracketed value", self.n)

    def require_closed(self, start: int) -> None:
        """Fail with NCC-E007 if the bracket at ``start`` is still open at the end of the input
        (so a cut-off file is reported as truncated, not as a malformed value)."""
        save = self.pos
        self.pos = start
        self.balanced()
        self.pos = save

    # -- shapes ---------------------------------------------------------------------------
    def try_shape(self) -> Shape | None:
        self.skip()
        if self.pos >= self.n:
            return None
        ch = self.text[self.pos]
        if ch == "(":
            self.enter("tuple shape")
            shape = self.tuple_shape()
            self.depth -= 1
            return shape
        if ch == "b" and self.text.startswith("b(", self.pos):
            return self.buffer_shape()
        m = _ARRAY_SHAPE.match(self.text, self.pos)
        if m is None:
            bad = _NAME_BRACKET.match(self.text, self.pos)
            if bad:  # `f99[4]` or `f32[2,` : a shape, but not a valid one
                if "]" not in self.text[self.pos:]:
                    self.fail(TRUNCATED_INPUT, "unexpected end of input inside a shape")
                what = (f"malformed shape '{bad.group()}...'" if bad.group(1) in TYPE_BY_TEXT
                        else f"unknown element type '{bad.group(1)}'")
                self.fail(PARSE_ERROR, what, self.pos, bad.end(1))
            return None
        key = m.group()
        shape = self.shapes.get(key)
        if shape is None:
            shape = self.shapes[key] = self._array_shape(m)
        self.pos = m.end()
        return shape

    def buffer_shape(self) -> Shape:
        """``b(f32[4])``: a buffer holding an array (XLA's BUFFER type)."""
        start = self.pos
        self.pos += 2
        inner = self.shape("the array shape of a buffer")
        if not inner.is_array:
            self.fail(PARSE_ERROR, f"a buffer holds an array, not {inner.text()}", start + 2)
        self.expect(")", "to close the buffer shape")
        return Shape.buffer_of(inner)

    def tuple_shape(self) -> Shape | None:
        """A tuple shape, or None (position unchanged) if the parenthesis holds something else."""
        save = self.pos
        self.pos += 1
        if self.accept(")"):
            return Shape.tuple_of(())
        first = self.try_shape()
        if first is None:
            self.pos = save
            return None
        elements = [first]
        while self.accept(","):
            s = self.try_shape()
            if s is None:
                self.fail(PARSE_ERROR, f"expected a shape in tuple shape, found {self.describe_here()}")
            elements.append(s)
        self.expect(")", "to close the tuple shape")
        return Shape.tuple_of(elements)

    def enter(self, what: str) -> None:
        """Count one level of recursion; real HLO nests a few levels, hostile input thousands."""
        if self.depth >= _MAX_NESTING:
            self.fail(PARSE_ERROR, f"{what} nested more than {_MAX_NESTING} levels deep")
        self.depth += 1

    def shape(self, what: str = "a shape") -> Shape:
        s = self.try_shape()
        if s is None:
            self.fail(PARSE_ERROR, f"expected {what}, found {self.describe_here()}")
        return s

    def _array_shape(self, m: re.Match) -> Shape:
        etype = TYPE_BY_TEXT[m.group(1)]
        dims_text = m.group(2)
        dims, dynamic = [], []
        if dims_text.strip():
            part_pos = m.start(2)
            for part in dims_text.split(","):
                dm = _DIM.match(part)
                if dm is None:
                    bad_pos = part_pos + len(part) - len(part.lstrip())
                    self.fail(PARSE_ERROR, f"bad dimension '{part.strip()}' in shape '{m.group()}'",
                              bad_pos, bad_pos + len(part.strip()))
                part_pos += len(part) + 1
                if dm.group(3):
                    dims.append(UNBOUNDED)
                    dynamic.append(True)
                else:
                    dims.append(int(dm.group(2)))
                    dynamic.append(bool(dm.group(1)))
        if etype in (ElementType.TOKEN, ElementType.OPAQUE):
            return Shape(etype)
        layout = self._layout(m.group(3), m.start(3)) if m.group(3) else None
        if layout is not None and len(layout.minor_to_major) != len(dims) and layout.minor_to_major:
            self.fail(PARSE_ERROR, f"layout {m.group(3)} has {len(layout.minor_to_major)} "
                      f"dimensions but shape has {len(dims)}", m.start(3))
        return Shape.array(etype, dims, dynamic, layout)

    def _layout(self, text: str, pos: int) -> Layout:
        body = text[1:-1]
        m2m_text, _, rest = body.partition(":")
        try:
            m2m = tuple(int(x) for x in m2m_text.split(",") if x.strip())
        except ValueError:
            self.fail(PARSE_ERROR, f"bad layout '{text}'", pos)
        tiles: list[tuple[int, ...]] = []
        memory_space = element_bits = 0
        extras: list[str] = []
        sparse = False
        rest = rest.strip()
        while rest:
            im = _LAYOUT_ITEM.match(rest)
            if im is None:
                self.fail(PARSE_ERROR, f"bad layout item '{rest}' in '{text}'", pos)
            kind, groups = im.group(1), im.group(2)
            if kind == "T":
                for g in re.findall(r"\(([^()]*)\)", groups):
                    try:
                        tiles.append(tuple(UNBOUNDED if x.strip() == "*" else int(x)
                                           for x in g.split(",") if x.strip()))
                    except ValueError:  # int() of what is not a number
                        self.fail(PARSE_ERROR, f"bad tile '({g})' in layout '{text}': a tile's sizes are "
                                  "numbers or '*'", pos)
            elif kind == "S":
                memory_space = int(groups[1:-1])
            elif kind == "E":
                element_bits = int(groups[1:-1])
            else:
                if kind == "D":
                    levels = [x.strip() for x in groups[1:-1].split(",") if x.strip()]
                    bad = next((x for x in levels if not _DIM_LEVEL_TYPE.fullmatch(x)), None)
                    if bad is not None:
                        self.fail(PARSE_ERROR, f"unknown dimension level type '{bad}' in layout '{text}' "
                                  "(expected D, C, S or H, optionally followed by + or ~)", pos)
                    sparse = any(x[0] != "D" for x in levels)
                extras.append(kind + groups)
            rest = rest[im.end():].strip()
        if any(e.startswith("P(") for e in extras) and not sparse:
            self.fail(PARSE_ERROR, f"layout '{text}' gives a physical shape P(...), which only a sparse "
                      "layout (a D(...) with a non-dense level) may have", pos)
        return Layout(m2m, tuple(tiles), memory_space, element_bits, tuple(extras))

    # -- module ---------------------------------------------------------------------------
    def parse_module(self) -> Module:
        self.skip()
        m = _NAME.match(self.text, self.pos)
        if m and m.group() == "HloModule":
            self.pos = m.end()
            module = Module(self.name("a module name"))
            self.accept(":")  # the legacy header `HloModule name:` (XLA lexes `name:` as a name)
            self.module = module
            while self.accept(","):
                self.header_attribute(module)
        elif self.pos >= self.n:
            self.fail(NO_ENTRY, "the module defines no computations", self.n)
        elif not self.starts_module(m):
            return self.parse_single_instruction()
        else:
            module = Module("")
            self.module = module
        while True:
            self.skip()
            if self.pos >= self.n:
                break
            m = _NAME.match(self.text, self.pos)
            if m and m.group(1) in _STACK_TABLES and not m.group().startswith("%"):
                self.stack_frame_table(module)
                continue
            self.computation(module)
        if not module.computations:
            self.fail(NO_ENTRY, "the module defines no computations", self.n)
        self.resolve_computation_refs(module)
        self.desugar_async(module)
        if module.entry is None:
            module.entry = list(module.computations.values())[-1]
            module.entry.is_entry = True
        if not module.name:
            module.name = module.entry.name
        return module

    def starts_module(self, first: re.Match | None) -> bool:
        """Whether a text without the HloModule header is a module, by XLA's rule: it starts with
        ENTRY, or its second token is the ``{`` of a computation (``name {``). Anything else is
        one instruction (``add = f32[] add(f32[] x, f32[] y)``)."""
        if first is None:
            return False
        if first.group() == "ENTRY":
            return True
        return self.text.startswith("{", _WS.match(self.text, first.end()).end())

    def parse_single_instruction(self) -> Module:
        """A text that is one instruction, as XLA reads it: the instruction is the root of the
        entry computation, its operands written with a shape and no definition become
        parameters in order of appearance, and the left-hand side may be left out."""
        module = self.module = Module("_")
        comp = self.single = Computation("_", is_entry=True, line=1, column=1)
        self.inline_names.add(comp.name)
        by_name: dict[str, Instruction] = {}
        control: list = []
        inst = self.instruction(comp, by_name, [], control, lhs_optional=True)
        self.skip()
        if self.pos < self.n:
            self.fail(PARSE_ERROR, f"expected the end of the input after instruction '{inst.name}', found "
                      f"{self.describe_here()}", hint="text without an `HloModule` header is read as one "
                      "instruction unless it starts with `ENTRY` or `name {`: add the header")
        if control:
            self.fail(UNDEFINED_NAME, f"control predecessor '{control[0][1][0][0]}' of '{inst.name}' is "
                      "not defined", control[0][1][0][1], instruction=inst.name)
        comp.root = inst
        module.add_computation(comp)
        self.resolve_computation_refs(module)
        self.desugar_async(module)
        return module

    def single_parameter(self, comp: Computation, by_name: dict, name: str, shape: Shape | None,
                         pos: int, user: Instruction) -> Instruction:
        """The parameter an undefined operand of a single-instruction text stands for."""
        if shape is None:
            self.fail(UNDEFINED_NAME, f"operand '{name}' of '{user.name}' has no shape, so it cannot "
                      "stand for a parameter of this single-instruction text", pos, pos + len(name),
                      instruction=user.name, hint="write the operand's shape before it, e.g. "
                      "`f32[2,4] x`, or write the whole module with an `HloModule` header")
        number = len(comp.parameters)
        line, col = self.line_col(pos)
        param = Instruction(name or f"_{number}", Opcode.PARAMETER, shape, parameter_number=number,
                            line=line, column=col)
        comp.add(param)
        by_name[param.name] = param
        return param

    def inline_computation(self) -> Computation:
        """A computation written in place of its name (``to_apply={ ... }``); XLA names it `_`."""
        self.skip()
        line, col = self.line_col(self.pos)
        self.expect("{")
        module = self.module
        assert module is not None  # set before any computation is read
        name, suffix = "_", 0
        while name in module.computations or name in self.inline_names:
            suffix += 1
            name = f"_.{suffix}"
        self.inline_names.add(name)
        comp = Computation(name, line=line, column=col)
        self.enter("inline computation")
        self.instructions(comp)
        self.depth -= 1
        module.add_computation(comp)  # after the computations written inside it: callees first
        return comp

    def header_attribute(self, module: Module) -> None:
        m = self.match(_ATTR_NAME)
        if not m:
            self.fail(PARSE_ERROR, f"expected a module attribute, found {self.describe_here()}")
        key = m.group(1)
        if key == "entry_computation_layout":
            self.expect("{")
            self.expect("(")
            params = []
            if not self.accept(")"):
                params.append(self.shape())
                while self.accept(","):
                    params.append(self.shape())
                self.expect(")")
            self.expect("->")
            result = self.shape()
            self.expect("}")
            module.entry_computation_layout = (params, result)
        elif key in ("input_output_alias", "buffer_donor"):
            start = self.pos
            self.aliasing_entries(key)
            module.header_attrs[key] = self.text[start:self.pos].strip()
        else:
            module.header_attrs[key] = self.balanced()

    def aliasing_entries(self, key: str) -> None:
        """Check the grammar of ``input_output_alias={ {out}: (param, {index}[, kind]), ... }``
        or ``buffer_donor={ (param, {index}), ... }`` where it is written, as XLA's parser does
        (the proto writer reads the entries back from the text)."""
        self.expect("{", f"to open {key}")
        if self.accept("}"):
            return
        while True:
            if key == "input_output_alias":
                self.shape_index(key)
                self.expect(":", f"after the output index of an {key} entry")
            self.expect("(", f"to open the parameter of a {key} entry")
            self.integer(f"a parameter number in {key}")
            self.expect(",", f"after the parameter number of a {key} entry")
            self.shape_index(key)
            if key == "input_output_alias" and self.accept(","):
                kind_pos = self.pos
                kind = self.name(f"an alias kind in {key}")
                if kind not in _ALIAS_KINDS:
                    self.fail(BAD_ATTRIBUTE, f"unknown alias kind '{kind}' in {key}: expected one of "
                              f"{', '.join(_ALIAS_KINDS)}", kind_pos, self.pos)
            self.expect(")", f"to close a {key} entry")
            if not self.accept(","):
                break
        self.expect("}", f"to close {key}")

    def shape_index(self, key: str) -> None:
        """A shape index ``{0,1}``: numbers only."""
        self.expect("{", f"to open a shape index in {key}")
        if self.accept("}"):
            return
        while True:
            self.integer(f"a number in a shape index of {key}")
            if not self.accept(","):
                break
        self.expect("}", f"to close a shape index in {key}")

    def stack_frame_table(self, module: Module) -> None:
        keyword = self.name()
        index = module.stack_frames
        tables: dict[str, list[Any]] = {"FileNames": index.file_names, "FunctionNames": index.function_names,
                                        "FileLocations": index.file_locations, "StackFrames": index.stack_frames}
        table = tables[keyword]
        while True:
            self.skip()
            entry_pos = self.pos
            m = _INT.match(self.text, self.pos)
            if not m:
                return
            if int(m.group()) != len(table) + 1:
                self.fail(BAD_ATTRIBUTE, f"{keyword} entry {m.group()} is out of order: expected "
                          f"{len(table) + 1}", entry_pos, m.end())
            self.pos = m.end()
            if keyword in ("FileNames", "FunctionNames"):
                table.append(self.string())
                continue
            self.skip()
            value_pos = self.pos
            if not self.text.startswith("{", value_pos):
                self.fail(PARSE_ERROR, f"expected '{{' after {keyword} entry {m.group()}, found "
                          f"{self.describe_here()}")
            flat = _FLAT_BRACES.match(self.text, value_pos)  # the usual entry; balanced() is char by char
            if flat is not None:
                self.pos = flat.end()
            fields = self.key_values(flat.group() if flat is not None else self.balanced(), keyword, value_pos)
            if keyword == "FileLocations":
                table.append(FileLocation(
                    fields.get("file_name_id", 0), fields.get("function_name_id", 0),
                    fields.get("line", 0), fields.get("end_line", 0), fields.get("column", 0),
                    fields.get("end_column", 0)))
            else:
                parent = fields.get("parent_frame_id", 0)
                table.append(StackFrame(fields.get("file_location_id", 0),
                                        max(parent - _TEXT_PARENT_FRAME_OFFSET, 0)))

    def key_values(self, braced: str, what: str, pos: int) -> dict[str, int]:
        body = braced[1:-1]
        items = _KEY_NUMBER.findall(body)
        if _KEY_NUMBER.sub("", body).strip():
            self.fail(BAD_ATTRIBUTE, f"bad {what} entry {braced!r}: expected key=number items", pos)
        return {key: int(value) for key, value in items}

    # -- computations ---------------------------------------------------------------------
    def computation(self, module: Module) -> None:
        is_entry = False
        self.skip()
        m = _NAME.match(self.text, self.pos)
        if m is None:
            self.fail(PARSE_ERROR, f"expected a computation, found {self.describe_here()}")
        if m.group() == "ENTRY":
            self.pos = m.end()
            is_entry = True
        start = self.pos + (1 if self.peek() == "%" else 0)
        name = self.name("a computation name")
        line, col = self.line_col(start)
        if name in module.computations:
            self.fail(DUPLICATE_NAME, f"computation '{name}' is defined twice", start)
        signature: list[tuple[str, Shape]] | None = None
        result_shape = None
        if self.peek() == "(":
            self.pos += 1
            signature = []
            if not self.accept(")"):
                while True:
                    pname = self.name("a parameter name")
                    self.expect(":")
                    signature.append((pname, self.shape()))
                    if not self.accept(","):
                        break
                self.expect(")", "to close the computation signature")
            self.expect("->")
            result_pos = _WS.match(self.text, self.pos).end()
            result_shape = self.shape("the computation's result shape")
        self.expect("{", f"to open computation '{name}'")
        comp = Computation(name, is_entry=is_entry, line=line, column=col)
        self.instructions(comp)
        root = comp.require_root()
        if result_shape is not None and not _declared_compatible(result_shape, root.shape):
            self.fail(ROOT_MISMATCH, f"computation '{name}' declares the result {result_shape.text(False)}, "
                      f"but its root '{root.name}' is {root.shape.text(False)}", result_pos)
        if self.accept(","):
            key = self.match(_ATTR_NAME)
            if not key or key.group(1) != "execution_thread":
                self.fail(PARSE_ERROR, "expected 'execution_thread=' after computation")
            comp.execution_thread = self.string()
        if is_entry and module.entry is not None:
            self.fail(DUPLICATE_NAME, f"second ENTRY computation '{name}'", start)
        module.add_computation(comp)
        if signature is not None and result_shape is not None:
            comp.signature = (signature, result_shape)

    def instructions(self, comp: Computation) -> None:
        by_name: dict[str, Instruction] = {}
        unresolved: list[tuple[Instruction, int, str, int]] = []  # inst, operand slot, name, pos
        control: list[tuple[Instruction, list[tuple[str, int]]]] = []
        root: Instruction | None = None
        text = self.text
        while True:
            self.skip()
            if self.pos >= self.n:
                self.fail(TRUNCATED_INPUT, f"unexpected end of input in computation '{comp.name}' "
                          "(missing '}')", self.n)
            if text[self.pos] == "}":
                self.pos += 1
                break
            is_root = False
            root_pos = self.pos
            if text.startswith("ROOT", self.pos) and text[self.pos + 4:self.pos + 5] in (" ", "\t", "%", "\n", "\r"):
                self.pos += 4
                is_root = True
                self.skip()
            inst = self.common_instruction(comp, by_name, unresolved, control) \
                or self.instruction(comp, by_name, unresolved, control)
            if is_root:
                if root is not None:
                    self.fail(PARSE_ERROR, f"computation '{comp.name}' has two ROOT instructions "
                              f"('{root.name}' and '{inst.name}')", root_pos, root_pos + 4,
                              instruction=inst.name)
                root = inst
        forward = False
        for inst, slot, oname, pos in unresolved:
            target = by_name.get(oname)
            if target is None:
                close = difflib.get_close_matches(oname, list(by_name), n=1)
                self.fail(UNDEFINED_NAME, f"operand '{oname}' of '{inst.name}' is not defined in "
                          f"computation '{comp.name}'" + (f" (did you mean '{close[0]}'?)" if close else ""),
                          pos, pos + len(oname), instruction=inst.name)
            inst.operands[slot] = target
            forward = True
        for inst, names in control:
            for cname, pos in names:
                target = by_name.get(cname)
                if target is None:
                    self.fail(UNDEFINED_NAME, f"control predecessor '{cname}' of '{inst.name}' is not "
                              f"defined in computation '{comp.name}'", pos, instruction=inst.name)
                inst.control_predecessors.append(target)
            forward = True
        if forward:
            self.topological_order(comp)
        if not comp.instructions:
            self.fail(PARSE_ERROR, f"computation '{comp.name}' has no instructions", self.pos - 1)
        comp.root = root if root is not None else comp.instructions[-1]

    def topological_order(self, comp: Computation) -> None:
        """Reorder after forward references; a cycle is an error at its first instruction."""
        order: list[Instruction] = []
        state: dict[int, int] = {}
        for start in comp.instructions:
            if id(start) in state:
                continue
            stack = [(start, iter(start.operands + start.control_predecessors))]
            state[id(start)] = 1
            while stack:
                node, it = stack[-1]
                advanced = False
                for dep in it:
                    s = state.get(id(dep))
                    if s == 1:
                        line_pos = (node.line, node.column)
                        raise HloError(Diagnostic(
                            CYCLE.code, f"instruction '{node.name}' depends on itself through "
                            f"'{dep.name}'", line=line_pos[0], column=line_pos[1],
                            instruction=node.name, computation=comp.name, file=self.path))
                    if s is None:
                        state[id(dep)] = 1
                        stack.append((dep, iter(dep.operands + dep.control_predecessors)))
                        advanced = True
                        break
                if not advanced:
                    stack.pop()
                    state[id(node)] = 2
                    order.append(node)
        comp.instructions = order

    # -- instructions ---------------------------------------------------------------------
    def instruction(self, comp, by_name, unresolved, control, lhs_optional: bool = False) -> Instruction:
        text = self.text
        name_pos = self.pos + (1 if text.startswith("%", self.pos) else 0)
        if lhs_optional and self.at_shape():  # `f32[2] add(...)`: the instruction takes the module's name
            name = comp.name
        else:
            name = self.name("an instruction name")
            if name in by_name:
                self.fail(DUPLICATE_NAME, f"instruction '{name}' is defined twice in computation "
                          f"'{comp.name}'", name_pos, name_pos + len(name), instruction=name)
            if not self.accept("="):
                self.fail(PARSE_ERROR, f"expected '=' after instruction name '{name}', found "
                          f"{self.describe_here()}", hint=None if comp is not self.single else
                          "text without an `HloModule` header is read as one instruction unless it "
                          "starts with `ENTRY` or `name {`: add the header")
        shape = self.try_shape()
        op_pos = _WS.match(text, self.pos).end()
        self.pos = op_pos
        m = _NAME.match(text, op_pos)
        if not m:
            self.fail(PARSE_ERROR, f"expected an opcode for '{name}', found {self.describe_here()}",
                      instruction=name)
        opcode_text = m.group(1)
        self.pos = m.end()
        opcode = OPCODE_BY_TEXT.get(opcode_text)
        async_wrapped = None
        if opcode is None:
            opcode, async_wrapped = self.async_sugar(opcode_text)
        if opcode is None:
            close = difflib.get_close_matches(opcode_text, list(OPCODE_BY_TEXT), n=1)
            self.fail(UNKNOWN_OPCODE, f"unknown opcode '{opcode_text}'" +
                      (f" (did you mean '{close[0]}'?)" if close else ""),
                      op_pos, op_pos + len(opcode_text), instruction=name)
        line, col = self.line_col(name_pos)
        # a shape left out (single-instruction text) is inferred once the operands are read
        inst = Instruction(name, opcode, shape if shape is not None else SHAPE_LEFT_OUT, line=line, column=col)
        if async_wrapped:
            inst.attrs["async_wrapped_opcode"] = A.Raw(async_wrapped)
        if not self.accept("("):
            self.fail(PARSE_ERROR, f"expected '(' after opcode '{opcode_text}'", instruction=name)
        return self.instruction_body(inst, comp, by_name, unresolved, control, op_pos)

    def common_instruction(self, comp, by_name, unresolved, control) -> Instruction | None:
        """The usual instruction, ``name = f32[..]{..} opcode(``, its head read with one match; None
        (nothing read) for anything else (tuple shapes, comments, async sugar, an error), which
        :meth:`instruction` then reads piece by piece. Real dumps are almost all of this form, and
        one match instead of six is most of the parse time saved."""
        text = self.text
        m = _COMMON_HEAD.match(text, self.pos)
        if m is None:
            return None
        name, shape_text, opcode_text = m.group(1, 2, 3)
        opcode = OPCODE_BY_TEXT.get(opcode_text)
        if opcode is None or name in by_name:
            return None
        shape = self.shapes.get(shape_text)
        if shape is None:
            sm = _ARRAY_SHAPE.match(text, m.start(2))
            if sm is None or sm.end() != m.end(2):
                return None
            shape = self.shapes[shape_text] = self._array_shape(sm)
        line, col = self.line_col(m.start(1))
        inst = Instruction(name, opcode, shape, line=line, column=col)
        listed, opened = m.group(4), m.end(3)
        if listed is not None and opcode is not Opcode.CONSTANT:
            if opcode is Opcode.PARAMETER:
                if listed.isascii() and listed.isdigit():
                    self.number_parameter(inst, comp, int(listed), opened + 1)
                    self.pos = m.end()
                    return self.instruction_end(inst, comp, by_name, control, m.start(3), opened)
            elif not listed.strip():
                self.pos = m.end()
                return self.instruction_end(inst, comp, by_name, control, m.start(3), opened)
            else:
                operands = [by_name.get(n[1:] if n.startswith("%") else n) for n in map(str.strip, listed.split(","))]
                if None not in operands:  # (a forward reference or a malformed list: read as below)
                    inst.operands = operands
                    self.pos = m.end()
                    return self.instruction_end(inst, comp, by_name, control, m.start(3), opened)
        self.pos = opened + 1
        return self.instruction_body(inst, comp, by_name, unresolved, control, m.start(3))

    def instruction_body(self, inst: Instruction, comp, by_name, unresolved, control, op_pos: int) -> Instruction:
        """What follows ``opcode(``: the arguments, the attributes and the checks made once the
        instruction is read; then the instruction joins its computation."""
        operands_pos = self.pos - 1  # where XLA reports what is wrong with the whole instruction
        self.arguments(inst, comp, by_name, unresolved, op_pos)
        return self.instruction_end(inst, comp, by_name, control, op_pos, operands_pos)

    def instruction_end(self, inst: Instruction, comp, by_name, control, op_pos: int,
                        operands_pos: int) -> Instruction:
        """The attributes (the arguments are read), the checks made once the instruction is
        read; then the instruction joins its computation."""
        positions = self.attr_positions = {}
        text = self.text
        while True:  # self.accept(","), written out: it runs once more than there are attributes
            self.pos = _WS.match(text, self.pos).end()
            if not text.startswith(",", self.pos):
                break
            self.pos += 1
            self.attribute(inst, control)
            # an inline computation (to_apply={...}) reads instructions of its own
            self.attr_positions, self.operands_pos = positions, operands_pos
        self.operands_pos = operands_pos
        if inst.shape is SHAPE_LEFT_OUT:
            inst.shape = self.inferred_shape(inst, op_pos)
        derive = _SHAPE_FROM_OPERANDS.get(inst.opcode)
        if derive is not None and all(o is not _FORWARD_OPERAND for o in inst.operands):
            inst.shape = derive(inst) or inst.shape
        if positions or inst.attrs:  # every check below is about an attribute
            self.check_attributes(inst)
        by_name[inst.name] = inst
        comp.add(inst)
        return inst

    def check_attributes(self, inst: Instruction) -> None:
        """The attribute checks XLA's parser makes once an instruction is read (the verifier
        checks the rest)."""
        attrs = inst.attrs
        self.check_computation_attributes(inst)
        if inst.opcode in GROUP_MODE_FROM_ATTRIBUTES and "mode" not in attrs and \
                attrs.get("use_global_device_ids") is True and "channel_id" not in attrs:
            self.fail(BAD_ATTRIBUTE, f"'{inst.name}' has use_global_device_ids=true but no channel_id "
                      "(global device ids number devices across partitions, which needs a channel)",
                      self.operands_pos, instruction=inst.name)
        if "result_accuracy" in attrs:
            self.check_result_accuracy(inst)
        version = attrs.get("api_version")
        if version is not None and version not in _CUSTOM_CALL_API_VERSIONS:
            self.fail(BAD_ATTRIBUTE, f"unknown api_version '{version}' of '{inst.name}': expected one "
                      f"of {', '.join(_CUSTOM_CALL_API_VERSIONS)}", self.attr_positions["api_version"],
                      instruction=inst.name)
        constraints = attrs.get("operand_layout_constraints")
        if constraints is not None:
            pos = self.attr_positions["operand_layout_constraints"]
            if len(constraints) != len(inst.operands):
                self.fail(BAD_ATTRIBUTE, f"operand_layout_constraints of '{inst.name}' give "
                          f"{len(constraints)} shape(s) for {len(inst.operands)} operand(s)", pos,
                          instruction=inst.name)
            for i, (constraint, operand) in enumerate(zip(constraints, inst.operands)):
                if operand is not _FORWARD_OPERAND and not _declared_compatible(constraint, operand.shape):
                    self.fail(BAD_ATTRIBUTE, f"operand_layout_constraints of '{inst.name}' give operand "
                              f"{i} the shape {constraint.text(False)}, but it is "
                              f"{operand.shape.text(False)}", pos, instruction=inst.name)
        replication = inst.attrs.get("parameter_replication")
        if replication is not None and inst.shape is not None:
            leaves = sum(1 for _ in inst.shape.leaf_shapes())
            if len(replication) != leaves:
                self.fail(BAD_ATTRIBUTE, f"parameter_replication of '{inst.name}' has {len(replication)} "
                          f"elements, but its shape has {leaves} leaf buffers",
                          self.attr_positions["parameter_replication"], instruction=inst.name)

    def check_computation_attributes(self, inst: Instruction) -> None:
        """Computation-valued attributes only where the opcode takes them (for async sugar, the
        wrapped opcode), and a conditional's branches named as its branch index's kind says."""
        wrapped = inst.attrs.get("async_wrapped_opcode")
        opcode = OPCODE_BY_TEXT[wrapped.text] if wrapped is not None and inst.opcode is Opcode.ASYNC_START \
            else inst.opcode
        for key, opcodes in _COMPUTATION_ATTR_OPCODES.items():
            if key in self.attr_positions and opcode not in opcodes:
                self.fail(BAD_ATTRIBUTE, f"'{opcode.text}' does not take the attribute '{key}' "
                          f"(instruction '{inst.name}')", self.attr_positions[key], instruction=inst.name)
        if opcode is Opcode.CONDITIONAL and inst.operands and inst.operands[0] is not _FORWARD_OPERAND and \
                not inst.operands[0].shape.is_tuple:
            by_pred = inst.operands[0].shape.element_type is ElementType.PRED
            for key in _CONDITIONAL_BRANCH_ATTRS[not by_pred]:
                if key in self.attr_positions:
                    wanted = " and ".join(_CONDITIONAL_BRANCH_ATTRS[by_pred])
                    self.fail(BAD_ATTRIBUTE, f"conditional '{inst.name}' has a "
                              f"{'pred' if by_pred else 'integer'} branch index, so it names its branches "
                              f"with {wanted}, not '{key}'", self.attr_positions[key], instruction=inst.name)

    def check_result_accuracy(self, inst: Instruction) -> None:
        """``result_accuracy`` is a mode (``{mode=highest}``) or a tolerance
        (``{tolerance={atol=..,rtol=..,ulps=..}}``), and only transcendental unary ops take it."""
        pos = self.attr_positions["result_accuracy"]
        if inst.opcode not in TRANSCENDENTAL:
            self.fail(BAD_ATTRIBUTE, f"'{inst.opcode.text}' does not take result_accuracy (only "
                      "transcendental unary operations do)", pos, instruction=inst.name)
        value = inst.attrs["result_accuracy"]
        text = re.sub(r"\s+", "", getattr(value, "text", str(value)))
        if _RESULT_ACCURACY_MODE.fullmatch(text) or _RESULT_ACCURACY_TOLERANCE.fullmatch(text):
            return
        self.fail(BAD_ATTRIBUTE, f"bad result_accuracy {text!r} of '{inst.name}': expected "
                  "{mode=default} or {mode=highest}, or {tolerance={atol=X,rtol=Y,ulps=N}}", pos,
                  instruction=inst.name)

    def at_shape(self) -> bool:
        """Whether a shape starts here (an array shape or a tuple's parenthesis)."""
        self.skip()
        return self.text.startswith("(", self.pos) or _ARRAY_SHAPE.match(self.text, self.pos) is not None

    def async_sugar(self, opcode_text: str):
        for suffix, op in (("-start", Opcode.ASYNC_START), ("-update", Opcode.ASYNC_UPDATE),
                           ("-done", Opcode.ASYNC_DONE)):
            wrapped = opcode_text[:-len(suffix)]
            if opcode_text.endswith(suffix) and wrapped in OPCODE_BY_TEXT and wrapped not in _OWN_ASYNC_FORMS:
                return op, wrapped
        return None, None

    def inferred_shape(self, inst: Instruction, pos: int) -> Shape:
        for i, operand in enumerate(inst.operands):
            if operand is _FORWARD_OPERAND:  # defined further down: no shape to infer from yet
                self.fail(PARSE_ERROR, f"cannot infer the shape of '{inst.name}': operand {i} of "
                          f"{inst.opcode.text} has no known shape", pos, instruction=inst.name)
        try:
            from ..ir.shape_rules import infer_shape  # the verifier's rules; imported on demand
        except ImportError:
            self.fail(PARSE_ERROR, f"'{inst.name}' needs an explicit result shape", pos,
                      instruction=inst.name)
        try:
            shape = infer_shape(inst)
        except Exception as exc:  # the rule explains why the operands don't fit
            self.fail(PARSE_ERROR, f"cannot infer the shape of '{inst.name}': {exc}", pos,
                      instruction=inst.name)
        if shape is None:
            self.fail(PARSE_ERROR, f"'{inst.name}' needs an explicit result shape", pos,
                      instruction=inst.name)
        return shape

    def operands(self, inst: Instruction, comp: Computation, by_name, unresolved) -> None:
        text = self.text
        listed = _OPERAND_LIST.match(text, self.pos) if comp is not self.single else None
        if listed is not None:  # the usual list, names defined above: one split, no positions needed
            names = listed.group(1)
            if not names.strip():
                self.pos = listed.end()
                return
            operands = [by_name.get(n[1:] if n.startswith("%") else n) for n in map(str.strip, names.split(","))]
            if None not in operands:  # (anything else, a forward reference or a malformed list, is read below)
                inst.operands = operands
                self.pos = listed.end()
                return
        plain = _PLAIN_OPERANDS.match(text, self.pos) if comp is not self.single else None
        if plain is not None:  # names only; shapes inline, nested instructions and comments take the scan
            if plain.group(1):
                for found in _NAME.finditer(text, plain.start(1), plain.end(1)):
                    oname = found.group(1)
                    target = by_name.get(oname)
                    if target is None:
                        pos = found.start() + (1 if text.startswith("%", found.start()) else 0)
                        unresolved.append((inst, len(inst.operands), oname, pos))
                    inst.operands.append(target if target is not None else _FORWARD_OPERAND)
            self.pos = plain.end()
            return
        if self.accept(")"):
            return
        while True:
            # old printing style: operand shapes inline (not needed: known from the definitions)
            operand_shape = self.try_shape()
            self.skip()
            pos = self.pos + (1 if text.startswith("%", self.pos) else 0)
            m = _NAME.match(text, self.pos)
            if not m and comp is self.single and operand_shape is not None and text[self.pos:self.pos + 1] in ",)":
                inst.operands.append(self.single_parameter(comp, by_name, "", operand_shape, pos, inst))
            elif not m:
                self.fail(PARSE_ERROR, f"expected an operand name, found {self.describe_here()}",
                          instruction=inst.name)
            elif text.startswith("(", m.end()) and m.group(1) in OPCODE_BY_TEXT:  # `add(add, add)`: a name
                # followed by '(' is a nested instruction even when an instruction has that name
                self.pos = m.end()
                inst.operands.append(self.nested_instruction(m.group(1), operand_shape, pos, comp, by_name,
                                                             unresolved))
            else:
                self.pos = m.end()
                oname = m.group(1)
                target = by_name.get(oname)
                if target is None and comp is self.single:
                    target = self.single_parameter(comp, by_name, oname, operand_shape, pos, inst)
                elif target is None:
                    unresolved.append((inst, len(inst.operands), oname, pos))
                    target = _FORWARD_OPERAND
                elif operand_shape is not None and target.shape is not None and \
                        not _declared_compatible(operand_shape, target.shape):
                    self.fail(PARSE_ERROR, f"operand '{oname}' of '{inst.name}' is written as "
                              f"{operand_shape.text(False)}, but it is {target.shape.text(False)}", pos,
                              pos + len(oname), instruction=inst.name)
                inst.operands.append(target)
            if self.accept(")"):
                return
            if not self.accept(","):
                self.fail(PARSE_ERROR, f"expected ',' or ')' in the operands of '{inst.name}', "
                          f"found {self.describe_here()}", instruction=inst.name)

    def arguments(self, inst: Instruction, comp, by_name, unresolved, op_pos: int) -> None:
        """What is between an opcode's parentheses (the '(' is read): a parameter's number, a
        constant's literal, or the operands."""
        if inst.opcode is Opcode.PARAMETER:
            number_pos = _WS.match(self.text, self.pos).end()
            self.number_parameter(inst, comp, self.integer("a parameter number"), number_pos)
            self.expect(")")
        elif inst.opcode is Opcode.CONSTANT:
            if inst.shape is SHAPE_LEFT_OUT:
                self.fail(PARSE_ERROR, f"constant '{inst.name}' needs a result shape", op_pos,
                          instruction=inst.name)
            inst.literal = self.literal(inst.shape, inst.name)
            self.expect(")", "to close the constant")
        else:
            self.operands(inst, comp, by_name, unresolved)

    def number_parameter(self, inst: Instruction, comp: Computation, number: int, number_pos: int) -> None:
        numbers = self.parameter_numbers.setdefault(id(comp), {})
        if number in numbers:
            self.fail(PARAMETER_NUMBERING, f"parameter number {number} of '{inst.name}' is already used by "
                      f"'{numbers[number]}' in computation '{comp.name}'", number_pos, instruction=inst.name)
        numbers[number] = inst.name
        inst.parameter_number = number

    def nested_instruction(self, opcode_text, shape, pos, comp, by_name, unresolved) -> Instruction:
        """An anonymous operand such as ``add(f32[] multiply(a, b), c)`` or ``f32[] parameter(0)``."""
        self.anon_counter += 1
        name = f"{opcode_text}.anon{self.anon_counter}"
        line, col = self.line_col(pos)
        inst = Instruction(name, OPCODE_BY_TEXT[opcode_text], shape if shape is not None else SHAPE_LEFT_OUT,
                           line=line, column=col)
        self.pos += 1  # '('
        self.enter("anonymous operand")
        self.arguments(inst, comp, by_name, unresolved, pos)
        self.depth -= 1
        inst.shape = shape if shape is not None else self.inferred_shape(inst, pos)
        by_name[name] = inst
        comp.add(inst)
        return inst

    # -- literals -------------------------------------------------------------------------
    def literal(self, shape: Shape, name: str) -> Literal:
        self.skip()
        if shape.is_tuple:
            self.expect("(", "to open a tuple literal")
            elements = []
            for i, element_shape in enumerate(shape.tuple_shapes):
                if i:
                    self.expect(",")
                elements.append(self.literal(element_shape, name))
            self.expect(")")
            return Literal(shape, elements=tuple(elements))
        start = self.pos
        if self.text.startswith("{...}", start):
            self.pos += 5
            return Literal(shape, None)
        self.nan_payloads = False
        complex_payloads: list[tuple[int, float, float]] = []
        values = self.dense_literal(shape, name, complex_payloads)
        if self.nan_payloads:
            return Literal(shape, _with_nan_payloads(shape, values, complex_payloads))
        return Literal(shape, values)

    def literal_fault(self, name: str, shape: Shape, message: str, at: int) -> NoReturn:
        """A malformed array literal of constant ``name``. (A method, not a closure in
        dense_literal: under mypyc a closure and its environment form a reference cycle, which
        keeps what they hold -- here the parser and its module -- alive until the cyclic garbage
        collector runs.)"""
        self.fail(BAD_LITERAL, f"{message} in the literal of '{name}' (shape {shape.text()})", at,
                  instruction=name)

    def flat_integers(self, etype: ElementType, count: int) -> list[int] | None:
        """The values of ``{i, j, ...}`` when it is ``count`` plain integers that ``etype`` holds
        as written; None (nothing read) for anything else -- another count, a value out of range
        or needing XLA's int64 wrap, a comment -- which the token-by-token reading then handles,
        with its diagnostics."""
        m = _FLAT_INT_LITERAL.match(self.text, self.pos)
        if m is None:
            return None
        body = m.group(1)
        values = [int(v) for v in body.split(",")] if body is not None else []
        lo, hi = _INT_RANGES[etype]
        if len(values) != count or (values and not (lo <= min(values) and max(values) <= hi)):
            return None
        self.pos = m.end()
        return values

    def dense_literal(self, shape: Shape, name: str, complex_payloads: list) -> list:
        """The elements of an array literal, read as XLA reads them: one brace level per dimension
        (a zero-size dimension ends the nesting early), each level with as many entries as its
        dimension. A bare scalar for an array shape sets only the first element and leaves the
        others 0, as XLA's parser does (jaxlib 0.10.2). A complex value with a NaN payload is
        noted in ``complex_payloads`` as (index, real, imaginary): complex() keeps no payload."""
        etype = shape.element_type
        dims, rank = shape.dims, shape.rank
        text = self.text
        values: list = []
        seen = [0] * rank  # entries seen at each nesting level (XLA's elems_seen_per_dim)
        nest = 0
        pos = self.pos
        if rank == 1 and etype.is_integral and etype is not ElementType.PRED:
            flat = self.flat_integers(etype, dims[0])
            if flat is not None:
                return flat

        while True:
            m = _LIT_TOKEN.match(text, pos)
            if not m:
                if _WS.match(text, pos).end() >= self.n:
                    self.fail(TRUNCATED_INPUT, f"unexpected end of input in the literal of '{name}'",
                              self.n, instruction=name)
                bad_pos = _WS.match(text, pos).end()
                self.literal_fault(name, shape, f"unexpected {text[bad_pos:bad_pos + 10]!r}", bad_pos)
            tok, tok_pos = m.group(1), m.start(1)
            pos = m.end()
            if tok == "{":
                nest += 1
                if nest > rank:
                    self.literal_fault(name, shape, f"braces nested deeper than the rank {rank}", tok_pos)
                if nest > 1:
                    seen[nest - 2] += 1
                    if seen[nest - 2] > dims[nest - 2]:
                        self.literal_fault(name, shape, f"more than {dims[nest - 2]} entries in element "
                                           f"{_element_index(seen, nest - 2)}", tok_pos)
            elif tok == "}":
                if nest == 0:
                    self.literal_fault(name, shape, "unexpected '}'", tok_pos)
                nest -= 1
                if seen[nest] != dims[nest]:
                    self.literal_fault(name, shape, f"{seen[nest]} entries in element "
                                       f"{_element_index(seen, nest)}, not {dims[nest]}", tok_pos)
                seen[nest] = 0
            elif tok == ",":
                if nest == 0:
                    self.literal_fault(name, shape, "unexpected ','", tok_pos)
            elif tok in (")", "..."):
                self.literal_fault(name, shape, f"unexpected '{tok}'", tok_pos)
            else:
                if rank and nest == rank:
                    seen[rank - 1] += 1  # a value at another level is caught by its level's '}'
                if len(values) >= shape.num_elements:
                    self.literal_fault(name, shape, f"more values than the {shape.num_elements} elements of "
                                       "the shape", tok_pos)
                if tok == "(":
                    if not etype.is_complex:
                        self.literal_fault(name, shape, "'(' (only complex values are written in "
                                           "parentheses)", tok_pos)
                    self.pos = pos
                    real = self.scalar_value(*self.literal_token(name), etype.component_type, name)
                    self.expect(",", "between the real and imaginary parts")
                    imag = self.scalar_value(*self.literal_token(name), etype.component_type, name,
                                             imaginary=True)
                    if real != real:  # XLA's parser: a NaN real part makes the value (nan, nan)
                        imag = real
                    if type(real) is _PayloadNan or type(imag) is _PayloadNan:
                        complex_payloads.append((len(values), real, imag))
                    self.expect(")", "to close the complex value")
                    values.append(complex(real, imag))
                    pos = self.pos
                elif etype.is_complex:
                    self.literal_fault(name, shape, f"'{tok}' (a {etype.text} value is written as "
                                       "(real, imaginary))", tok_pos)
                else:
                    values.append(self.scalar_value(tok, tok_pos, etype, name))
            if nest == 0:
                break
        self.pos = pos
        if len(values) < shape.num_elements:  # a bare scalar for an array: XLA zero-fills the rest
            values.extend([0] * (shape.num_elements - len(values)))
        return values

    def shaped_literal(self, name: str) -> Literal:
        """A literal written with its shape (``s32[2] {1, 2}``), or a tuple of them in parentheses."""
        self.skip()
        if self.accept("("):
            elements: list[Literal] = []
            while not self.accept(")"):
                if elements:
                    self.expect(",", "between the elements of a tuple literal")
                elements.append(self.shaped_literal(name))
            return Literal(Shape.tuple_of(e.shape for e in elements), elements=tuple(elements))
        shape = self.shape("the shape of a literal")
        return self.literal(shape, name)

    def literal_token(self, name: str) -> tuple[str, int]:
        m = _LIT_TOKEN.match(self.text, self.pos)
        if not m:
            self.fail(BAD_LITERAL, f"expected a number in the literal of '{name}'", _WS.match(
                self.text, self.pos).end(), instruction=name)
        self.pos = m.end()
        return m.group(1), m.start(1)

    def scalar_value(self, tok: str, pos: int, etype: ElementType, name: str, imaginary: bool = False):
        if etype == ElementType.PRED:
            if tok in ("true", "false"):
                return tok == "true"
            if _INTEGER_TOKEN.fullmatch(tok):  # any integer: XLA's parser casts it to bool
                return int(tok) != 0
            self.fail(BAD_LITERAL, f"'{tok}' is not a pred value in '{name}'", pos, instruction=name)
        if tok in ("true", "false"):
            self.fail(BAD_LITERAL, f"'{tok}' is not a {etype.text} value in '{name}'", pos,
                      instruction=name)
        if etype.is_integral:
            try:
                integer = int(tok)
            except ValueError:
                self.fail(BAD_LITERAL, f"'{tok}' is not an integer value for {etype.text} in '{name}'",
                          pos, instruction=name)
            if not -2**63 <= integer < 2**64:
                self.fail(BAD_LITERAL, f"value {integer} does not fit in 64 bits in '{name}'", pos, instruction=name)
            if integer >= 2**63:  # XLA reads integers as int64: 2**64-1 is -1 (and stays so in s64)
                integer -= 2**64
            if etype is ElementType.U64 and integer < 0:  # ... and stores it in u64 as its bits
                integer += 2**64
            lo, hi = _INT_RANGES[etype]
            if not lo <= integer <= hi:
                self.fail(BAD_LITERAL, f"value {integer} is out of range for {etype.text} in '{name}'",
                          pos, instruction=name)
            return integer
        if tok.startswith(("nan", "-nan")):
            payload = int(tok[tok.index("(") + 3:-1], 16) if "(" in tok else _QUIET_NAN_PAYLOAD
            bits = NAN_PAYLOAD_BITS.get(etype, 0)
            if not 0 < payload < 2**52:
                self.fail(BAD_LITERAL, f"NaN payload {payload:#x} is not between 0x1 and 0xfffffffffffff in "
                          f"'{name}'", pos, pos + len(tok), instruction=name)
            negative = tok.startswith("-")  # XLA keeps the sign of -nan
            if imaginary and etype is ElementType.F32:
                # XLA checks and keeps the real part's payload only; a c64's imaginary part is
                # narrowed from the double it read, which keeps no payload
                return -_NAN if negative else _NAN
            if payload != _QUIET_NAN_PAYLOAD and payload >= 1 << bits:
                self.fail(BAD_LITERAL, f"NaN payload {payload:#x} does not fit {etype.text} in '{name}' "
                          + (f"(at most {(1 << bits) - 1:#x})" if bits else "(it has no NaN payloads)"),
                          pos, pos + len(tok), instruction=name)
            if payload != _QUIET_NAN_PAYLOAD and payload != quiet_nan_payload(etype):
                marked = _PayloadNan(-_NAN if negative else _NAN)
                marked.bits = nan_bits(etype, negative, payload)
                self.nan_payloads = True
                return marked
            return -_NAN if negative else _NAN
        value = float(tok)
        if value in (float("inf"), float("-inf")) and not tok.lstrip("-").startswith("inf"):
            self.fail(BAD_LITERAL, f"value {tok} is out of range for any floating-point type (beyond "
                      f"+-1.79769e+308) in '{name}'", pos, pos + len(tok), instruction=name)
        limit = _FLOAT_MAX.get(etype)
        if limit is not None and not -limit <= value <= limit and not _rounds_finite(value, etype) \
                or etype is ElementType.F8E8M0FNU and value <= 0:
            self.fail(BAD_LITERAL, f"value {tok} is out of range for {etype.text} in '{name}' (largest "
                      f"finite value {limit:g})", pos, pos + len(tok), instruction=name)
        return value

    # -- attributes -----------------------------------------------------------------------
    def attribute(self, inst: Instruction, control) -> None:
        self.skip()
        attr_pos = self.pos
        m = _ATTR_NAME.match(self.text, self.pos)
        if not m:
            self.fail(PARSE_ERROR, f"expected an attribute of '{inst.name}', found {self.describe_here()}",
                      instruction=inst.name)
        key = m.group(1)
        if key in inst.attrs or (key == "metadata" and inst.metadata is not None) or \
                (key == "control-predecessors" and any(i is inst for i, _ in control)):
            self.fail(PARSE_ERROR, f"attribute '{key}' of '{inst.name}' is given twice", attr_pos,
                      attr_pos + len(key), instruction=inst.name)
        self.pos = m.end()
        self.attr_positions[key] = attr_pos
        if key == "metadata":
            inst.metadata = self.metadata(inst)
            return
        if key == "control-predecessors":
            names = []
            self.expect("{")
            if not self.accept("}"):
                while True:
                    self.skip()
                    p = self.pos + (1 if self.text.startswith("%", self.pos) else 0)
                    names.append((self.name(), p))
                    if not self.accept(","):
                        break
                self.expect("}")
            control.append((inst, names))
            return
        kind = A.kind_of(key, inst.opcode.text)
        if key == "padding" and inst.opcode is not Opcode.PAD:
            kind = A.Kind.RAW
        inst.attrs[key] = self.attr_value(kind, key, inst)

    def bad(self, key: str, inst: Instruction, what: str, pos: int | None = None) -> NoReturn:
        self.fail(BAD_ATTRIBUTE, f"bad value for attribute '{key}' of '{inst.name}': expected {what}, "
                  f"found {self.describe_here() if pos is None else repr(self.text[pos:pos + 20])}",
                  pos, instruction=inst.name)

    def attr_value(self, kind: A.Kind, key: str, inst: Instruction):
        text = self.text
        K = A.Kind
        if kind is K.INT_LIST:
            m = self.match(_INT_LIST)
            if not m:
                self.bad(key, inst, "a list of integers like {0,1}")
            body = m.group(1)
            return tuple(int(x) for x in body.split(",")) if body.strip() else ()
        if kind is K.INT:
            m = self.match(_INT)
            if not m:
                self.bad(key, inst, "an integer")
            return int(m.group())
        if kind is K.ENUM:
            m = self.match(_NAME)
            if not m:
                self.bad(key, inst, "a name")
            return m.group(1)
        if kind is K.BOOL:
            m = self.match(_NAME)
            if not m or m.group(1) not in ("true", "false"):
                self.bad(key, inst, "true or false", m.start() if m else None)
            return m.group(1) == "true"
        if kind is K.COMPUTATION:
            self.skip()
            if text.startswith("{", self.pos):
                return self.inline_computation()
            pos = self.pos + (1 if text.startswith("%", self.pos) else 0)
            m = self.match(_NAME)
            if not m:
                self.bad(key, inst, "a computation name")
            return self.computation_ref(inst, key, [(m.group(1), pos)], single=True)
        if kind is K.COMPUTATION_LIST:
            self.expect("{")
            refs = []
            if not self.accept("}"):
                while True:
                    self.skip()
                    if text.startswith("{", self.pos):
                        inline = self.inline_computation()
                        refs.append((inline.name, self.pos))
                    else:
                        pos = self.pos + (1 if text.startswith("%", self.pos) else 0)
                        refs.append((self.name("a computation name"), pos))
                    if not self.accept(","):
                        break
                self.expect("}")
            return self.computation_ref(inst, key, refs, single=False)
        if kind is K.STRING:
            self.skip()
            if not _STRING.match(text, self.pos):
                self.bad(key, inst, "a quoted string")
            return self.string()
        if kind is K.BACKEND_CONFIG:
            self.skip()
            if text.startswith("{", self.pos):
                return self.balanced()
            if not _STRING.match(text, self.pos):
                self.bad(key, inst, "a quoted string or a {json} object")
            return self.string()
        if kind is K.WINDOW:
            return self.window(key, inst)
        if kind is K.DIM_LABELS:
            m = self.match(_DIM_LABELS)
            if not m:
                self.bad(key, inst, "dimension labels like b01f_01io->b01f")
            return self.dim_labels(m, inst)
        if kind is K.SLICE:
            self.skip()
            start = self.pos
            m = _SLICE_BODY.match(text, start)
            if not m:
                self.require_closed(start)
                self.bad(key, inst, "{[start:limit:stride], ...}")
            dims = []
            for item in re.finditer(r"\[[^\]]*\]", m.group()):
                im = _SLICE_ITEM.fullmatch(item.group())
                if not im:
                    self.bad(key, inst, "[start:limit] or [start:limit:stride]", start + item.start())
                a, b, c = im.groups()
                dims.append(A.SliceDim(int(a), int(b), int(c) if c else 1))
            self.pos = m.end()
            return tuple(dims)
        if kind is K.PADDING:
            m = self.match(_PADDING)
            if not m:
                self.bad(key, inst, "low_high[_interior] per dimension joined by 'x', like 0_0x1_1")
            return tuple(A.PadDim(*(int(x) for x in part.split("_"))) for part in m.group().split("x"))
        if kind is K.FLOAT:
            m = self.match(re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"))
            if not m:
                self.bad(key, inst, "a number")
            return float(m.group())
        if kind is K.ENUM_LIST or kind is K.BOOL_LIST:
            m = self.match(_WORD_LIST)
            if not m:
                self.bad(key, inst, "a list like {a,b}")
            words = tuple(w.strip() for w in m.group(1).split(",")) if m.group(1).strip() else ()
            if kind is K.BOOL_LIST:
                if any(w not in ("true", "false") for w in words):
                    self.bad(key, inst, "a list of true/false", m.start())
                return tuple(w == "true" for w in words)
            return words
        if kind is K.REPLICA_GROUPS:
            return self.replica_groups(key, inst)
        if kind is K.INT_LISTS:
            self.skip()
            start = self.pos
            m = _GROUP_LIST.match(text, start)
            if not m:
                self.require_closed(start)
                self.bad(key, inst, "lists of integers like {{128,32},{64,32}}")
            self.pos = m.end()
            return tuple(tuple(int(x) for x in g.split(",")) if g.strip() else ()
                         for g in _GROUP.findall(m.group(), 1))
        if kind is K.INT_PAIRS:
            self.skip()
            start = self.pos
            body = self.balanced()
            pairs = _PAIR.findall(body[1:-1]) if body.startswith("{") else None
            if pairs is None or body.count("{") - 1 != len(pairs):
                self.bad(key, inst, "pairs like {{0,1},{1,0}}", start)
            return tuple((int(a), int(b)) for a, b in pairs)
        if kind is K.SHAPE:
            return self.shape()
        if kind is K.LITERAL:
            return self.shaped_literal(inst.name)
        if kind is K.SHAPE_LIST:
            self.expect("{")
            shapes = []
            if not self.accept("}"):
                while True:
                    shapes.append(self.shape())
                    if not self.accept(","):
                        break
                self.expect("}")
            return tuple(shapes)
        return A.Raw(self.balanced())

    def window(self, key: str, inst: Instruction) -> A.Window:
        self.skip()
        start = self.pos
        m = _BRACED_FLAT.match(self.text, start)
        if not m:
            self.require_closed(start)
            self.bad(key, inst, "a window like {size=3x3 stride=1x1}")
        self.pos = m.end()
        fields: dict[str, list] = {}
        for part in m.group(1).split():
            k, eq, v = part.partition("=")
            if not eq:
                self.bad(key, inst, "key=value items", start)
            try:
                if k == "pad":
                    fields[k] = [tuple(int(x) for x in p.split("_")) for p in v.split("x")]
                else:
                    fields[k] = [int(x) for x in v.split("x")]
            except ValueError:
                self.bad(key, inst, f"numbers in window field '{k}'", start)
        if not fields:
            return A.Window(())
        unknown = set(fields) - {"size", "stride", "pad", "lhs_dilate", "rhs_dilate", "rhs_reversal"}
        if unknown:
            self.bad(key, inst, f"window fields size/stride/pad/lhs_dilate/rhs_dilate/rhs_reversal "
                     f"(not {', '.join(sorted(unknown))})", start)
        if "size" not in fields:
            self.fail(MISSING_ATTRIBUTE, f"window of '{inst.name}' has no size", start, instruction=inst.name)
        rank = len(fields["size"])
        for k, v in fields.items():
            if len(v) != rank:
                self.bad(key, inst, f"{rank} values in window field '{k}'", start)
        dims = []
        for i in range(rank):
            pad = fields.get("pad", [(0, 0)] * rank)[i]
            if len(pad) != 2:
                self.bad(key, inst, "pad as low_high", start)
            dims.append(A.WindowDim(
                size=fields["size"][i], stride=fields.get("stride", [1] * rank)[i],
                padding_low=pad[0], padding_high=pad[1],
                window_dilation=fields.get("rhs_dilate", [1] * rank)[i],
                base_dilation=fields.get("lhs_dilate", [1] * rank)[i],
                window_reversal=bool(fields.get("rhs_reversal", [0] * rank)[i])))
        return A.Window(tuple(dims))

    def dim_labels(self, m: re.Match, inst: Instruction) -> A.ConvDimensionNumbers:
        """``b01f_01io->b01f`` as XLA reads it: each label at most once, digits number the spatial
        dimensions (below the label's length), ``?`` marks a dimension with no role, and a
        missing ``b``/``f`` (``i``/``o``) means dimension 0, the proto's default."""
        parts = []
        for labels, (first, second), what in zip(m.groups(), (("b", "f"), ("i", "o"), ("b", "f")),
                                                 ("input", "kernel", "output")):
            named = [c for c in labels if c != "?"]
            if len(set(named)) != len(named):
                self.fail(BAD_ATTRIBUTE, f"{what} dimension labels '{labels}' of '{inst.name}' repeat a label",
                          m.start(), instruction=inst.name)
            spatial = [c for c in labels if c not in (first, second, "?")]
            positions = [-1] * len(spatial)
            for i, c in enumerate(labels):
                if c.isdigit():
                    if int(c) >= len(labels) or int(c) >= len(spatial):
                        self.fail(BAD_ATTRIBUTE, f"{what} dimension labels '{labels}' of '{inst.name}' may "
                                  f"number {len(spatial)} spatial dimensions 0..{len(spatial) - 1}, not {c}",
                                  m.start(), instruction=inst.name)
                    positions[int(c)] = i
                elif c not in (first, second, "?"):
                    self.fail(BAD_ATTRIBUTE, f"{what} dimension labels '{labels}' of '{inst.name}' may only "
                              f"hold {first}, {second}, ? and digits, not '{c}'", m.start(), instruction=inst.name)
            parts.append((labels.find(first) if first in labels else 0,
                          labels.find(second) if second in labels else 0, tuple(positions)))
        (ib, if_, isp), (ki, ko, ksp), (ob, of, osp) = parts
        if not len(isp) == len(ksp) == len(osp):
            self.fail(BAD_ATTRIBUTE, f"dim_labels of '{inst.name}' have {len(isp)}, {len(ksp)} and {len(osp)} "
                      "spatial dimensions; input, kernel and output need the same number", m.start(),
                      instruction=inst.name)
        return A.ConvDimensionNumbers(ib, if_, isp, ki, ko, ksp, ob, of, osp)

    def replica_groups(self, key: str, inst: Instruction) -> A.ReplicaGroups:
        self.skip()
        start = self.pos
        text = self.text
        if _MESH_START.match(text, start):
            return self.mesh_replica_groups(key, inst)
        m = _IOTA_GROUPS.match(text, start)
        if m:
            self.pos = m.end()
            # collectives of one program repeat the same few iota lists: expand each once
            known = self.iota_groups_read.get(m.group())
            if known is not None:
                return known
            groups = self.iota_groups_read[m.group()] = self.iota_replica_groups(key, inst, m, start)
            return groups
        m = _GROUP_LIST.match(text, start)
        if not m:
            self.require_closed(start)
            self.bad(key, inst, "groups like {{0,1},{2,3}} or an iota list like [2,2]<=[4]")
        self.pos = m.end()
        lists = tuple(tuple(int(x) for x in g.split(",")) if g.strip() else ()
                      for g in _GROUP.findall(m.group(), 1))
        return A.ReplicaGroups(lists)

    def iota_replica_groups(self, key: str, inst: Instruction, m: re.Match, start: int) -> A.ReplicaGroups:
        """``[groups,group_size]<=[iota dims]T(perm)``, checked and expanded."""
        group_text, dims_text, perm_text = m.groups()
        gdims, idims = [int(x) for x in group_text.split(",")], [int(x) for x in dims_text.split(",")]
        perm = [int(x) for x in perm_text.split(",")] if perm_text else None
        total = 1
        for d in idims:
            total *= d
        if len(gdims) != 2 or gdims[0] * gdims[1] != total:
            self.bad(key, inst, f"[groups,group_size] covering the {total} devices of the iota", start)
        if perm is not None and sorted(perm) != list(range(len(idims))):
            self.bad(key, inst, f"T(...) to be a permutation of 0..{len(idims) - 1}", start)
        if total > _MAX_IOTA_DEVICES:
            self.bad(key, inst, f"at most {_MAX_IOTA_DEVICES} devices", start)
        if perm == sorted(perm or ()):
            perm = None  # an identity transpose is not printed (XLA's canonical form)
        iota_text = (f"[{','.join(map(str, gdims))}]<=[{','.join(map(str, idims))}]"
                     + (f"T({','.join(map(str, perm))})" if perm is not None else ""))
        return A.ReplicaGroups(expand_iota_groups(gdims, idims, perm), iota_text)

    def mesh_replica_groups(self, key: str, inst: Instruction) -> A.ReplicaGroups:
        """``mesh['x'=2,'y'=2](, device_ids=(...))? {'y', 'x':(1)2}`` (see compiler/hlo/mesh.py)."""
        from .mesh import AxisRef, mesh_groups  # numpy; rare

        start = self.pos
        maximal = self.accept("maximal_mesh")
        if not maximal:
            self.expect("mesh")
        self.expect("[", "to open the mesh axes")
        names: list[str] = []
        sizes: list[int] = []
        if maximal:
            self.expect("device_id")
            self.expect("=")
            device_ids = [self.integer("a device id")]
        elif not self.accept("]"):
            while True:
                names.append(self.string())
                self.expect("=", "after a mesh axis name")
                sizes.append(self.integer("a mesh axis size"))
                if not self.accept(","):
                    break
        if maximal or names:
            self.expect("]", "to close the mesh axes")
        device_ids = device_ids if maximal else list(range(math.prod(sizes)))
        ids_text = ""
        if not maximal and self.accept(","):
            ids_start = self.pos
            self.expect("device_ids")
            self.expect("=")
            self.expect("(")
            self.skip()
            if self.text.startswith("[", self.pos):
                m = self.match(_IOTA_DEVICE_IDS)
                if not m:
                    self.bad(key, inst, "device_ids=([dims]T(perm)) or a list of device ids", ids_start)
                dims = [int(x) for x in m.group(1).split(",")]
                perm = [int(x) for x in m.group(2).split(",")] if m.group(2) else None
                if math.prod(dims) != len(device_ids) or perm is not None and sorted(perm) != list(range(len(dims))):
                    self.bad(key, inst, f"an iota of the mesh's {len(device_ids)} devices", ids_start)
                device_ids = [d for g in expand_iota_groups([1, len(device_ids)], dims, perm) for d in g]
            else:
                device_ids = [self.integer("a device id")]
                while self.accept(","):
                    device_ids.append(self.integer("a device id"))
                if len(device_ids) != math.prod(sizes):
                    self.bad(key, inst, f"{math.prod(sizes)} device ids, one per device of the mesh", ids_start)
            self.expect(")", "to close device_ids")
            ids_text = ", device_ids=" + self.text[self.text.index("(", ids_start):self.pos].replace(" ", "")
        self.expect("{", "to open the mesh axes the groups span")
        refs: list[AxisRef] = []
        ref_texts: list[str] = []
        if not self.accept("}"):
            while True:
                ref_pos = self.pos
                axis_text = self.string()
                if axis_text in names:
                    axis = names.index(axis_text)
                elif axis_text.isdigit() and int(axis_text) < len(names):
                    axis = int(axis_text)
                else:
                    self.bad(key, inst, f"an axis of the mesh ({', '.join(map(repr, names))})", ref_pos)
                ref = AxisRef(axis)
                if self.accept(":"):
                    self.expect("(")
                    pre = self.integer("a sub-axis pre-size")
                    self.expect(")")
                    ref = AxisRef(axis, pre, self.integer("a sub-axis size"))
                refs.append(ref)
                ref_texts.append(f"'{names[axis]}'" + (f":({ref.pre_size}){ref.size}" if ref.size else ""))
                if not self.accept(","):
                    break
            self.expect("}", "to close the mesh axes the groups span")
        per_group = math.prod(r.size if r.size else sizes[r.axis] for r in refs) if refs else 1
        if per_group <= 1:
            self.fail(BAD_ATTRIBUTE, f"mesh replica groups of '{inst.name}' must have more than one device "
                      f"per group, but have {per_group}", start, instruction=inst.name)
        try:
            groups = mesh_groups(sizes, device_ids, refs)
        except ValueError as exc:
            self.bad(key, inst, f"mesh axes that fit the mesh ({exc})", start)
        mesh_text = ("mesh[" + ",".join(f"'{n}'={s}" for n, s in zip(names, sizes)) + "]" + ids_text
                     + " {" + ",".join(ref_texts) + "}")
        return A.ReplicaGroups(groups, mesh_text=mesh_text)

    def computation_ref(self, inst, key, refs, single):
        module = self.module
        assert module is not None  # set before any instruction is read
        resolved = []
        missing = False
        for cname, _pos in refs:
            comp = module.computations.get(cname)
            if comp is None:
                missing = True
            resolved.append(comp)
        if missing:
            self.pending_refs.append(_PendingRef(inst, key, refs, refs[0][1] if refs else self.pos))
        if single:
            return resolved[0]
        return tuple(resolved)

    def resolve_computation_refs(self, module: Module) -> None:
        for ref in self.pending_refs:
            comps = []
            for cname, pos in ref.names:
                comp = module.computations.get(cname)
                if comp is None:
                    close = difflib.get_close_matches(cname, list(module.computations), n=1)
                    self.fail(UNDEFINED_COMPUTATION, f"'{ref.inst.name}' refers to computation '{cname}' "
                              "that is not defined" + (f" (did you mean '{close[0]}'?)" if close else ""),
                              pos, pos + len(cname), instruction=ref.inst.name)
                comps.append(comp)
            kind = A.ATTR_KINDS.get(ref.attr)
            ref.inst.attrs[ref.attr] = comps[0] if kind is A.Kind.COMPUTATION else tuple(comps)

    def desugar_async(self, module: Module) -> None:
        """Turn ``negate-start(a)`` into ``async-start(a), calls=<negate of parameters>``, as XLA does,
        then check each async operation's instructions agree (see :meth:`check_async_chain`).

        The wrapped instruction takes the sugar's attributes (the instruction-wide ones stay on the
        async-start too, as in XLA); ``-update``/``-done`` reach the same computation through their
        operand, so they keep nothing but the opcode.
        """
        wrapped_before: dict[str, list[Computation]] = {}
        sugar: dict[int, str] = {}  # id of an async-update/done written as sugar -> wrapped opcode
        for comp in list(module.computations.values()):
            for inst in comp.instructions:
                wrapped = inst.attrs.pop("async_wrapped_opcode", None)
                if wrapped is None:
                    continue
                if inst.opcode is not Opcode.ASYNC_START:
                    sugar[id(inst)] = wrapped.text
                    continue
                shape = inst.shape
                if not shape.is_tuple or len(shape.tuple_shapes) < 2:
                    self.fail(BAD_ATTRIBUTE, f"'{inst.name}' ({wrapped.text}-start) needs a result shape "
                              "((operands...), result, context...)", self.offset_of(inst),
                              instruction=inst.name)
                params = [Instruction(f"param_{i}", Opcode.PARAMETER, op.shape, parameter_number=i)
                          for i, op in enumerate(inst.operands)]
                keep = {k: inst.attrs.pop(k) for k in ("async_execution_thread",) if k in inst.attrs}
                root = Instruction(wrapped.text, OPCODE_BY_TEXT[wrapped.text], shape.tuple_shapes[1],
                                   operands=params, attrs=dict(inst.attrs), metadata=inst.metadata,
                                   line=inst.line, column=inst.column)
                name = f"wrapped_{wrapped.text.replace('-', '_')}"
                suffix = 0
                while name + (f".{suffix}" if suffix else "") in module.computations:
                    suffix += 1
                body = Computation(name + (f".{suffix}" if suffix else ""), params + [root], root)
                body.execution_thread = keep.get("async_execution_thread")
                shared = {k: v for k, v in inst.attrs.items() if k in _ASYNC_SUGAR_SHARED_ATTRS}
                inst.attrs = {**keep, "calls": body, **shared}
                wrapped_before.setdefault(comp.name, []).append(body)
        if wrapped_before:
            ordered = list(module.computations.values())
            module.computations.clear()
            for comp in ordered:
                for body in wrapped_before.get(comp.name, ()):
                    module.add_computation(body)
                module.add_computation(comp)
        self.check_async_chain(module, sugar)

    def check_async_chain(self, module: Module, sugar: dict[int, str]) -> None:
        """XLA's parser checks of an async operation: an async-update or async-done takes one
        async-start or async-update, and whatever it repeats of the start (``calls``, the
        wrapped opcode of its sugar, ``async_execution_thread``, "main" when absent) is the
        start's; no computation is wrapped by two async-starts."""
        started_by: dict[int, Instruction] = {}  # id of a wrapped computation -> its async-start
        for comp in module.computations.values():
            for inst in comp.instructions:
                if inst.opcode is Opcode.ASYNC_START:
                    called = inst.attrs.get("calls")
                    if isinstance(called, Computation):
                        first = started_by.setdefault(id(called), inst)
                        if first is not inst:
                            self.async_fail(inst, f"computation '{called.name}' is wrapped by two "
                                            f"async-starts, '{first.name}' and '{inst.name}'")
                    continue
                if inst.opcode not in _ASYNC_CONTINUATIONS:
                    continue
                operand = inst.operands[0] if len(inst.operands) == 1 else None
                if operand is None or operand.opcode not in (Opcode.ASYNC_START, Opcode.ASYNC_UPDATE):
                    what = (f"'{operand.name}' ({operand.opcode.text})" if operand is not None
                            else f"{len(inst.operands)} operands")
                    self.async_fail(inst, f"'{inst.name}' ({inst.opcode.text}) must take one async-start "
                                    f"or async-update as its operand, not {what}")
                start = operand
                while start.opcode is Opcode.ASYNC_UPDATE:
                    start = start.operands[0]
                called = start.attrs.get("calls")
                if not isinstance(called, Computation):
                    continue
                own = inst.attrs.get("calls")
                if isinstance(own, Computation) and own is not called:
                    self.async_fail(inst, f"'{inst.name}' calls '{own.name}', but its async-start "
                                    f"'{start.name}' calls '{called.name}'")
                wrapped = sugar.get(id(inst))
                if wrapped is not None and called.root is not None and called.root.opcode.text != wrapped:
                    self.async_fail(inst, f"'{inst.name}' is written {wrapped}-{inst.opcode.text[6:]}, but "
                                    f"its async-start '{start.name}' wraps {called.root.opcode.text}")
                thread = inst.attrs.get("async_execution_thread")
                start_thread = called.execution_thread or "main"
                if thread is not None and thread != start_thread:
                    self.async_fail(inst, f"'{inst.name}' runs on execution thread '{thread}', but its "
                                    f"async-start '{start.name}' on '{start_thread}'")

    def async_fail(self, inst: Instruction, message: str) -> NoReturn:
        self.fail(ASYNC_CHAIN, message, self.offset_of(inst), instruction=inst.name)

    def offset_of(self, inst: Instruction) -> int:
        """The text offset of an instruction's line and column (for errors found after parsing)."""
        return self.line_starts()[inst.line - 1] + max(inst.column - 1, 0)

    def metadata(self, inst: Instruction) -> Metadata:
        self.skip()
        start = self.pos
        m = _BRACED_FLAT.match(self.text, start)
        if not m:
            self.require_closed(start)
            self.bad("metadata", inst, "{op_name=\"...\" ...}")
        self.pos = m.end()
        # the instructions of one source line print the same metadata: read each text once and
        # share the (never changed) record, which saves time and memory on large dumps
        md = self.metadata_read.get(m.group(1))
        if md is None:
            md = self.metadata_read[m.group(1)] = self.metadata_record(inst, m)
        return md

    def metadata_record(self, inst: Instruction, m: re.Match) -> Metadata:
        md = Metadata()
        extras = []
        body = m.group(1)
        p = 0
        while True:
            im = _MD_ITEM.match(body, p)
            if not im:
                if body[p:].strip():
                    self.fail(BAD_ATTRIBUTE, f"bad metadata item {body[p:p + 20]!r} of '{inst.name}'",
                              m.start(1) + p, instruction=inst.name)
                break
            p = im.end()
            k, v = im.group(1), im.group(2)
            if k in _SIMPLE_METADATA_KEYS:
                if v.startswith('"'):
                    setattr(md, k, unescape(v[1:-1]))
                else:
                    try:
                        setattr(md, k, int(v))
                    except ValueError:
                        self.fail(BAD_ATTRIBUTE, f"metadata '{k}' of '{inst.name}' must be a number",
                                  m.start(1) + im.start(2), instruction=inst.name)
            else:
                extras.append((k, v))
        md.extras = tuple(extras)
        return md


def expand_iota_groups(group_dims: list[int], iota_dims: list[int],
                       perm: list[int] | None) -> tuple[tuple[int, ...], ...]:
    """Expand XLA's iota replica-group list ``[G,S]<=[dims]T(perm)`` into explicit groups.

    The device ids are ``iota(prod(dims))`` reshaped to ``dims``, transposed by ``perm`` and
    read row-major in groups of S (XLA's ``IotaReplicaGroupList``).
    """
    total = 1
    for d in iota_dims:
        total *= d
    order = perm if perm is not None else list(range(len(iota_dims)))
    tdims = [iota_dims[p] for p in order]
    strides = [1] * len(iota_dims)
    for i in range(len(iota_dims) - 2, -1, -1):
        strides[i] = strides[i + 1] * iota_dims[i + 1]
    # element at transposed multi-index t is the iota value at the original index
    flat = []
    for linear in range(total):
        rem = linear
        value = 0
        for i in range(len(tdims) - 1, -1, -1):
            value += (rem % tdims[i]) * strides[order[i]]
            rem //= tdims[i]
        flat.append(value)
    size = group_dims[-1]
    if size == 0:
        return tuple(() for _ in range(group_dims[0]))
    return tuple(tuple(flat[i:i + size]) for i in range(0, total, size))
