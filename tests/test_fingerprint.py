"""The canonical fingerprint ignores names, ids, metadata and order, and sees every semantic change."""

from __future__ import annotations

import pytest

from helpers import hloenv_files, jax_text_files
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import print_module
from nccd.compiler.ir.fingerprint import fingerprint

BASE = """
HloModule m, entry_computation_layout={(f32[4,8]{1,0}, f32[8]{0})->f32[4]{0}}

add_f32 {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[4,8]{1,0} parameter(0), metadata={op_name="x"}
  bias = f32[8]{0} parameter(1)
  bb = f32[4,8]{1,0} broadcast(bias), dimensions={1}
  y = f32[4,8]{1,0} add(x, bb), metadata={op_name="jit(f)/add" source_file="f.py" source_line=3}
  zero = f32[] constant(0)
  ROOT r = f32[4]{0} reduce(y, zero), dimensions={1}, to_apply=add_f32
}
"""


def fp(text: str) -> str:
    return fingerprint(parse_hlo_text(text))


def test_renaming_metadata_and_printing_style_do_not_change_the_fingerprint():
    module = parse_hlo_text(BASE)
    renamed = (BASE.replace("bias", "b_1").replace("add_f32", "region_0.7").replace("main", "jit_g")
               .replace(', metadata={op_name="x"}', ""))
    assert fp(renamed) == fingerprint(module)
    for style in ("long", "short", "inline-shapes"):
        assert fp(print_module(module, style)) == fingerprint(module)


def test_instruction_order_and_dead_code_do_not_change_the_fingerprint():
    reordered = BASE.replace("  zero = f32[] constant(0)\n", "").replace(
        "  x = f32[4,8]{1,0} parameter(0)", "  zero = f32[] constant(0)\n  x = f32[4,8]{1,0} parameter(0)")
    dead = BASE.replace("  zero = f32[] constant(0)\n", "  zero = f32[] constant(0)\n  unused = f32[] negate(zero)\n")
    assert fp(reordered) == fp(BASE)
    assert fp(dead) == fp(BASE)


def test_missing_default_layout_equals_explicit_default_layout():
    assert fp(BASE.replace("{1,0}", "")) == fp(BASE)


@pytest.mark.parametrize("old,new", [
    ("ROOT s = f32[] add(a, b)", "ROOT s = f32[] maximum(a, b)"),          # called computation
    ("zero = f32[] constant(0)", "zero = f32[] constant(1)"),             # constant value
    ("dimensions={1}, to_apply", "dimensions={0}, to_apply"),             # attribute
    ("y = f32[4,8]{1,0} add(x, bb)", "y = f32[4,8]{1,0} subtract(x, bb)"),  # opcode
    ("y = f32[4,8]{1,0} add(x, bb)", "y = f32[4,8]{1,0} add(bb, x)"),       # operand order
    ("x = f32[4,8]{1,0} parameter(0)", "x = f32[4,8]{0,1} parameter(0)"),   # layout
])
def test_every_semantic_change_changes_the_fingerprint(old, new):
    assert old in BASE
    assert fp(BASE.replace(old, new)) != fp(BASE)


def test_replica_count_is_part_of_the_fingerprint():
    header = "HloModule m, entry_computation_layout"
    assert fp(BASE.replace(header, "HloModule m, replica_count=8, entry_computation_layout")) != fp(BASE)


def test_corpus_fingerprints_survive_print_and_reparse():
    files = hloenv_files()[:20] + jax_text_files()[:20]
    assert files
    for path in files:
        module = parse_hlo_text(path.read_text())
        assert fingerprint(parse_hlo_text(print_module(module, "short"))) == fingerprint(module), path


def test_short_and_long_jax_dumps_of_one_model_agree():
    from helpers import JAX_CORPUS

    pairs = [(d / "short.hlo.txt", d / "short_nodebug.hlo.txt") for d in sorted(JAX_CORPUS.iterdir())
             if (d / "short_nodebug.hlo.txt").exists()]
    assert pairs
    for with_debug, without in pairs:
        assert fp(with_debug.read_text()) == fp(without.read_text()), with_debug.parent.name


def _entry(body: str, helpers: str = "") -> str:
    return f"HloModule m\n{helpers}\nENTRY e {{\n{body}\n}}\n"


_ADD = "add {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT s = f32[] add(a, b)\n}"


@pytest.mark.parametrize("plain, spelled_out", [
    ("ROOT r = f32[8] all-reduce(p), to_apply=add", "ROOT r = f32[8] all-reduce(p), replica_groups={}, to_apply=add"),
    ("ROOT r = f32[8] copy(p)", "ROOT r = f32[8] copy(p), backend_config=\"\""),
    ("ROOT r = f32[] reduce(p, z), dimensions={0}, to_apply=add",
     "ROOT r = f32[] reduce(p, z), dimensions={0}, to_apply=add, backend_config=\"\""),
    ("ROOT r = f32[8] dot(p, p), lhs_contracting_dims={}, rhs_contracting_dims={}",
     "ROOT r = f32[8] dot(p, p), lhs_batch_dims={}, lhs_contracting_dims={}, rhs_contracting_dims={}"),
])
def test_a_default_spelled_out_is_the_default(plain, spelled_out):
    body = "  p = f32[8] parameter(0)\n  z = f32[] constant(0)\n  "
    assert fp(_entry(body + plain, _ADD)) == fp(_entry(body + spelled_out, _ADD))


def test_packed_s4_layout_is_the_default():
    body = "  p = s8[16]{0} parameter(0)\n  ROOT n = s4[16]{0%s} convert(p)"
    assert fp(_entry(body % ":E(4)")) == fp(_entry(body % ""))


_ASYNC = """
w {
  a = f32[10] parameter(0)
  ROOT c = f32[20] custom-call(a), custom_call_target="foo"
}
ENTRY e {
  p = f32[10] parameter(0)
  s = ((f32[10]), f32[20], s32[]) async-start(p), calls=w
  ROOT d = f32[20] async-done(s)%s
}
"""


def test_async_done_repeating_its_start_s_computation_is_the_same_module():
    assert fp("HloModule m\n" + _ASYNC % ", calls=w") == fp("HloModule m\n" + _ASYNC % "")
    sugar = _entry('  p = f32[10] parameter(0)\n  s = ((f32[10]), f32[20], s32[]) custom-call-start(p), '
                   'custom_call_target="foo"\n  ROOT d = f32[20] custom-call-done(s)')
    assert fp(sugar) == fp("HloModule m\n" + _ASYNC % "")


def test_custom_call_to_apply_is_its_called_computations():
    body = '  p = f32[] parameter(0)\n  ROOT r = f32[] custom-call(p, p), custom_call_target="f", %s'
    assert fp(_entry(body % "to_apply=add", _ADD)) == fp(_entry(body % "called_computations={add}", _ADD))


def test_attribute_values_equal_across_types_hash_apart():
    """The fingerprint remembers the key of plain attribute values per module; 1 and True (and
    (1, 0) and (True, 0)) compare equal but are different values, hashed apart as before."""
    text = ("HloModule m\n\nENTRY e {\n  p = f32[2,3] parameter(0)\n"
            "  a = f32[3,2] transpose(p), dimensions={1,0}\n  b = f32[3,2] transpose(p), dimensions={1,0}\n"
            "  ROOT t = (f32[3,2], f32[3,2]) tuple(a, b)\n}\n")

    def with_dimensions(first, second) -> str:
        module = parse_hlo_text(text)
        module.entry.instruction("a").attrs["dimensions"] = first
        module.entry.instruction("b").attrs["dimensions"] = second
        return fingerprint(module)

    assert with_dimensions((1, 0), (1, 0)) == fingerprint(parse_hlo_text(text))
    for other in (True, 1.0):
        assert with_dimensions((1, 0), (other, 0)) != with_dimensions((1, 0), (1, 0))
        assert with_dimensions(1, other) != with_dimensions(1, 1)


def test_a_diagnose_report_computes_its_fingerprint_when_first_asked():
    from nccd.compiler.analysis.diagnose import diagnose_bytes

    report = diagnose_bytes(BASE.encode(), "m.hlo.txt")
    assert report.known_fingerprint is None and report.fingerprint_pending is not None
    assert report.fingerprint == fp(BASE) == report.to_json()["fingerprint"]
    assert report.fingerprint_pending is None  # computed once


def test_a_module_with_structural_errors_has_no_fingerprint():
    from nccd.compiler.analysis.diagnose import diagnose_bytes

    broken = BASE.replace("ROOT r = f32[4]{0} reduce(y, zero)", "ROOT r = f32[4]{0} reduce(y, missing)")
    report = diagnose_bytes(broken.encode(), "m.hlo.txt")
    assert not report.ok and report.fingerprint is None
