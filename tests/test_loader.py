"""Model files are told apart by content; bad files give one precise diagnostic."""

from __future__ import annotations

import pytest

from helpers import JAX_CORPUS
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import load_bytes, load_module, looks_like_text

TEXT = b"HloModule m\n\nENTRY main {\n  ROOT p = f32[2]{0} parameter(0)\n}\n"


def test_text_is_detected_whatever_the_file_name(tmp_path):
    path = tmp_path / "model.pb"
    path.write_bytes(TEXT)
    module = load_module(str(path))
    assert module.source_format == "text" and module.entry.name == "main"
    assert looks_like_text(b"// a comment\n/* block */ HloModule x")
    assert looks_like_text(b"\n\nENTRY %main (p: f32[]) -> f32[] {")


def test_proto_is_detected_whatever_the_file_name(tmp_path):
    src = JAX_CORPUS / "transformer_encoder" / "module.hlo_module.pb"
    if not src.exists():
        pytest.skip("JAX corpus not generated")
    path = tmp_path / "model.txt"
    path.write_bytes(src.read_bytes())
    module = load_module(str(path))
    assert module.source_format == "proto"


def expect_code(fn, code):
    with pytest.raises(HloError) as info:
        fn()
    assert info.value.diagnostics[0].code == code, info.value.diagnostics[0].format()
    return info.value.diagnostics[0]


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "m.hlo"
    path.write_bytes(TEXT)
    diag = expect_code(lambda: load_module(str(path), max_bytes=10), "NCC-E010")
    assert "over the limit of 10 bytes" in diag.message
    monkeypatch.setenv("NCC_MAX_INPUT_BYTES", "20")
    expect_code(lambda: load_module(str(path)), "NCC-E010")


def test_missing_file_and_directory(tmp_path):
    expect_code(lambda: load_module(str(tmp_path / "nope.hlo")), "NCC-E016")
    expect_code(lambda: load_module(str(tmp_path)), "NCC-E016")


def test_empty_stablehlo_and_garbage():
    expect_code(lambda: load_bytes(b""), "NCC-E011")
    # StableHLO is read (tests/test_stablehlo.py); a function without a body is one diagnostic
    diag = expect_code(lambda: load_bytes(b"module @jit_f {\n  func.func public @main() {}\n}"), "NCC-E040")
    assert diag.line == 2
    garbage = bytes(range(256)) * 4
    with pytest.raises(HloError) as info:
        load_bytes(garbage)
    assert info.value.diagnostics[0].code in ("NCC-E009", "NCC-E011")


def test_a_word_inside_a_leading_comment_is_not_the_first_token():
    # FileCheck-annotated HLO (XLA's hlo_to_mhlo tests) starts with comments that mention MLIR
    hlo = b"// CHECK-LABEL: module @main attributes {x} {\n// CHECK: func.func @main\n" + TEXT
    module = load_bytes(hlo)
    assert module.source_format == "text" and module.entry.name == "main"
    assert not looks_like_text(b"// ENTRY main {\n\x08\x01")


def test_text_after_long_comments_or_a_byte_order_mark_is_text():
    comments = b"".join(b"// CHECK-NEXT: %%[[x_%d:[^ ]+]] = f32[] parameter(0)\n" % i for i in range(200))
    assert len(comments) > 8192
    assert load_bytes(comments + TEXT).entry.name == "main"
    assert looks_like_text(comments + TEXT)
    module = load_bytes(b"\xef\xbb\xbf" + TEXT)
    assert module.source_format == "text" and module.entry.name == "main"
    # text that is not HLO is a syntax error at its place, never a protobuf decoding error
    diag = expect_code(lambda: load_bytes(b"\xef\xbb\xbf# RUN: hlo-translate %s\n" + TEXT), "NCC-E001")
    assert (diag.line, diag.column) == (1, 1)
    expect_code(lambda: load_bytes(b"HloModule m\n\nENTRY main {\n  ROOT p = f32[2] parameter(0)\n"), "NCC-E007")
