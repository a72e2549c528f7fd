"""`ncc run` refuses what does not fit before allocating it, and `ncc compile` refuses what
`ncc run` cannot execute (issue 12, point 5): one diagnostic each, never an internal error."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nccd.compiler.artifact import container
from nccd.compiler.hlo.parser import parse_hlo_text

NCC = str(Path(sys.executable).parent / "ncc")

HUGE = """HloModule huge
ENTRY main {
  x = f32[100000,100000] parameter(0)
  ROOT y = f32[100000,100000] add(x, x)
}
"""
SMALL = """HloModule small
ENTRY main {
  x = f32[1000] parameter(0)
  ROOT y = f32[1000] add(x, x)
}
"""
_DIMS = ",".join(["1"] * 65)
RANK_65 = f"""HloModule deep
ENTRY main {{
  x = f32[{_DIMS}] parameter(0)
  ROOT y = f32[{_DIMS}] add(x, x)
}}
"""
SHARDING_CAST = """HloModule sharding_cast
ENTRY main {
  x = bf16[4] parameter(0)
  ROOT y = f32[4] custom-call(x), custom_call_target="Sharding", sharding={replicated}
}
"""
RAGGED_ROWS_DIFFER = """HloModule ragged
ENTRY main {
  input = f32[8,4] parameter(0)
  output = f32[8,2] parameter(1)
  in_off = s32[1] parameter(2)
  send = s32[1] parameter(3)
  out_off = s32[1] parameter(4)
  recv = s32[1] parameter(5)
  ROOT r = f32[8,2] ragged-all-to-all(input, output, in_off, send, out_off, recv), replica_groups={{0}}
}
"""


def _ncc(tmp_path, *args, env=None):
    return subprocess.run([NCC, *args, "--no-daemon"], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "NCC_NO_DAEMON": "1", **(env or {})})


def _one_error(proc, code: str) -> str:
    said = proc.stdout + proc.stderr  # compile prints its diagnostics on stdout, run on stderr
    assert proc.returncode == 1 and "Traceback" not in said and "internal error" not in said, said
    errors = [line for line in said.splitlines() if "error[" in line]
    assert len(errors) == 1 and f"error[{code}]" in errors[0], said
    return errors[0]


def _compiled(tmp_path, text: str, name: str) -> str:
    (tmp_path / f"{name}.hlo").write_text(text)
    proc = _ncc(tmp_path, "compile", f"{name}.hlo", "-o", f"{name}.ncx", "--auto-cast", "none")
    assert proc.returncode == 0, proc.stderr
    return f"{name}.ncx"


def test_random_inputs_over_the_memory_budget_are_one_diagnostic_naming_the_parameter(tmp_path):
    artifact = _compiled(tmp_path, HUGE, "huge")
    line = _one_error(_ncc(tmp_path, "run", artifact, "--random-inputs", "0"), "NCC-E062")
    assert "parameter 0 (x) needs 74.5 GiB" in line and "memory budget of" in line


def test_the_budget_is_a_setting(tmp_path):
    artifact = _compiled(tmp_path, SMALL, "small")
    assert _ncc(tmp_path, "run", artifact, "--random-inputs", "0").returncode == 0
    line = _one_error(_ncc(tmp_path, "run", artifact, "--random-inputs", "0", env={"NCC_RUN_MEMORY_BUDGET": "4K"}),
                      "NCC-E062")
    assert "memory budget of 4.0 KiB" in line
    bad = _ncc(tmp_path, "run", artifact, "--random-inputs", "0", env={"NCC_RUN_MEMORY_BUDGET": "lots"})
    assert bad.returncode == 2 and "NCC_RUN_MEMORY_BUDGET" in bad.stderr and "Traceback" not in bad.stderr


def test_an_npz_whose_header_declares_more_than_it_holds_is_refused_before_allocating(tmp_path):
    artifact = _compiled(tmp_path, SMALL, "small")
    stream = io.BytesIO()
    np.lib.format.write_array_header_1_0(stream, {"descr": "<f4", "fortran_order": False, "shape": (10 ** 12,)})
    with zipfile.ZipFile(tmp_path / "forged.npz", "w") as archive:
        archive.writestr("arr_0.npy", stream.getvalue() + bytes(4000))
    line = _one_error(_ncc(tmp_path, "run", artifact, "--inputs", "forged.npz"), "NCC-E071")
    assert "header declares" in line


def test_rank_over_64_is_refused_by_compile_and_by_run(tmp_path):
    (tmp_path / "deep.hlo").write_text(RANK_65)
    compile_ = _ncc(tmp_path, "compile", "deep.hlo", "-o", "deep.ncx")
    said = compile_.stdout + compile_.stderr
    assert compile_.returncode == 1 and "at most 64 dimensions" in said and "Traceback" not in said
    assert not (tmp_path / "deep.ncx").exists()
    # an artifact written some other way (another nccd, by hand) is refused by run the same way
    module = parse_hlo_text(RANK_65, "deep.hlo")
    (tmp_path / "deep.ncx").write_bytes(container.pack(module, {}, compiler_version="0", target="trn1",
                                                       model_name="deep", features=(), created=0))
    line = _one_error(_ncc(tmp_path, "run", "deep.ncx", "--random-inputs", "0"), "NCC-E060")
    assert "at most 64 dimensions" in line


@pytest.mark.parametrize("text,phrase", [
    pytest.param(SHARDING_CAST, "'Sharding' is an identity on one device, but turns bf16[4] into f32[4]",
                 id="sharding-bf16-to-f32"),
    pytest.param(RAGGED_ROWS_DIFFER, "moves rows of f32[8,4] into f32[8,2]", id="ragged-all-to-all"),
])
def test_compile_refuses_what_run_cannot_execute(tmp_path, text, phrase):
    (tmp_path / "m.hlo").write_text(text)
    proc = _ncc(tmp_path, "compile", "m.hlo", "-o", "m.ncx", "--auto-cast", "none")
    line = _one_error(proc, "NCC-E060")
    assert phrase in line and not (tmp_path / "m.ncx").exists()
