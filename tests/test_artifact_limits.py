"""An artifact with valid checksums but forged contents is one NCC-E055, before any large
allocation (issue 12, point 5): sparse or oversized tar members, .npy headers that declare
more than they hold, info.json of the wrong shape."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest

from nccd.compiler.artifact import container
from nccd.compiler.artifact import header as H
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.compile import compile_module
from nccd.compiler.options import CompileOptions

NCC = str(Path(sys.executable).parent / "ncc")

MODEL = """HloModule with_constant
ENTRY main {
  x = f32[4] parameter(0)
  c = f32[4] constant({1, 2, 3, 4})
  ROOT y = f32[4] add(x, c)
}
"""
TERABYTE = 10 ** 12


@pytest.fixture(scope="module")
def artifact() -> bytes:
    data, result = compile_module(parse_hlo_text(MODEL, "m.hlo"), CompileOptions(auto_cast="none"), "m.hlo", [])
    assert data, [d.format() for d in result.diagnostics]
    return data


def _members(artifact: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(artifact[H.HEADER_SIZE:]), mode="r:") as tar:
        return [(m, tar.extractfile(m).read()) for m in tar]


def _repack(artifact: bytes, raw_payload: bytes) -> bytes:
    """An artifact around ``raw_payload`` whose header and checksums are all valid."""
    old = H.unpack(artifact[:H.HEADER_SIZE])
    head = H.Header.new(raw_payload, compiler_version=old.compiler_version, target=old.target,
                        model_name=old.model_name, features=old.features, created=old.created)
    return head.pack() + raw_payload


def _tar(members: list[tuple[tarfile.TarInfo, bytes]], extra_headers: bytes = b"") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data))
    body = out.getvalue().rstrip(b"\0")
    body += bytes(-len(body) % 512)
    return body + extra_headers + bytes(1024)


def _with_member(artifact: bytes, name: str, data: bytes) -> bytes:
    members = [(m, d) if m.name != name else (_info(name, len(data)), data) for m, d in _members(artifact)]
    return _repack(artifact, _tar(members))


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode = size, 0o644
    return info


def _raw_header(name: str, typeflag: bytes, size: int, realsize: int | None = None) -> bytes:
    """A tar header block written by hand (tarfile will not write these)."""
    block = bytearray(tarfile.TarInfo(name).tobuf(tarfile.GNU_FORMAT))
    block[124:136] = tarfile.itn(size, 12, tarfile.GNU_FORMAT)  # base-256 beyond 8 GiB, as GNU tar writes
    block[156:157] = typeflag
    if realsize is not None:  # GNU sparse: the size the file claims once expanded
        block[483:495] = tarfile.itn(realsize, 12, tarfile.GNU_FORMAT)
    assert len(block) == 512
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def _expect_malformed(data: bytes, *phrases: str) -> str:
    with pytest.raises(HloError) as caught:
        container.unpack(data, "forged.ncx")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "NCC-E055", diagnostic.format()
    for phrase in phrases:
        assert phrase in diagnostic.message, diagnostic.message
    return diagnostic.message


def _limited_address_space(limit: int = 2 << 30):
    """Run the reader with at most ``limit`` bytes of address space beyond what is mapped now:
    a reader that allocated what a member declares would fail with MemoryError, not E055."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as f:
        mapped = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    return soft, hard, mapped + limit


def test_a_sparse_member_declaring_a_terabyte_is_refused_without_reading_it(artifact):
    members = _members(artifact)
    sparse = _raw_header("constants/00001.npy", tarfile.GNUTYPE_SPARSE, 0, realsize=TERABYTE)
    forged = _repack(artifact, _tar(members, extra_headers=sparse))
    assert len(forged) < 16 << 10  # the attack is a small file
    _expect_malformed(forged, "sparse", str(TERABYTE))


def test_a_member_declaring_more_bytes_than_the_payload_holds_is_refused(artifact):
    members = _members(artifact)
    forged = _repack(artifact, _tar(members, extra_headers=_raw_header("constants/00001.npy", b"0", TERABYTE)))
    _expect_malformed(forged, f"declares {TERABYTE} bytes")


@pytest.mark.parametrize("name,kind", [("evil/../../x", b"0"), ("program.pb", b"2"), ("constants/link.npy", b"1")])
def test_members_that_are_not_plain_artifact_files_are_refused(artifact, name, kind):
    forged = _repack(artifact, _tar(_members(artifact), extra_headers=_raw_header(name, kind, 0)))
    _expect_malformed(forged, repr(name))


def test_an_npy_header_declaring_more_than_its_bytes_is_refused_before_allocating(artifact):
    (name,) = [m.name for m, _ in _members(artifact) if m.name.endswith(".npy")]
    header = {"descr": "<f4", "fortran_order": False, "shape": (TERABYTE,)}
    stream = io.BytesIO()
    np.lib.format.write_array_header_1_0(stream, header)
    forged = _with_member(artifact, name, stream.getvalue() + bytes(16))
    soft, hard, limit = _limited_address_space()
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        message = _expect_malformed(forged, "header declares", "holds 16")
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    assert name in message


@pytest.mark.parametrize("info,phrase", [
    pytest.param([], "holds a list", id="a-list"),
    pytest.param({"constants": []}, "constants is not an object", id="constants-list"),
    pytest.param({"constants": {"constants/00000.npy": 1}}, "is not an object", id="constant-entry-number"),
    pytest.param({"constants": {"constants/00000.npy": {"computation": "main"}}}, "names no computation",
                 id="constant-without-instruction"),
    pytest.param({"inputs": [{"index": 0, "name": "x", "shape": "4"}]}, "inputs[0] has a shape", id="shape-text"),
    pytest.param({"outputs": {"0": 1}}, "outputs is not a list", id="outputs-object"),
    pytest.param({"flags": []}, "flags is not an object", id="flags-list"),
    pytest.param({"flags": {"ignored_flags": "x"}}, "flags is not an object", id="ignored-flags-text"),
    pytest.param({"op_histogram": {"add": "one"}}, "op_histogram", id="histogram-text"),
])
def test_forged_info_json_is_malformed(artifact, info, phrase):
    _expect_malformed(_with_member(artifact, "info.json", json.dumps(info).encode()), phrase)


def test_deeply_nested_info_json_is_malformed_not_a_recursion_error(artifact):
    nested = b"[" * 200_000 + b"]" * 200_000
    _expect_malformed(_with_member(artifact, "info.json", nested), "nests too deeply")


def test_an_artifact_without_its_program_is_malformed(artifact):
    members = [(m, d) for m, d in _members(artifact) if m.name != "program.pb"]
    _expect_malformed(_repack(artifact, _tar(members)), "no program.pb")


@pytest.mark.parametrize("command", ["inspect", "run"])
def test_the_cli_says_one_clear_message_for_a_forged_artifact(artifact, tmp_path, command):
    members = _members(artifact)
    sparse = _raw_header("constants/00001.npy", tarfile.GNUTYPE_SPARSE, 0, realsize=TERABYTE)
    (tmp_path / "forged.ncx").write_bytes(_repack(artifact, _tar(members, extra_headers=sparse)))
    args = [NCC, command, "forged.ncx", "--no-daemon"] + (["--random-inputs", "0"] if command == "run" else [])
    proc = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "NCC_NO_DAEMON": "1"})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "error[NCC-E055]" in proc.stderr and "sparse" in proc.stderr
