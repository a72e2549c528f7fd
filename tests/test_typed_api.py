"""The gRPC API's typed messages, as a service sees them (generated stubs over the daemon's socket).

Protocol 2: diagnostics, tensors, compile results, operator tables, artifact information and
status are typed fields; progress carries the stages the engine really goes through.
"""

from __future__ import annotations

import grpc
import numpy as np
import pytest
from test_daemon import ENCODER, SAMPLER, Daemon

from nccd.daemon._proto import daemon_pb2 as pb
from nccd.daemon._proto import daemon_pb2_grpc


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    daemon = Daemon(tmp_path_factory.mktemp("typed-api"))
    process = daemon.start_directly()
    channel = grpc.insecure_channel(f"unix://{daemon.run_dir}/daemon.sock",
                                    options=[("grpc.max_receive_message_length", 1 << 30)])
    yield daemon_pb2_grpc.CompilerStub(channel)
    channel.close()
    daemon.stop()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def compiled(api):
    events = list(api.Compile(pb.CompileRequest(model=pb.Model(content=ENCODER.read_bytes(), name="encoder"),
                                                flags=["--target", "trn2"], return_artifact=True)))
    return events


def test_handshake_says_protocol_2_and_refuses_protocol_1(api):
    assert api.Handshake(pb.HandshakeRequest(protocol=2)).protocol == 2
    old = api.Handshake(pb.HandshakeRequest(protocol=1))
    assert not old.compatible and "protocol 1 requested" in old.restart_reason


def test_compile_result_is_typed(compiled):
    stages = [e.progress.stage for e in compiled if e.HasField("progress")]
    assert {"cache", "load", "compile", "store"} <= set(stages)
    result = compiled[-1].result
    assert result.ok and result.exit_status == 0 and result.cache == pb.MISS
    assert result.module == "jit_encoder_block" and result.target == "trn2" and result.model == "encoder"
    assert len(result.fingerprint) == 64 and result.artifact_bytes == len(result.artifact) > 0
    assert result.flags["target"] == "trn2" and result.flags["optlevel"] == "2"
    assert result.errors == 0 and all(d.severity != pb.ERROR for d in result.diagnostics)
    assert result.passes and result.timings_ms


def test_a_second_compile_is_a_memory_hit(api, compiled):
    again = list(api.Compile(pb.CompileRequest(model=pb.Model(content=ENCODER.read_bytes(), name="encoder"),
                                               flags=["--target", "trn2"])))
    assert again[-1].result.cache == pb.MEMORY


def test_diagnostics_are_typed_with_hlo_and_python_locations(api):
    reply = api.Diagnose(pb.DiagnoseRequest(model=pb.Model(path=str(SAMPLER)), target="trn1"))
    assert not reply.ok and reply.exit_status == 1 and reply.errors == 2 and reply.instructions > 0
    errors = [d for d in reply.diagnostics if d.severity == pb.ERROR]
    assert {d.code for d in errors} == {"NCC-E108", "NCC-E109"}
    for d in errors:
        assert d.hlo.file == str(SAMPLER) and d.hlo.line > 0 and d.hlo.column > 0 and d.hlo.instruction
        assert d.source.file.endswith("models.py") and d.source.line > 0 and d.hint and d.doc
    assert "NCC-E108" in reply.text


def test_operator_table_is_typed(api):
    table = api.ListOperators(pb.ListOperatorsRequest(target="inf1"))
    dot = next(op for op in table.operators if op.list_name == "DotGeneral")
    (inf1,) = [t for t in dot.targets if t.target == "inf1"]
    assert inf1.supported and "f32" in inf1.dtypes
    assert "DotGeneral" in table.text.split()
    with pytest.raises(grpc.RpcError) as caught:
        api.ListOperators(pb.ListOperatorsRequest(target="trn9"))
    assert caught.value.code() is grpc.StatusCode.INVALID_ARGUMENT


def test_inspect_by_content_lists_the_signature(api, compiled):
    info = api.Inspect(pb.InspectRequest(content=compiled[-1].result.artifact))
    assert info.ok and info.target == "trn2" and info.model == "jit_encoder_block"
    assert [(t.dtype, list(t.shape)) for t in info.inputs][0] == ("f32", [2, 16, 64])
    assert len(info.payload_sha256) == 64 and info.instructions > 0
    broken = api.Inspect(pb.InspectRequest(content=b"not an artifact"))
    assert not broken.ok and broken.diagnostics[0].code.startswith("NCC-E05") and broken.exit_status == 1


def _tensor(array: np.ndarray, dtype: str = "f32") -> pb.Tensor:
    return pb.Tensor(dtype=dtype, shape=list(array.shape), data=np.ascontiguousarray(array, "<f4").tobytes())


def test_run_takes_tensors_and_returns_tensors(api, compiled):
    artifact = compiled[-1].result.artifact
    info = api.Inspect(pb.InspectRequest(content=artifact))
    rng = np.random.default_rng(0)
    arrays = [rng.standard_normal(list(t.shape)).astype(np.float32) for t in info.inputs]
    reply = api.Run(pb.RunRequest(content=artifact, inputs=[_tensor(a) for a in arrays]))
    assert reply.ok and reply.exit_status == 0 and reply.run_ms > 0

    from nccd.compiler import artifact as ncx
    from nccd.compiler.runtime.executable import Executable

    expected = Executable(ncx.unpack(artifact).module).run(arrays)
    assert len(reply.outputs) == len(expected)
    for got, want in zip(reply.outputs, expected):
        assert got.dtype == "f32" and tuple(got.shape) == want.shape
        assert np.array_equal(np.frombuffer(got.data, "<f4").reshape(got.shape), want)


@pytest.mark.parametrize("case", ["short data", "wrong dtype", "wrong shape", "one input short"])
def test_run_refuses_tensors_that_do_not_fit_without_running(api, compiled, case):
    artifact = compiled[-1].result.artifact
    info = api.Inspect(pb.InspectRequest(content=artifact))
    tensors = [_tensor(np.zeros(list(t.shape), np.float32)) for t in info.inputs]
    if case == "short data":
        tensors[0].data = tensors[0].data[:-4]
    elif case == "wrong dtype":
        tensors[0].dtype = "bf16"
    elif case == "wrong shape":
        tensors[0].shape[:] = [10**12]  # declared huge: refused by its byte count, nothing allocated
    else:
        tensors.pop()
    reply = api.Run(pb.RunRequest(content=artifact, inputs=tensors))
    assert not reply.ok and reply.exit_status == 1 and not reply.outputs
    assert [d.code for d in reply.diagnostics] == ["NCC-E070"]


def test_random_inputs_and_a_forged_artifact(api, compiled):
    artifact = compiled[-1].result.artifact
    assert api.Run(pb.RunRequest(content=artifact, random_inputs=True, random_seed=3)).ok
    forged = bytearray(artifact)
    forged[-100] ^= 0xFF
    reply = api.Run(pb.RunRequest(content=bytes(forged), random_inputs=True))
    assert not reply.ok and reply.diagnostics[0].code.startswith("NCC-E05")


def test_status_and_cache_are_typed(api, compiled):
    status = api.Status(pb.StatusRequest())
    assert status.protocol == 2 and status.pid > 0 and status.counters["compiles"] >= 1
    assert {c.name for c in status.memory} >= {"modules", "artifacts"} and status.disk.name == "disk"
    stats = api.Cache(pb.CacheRequest(command="stats"))
    assert stats.disk.entries >= 1 and stats.disk.bytes > 0
