"""Property tests of the HLO parser.

(a) Mutated real HLO (characters and tokens deleted, duplicated or replaced, cut off, random
    bytes spliced in) is rejected with one HloError or accepted, never with another exception,
    and quickly.
(b) Generated well-formed modules parse to what was generated, and print -> parse gives the same
    module in every style.
"""

from __future__ import annotations

import contextlib
import math
import signal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_modules_equal, hloenv_files, jax_text_files
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module

# -- (a) mutations of real text ------------------------------------------------------------------
#: Small real modules of every printing style (old inline-shape dumps, jax short and long forms).
SEEDS = [p.read_text() for p in (hloenv_files() + jax_text_files()) if p.stat().st_size < 12_000][:40]

TOKENS = ["{", "}", "(", ")", "[", "]", ",", "=", "%", ":", "->", "<=", "?", "*", "x", "_", "\n", " ",
          '"', "'", "\\", "/*", "*/", "//", "{...}", "ROOT ", "ENTRY ", "HloModule ", "FileNames\n1 ",
          "StackFrames\n1 {", "f32[]", "s32[2]{0}", "pred[<=3,?]", "(f32[], s32[])", "{1,0:T(8,128)S(1)}",
          "parameter(0)", "constant(", "nan(0x1)", "-inf", "1e+99", "99999999999999999999", "-1",
          "metadata={", "window={size=", "dim_labels=b01f_01io->b01f", "padding=0_0x-1_1_2",
          "slice={[0:2:1]", "replica_groups=[2,2]<=[2,2]T(1,0)", "replica_groups={{0,1}}",
          "source_target_pairs={{0,1}}", "to_apply=", "control-predecessors={", "sharding={",
          "custom-call-start(", "}, execution_thread=\"t\"", "backend_config={\"a\":"]


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float):
    """Fail an example that runs longer than ``seconds`` (a hang would otherwise stall the suite)."""
    def expire(signum, frame):
        raise _Timeout(f"parse took longer than {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@st.composite
def mutated_text(draw) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        length = draw(st.integers(1, 24))
        kind = draw(st.sampled_from(["delete", "duplicate", "char", "token", "cut", "bytes", "move"]))
        if kind == "delete":
            text = text[:at] + text[at + length:]
        elif kind == "duplicate":
            text = text[:at] + text[at:at + length] + text[at:]
        elif kind == "char":
            text = text[:at] + draw(st.characters(codec="utf-8")) + text[at + 1:]
        elif kind == "token":
            text = text[:at] + draw(st.sampled_from(TOKENS)) + text[at + draw(st.integers(0, 3)):]
        elif kind == "cut":
            text = text[:at]
        elif kind == "bytes":
            text = text[:at] + draw(st.binary(max_size=length)).decode("utf-8", "replace") + text[at:]
        else:
            source = draw(st.integers(0, len(text)))
            text = text[:at] + text[source:source + length] + text[at + length:]
    return text


def check_parse_fails_cleanly(text: str) -> None:
    with time_limit(5.0):
        try:
            module = parse_hlo_text(text)
        except HloError as exc:
            assert len(exc.diagnostics) == 1
            d = exc.diagnostics[0]
            assert d.code.startswith("NCC-E0") and d.line >= 1 and d.column >= 1, d
            assert d.line <= text.count("\n") + 1, d
            return
    # accepted: then it must also print and parse back
    for style in STYLES:
        assert_modules_equal(module, parse_hlo_text(print_module(module, style)))


@settings(max_examples=1500, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text())
def test_mutated_real_hlo_raises_only_hlo_errors(text):
    check_parse_fails_cleanly(text)


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=400).map(lambda b: b.decode("utf-8", "replace")))
def test_random_bytes_raise_only_hlo_errors(text):
    check_parse_fails_cleanly(text)


@settings(max_examples=300, deadline=2000)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_random_token_soup_raises_only_hlo_errors(text):
    check_parse_fails_cleanly(text)


# -- (b) generated well-formed modules -------------------------------------------------------------
#: Float types with their largest finite value (XLA rejects literals that would overflow).
FLOAT_MAX = {"f16": 65504.0, "bf16": 3.3895313892515355e38, "f32": 3.4028234663852886e38,
             "f64": 1.7976931348623157e308, "f8e4m3fn": 448.0, "f8e5m2": 57344.0}
FLOAT_TYPES = list(FLOAT_MAX)
INT_TYPES = {"s8": (-128, 127), "s16": (-2**15, 2**15 - 1), "s32": (-2**31, 2**31 - 1),
             "s64": (-2**63, 2**63 - 1), "u8": (0, 255), "u32": (0, 2**32 - 1), "s4": (-8, 7), "u2": (0, 3)}
COMPLEX_TYPES = ["c64", "c128"]
UNARY = {"float": ["negate", "abs", "exponential", "log", "tanh", "sqrt", "cosine", "floor", "sign"],
         "int": ["negate", "abs", "not", "popcnt", "count-leading-zeros", "sign"],
         "complex": ["negate", "exponential", "sqrt"]}
BINARY = {"float": ["add", "subtract", "multiply", "divide", "maximum", "minimum", "power", "atan2"],
          "int": ["add", "subtract", "multiply", "and", "or", "xor", "shift-left", "remainder"],
          "complex": ["add", "multiply", "divide", "subtract"]}
DIRECTIONS = ["EQ", "NE", "LT", "LE", "GT", "GE"]
#: Strings that exercise escaping: quotes, backslashes, control characters, non-ASCII.
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def family(type_name: str) -> str:
    return "float" if type_name in FLOAT_TYPES else "complex" if type_name in COMPLEX_TYPES else "int"


def scalar_text(type_name: str, draw) -> tuple[str, object]:
    """A literal element as text, and the value the parser must produce."""
    kind = family(type_name)
    if kind == "int":
        lo, hi = INT_TYPES[type_name]
        value = draw(st.integers(lo, hi))
        return str(value), value
    if kind == "complex":
        re_, im = draw(st.floats(width=32, allow_nan=False)), draw(st.floats(width=32, allow_nan=False))
        return f"({float_text(re_)}, {float_text(im)})", complex(re_, im)
    limit = FLOAT_MAX[type_name]
    value = draw(st.floats(-limit, limit) | st.sampled_from([math.nan, math.inf, -math.inf, -0.0]))
    return float_text(value), value


def float_text(value: float) -> str:
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


def nested(items: list[str], dims: list[int]) -> str:
    if not dims:
        return items[0]
    if len(dims) == 1:
        return "{" + ", ".join(items) + "}"
    step = len(items) // dims[0]
    return "{ " + ", ".join(nested(items[i * step:(i + 1) * step], dims[1:]) for i in range(dims[0])) + " }"


@st.composite
def generated_module(draw):
    """HLO text of a random elementwise graph, and the (name, opcode, shape text) it must parse to."""
    type_name = draw(st.sampled_from(FLOAT_TYPES + list(INT_TYPES) + COMPLEX_TYPES))
    kind = family(type_name)
    dims = draw(st.lists(st.integers(1, 3), max_size=3))
    layout = ""
    if dims:
        order = draw(st.permutations(range(len(dims))))
        layout = "{" + ",".join(map(str, order)) + "}"
    shape = f"{type_name}[{','.join(map(str, dims))}]{layout}"
    pred_shape = f"pred[{','.join(map(str, dims))}]{layout}"
    sigil = draw(st.sampled_from(["", "%"]))
    sep = draw(st.sampled_from([" ", "  ", " /* c */ ", "\n    "]))

    expected: list[tuple[str, str, str]] = []
    lines: list[str] = []
    values: list[str] = []
    preds: list[str] = []
    constants: dict[str, list] = {}

    def emit(name: str, opcode: str, result: str, args: str, attrs: list[str]) -> None:
        extra = draw(st.lists(st.sampled_from(["metadata", "sharding", "frontend", "control"]),
                              max_size=2, unique=True))
        for item in extra:
            if item == "metadata":
                attrs.append(f'metadata={{op_name="{escape(draw(TEXT))}" source_file="{escape(draw(TEXT))}" '
                             f"source_line={draw(st.integers(0, 10**6))}}}")
            elif item == "sharding":
                attrs.append(draw(st.sampled_from(["sharding={replicated}", "sharding={maximal device=0}"])))
            elif item == "frontend":
                attrs.append(f'frontend_attributes={{k="{escape(draw(TEXT))}"}}')
            elif expected:
                attrs.append(f"control-predecessors={{{sigil}{draw(st.sampled_from(expected))[0]}}}")
        lines.append(f"{sigil}{name} = {result} {opcode}({args})" + "".join("," + sep + a for a in attrs))
        expected.append((name, opcode, result))

    for i in range(draw(st.integers(1, 3))):
        emit(f"p.{i}", "parameter", shape, str(i), [])
        values.append(f"p.{i}")
    count = 1
    for _ in range(draw(st.integers(1, 10))):
        name = f"v.{count}"
        count += 1
        op = draw(st.sampled_from(["unary", "binary", "compare", "select", "constant", "broadcast"]))
        pick = lambda: sigil + draw(st.sampled_from(values))  # noqa: E731
        if op == "unary":
            emit(name, draw(st.sampled_from(UNARY[kind])), shape, pick(), [])
        elif op == "binary":
            emit(name, draw(st.sampled_from(BINARY[kind])), shape, f"{pick()}, {pick()}", [])
        elif op == "compare" or (op == "select" and not preds):
            direction = draw(st.sampled_from(DIRECTIONS if kind != "complex" else ["EQ", "NE"]))
            attrs = [f"direction={direction}"]
            if draw(st.booleans()):
                attrs.append("type=" + {"float": "TOTALORDER", "int": "SIGNED", "complex": "FLOAT"}[kind])
            emit(name, "compare", pred_shape, f"{pick()}, {pick()}", attrs)
            preds.append(name)
            continue
        elif op == "select":
            emit(name, "select", shape, f"{sigil}{draw(st.sampled_from(preds))}, {pick()}, {pick()}", [])
        elif op == "constant":
            items = [scalar_text(type_name, draw) for _ in range(math.prod(dims))]
            emit(name, "constant", shape, nested([t for t, _ in items], dims), [])
            constants[name] = [v for _, v in items]
        else:
            scalar = f"c.{count}"
            item, value = scalar_text(type_name, draw)
            emit(scalar, "constant", f"{type_name}[]", item, [])
            constants[scalar] = [value]
            emit(name, "broadcast", shape, sigil + scalar, ["dimensions={}"])
        values.append(name)
    everything = [sigil + n for n, _, _ in expected if not n.startswith("p.")] or [sigil + "p.0"]
    tuple_shape = "(" + ", ".join(next(s for n, _, s in expected if sigil + n == v) for v in everything) + ")"
    emit("out", "tuple", tuple_shape, ", ".join(everything), [])
    body = "\n".join(("  ROOT " if line.startswith(f"{sigil}out ") else "  ") + line for line in lines)
    text = f"HloModule gen\n\nENTRY {sigil}main {{\n{body}\n}}\n"
    return text, expected, constants


def same_value(a, b) -> bool:
    if isinstance(b, complex):
        return same_value(a.real, b.real) and same_value(a.imag, b.imag)
    if isinstance(b, float) and math.isnan(b):
        return math.isnan(a)
    return a == b and type(a) is type(b) and math.copysign(1, a) == math.copysign(1, b)


def escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(generated_module())
def test_generated_modules_parse_as_written_and_round_trip(case):
    text, expected, constants = case
    module = parse_hlo_text(text)
    got = [(i.name, i.opcode.text, i.shape.text()) for i in module.entry.instructions]
    assert sorted(got) == sorted(expected)
    for name, values in constants.items():
        parsed = module.entry.instruction(name).literal.values
        assert len(parsed) == len(values) and all(map(same_value, parsed, values)), (name, parsed, values)
    assert module.entry.root.name == "out"
    for style in STYLES:
        assert_modules_equal(module, parse_hlo_text(print_module(module, style)))


@pytest.mark.parametrize("value", ['a"b', "back\\slash", "tab\there", "new\nline", "\x01\x7f", "σ∑😀", ""])
def test_escaped_strings_round_trip(value):
    text = f'HloModule m\nENTRY e {{\n  ROOT c = f32[] constant(1), metadata={{op_name="{escape(value)}"}}\n}}\n'
    module = parse_hlo_text(text)
    assert module.entry.root.metadata.op_name == value
    for style in STYLES:
        assert parse_hlo_text(print_module(module, style)).entry.root.metadata.op_name == value
