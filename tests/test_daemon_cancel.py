"""A compile whose client goes away is cancelled (issue 12 point 5): the daemon says so in its log,
caches nothing of it and serves on.

Real daemons on real sockets (tests/test_daemon.py's Daemon). The compile is made slow for certain
by the engine's test hold (NCCD_TEST_HOLD_COMPILE: the first full compile announces itself and waits
for a release file), so the client can leave while it is under way; every wait is for an event.
"""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from test_daemon import BERT, ENCODER, NCC, Daemon, _cache_entries_are_intact, _wait_for_file


@pytest.fixture
def daemon(tmp_path):
    d = Daemon(tmp_path)
    yield d
    d.stop()


def _wait_for_log(daemon: Daemon, text: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while text not in (log := daemon.log()):
        assert time.monotonic() < deadline, f"the daemon never logged {text!r}:\n{log[-2000:]}"
        time.sleep(0.02)
    return log


def _held_daemon(daemon: Daemon, tmp_path):
    hold = tmp_path / "hold"
    hold.mkdir()
    env = {**daemon.env, "NCCD_TEST_HOLD_COMPILE": str(hold)}
    assert daemon.ncc("daemon", "start", env=env).returncode == 0
    return hold, env


def _serves_on(daemon: Daemon, pid: int) -> None:
    again = daemon.ncc("compile", ENCODER, "-o", "after.ncx")
    assert again.returncode == 0 and "compiled" in again.stdout, again.stderr
    assert daemon.pid() == pid


def test_a_thin_client_that_leaves_mid_compile_cancels_it(daemon, tmp_path):
    hold, env = _held_daemon(daemon, tmp_path)
    pid = daemon.pid()
    client = subprocess.Popen([NCC, "compile", str(BERT), "--model-type", "transformer", "-o", "bert.ncx"],
                              cwd=daemon.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for_file(hold / "compile-started")  # the daemon is inside the compile, held there
        client.send_signal(signal.SIGKILL)  # the client goes: its socket closes
        client.wait(timeout=60)
        _wait_for_log(daemon, "cli command cancelled, the client closed the connection: ncc compile")
    finally:
        (hold / "release").touch()
    log = _wait_for_log(daemon, "compile of ")
    assert "long.hlo.txt cancelled before its compile stage: the client closed the connection" in log, log[-2000:]
    assert "Traceback" not in log
    assert _cache_entries_are_intact(daemon.cache_dir) == 0  # nothing of it was cached
    assert not (daemon.root / "bert.ncx").exists()
    with daemon.client() as nccd:
        counters = nccd.status()["engine"]["counters"]
    assert counters["full_compiles"] == 1  # it started, and was given up
    _serves_on(daemon, pid)


def test_a_grpc_compile_cancelled_by_its_caller_caches_nothing(daemon, tmp_path):
    import grpc

    from nccd.daemon._proto import daemon_pb2 as pb
    from nccd.daemon._proto import daemon_pb2_grpc

    hold, _ = _held_daemon(daemon, tmp_path)
    pid = daemon.pid()
    with grpc.insecure_channel(f"unix://{daemon.run_dir}/daemon.sock") as channel:
        call = daemon_pb2_grpc.CompilerStub(channel).Compile(pb.CompileRequest(
            model=pb.Model(content=BERT.read_bytes(), name="bert.hlo.txt"), flags=["--model-type", "transformer"]))
        try:
            _wait_for_file(hold / "compile-started")
            call.cancel()
            # released once the daemon saw the cancellation, so it stops at the compile stage's check
            # (released earlier, the compile may pass that check and stop before its first pass)
            _wait_for_log(daemon, "grpc Compile of bert.hlo.txt cancelled, its caller went away")
        finally:
            (hold / "release").touch()
        with pytest.raises(grpc.RpcError) as caught:
            list(call)
        assert caught.value.code() == grpc.StatusCode.CANCELLED
    log = _wait_for_log(daemon, "compile of bert.hlo.txt cancelled before its compile stage")
    assert "went away" in log and "Traceback" not in log
    assert _cache_entries_are_intact(daemon.cache_dir) == 0
    _serves_on(daemon, pid)


def test_ctrl_c_on_a_watch_in_the_daemon_stops_it_there(daemon, tmp_path):
    """`ncc watch` runs in the daemon; Ctrl-C half-closes the connection, which ends the watch there
    (its slot is free again) and the client still prints the closing line."""
    model = tmp_path / "m.hlo.txt"
    model.write_text(ENCODER.read_text())
    assert daemon.ncc("daemon", "start", "--max-watches", "1").returncode == 0
    for _ in range(2):  # the second is admitted only if the first gave its slot back
        proc = subprocess.Popen([NCC, "watch", "m.hlo.txt"], cwd=tmp_path, env=daemon.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().startswith("watching m.hlo.txt"), proc.stderr.read()
            with daemon.client() as nccd:
                assert nccd.status()["watches"] == 1  # in the daemon
        finally:
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0 and out == "stopped watching after 0 compiles\n", (out, err)
        assert "Traceback" not in err
    deadline = time.monotonic() + 60
    with daemon.client() as nccd:
        while nccd.status()["watches"]:
            assert time.monotonic() < deadline, "the watch never ended in the daemon"
            time.sleep(0.02)


def test_a_compile_cancelled_while_it_runs_stops_between_passes_and_caches_nothing(tmp_path, caplog):
    """In the engine: the token is cancelled once the compile has started (its "compile" stage was
    reported), so the check at that boundary passes and the compile stops before its first pass."""
    import logging

    from nccd.compiler.options import CompileOptions
    from nccd.daemon.cancel import CancelToken, Cancelled
    from nccd.daemon.engine import Engine, EngineConfig

    engine = Engine(EngineConfig(cache_dir=tmp_path / "cache"))
    cancel = CancelToken()
    stages = []

    def progress(stage: str, message: str) -> None:
        stages.append(stage)
        if stage == "compile":
            cancel.cancel("the test's client went away")

    with caplog.at_level(logging.INFO, logger="nccd"), pytest.raises(Cancelled):
        engine.compile_bytes(ENCODER.read_bytes(), CompileOptions(), None, None, ["compile"], label="e.hlo.txt",
                             progress=progress, cancel=cancel)
    assert stages[-1] == "compile" and "store" not in stages
    assert "compile of e.hlo.txt cancelled before its" in caplog.text and " pass: the test's client" in caplog.text
    assert engine.stats()["memory"]["artifacts"]["entries"] == 0 and engine.disk.stats()["entries"] == 0
    again = engine.compile_bytes(ENCODER.read_bytes(), CompileOptions(), None, None, ["compile"], label="e.hlo.txt")
    assert again.ok and again.cache == "miss"  # nothing of the cancelled compile was kept
