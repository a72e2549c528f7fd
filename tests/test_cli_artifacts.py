"""`ncc compile`, `ncc run`, `ncc inspect` end to end: the console script, real files."""

from __future__ import annotations

import json

import numpy as np
import pytest

from helpers import REPO
from test_cli import assert_no_traceback, ncc

ENCODER = REPO / "examples" / "encoder_block.hlo.txt"
SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"
ENCODER_INPUTS = [("x.1", (2, 16, 64)), ("wqkv.1", (64, 192)), ("wo.1", (64, 64)), ("w1.1", (64, 256)),
                  ("w2.1", (256, 64)), ("ln1.1", (2, 64)), ("ln2.1", (2, 64))]


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    """The bundled encoder example compiled with default flags (in its own directory)."""
    where = tmp_path_factory.mktemp("compiled")
    proc = ncc("compile", str(ENCODER), cwd=where)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return where / "encoder_block.ncx"


def _inputs(seed=0):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(shape).astype(np.float32) for _, shape in ENCODER_INPUTS]


def test_compile_writes_the_default_output_and_says_so(encoder):
    assert encoder.exists() and encoder.stat().st_size > 1024
    assert encoder.read_bytes()[:4] == b"\x89NCX"


def test_compile_json(tmp_path):
    proc = ncc("compile", str(ENCODER), "--json", "-o", str(tmp_path / "e.ncx"))
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and report["ok"]
    assert report["output"] == str(tmp_path / "e.ncx") and report["target"] == "trn1"
    assert report["compile_ms"] > 0 and report["diagnostics"] == []


def test_rightmost_flag_wins_and_internal_flags_are_reported(tmp_path):
    out = tmp_path / "e.ncx"
    proc = ncc("compile", str(ENCODER), "-o", str(out), "--optlevel", "1", "-O3", "--auto-cast", "all",
               "--auto-cast", "none", "--target", "inf2", "--target", "trn2", "--tensorizer-options",
               "--enable-ccop-compute-overlap", "--internal-backend-options=--x", "--disable-dge")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("NCC-W050") == 3
    flags = json.loads(ncc("inspect", str(out), "--json").stdout)["flags"]
    assert (flags["optlevel"], flags["auto_cast"], flags["target"]) == (3, "none", "trn2")
    assert flags["ignored_flags"] == ["--tensorizer-options --enable-ccop-compute-overlap",
                                      "--internal-backend-options=--x", "--disable-dge"]


@pytest.mark.parametrize("args, needle", [
    (["--auto-cast", "fp64"], "invalid value 'fp64': choose from none, matmult, all"),
    (["-O7"], "choose 1, 2 or 3"),
    (["--bogus-flag"], "unrecognized arguments: --bogus-flag"),
    (["--logical-nc-config", "2"], "needs trn2 or later"),
    (["--native-int64", "enabled"], "needs trn2 or later"),
    (["--framework", "TENSORFLOW"], "nccd reads XLA HLO only"),
])
def test_compile_usage_errors(args, needle, tmp_path):
    proc = ncc("compile", str(ENCODER), *args, cwd=tmp_path)
    assert proc.returncode == 2 and needle in proc.stderr, proc.stderr
    assert_no_traceback(proc)
    assert not list(tmp_path.iterdir())


def test_compile_refuses_an_unsupported_model(tmp_path):
    proc = ncc("compile", str(SAMPLER), cwd=tmp_path)
    assert proc.returncode == 1
    assert "error[NCC-E108]" in proc.stdout and "not compiled: 2 errors" in proc.stdout
    assert not list(tmp_path.iterdir())


def test_compile_writes_the_logfile(tmp_path):
    log = tmp_path / "log-neuron-cc.txt"
    proc = ncc("compile", str(ENCODER), "--logfile", str(log), "-o", str(tmp_path / "e.ncx"))
    assert proc.returncode == 0 and "compiled jit_encoder_block" in log.read_text()


def test_inspect_says_which_compiler_wrote_it(encoder):
    proc = ncc("inspect", str(encoder))
    assert proc.returncode == 0
    assert "compiler   nccd 0.1.0" in proc.stdout and "format 1.0" in proc.stdout
    report = json.loads(ncc("inspect", str(encoder), "--json").stdout)
    for key in ("compiler_version", "format_version", "target", "flags", "inputs", "outputs", "created",
                "payload_sha256", "op_histogram"):
        assert key in report
    assert [(t["name"], tuple(t["shape"])) for t in report["inputs"]] == ENCODER_INPUTS


def test_inspect_hlo_prints_the_program(encoder):
    proc = ncc("inspect", str(encoder), "--hlo")
    assert proc.returncode == 0 and proc.stdout.startswith("HloModule jit_encoder_block")


def test_inspect_of_another_major_version_still_names_the_compiler(encoder, tmp_path):
    data = bytearray(encoder.read_bytes())
    from nccd.compiler.artifact import header as H
    from nccd.compiler.artifact.container import read_header

    head = read_header(bytes(data))
    fields = {f: getattr(head, f) for f in H.Header.__dataclass_fields__}
    old = tmp_path / "old.ncx"
    old.write_bytes(H.Header(**{**fields, "format_major": 7, "compiler_version": "7.1.2"}).pack() + data[1024:])
    proc = ncc("inspect", str(old))
    assert proc.returncode == 1 and "written by nccd 7.1.2, format 7.0" in proc.stdout
    assert "error[NCC-E053]" in proc.stderr and "recompile" in proc.stderr
    run = ncc("run", str(old), "--random-inputs", "1")
    assert run.returncode == 1 and "NCC-E053" in run.stderr
    assert_no_traceback(run)


def test_run_by_position_and_by_name_agree_and_write_outputs(encoder, tmp_path):
    arrays = _inputs()
    np.savez(tmp_path / "pos.npz", *arrays)
    np.savez(tmp_path / "named.npz", **{name: a for (name, _), a in zip(ENCODER_INPUTS, arrays)})
    for name in ("pos", "named"):
        proc = ncc("run", str(encoder), "--inputs", str(tmp_path / f"{name}.npz"), "-o", str(tmp_path / f"{name}.out.npz"))
        assert proc.returncode == 0, proc.stderr
    with np.load(tmp_path / "pos.out.npz") as a, np.load(tmp_path / "named.out.npz") as b:
        assert a.files == ["arr_0"] and a["arr_0"].shape == (2, 16, 64)
        np.testing.assert_array_equal(a["arr_0"], b["arr_0"])


def test_run_json_and_random_inputs_are_seeded(encoder):
    first = json.loads(ncc("run", str(encoder), "--random-inputs", "7", "--json").stdout)
    second = json.loads(ncc("run", str(encoder), "--random-inputs", "7", "--json").stdout)
    assert first["ok"] and first["outputs"][0]["shape"] == [2, 16, 64]
    assert first["outputs"][0]["mean"] == second["outputs"][0]["mean"]


@pytest.mark.parametrize("change, needle", [
    (lambda a: a[:-1], "missing input(s): ln2.1 (arr_6) f32[2,64]"),
    (lambda a: a + [np.zeros(3, np.float32)], "unexpected input 'arr_7'"),
    (lambda a: [a[0].astype(np.float64)] + a[1:], "input x.1 (parameter 0) must be float32 f32[2,16,64], got float64"),
    (lambda a: [a[0][:1]] + a[1:], "must have shape [2, 16, 64], got [1, 16, 64]"),
])
def test_run_input_errors_name_the_parameter_and_the_signature(encoder, tmp_path, change, needle):
    np.savez(tmp_path / "in.npz", *change(_inputs()))
    proc = ncc("run", str(encoder), "--inputs", str(tmp_path / "in.npz"))
    assert proc.returncode == 1 and "error[NCC-E070]" in proc.stderr and needle in proc.stderr, proc.stderr
    assert "the program takes (x.1: f32[2,16,64], wqkv.1: f32[64,192]" in proc.stderr
    assert_no_traceback(proc)


def test_run_without_inputs_says_how_to_give_them(encoder):
    proc = ncc("run", str(encoder))
    assert proc.returncode == 2 and "--inputs FILE.npz or --random-inputs SEED" in proc.stderr


@pytest.mark.parametrize("content, code", [
    (b"not an npz", "NCC-E071"),
    (None, "NCC-E071"),  # an .npz that holds a pickled object array
])
def test_run_with_an_unreadable_inputs_file(encoder, tmp_path, content, code):
    path = tmp_path / "in.npz"
    if content is None:
        np.savez(path, np.array([{"a": 1}], dtype=object))
    else:
        path.write_bytes(content)
    proc = ncc("run", str(encoder), "--inputs", str(path))
    assert proc.returncode == 1 and code in proc.stderr
    assert_no_traceback(proc)


@pytest.mark.parametrize("damage, code", [
    (lambda d: d[:3000], "NCC-E051"),
    (lambda d: d[:2000] + bytes([d[2000] ^ 1]) + d[2001:], "NCC-E052"),
    (lambda d: b"HloModule x" + d[11:], "NCC-E050"),
])
def test_damaged_artifacts(encoder, tmp_path, damage, code):
    bad = tmp_path / "bad.ncx"
    bad.write_bytes(damage(encoder.read_bytes()))
    for command in ("run", "inspect"):
        proc = ncc(command, str(bad), *(["--random-inputs", "0"] if command == "run" else []))
        assert proc.returncode == 1 and code in proc.stderr, proc.stderr
        assert_no_traceback(proc)


def test_bf16_arrays_round_trip_through_numpy_files(tmp_path):
    import ml_dtypes

    model = tmp_path / "square.hlo.txt"
    model.write_text("HloModule square\nENTRY e {\n  x = bf16[4] parameter(0)\n"
                     "  ROOT y = bf16[4] multiply(x, x)\n}\n")
    assert ncc("compile", str(model), "-o", str(tmp_path / "sq.ncx")).returncode == 0
    np.savez(tmp_path / "in.npz", np.array([1.5, -2, 3, 0.1], ml_dtypes.bfloat16))  # numpy stores raw 'V2'
    proc = ncc("run", str(tmp_path / "sq.ncx"), "--inputs", str(tmp_path / "in.npz"), "-o", str(tmp_path / "out.npz"))
    assert proc.returncode == 0, proc.stderr
    with np.load(tmp_path / "out.npz") as out:
        result = out["arr_0"].view(ml_dtypes.bfloat16).astype(np.float32)
    np.testing.assert_array_equal(result, np.array([2.25, 4, 9, 0.010009765625], np.float32))
