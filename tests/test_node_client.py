"""A client in another language: Node.js with @grpc/grpc-js and @grpc/proto-loader compiles,
diagnoses and runs a model with tensors through a real daemon (clients/node/example.js).

Its outputs must equal, byte for byte, what nccd's runtime gives for the same artifact and inputs.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess

import numpy as np
import pytest
from test_daemon import ENCODER, SAMPLER, Daemon

from helpers import REPO

NODE_CLIENT = REPO / "clients" / "node"


@pytest.fixture(scope="module")
def node_modules():
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed: the Node.js client cannot run")
    if not (NODE_CLIENT / "node_modules" / ".package-lock.json").exists():
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_CLIENT, capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 0, done.stderr


@pytest.fixture
def daemon(tmp_path):
    d = Daemon(tmp_path)
    process = d.start_directly()
    yield d
    d.stop()
    process.wait(timeout=30)


def test_node_client_compiles_diagnoses_and_runs_with_tensors(node_modules, daemon, tmp_path):
    artifact = tmp_path / "encoder.ncx"
    done = subprocess.run(["node", str(NODE_CLIENT / "example.js"), "--address", f"unix://{daemon.run_dir}/daemon.sock",
                           "--model", str(ENCODER), "--broken", str(SAMPLER), "--artifact-out", str(artifact)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["protocol"] == 2
    assert {"cache", "load", "compile", "store"} <= set(report["stages"])
    assert report["compile"]["ok"] and report["compile"]["cache"] == "MISS"
    assert report["compile"]["module"] == "jit_encoder_block" and len(report["compile"]["fingerprint"]) == 64

    diagnose = report["diagnose"]
    assert not diagnose["ok"] and diagnose["errors"] == 2
    errors = [d for d in diagnose["diagnostics"] if d["severity"] == "ERROR"]
    assert {d["code"] for d in errors} == {"NCC-E108", "NCC-E109"}
    assert all(d["line"] > 0 and d["source_line"] > 0 and d["hint"] for d in errors)

    from nccd.compiler import artifact as ncx
    from nccd.compiler.runtime.executable import Executable

    program = Executable(ncx.read_file(str(artifact)).module)
    inputs = []
    for spec in report["inputs"]:
        count = int(np.prod(spec["shape"]))
        inputs.append((((np.arange(count) % 7) - 3) / 4).astype(np.float32).reshape(spec["shape"]))
    expected = program.run(inputs)
    outputs = report["run"]["outputs"]
    assert report["run"]["ok"] and len(outputs) == len(expected)
    for got, want in zip(outputs, expected):
        assert got["dtype"] == "f32" and tuple(got["shape"]) == want.shape
        assert base64.b64decode(got["data"]) == np.ascontiguousarray(want, "<f4").tobytes()

    assert report["bad_run"] == {"ok": False, "codes": ["NCC-E070"]}  # one input short: refused, not run
