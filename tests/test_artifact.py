"""The .ncx format: round trips, and one precise error per kind of damage."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import subprocess
import sys
import tarfile
import textwrap

import ml_dtypes
import numpy as np
import pytest

from helpers import JAX_CORPUS, REPO
from nccd.compiler import artifact as ncx
from nccd.compiler.artifact import header as H
from nccd.compiler.compile import compile_module, compile_path, default_output
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import Executable

WITH_CONSTANTS = """HloModule consts
ENTRY main {
  x = bf16[2,3] parameter(0)
  w = bf16[2,3] constant({{1, 2, 3}, {4.5, -5, 6}})
  b = s32[4] constant({7, -8, 9, 10})
  one = f32[] constant(1)
  y = bf16[2,3] multiply(x, w)
  ROOT t = (bf16[2,3], s32[4], f32[]) tuple(y, b, one)
}
"""


def _compiled(text: str = WITH_CONSTANTS, target: str = "trn2") -> bytes:
    data, result = compile_module(parse_hlo_text(text), CompileOptions(target=target))
    assert data is not None, [d.format() for d in result.diagnostics]
    return data


def _error(data: bytes) -> str:
    with pytest.raises(HloError) as info:
        ncx.unpack(data, "model.ncx")
    (d,) = info.value.diagnostics
    assert d.file == "model.ncx"
    return d.code, d.message


def test_round_trip_keeps_the_program_and_externalises_constants():
    module = parse_hlo_text(WITH_CONSTANTS)
    data = _compiled()
    loaded = ncx.unpack(data)
    assert fingerprint(loaded.module) == fingerprint(module)
    assert sorted(w["instruction"] for w in loaded.info["constants"].values()) == ["b", "w"]
    assert "external-constants" in loaded.header.features
    x = np.ones((2, 3), ml_dtypes.bfloat16)
    y, b, one = Executable(loaded.module).run([x])
    np.testing.assert_array_equal(y.astype(np.float32), [[1, 2, 3], [4.5, -5, 6]])
    np.testing.assert_array_equal(b, [7, -8, 9, 10])
    assert one == 1


def test_header_layout_is_fixed_and_little_endian():
    data = _compiled()
    assert len(data) - H.HEADER_SIZE == struct.unpack_from("<Q", data, 16)[0]
    assert data[:8] == b"\x89NCX\r\n\x1a\n"
    assert struct.unpack_from("<HHI", data, 8) == (H.FORMAT_MAJOR, H.FORMAT_MINOR, 1024)
    assert data[24:56] == hashlib.sha256(data[1024:]).digest()
    assert data[96:128].rstrip(b"\0").decode() == ncx.read_header(data).compiler_version
    assert data[128:144].rstrip(b"\0") == b"trn2"
    assert data[304:1024] == bytes(720)


def test_payload_is_a_plain_tar_with_info_program_and_npy_constants():
    data = _compiled()
    with tarfile.open(fileobj=io.BytesIO(data[1024:])) as tar:
        names = tar.getnames()
        info = json.load(tar.extractfile("info.json"))
        npy = tar.extractfile(names[2]).read()
    assert names[:2] == ["info.json", "program.pb"] and all(n.startswith("constants/") for n in names[2:])
    for key in ("tool_version", "flags", "target", "inputs", "outputs", "op_histogram", "created"):
        assert key in info
    assert info["inputs"] == [{"index": 0, "name": "x", "shape": [2, 3], "element_type": "bf16",
                               "dtype": "bfloat16"}]
    assert npy.startswith(b"\x93NUMPY") and b"pickle" not in data


def test_not_an_artifact():
    code, message = _error(b"HloModule m\nENTRY e {}\n" + bytes(2000))
    assert code == "NCC-E050" and "magic" in message


@pytest.mark.parametrize("keep", [10, 500, 1024 + 100])
def test_truncated(keep):
    data = _compiled()
    code, message = _error(data[:keep])
    assert code == "NCC-E051" if keep > 8 else "NCC-E050"
    if keep > 1024:
        assert "payload bytes" in message


def test_payload_corruption_is_caught_by_the_checksum():
    data = bytearray(_compiled())
    data[2000] ^= 0x40
    code, message = _error(bytes(data))
    assert code == "NCC-E052" and "SHA-256" in message


def test_header_corruption_is_caught_by_the_header_checksum():
    data = bytearray(_compiled())
    data[150] ^= 0x01  # inside the model name
    code, message = _error(bytes(data))
    assert code == "NCC-E052" and "header checksum" in message


def _rewrite_header(data: bytes, **changes) -> bytes:
    head = ncx.read_header(data)
    fields = {f: getattr(head, f) for f in H.Header.__dataclass_fields__}
    fields.update(changes)
    return H.Header(**fields).pack() + data[H.HEADER_SIZE:]


def test_other_major_version_names_both_versions_and_what_to_do():
    code, message = _error(_rewrite_header(_compiled(), format_major=H.FORMAT_MAJOR + 1, compiler_version="9.0.0"))
    assert code == "NCC-E053"
    assert f"{H.FORMAT_MAJOR + 1}.0" in message and f"{H.FORMAT_MAJOR}.x" in message and "9.0.0" in message


def test_newer_minor_version_loads_with_a_warning():
    loaded = ncx.unpack(_rewrite_header(_compiled(), format_minor=H.FORMAT_MINOR + 3))
    assert [w.code for w in loaded.warnings] == ["NCC-W051"]


def test_unknown_required_feature_is_refused():
    code, message = _error(_rewrite_header(_compiled(), required_features=1 << 40))
    assert code == "NCC-E054" and "40" in message


def test_trailing_bytes_are_corruption():
    code, _ = _error(_compiled() + b"\0")
    assert code == "NCC-E052"


def test_malformed_payload_with_a_valid_checksum():
    data = _compiled()
    body = b"this is not a tar archive" * 50
    head = ncx.read_header(data)
    forged = H.Header(**{**{f: getattr(head, f) for f in H.Header.__dataclass_fields__},
                         "payload_size": len(body), "payload_sha256": hashlib.sha256(body).digest()})
    code, _ = _error(forged.pack() + body)
    assert code == "NCC-E055"


def test_writes_are_atomic_and_failures_are_diagnostics(tmp_path):
    target = tmp_path / "m.ncx"
    target.write_bytes(b"old")
    ncx.write_file(str(target), b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["m.ncx"]
    with pytest.raises(HloError) as info:
        ncx.write_file(str(tmp_path / "missing" / "m.ncx"), b"x")
    assert info.value.diagnostics[0].code == "NCC-E061"


def test_a_failing_write_leaves_the_old_file_and_no_temporary(tmp_path):
    """A real write failure: the child process may not grow a file past 50 kB (RLIMIT_FSIZE)."""
    target = tmp_path / "m.ncx"
    target.write_bytes(b"old")
    child = textwrap.dedent(f"""
        import resource, signal, sys
        from nccd.compiler import artifact
        from nccd.compiler.diagnostics import HloError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))
        try:
            artifact.write_file({str(target)!r}, b"x" * 100_000)
        except HloError as exc:
            print(exc.diagnostics[0].code, exc.diagnostics[0].message)
            sys.exit(3)
    """)
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout.startswith("NCC-E061") and "File too large" in proc.stdout
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["m.ncx"]


def test_default_output_name():
    assert default_output("examples/encoder_block.hlo.txt") == "encoder_block.ncx"
    assert default_output("/x/model.MODULE_1+2.hlo_module.pb") == "model.MODULE_1+2.ncx"
    assert default_output("snapshot.pb") == "snapshot.ncx"
    assert default_output("model") == "model.ncx"


def test_compile_refuses_what_the_target_cannot_run_and_writes_nothing(tmp_path):
    out = tmp_path / "sampler.ncx"
    result = compile_path(str(REPO / "examples" / "sampler_step.hlo.txt"), CompileOptions(), str(out))
    assert not result.ok and not out.exists()
    codes = {d.code for d in result.diagnostics}
    assert {"NCC-E108", "NCC-E109"} <= codes and "NCC-E113" not in codes  # its jnp.argmax compiles


def test_compile_records_flags_signature_and_histogram(tmp_path):
    out = tmp_path / "encoder.ncx"
    options = CompileOptions(target="trn2", optlevel=3, ignored_flags=("--disable-dge",))
    result = compile_path(str(JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"), options, str(out))
    assert result.ok and result.output == str(out)
    info = ncx.read_file(str(out)).info
    assert info["flags"]["optlevel"] == 3 and info["flags"]["ignored_flags"] == ["--disable-dge"]
    assert info["target"] == "trn2" and info["op_histogram"]["dot"] > 0
    module = load_module(str(JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"))
    assert [i["shape"] for i in info["inputs"]] == [list(p.shape.dims) for p in module.entry.parameters]
    assert "NCC-W050" in [d.code for d in result.diagnostics]
