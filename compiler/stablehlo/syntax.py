"""MLIR text syntax: the generic op form and the pretty forms StableHLO, CHLO and func print.

The parser turns text into a small tree (:class:`Op`, :class:`Region`, :class:`Block`) in which
every op looks as if it had been printed in the generic form: a dotted name, operand names,
attributes under their canonical names, regions, result types and a location. Pretty forms
are read by one lenient scanner (:meth:`_Parser.pretty_body`) that collects the items a pretty
form is made of — operands, ``name = value`` pairs, bare keywords, bracket groups, symbols,
strings — and the per-op table in :mod:`.ops` says what each positional item means. So a new
pretty op needs a table row, not a new grammar rule.

Like the HLO text parser it scans with compiled regular expressions at an offset instead of
building a token list. Nesting (regions, types, attribute values, locations) is counted and
refused beyond :data:`MAX_NESTING` levels, so hostile nesting costs one diagnostic, never the
Python stack; brackets that are only skipped are matched with a loop.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NoReturn

from ..diagnostics import (INPUT_TOO_LARGE, MLIR_SYNTAX, MLIR_UNSUPPORTED_TYPE, TRUNCATED_INPUT,
                           Diagnostic, HloError)
from ..ir.dtypes import ElementType
from ..ir.shapes import UNBOUNDED, Shape
from ..textpatterns import matching_everywhere

_WS = matching_everywhere(re.compile(r"(?:\s+|//[^\n]*)*"))
_INLINE_WS = matching_everywhere(re.compile(r"[ \t]*"))
_VALUE = re.compile(r"%([\w$.\-]+)(?:#(\d+))?")
_RESULT = re.compile(r"%([\w$.\-]+)(?::(\d+))?")
_BARE = re.compile(r"[A-Za-z_][\w$.\-]*")
# runs of plain characters read possessively: one regex step per run, not per character
_SYMBOL = re.compile(r'@(?:([\w$.\-]++)|"((?:[^"\\]++|\\.)*+)")')
_STRING = re.compile(r'"((?:[^"\\\n]++|\\.)*+)"')
_NUMBER = re.compile(r"[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)")
_BLOCK_LABEL = re.compile(r"\^([\w$.\-]+)")
_HASH_NAME = re.compile(r"#([\w$.\-]+)")
_BANG_NAME = re.compile(r"!([\w$.\-]+)")
_DIMS = matching_everywhere(re.compile(r"((?:(?:\d+|\?)x)*)"))
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{2}|.)")

#: Deepest nesting of regions, types and attribute values accepted (real programs nest a handful
#: of levels); the parser recurses at most this deep, far below Python's own limit.
MAX_NESTING = 64

#: MLIR element type spelling -> element type (``i`` integers are signless, read as signed).
ELEMENT_TYPES: dict[str, ElementType] = {
    "i1": ElementType.PRED, "i2": ElementType.S2, "i4": ElementType.S4, "i8": ElementType.S8,
    "i16": ElementType.S16, "i32": ElementType.S32, "i64": ElementType.S64,
    "si2": ElementType.S2, "si4": ElementType.S4, "si8": ElementType.S8, "si16": ElementType.S16,
    "si32": ElementType.S32, "si64": ElementType.S64, "ui1": ElementType.U1, "ui2": ElementType.U2,
    "ui4": ElementType.U4, "ui8": ElementType.U8, "ui16": ElementType.U16, "ui32": ElementType.U32,
    "ui64": ElementType.U64, "f16": ElementType.F16, "bf16": ElementType.BF16, "f32": ElementType.F32,
    "f64": ElementType.F64, "f8E5M2": ElementType.F8E5M2, "f8E4M3FN": ElementType.F8E4M3FN,
    "f8E4M3B11FNUZ": ElementType.F8E4M3B11FNUZ, "f8E5M2FNUZ": ElementType.F8E5M2FNUZ,
    "f8E4M3FNUZ": ElementType.F8E4M3FNUZ, "f8E4M3": ElementType.F8E4M3, "f8E3M4": ElementType.F8E3M4,
    "f4E2M1FN": ElementType.F4E2M1FN, "f8E8M0FNU": ElementType.F8E8M0FNU,
    "complex<f32>": ElementType.C64, "complex<f64>": ElementType.C128,
    "index": ElementType.S64,  # only in attributes (custom-call layouts), never a value's type
}
_ELEMENT = re.compile("|".join(sorted((re.escape(k) for k in ELEMENT_TYPES), key=len, reverse=True))
                      + r"(?![\w<])")


# -- the tree -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Symbol:
    """``@name``: a reference to a function (or mesh) by name."""

    name: str


@dataclass(frozen=True, slots=True)
class Dense:
    """``dense<...>``, ``dense_resource<...>`` or ``sparse<...>``: the literal text, decoded only when
    the lowering needs the values (large constants are cheap to skip)."""

    kind: str
    body: str
    shape: Shape | None
    pos: int


@dataclass(frozen=True, slots=True)
class DialectAttr:
    """``#dialect<body>`` / ``#dialect.name<body>``: kept as text and parsed by whoever needs it."""

    name: str
    body: str
    pos: int


class AttrDict(dict):
    """An attribute dictionary that remembers its source text (custom-call backend configs are
    carried to HLO as that text)."""

    text = "{}"


@dataclass(frozen=True, slots=True)
class Typed:
    """A number or other attribute written with its type, ``1 : i64`` or ``-1.5 : f32``."""

    value: object
    type_text: str


@dataclass(frozen=True, slots=True)
class Raw:
    """An attribute value only kept as its source text (``[b, 0, 1, f]x[...]`` and such)."""

    text: str


@dataclass(frozen=True, slots=True)
class FunctionType:
    inputs: tuple
    results: tuple


@dataclass(slots=True)
class Loc:
    """A location: ``kind`` is file, name, callsite, fused, unknown or alias (``#locN``)."""

    kind: str
    file: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    name: str = ""
    children: tuple = ()


@dataclass(slots=True)
class Block:
    label: str | None
    args: list = field(default_factory=list)       # [(name, Shape)]
    ops: list = field(default_factory=list)


@dataclass(slots=True)
class Region:
    blocks: list = field(default_factory=list)


@dataclass(slots=True)
class Op:
    """One MLIR operation as if printed in the generic form.

    ``items`` keeps the positional parts of a pretty form that have no canonical attribute name
    yet (``GT``, ``FLOAT``, a slice spec); :mod:`.ops` turns them into attributes."""

    name: str
    results: list
    operands: list
    attrs: dict
    regions: list
    result_types: list
    operand_types: list
    loc: Loc | None
    pos: int
    items: list = field(default_factory=list)
    generic: bool = False


@dataclass(slots=True)
class ParsedModule:
    ops: list            # top-level ops (func.func, sdy.mesh, ...)
    name: str | None
    attrs: dict
    loc_aliases: dict    # "loc12" -> Loc
    text: str
    path: str | None
    pos: int = 0

    lines: LineIndex | None = None

    def line_col(self, pos: int) -> tuple[int, int]:
        if self.lines is None:
            self.lines = LineIndex(self.text)
        return self.lines(pos)


class LineIndex:
    """Offset -> (line, column), both 1-based."""

    __slots__ = ("starts",)

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, pos: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, pos)
        return line, pos - self.starts[line - 1] + 1


def unescape(body: str) -> str:
    """MLIR string escapes: ``\\"``, ``\\\\``, ``\\n``, ``\\t`` and two-digit hex bytes."""
    if "\\" not in body:
        return body
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(body):
        out += body[pos:m.start()].encode("utf-8", "surrogatepass")
        esc = m.group(1)
        if len(esc) == 2:
            out.append(int(esc, 16))
        else:
            out += {"n": "\n", "t": "\t"}.get(esc, esc).encode("utf-8", "surrogatepass")
        pos = m.end()
    out += body[pos:].encode("utf-8", "surrogatepass")
    return out.decode("utf-8", "replace")


def parse_mlir(text: str, path: str | None = None) -> ParsedModule:
    """Parse MLIR text into a :class:`ParsedModule` (raises :class:`HloError`)."""
    return _Parser(text, path).module()


# -- the parser -------------------------------------------------------------------------------
class _Parser:
    def __init__(self, text: str, path: str | None):
        self.text = text
        self.n = len(text)
        self.pos = 0
        self.path = path
        self.lines: LineIndex | None = None
        self.shapes: dict[str, Shape] = {}
        self.depth = 0
        self.in_pretty_items = False

    # positions and errors
    def line_col(self, pos: int) -> tuple[int, int]:
        if self.lines is None:
            self.lines = LineIndex(self.text)
        return self.lines(min(pos, self.n))

    def fail(self, message: str, pos: int | None = None, code=MLIR_SYNTAX, hint: str | None = None) -> NoReturn:
        pos = self.pos if pos is None else pos
        if pos >= self.n and code is MLIR_SYNTAX:
            code = TRUNCATED_INPUT
            message = f"unexpected end of input: {message}"
        line, col = self.line_col(pos)
        raise HloError(Diagnostic(code.code, message, hint=hint, line=line, column=col,
                                  end_line=line, end_column=col + 1, file=self.path))

    def here(self) -> str:
        if self.pos >= self.n:
            return "end of input"
        return repr(self.text[self.pos:self.pos + 24].split("\n")[0])

    # scanning
    def skip(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()

    def peek(self) -> str:
        self.skip()
        return self.text[self.pos] if self.pos < self.n else ""

    def accept(self, s: str) -> bool:
        self.skip()
        if self.text.startswith(s, self.pos):
            self.pos += len(s)
            return True
        return False

    def accept_word(self, word: str) -> bool:
        self.skip()
        end = self.pos + len(word)
        if self.text.startswith(word, self.pos) and not (end < self.n and (self.text[end].isalnum()
                                                                          or self.text[end] in "_.$")):
            self.pos = end
            return True
        return False

    def expect(self, s: str, what: str = "") -> None:
        if not self.accept(s):
            self.fail(f"expected '{s}'{' ' + what if what else ''}, found {self.here()}")

    def match(self, regex: re.Pattern) -> re.Match | None:
        self.skip()
        m = regex.match(self.text, self.pos)
        if m:
            self.pos = m.end()
        return m

    def expect_match(self, regex: re.Pattern, what: str) -> re.Match:
        m = self.match(regex)
        if m is None:
            self.fail(f"expected {what}, found {self.here()}")
        return m

    def at_line_end(self) -> bool:
        """True when nothing but blanks (or a comment) is left on the current line."""
        p = _INLINE_WS.match(self.text, self.pos).end()
        return p >= self.n or self.text[p] == "\n" or self.text.startswith("//", p) or self.text[p] == "\r"

    def enter(self, what: str) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            self.fail(f"{what} nested more than {MAX_NESTING} levels deep")

    def string(self) -> str:
        self.skip()
        m = _STRING.match(self.text, self.pos)
        if not m:
            if self.text.startswith('"', self.pos):
                end = self.text.find("\n", self.pos)
                self.fail("unterminated string", self.pos if end < 0 else self.pos,
                          code=TRUNCATED_INPUT if end < 0 else MLIR_SYNTAX)
            self.fail(f"expected a string, found {self.here()}")
        self.pos = m.end()
        return unescape(m.group(1))

    def balanced(self, open_ch: str, close_ch: str) -> str:
        """The text between a bracket at ``pos`` and its partner (strings respected)."""
        text = self.text
        start = self.pos
        depth = 0
        i = start
        pairs = {"<": ">", "(": ")", "[": "]", "{": "}"}
        stack = []
        while i < self.n:
            ch = text[i]
            if ch == '"':
                m = _STRING.match(text, i)
                if not m:
                    self.fail("unterminated string", i, code=TRUNCATED_INPUT if "\n" not in text[i:] else MLIR_SYNTAX)
                i = m.end()
                continue
            if ch == "-" and text.startswith("->", i):
                i += 2
                continue
            if ch in pairs:
                stack.append(pairs[ch])
                depth += 1
                if depth > MAX_NESTING:
                    self.fail(f"brackets nested more than {MAX_NESTING} levels deep", i)
            elif ch in ">)]}":
                if not stack or stack[-1] != ch:
                    if ch == ">":   # a stray '>' (e.g. in '=>') inside a longer group
                        i += 1
                        continue
                    self.fail(f"unbalanced '{ch}'", i)
                stack.pop()
                depth -= 1
                if depth == 0:
                    self.pos = i + 1
                    return text[start + 1:i]
            i += 1
        self.fail(f"'{open_ch}' is never closed", self.n)

    # types
    def type(self) -> object:
        """A type: a tensor / token / tuple as a :class:`Shape`, a function type, or a scalar
        type (a 0-d array shape, as StableHLO scalars are ``tensor<f32>``)."""
        self.skip()
        text = self.text
        pos = self.pos
        if text.startswith("tensor<", pos):
            end = text.find(">", pos)
            key = text[pos:end + 1] if end > 0 else ""
            cached = self.shapes.get(key)
            if cached is not None and "<" not in key[7:] and "," not in key:
                self.pos = end + 1
                return cached
            self.pos = pos + 7
            body_start = self.pos
            body = self.balanced_from(body_start - 1)
            shape = self.tensor_type(body, body_start)
            if "<" not in body and "," not in body:
                self.shapes[text[pos:self.pos]] = shape
            return shape
        if text.startswith("!stablehlo.token", pos) or text.startswith("!mhlo.token", pos):
            self.pos = pos + (16 if text[pos + 1] == "s" else 11)
            return Shape.token()
        if text.startswith("tuple<", pos):
            self.pos = pos + 6
            elems = []
            self.enter("tuple type")
            if not self.accept(">"):
                while True:
                    elems.append(self.type())
                    if self.accept(">"):
                        break
                    self.expect(",", "between tuple element types")
            self.depth -= 1
            return Shape.tuple_of(elems)
        if text.startswith("(", pos):
            self.pos = pos + 1
            self.enter("function type")
            inputs = []
            if not self.accept(")"):
                while True:
                    inputs.append(self.type())
                    if self.accept(")"):
                        break
                    self.expect(",", "between types")
            self.depth -= 1
            if self.accept("->"):
                return FunctionType(tuple(inputs), tuple(self.result_types()))
            return tuple(inputs)
        m = _ELEMENT.match(text, pos)
        if m:
            self.pos = m.end()
            return Shape.scalar(ELEMENT_TYPES[m.group()])
        bang = _BANG_NAME.match(text, pos)
        if bang:
            self.fail(f"type '!{bang.group(1)}' is not supported by this front end", pos,
                      code=MLIR_UNSUPPORTED_TYPE)
        word = _BARE.match(text, pos)
        if word and word.group() in ("index", "none"):
            self.fail(f"type '{word.group()}' is not supported by this front end", pos,
                      code=MLIR_UNSUPPORTED_TYPE)
        self.fail(f"expected a type, found {self.here()}")

    def balanced_from(self, open_pos: int) -> str:
        self.pos = open_pos
        return self.balanced(self.text[open_pos], ">")

    def tensor_type(self, body: str, start: int) -> Shape:
        m = _DIMS.match(body)
        dims_text = m.group(1)
        rest = body[m.end():]
        elem_text, _, encoding = rest.partition(",") if not rest.startswith("!") else (rest, "", "")
        elem_text = elem_text.strip()
        etype = ELEMENT_TYPES.get(elem_text)
        if etype is None:
            what = "quantized element type" if elem_text.startswith("!quant") else "element type"
            self.fail(f"{what} '{elem_text}' is not supported by this front end", start + m.end(),
                      code=MLIR_UNSUPPORTED_TYPE,
                      hint="export with plain float/integer element types; quantized and custom "
                           "types have no HLO equivalent here" if "quant" in what else None)
        dims, dynamic = [], []
        for d in dims_text.split("x")[:-1]:
            if d == "?":
                dims.append(UNBOUNDED)
                dynamic.append(True)
            else:
                dims.append(int(d))
                dynamic.append(False)
        encoding = encoding.strip()
        if encoding:
            bounds = re.fullmatch(r"#stablehlo\.bounds<([^>]*)>", encoding)
            if bounds is None:
                self.fail(f"tensor encoding '{encoding}' is not supported by this front end",
                          start + m.end(), code=MLIR_UNSUPPORTED_TYPE)
            for i, b in enumerate(x.strip() for x in bounds.group(1).split(",")):
                if b != "?" and i < len(dims):
                    dims[i] = int(b)
                    dynamic[i] = True
        for d in dims:
            if d != UNBOUNDED and d > (1 << 62):
                self.fail(f"dimension {d} is too large", start, code=INPUT_TOO_LARGE)
        return Shape.array(etype, dims, dynamic)

    def result_types(self) -> list:
        """``T`` or ``(T, U)`` after ``->``."""
        if self.peek() == "(":
            t = self.type()
            return list(t) if isinstance(t, tuple) else [t]
        return [self.type()]

    def type_list(self) -> list:
        types = [self.type()]
        while self.accept(","):
            types.append(self.type())
        return types

    # attributes
    def attr_dict(self) -> dict:
        """``{name = value, flag, ...}`` (the brace at pos)."""
        outer, self.in_pretty_items = self.in_pretty_items, False
        try:
            return self._attr_dict()
        finally:
            self.in_pretty_items = outer

    def _attr_dict(self) -> dict:
        self.expect("{")
        start = self.pos - 1
        attrs = AttrDict()
        self.enter("attribute dictionary")
        if not self.accept("}"):
            while True:
                self.skip()
                if self.text.startswith('"', self.pos):
                    key = self.string()
                else:
                    m = self.match(_BARE)
                    if not m:
                        self.fail(f"expected an attribute name, found {self.here()}")
                    key = m.group()
                attrs[key] = self.attr_value() if self.accept("=") else True
                if self.accept("}"):
                    break
                self.expect(",", "between attributes")
        self.depth -= 1
        attrs.text = self.text[start:self.pos]
        return attrs

    def attr_value(self):
        self.skip()
        text = self.text
        pos = self.pos
        ch = text[pos] if pos < self.n else ""
        if ch == "[":
            self.pos += 1
            self.enter("array attribute")
            items = []
            if not self.accept("]"):
                while True:
                    items.append(self.attr_value())
                    if self.accept("]"):
                        break
                    self.expect(",", "between array elements")
            self.depth -= 1
            return self.maybe_typed(items)
        if ch == "{":
            return self.attr_dict()
        if ch == '"':
            return self.maybe_typed(self.string())
        if ch == "@":
            m = self.match(_SYMBOL)
            if not m:
                self.fail("malformed symbol reference")
            return Symbol(m.group(1) if m.group(1) is not None else unescape(m.group(2)))
        if ch == "#":
            m = _HASH_NAME.match(text, pos)
            if not m:
                self.fail("malformed attribute")
            self.pos = m.end()
            if self.pos < self.n and text[self.pos] == "<":
                body = self.balanced("<", ">")
                return DialectAttr(m.group(1), body, pos)
            return DialectAttr(m.group(1), "", pos)
        if ch in "-+0123456789.":
            m = _NUMBER.match(text, pos)
            if m:
                self.pos = m.end()
                return self.maybe_typed(_number(m.group()))
        m = _BARE.match(text, pos)
        if m:
            word = m.group()
            if word in ("dense", "dense_resource", "sparse") and text.startswith("<", m.end()):
                self.pos = m.end()
                body = self.balanced("<", ">")
                shape = self.type() if self.accept(":") else None
                return Dense(word, body, shape, pos)
            if word == "array" and text.startswith("<", m.end()):
                self.pos = m.end()
                body = self.balanced("<", ">")
                _, _, values = body.partition(":")
                return tuple(_ARRAY_WORDS.get(v.strip(), None) if v.strip() in _ARRAY_WORDS
                             else _number(v.strip()) for v in values.split(",") if v.strip())
            if word in ("true", "false"):
                self.pos = m.end()
                return self.maybe_typed(word == "true")
            if word == "unit":
                self.pos = m.end()
                return True
            if word in ("tensor", "tuple", "complex") or word in ELEMENT_TYPES:
                return self.type()
            if word in ("loc",):
                return self.location()
            if text.startswith("<", m.end()):   # affine_map<...> and other builtin attributes
                self.pos = m.end()
                return Raw(word + "<" + self.balanced("<", ">") + ">")
            self.pos = m.end()
            return Raw(word)
        if ch == "(":
            return self.type()
        if ch == "!":
            return self.type()
        self.fail(f"expected an attribute value, found {self.here()}")

    def maybe_typed(self, value):
        """``value : type`` inside attribute dictionaries (``1 : i64``); in a pretty form's own
        items a ``:`` starts the op's signature instead."""
        if self.in_pretty_items:
            return value
        save = self.pos
        if self.accept(":") and not self.text.startswith(":", self.pos):
            self.skip()
            m = _ELEMENT.match(self.text, self.pos) or re.compile(r"(?:tensor|index|none)\b").match(self.text, self.pos)
            if m:
                start = self.pos
                t = self.type()
                return Typed(value, self.text[start:self.pos]) if t is not None else value
        self.pos = save
        return value

    # locations
    def location(self) -> Loc:
        """``loc(...)`` at pos."""
        if not self.accept_word("loc"):
            self.fail("expected 'loc'")
        self.expect("(")
        loc = self.location_body()
        self.expect(")", "to close the location")
        return loc

    def location_body(self) -> Loc:
        """One location (name, callsite, fused, file or alias), nesting counted."""
        self.enter("location")
        try:
            return self._location_body()
        finally:
            self.depth -= 1

    def _location_body(self) -> Loc:
        self.skip()
        text = self.text
        pos = self.pos
        if text.startswith("#", pos):
            m = self.expect_match(_HASH_NAME, "a location alias (#name)")
            return Loc("alias", name=m.group(1))
        if self.accept_word("unknown"):
            return Loc("unknown")
        if self.accept_word("callsite"):
            self.expect("(")
            callee = self.location_body()
            if not self.accept_word("at"):
                self.fail("expected 'at' in callsite location")
            caller = self.location_body()
            self.expect(")")
            return Loc("callsite", children=(callee, caller))
        if self.accept_word("fused"):
            if self.peek() == "<":
                self.balanced("<", ">")
            self.expect("[")
            children = []
            if not self.accept("]"):
                while True:
                    children.append(self.location_body())
                    if self.accept("]"):
                        break
                    self.expect(",", "between fused locations")
            return Loc("fused", children=tuple(children))
        if text.startswith('"', pos):
            s = self.string()
            if self.accept(":"):
                line = self.integer()
                self.expect(":")
                col = self.integer()
                end_line, end_col = line, 0
                if self.accept_word("to"):
                    if self.accept(":"):
                        end_col = self.integer()
                    else:
                        end_line = self.integer()
                        self.expect(":")
                        end_col = self.integer()
                return Loc("file", file=s, line=line, column=col, end_line=end_line, end_column=end_col)
            if self.peek() == "(":
                self.pos += 1
                child = self.location_body()
                self.expect(")")
                return Loc("name", name=s, children=(child,))
            return Loc("name", name=s)
        self.fail(f"expected a location, found {self.here()}")

    def integer(self) -> int:
        m = self.match(re.compile(r"[-+]?\d+"))
        if not m:
            self.fail(f"expected an integer, found {self.here()}")
        return int(m.group())

    def trailing_loc(self) -> Loc | None:
        save = self.pos
        self.pos = _INLINE_WS.match(self.text, self.pos).end()
        if self.text.startswith("loc(", self.pos):
            return self.location()
        self.pos = save
        return None

    # module
    def module(self) -> ParsedModule:
        loc_aliases: dict[str, Loc] = {}
        top_ops: list[Op] = []
        name = None
        attrs: dict = {}
        mod_pos = 0
        while True:
            self.skip()
            if self.pos >= self.n:
                break
            text = self.text
            if text.startswith("#", self.pos):          # alias definitions (#loc12 = loc(...))
                start = self.pos
                m = self.match(_HASH_NAME)
                if not m:
                    self.fail("expected an attribute alias")
                self.expect("=", "in attribute alias definition")
                self.skip()
                if text.startswith("loc(", self.pos):
                    loc_aliases[m.group(1)] = self.location()
                else:
                    self.attr_value()
                del start
                continue
            if text.startswith("!", self.pos):          # type alias: not used by JAX/torch_xla
                self.fail("type aliases are not supported by this front end", code=MLIR_UNSUPPORTED_TYPE)
            if self.accept_word("module"):
                mod_pos = self.pos - 6
                sym = self.match(_SYMBOL)
                if sym:
                    name = sym.group(1) if sym.group(1) is not None else unescape(sym.group(2))
                if self.accept_word("attributes"):
                    attrs = self.attr_dict()
                if self.peek() != "{":
                    self.fail(f"expected '{{' to open the module body, found {self.here()}")
                region = self.region()
                self.trailing_loc()
                for block in region.blocks:
                    top_ops.extend(block.ops)
                continue
            if text.startswith('"builtin.module"', self.pos):
                op = self.operation()
                name = op.attrs.get("sym_name", name)
                attrs = {k: v for k, v in op.attrs.items() if k != "sym_name"}
                for region in op.regions:
                    for block in region.blocks:
                        top_ops.extend(block.ops)
                mod_pos = op.pos
                continue
            top_ops.append(self.operation())
        return ParsedModule(top_ops, name, attrs, loc_aliases, self.text, self.path, mod_pos)

    # regions
    def region(self) -> Region:
        self.expect("{")
        self.enter("region")
        region = Region()
        block = Block(None)
        region.blocks.append(block)
        while True:
            self.skip()
            if self.pos >= self.n:
                self.fail("a region is never closed (missing '}')", self.n, code=TRUNCATED_INPUT)
            ch = self.text[self.pos]
            if ch == "}":
                self.pos += 1
                break
            if ch == "^":
                m = self.expect_match(_BLOCK_LABEL, "a block label (^name)")
                block = Block(m.group(1))
                if self.accept("("):
                    if not self.accept(")"):
                        while True:
                            vm = self.match(_VALUE)
                            if not vm:
                                self.fail(f"expected a block argument, found {self.here()}")
                            self.expect(":")
                            block.args.append((vm.group(1), self.type()))
                            self.trailing_loc()
                            if self.accept(")"):
                                break
                            self.expect(",")
                self.expect(":", "after the block label")
                if region.blocks == [region.blocks[0]] and not region.blocks[0].ops and region.blocks[0].label is None:
                    region.blocks[0] = block
                else:
                    region.blocks.append(block)
                continue
            block.ops.append(self.operation())
        self.depth -= 1
        if len([b for b in region.blocks if b.ops or b.args]) > 1:
            self.fail("regions with more than one block (unstructured control flow) are not "
                      "supported by this front end", code=MLIR_UNSUPPORTED_TYPE)
        return region

    # operations
    def operation(self) -> Op:
        self.skip()
        start = self.pos
        results: list[str] = []
        if self.text.startswith("%", start):
            while True:
                m = self.match(_RESULT)
                if not m:
                    self.fail(f"expected a result name, found {self.here()}")
                count = int(m.group(2)) if m.group(2) else 1
                if count > 1 << 16:
                    self.fail(f"result count {count} is too large", m.start(2))
                if m.group(2):
                    results.extend(f"{m.group(1)}#{i}" for i in range(count))
                else:
                    results.append(m.group(1))
                if not self.accept(","):
                    break
            self.expect("=", "after the result names")
        self.skip()
        op_pos = self.pos
        if self.text.startswith('"', op_pos):
            op = self.generic_op(results, start)
        else:
            m = self.match(_BARE)
            if not m:
                self.fail(f"expected an operation, found {self.here()}")
            name = m.group()
            op = self.pretty_op(name, results, start, op_pos)
        op.loc = self.trailing_loc() or op.loc
        return op

    def value_list(self, close: str) -> list[str]:
        names: list[str] = []
        if self.accept(close):
            return names
        while True:
            m = self.match(_VALUE)
            if not m:
                self.fail(f"expected an SSA value, found {self.here()}")
            names.append(m.group(1) + (f"#{m.group(2)}" if m.group(2) else ""))
            if self.accept(close):
                return names
            self.expect(",", "between operands")

    def generic_op(self, results, start) -> Op:
        name = self.string()
        self.expect("(", f"after '\"{name}\"'")
        operands = self.value_list(")")
        attrs: dict = {}
        regions: list[Region] = []
        if self.peek() == "[":
            self.fail("successor blocks (unstructured control flow) are not supported by this "
                      "front end", code=MLIR_UNSUPPORTED_TYPE)
        if self.text.startswith("<{", self.pos):
            self.pos += 1
            attrs.update(self.attr_dict())
            self.expect(">", "to close the properties")
        if self.peek() == "(":
            self.pos += 1
            while True:
                regions.append(self.region())
                if self.accept(")"):
                    break
                self.expect(",", "between regions")
        if self.peek() == "{":
            attrs.update(self.attr_dict())
        self.expect(":", f"before the type of '{name}'")
        ftype = self.type()
        if not isinstance(ftype, FunctionType):
            self.fail(f"expected a function type '(...) -> ...' for '{name}'")
        return Op(name, results, operands, attrs, regions, list(ftype.results), list(ftype.inputs),
                  None, start, generic=True)

    # pretty forms
    def pretty_op(self, name: str, results, start, op_pos) -> Op:
        if name in ("func.func", "func"):
            return self.func_op(results, start)
        if name in ("return", "func.return"):
            name = "func.return"
        elif name == "call":
            name = "func.call"
        op = Op(name, results, [], {}, [], [], [], None, start)
        if name == "sdy.manual_computation":
            self.manual_computation(op)
            return op
        self.pretty_body(op)
        if self.accept(":"):
            self.signature(op)
        if name == "stablehlo.while":
            self.while_regions(op)
        elif name == "stablehlo.reduce" and "applies" not in op.attrs:
            self.reducer_region(op)
        elif name in _PRETTY_REGION_OPS:
            self.skip()
            if self.text.startswith("({", self.pos):
                self.pos += 1
                while True:
                    op.regions.append(self.region())
                    if self.accept(")"):
                        break
                    self.expect(",")
            elif self.peek() == "{":
                op.regions.append(self.region())
        return op

    def manual_computation(self, op: Op) -> None:
        """``sdy.manual_computation(%a, ...) in_shardings=[<@mesh, [...]>, ...] out_shardings=[...]
        manual_axes={"i"} (%x: T loc(...), ...) { body } : (T, ...) -> R`` (``shard_map``): the
        attributes as the generic form spells them, the body as a region whose block takes the
        arguments (their locations kept as the op's ``arg_locs`` item)."""
        self.expect("(", "after 'sdy.manual_computation'")
        op.operands.extend(self.value_list(")"))
        for key, open_ch, close_ch in (("in_shardings", "[", "]"), ("out_shardings", "[", "]"),
                                       ("manual_axes", "{", "}")):
            if not self.accept_word(key):
                self.fail(f"expected '{key}=' in sdy.manual_computation, found {self.here()}")
            self.expect("=", f"after '{key}'")
            self.skip()
            pos = self.pos
            if self.peek() != open_ch:
                self.fail(f"expected '{open_ch}' after '{key}=', found {self.here()}")
            body = self.balanced(open_ch, close_ch)
            op.attrs[key] = (DialectAttr("sdy", "manual_axes{" + body + "}", pos) if key == "manual_axes"
                             else DialectAttr("sdy.sharding_per_value", "[" + body + "]", pos))
        self.expect("(", "before the arguments of the manual computation's body")
        args: list = []
        locs: list = []
        items_pos = self.pos
        if not self.accept(")"):
            while True:
                vm = self.match(_VALUE)
                if not vm:
                    self.fail(f"expected a block argument, found {self.here()}")
                self.expect(":")
                args.append((vm.group(1), self.type()))
                locs.append(self.trailing_loc())
                if self.accept(")"):
                    break
                self.expect(",", "between block arguments")
        op.items.append(("arg_locs", locs, items_pos))
        self.skip()
        if self.peek() != "{":
            self.fail(f"expected the body '{{' of sdy.manual_computation, found {self.here()}")
        region = self.region()
        region.blocks[0].args = args
        op.regions.append(region)
        self.trailing_loc()
        self.expect(":", "before the type of 'sdy.manual_computation'")
        self.signature(op)

    def signature(self, op: Op) -> None:
        """The types after ``:``: ``(T, U) -> V``, ``T -> V`` (chlo), or a list ``T, U``."""
        t = self.type()
        if isinstance(t, FunctionType):
            op.operand_types, op.result_types = list(t.inputs), list(t.results)
            return
        types = [t] if not isinstance(t, tuple) else list(t)
        while self.accept(","):
            types.append(self.type())
        if self.accept("->"):
            op.operand_types = types
            op.result_types = self.result_types()
            return
        op.operand_types = types

    def pretty_body(self, op: Op) -> None:
        """Collect the items of a pretty form up to its ``:`` (or the end of its line)."""
        items = op.items
        text = self.text
        depth = 0  # parentheses opened by the body itself
        while True:
            if depth == 0 and self.at_line_end():
                return
            self.skip()
            if self.pos >= self.n:
                return
            ch = text[self.pos]
            if ch == ":" and depth == 0:
                return
            if ch == ")" and depth > 0:
                self.pos += 1
                depth -= 1
                continue
            if ch == "," or ch == "=":   # `=` only after `sdy.mesh @name`
                self.pos += 1
                continue
            if ch == "(":
                self.pos += 1
                depth += 1
                if depth > MAX_NESTING:
                    self.fail("parentheses nested too deeply")
                items.append(("open", None, self.pos))
                continue
            if ch == "%":
                pos = self.pos
                m = self.match(_VALUE)
                if not m:
                    self.fail("malformed SSA value")
                ref = m.group(1) + (f"#{m.group(2)}" if m.group(2) else "")
                if self.text.startswith(" = %", self.pos) or (depth and self.peek() == "=" and not self.text.startswith("==", self.pos)):
                    self.expect("=")
                    vm = self.match(_VALUE)
                    if not vm:
                        self.fail("expected an SSA value after '='")
                    items.append(("bind", (ref, vm.group(1) + (f"#{vm.group(2)}" if vm.group(2) else "")), pos))
                    op.operands.append(items[-1][1][1])
                    continue
                if depth and self.accept(":") :      # `%arg0: tensor<..>` block arguments in parens
                    items.append(("arg", (ref, self.type()), pos))
                    continue
                op.operands.append(ref)
                items.append(("operand", ref, pos))
                if self.pos < self.n and text[self.pos] == "[":      # %t[0]
                    items.append(("bracket", self.balanced("[", "]"), self.pos))
                continue
            if ch == "[":
                pos = self.pos
                body = self.balanced("[", "]")
                if self.accept_word("x") and self.peek() == "[":
                    body2 = self.balanced("[", "]")
                    items.append(("pair", (body, body2), pos))
                else:
                    items.append(("bracket", body, pos))
                continue
            if ch == "@":
                pos = self.pos
                m = self.match(_SYMBOL)
                if not m:
                    self.fail("malformed symbol reference")
                items.append(("symbol", m.group(1) if m.group(1) is not None else unescape(m.group(2)), pos))
                continue
            if ch == '"':
                pos = self.pos
                items.append(("string", self.string(), pos))
                continue
            if ch == "{":
                op.attrs.update(self.attr_dict())
                continue
            if ch == "<":
                pos = self.pos
                items.append(("angle", self.balanced("<", ">"), pos))
                continue
            if ch in "-+0123456789":
                pos = self.pos
                items.append(("value", self.pretty_value(), pos))
                continue
            m = _BARE.match(text, self.pos)
            if not m:
                self.fail(f"unexpected {self.here()} in '{op.name}'")
            word = m.group()
            pos = self.pos
            if word in ("dense", "dense_resource", "sparse", "array", "true", "false"):
                items.append(("value", self.pretty_value(), pos))
                continue
            if word == "loc" and text.startswith("(", m.end()):
                return
            after = _WS.match(text, m.end()).end()
            if text.startswith("=", after) and not text.startswith("==", after):
                self.pos = after + 1
                if word == "dim_numbers":
                    op.attrs[word] = Raw(self.conv_dim_numbers())
                else:
                    value = self.pretty_value()
                    if isinstance(value, list) and self.accept_word("x") and self.peek() == "[":
                        value = (value, self.pretty_value())
                    op.attrs[word] = value
                continue
            if word == "init" and text.startswith(":", after):
                self.pos = after + 1
                continue
            if word == "applies":
                self.pos = m.end()
                nm = self.match(_BARE)
                if not nm:
                    self.fail("expected an operation name after 'applies'")
                op.attrs["applies"] = nm.group()
                continue
            self.pos = m.end()
            items.append(("word", word, pos))

    def pretty_value(self):
        """An attribute value among a pretty form's items (no ``: type`` suffix: that colon
        begins the op's signature)."""
        self.in_pretty_items = True
        try:
            return self.attr_value()
        finally:
            self.in_pretty_items = False

    def conv_dim_numbers(self) -> str:
        """``[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]`` as text."""
        self.skip()
        start = self.pos
        for i in range(3):
            if self.peek() != "[":
                self.fail("expected '[' in convolution dim_numbers")
            self.balanced("[", "]")
            if i == 0:
                self.expect("x")
            elif i == 1:
                self.expect("->")
        return self.text[start:self.pos]

    def while_regions(self, op: Op) -> None:
        """``cond { ... } do { ... }``; both regions take the ``%iterArg = %init`` names."""
        self.trailing_loc()
        if not self.accept_word("cond"):
            self.fail(f"expected 'cond' region of stablehlo.while, found {self.here()}")
        op.regions.append(self.region())
        if not self.accept_word("do"):
            self.fail(f"expected 'do' region of stablehlo.while, found {self.here()}")
        op.regions.append(self.region())
        names = [value[0] for kind, value, _ in op.items if kind == "bind"]
        for region in op.regions:
            region.blocks[0].args = list(zip(names, op.operand_types))

    def reducer_region(self, op: Op) -> None:
        self.skip()
        if not self.accept_word("reducer"):
            return
        pairs = []
        while self.peek() == "(":
            self.pos += 1
            pair = []
            while True:
                vm = self.match(_VALUE)
                if not vm:
                    self.fail("expected a reducer argument")
                self.expect(":")
                pair.append((vm.group(1), self.type()))
                self.trailing_loc()
                if self.accept(")"):
                    break
                self.expect(",")
            pairs.append(pair)
        region = self.region()
        block = region.blocks[0]
        # reducer(%acc0, %x0) (%acc1, %x1): the block takes every accumulator, then every value
        block.args = [p[0] for p in pairs] + [p[1] for p in pairs if len(p) > 1]
        op.regions.append(region)

    def func_op(self, results, start) -> Op:
        visibility = None
        self.skip()
        for word in ("public", "private", "nested"):
            if self.accept_word(word):
                visibility = word
        m = self.match(_SYMBOL)
        if not m:
            self.fail(f"expected a function name, found {self.here()}")
        fname = m.group(1) if m.group(1) is not None else unescape(m.group(2))
        self.expect("(", "to open the argument list")
        args, arg_attrs = [], []
        if not self.accept(")"):
            while True:
                vm = self.match(_VALUE)
                if not vm:
                    self.fail(f"expected a function argument, found {self.here()}")
                self.expect(":")
                t = self.type()
                a = self.attr_dict() if self.peek() == "{" else {}
                loc = self.trailing_loc()
                args.append((vm.group(1), t, loc))
                arg_attrs.append(a)
                if self.accept(")"):
                    break
                self.expect(",", "between function arguments")
        result_types, res_attrs = [], []
        if self.accept("->"):
            if self.peek() == "(":
                self.pos += 1
                if not self.accept(")"):
                    while True:
                        result_types.append(self.type())
                        res_attrs.append(self.attr_dict() if self.peek() == "{" else {})
                        if self.accept(")"):
                            break
                        self.expect(",")
            else:
                result_types.append(self.type())
                res_attrs.append({})
        attrs = {"sym_name": fname, "arg_attrs": arg_attrs, "res_attrs": res_attrs}
        if visibility:
            attrs["sym_visibility"] = visibility
        if self.accept_word("attributes"):
            attrs.update(self.attr_dict())
        regions = []
        if self.peek() == "{":
            region = self.region()
            block = region.blocks[0]
            block.args = [(a[0], a[1]) for a in args]
            regions.append(region)
        op = Op("func.func", results, [], attrs, regions, result_types, [a[1] for a in args], None, start)
        op.items = [("arg_locs", [a[2] for a in args], start)]
        return op


#: Pretty ops whose regions follow the type signature in parentheses or braces.
_PRETTY_REGION_OPS = frozenset({"stablehlo.case", "stablehlo.if", "stablehlo.sort", "stablehlo.map",
                                "stablehlo.all_reduce", "stablehlo.reduce_scatter",
                                "stablehlo.reduce_window", "stablehlo.scatter",
                                "stablehlo.select_and_scatter"})


_ARRAY_WORDS = {"true": True, "false": False}


def _number(text: str):
    t = text.lower()
    if t.startswith(("0x", "-0x", "+0x")):
        return int(t, 16)
    if any(c in t for c in ".e") :
        return float(text)
    return int(text)
