"""The daemon end to end: real `nccd` processes, a real Unix socket, the real `ncc` client.

Each test gets its own runtime directory and cache, so daemons never meet; every daemon a
test starts is stopped (or killed) when it ends.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import grpc
import numpy as np
import pytest

from helpers import JAX_CORPUS, REPO

NCC = str(Path(sys.executable).parent / "ncc")
ENCODER = REPO / "examples" / "encoder_block.hlo.txt"
SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"
BERT = JAX_CORPUS / "bert_base" / "long.hlo.txt"


class Daemon:
    """One private runtime directory + cache, and helpers to talk to its daemon."""

    def __init__(self, root: Path):
        self.root = root
        self.run_dir, self.cache_dir = root / "run", root / "cache"
        self.env = {**os.environ, "NCC_RUNTIME_DIR": str(self.run_dir), "NCC_CACHE_DIR": str(self.cache_dir),
                    "NCC_IDLE_TIMEOUT": "10m"}
        self.env.pop("NCC_NO_DAEMON", None)

    def ncc(self, *args, cwd=None, env=None, timeout=180) -> subprocess.CompletedProcess:
        return subprocess.run([NCC, *map(str, args)], capture_output=True, text=True, cwd=cwd or self.root,
                              env={**self.env, **(env or {})}, timeout=timeout)

    def client(self, **kwargs):
        from nccd.clients.client import Client
        from nccd.proto.paths import requested_config

        kwargs.setdefault("config", requested_config(self.env))
        return Client(self.run_dir, **kwargs)

    def status_file(self) -> dict | None:
        try:
            return json.loads((self.run_dir / "daemon.json").read_text())
        except (OSError, ValueError):
            return None

    def pid(self) -> int | None:
        status = self.status_file()
        return status["pid"] if status else None

    def start_directly(self, *args, env=None) -> subprocess.Popen:
        """`python -m nccd.daemon.server` started by the test itself (not by a client)."""
        process = subprocess.Popen([sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(self.run_dir),
                                    *args], env={**self.env, **(env or {})}, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 60
        while not (self.run_dir / "daemon.json").exists():
            if process.poll() is not None:
                raise AssertionError(f"daemon exited: {process.stderr.read().decode()}")
            assert time.monotonic() < deadline, "daemon did not start"
            time.sleep(0.05)
        return process

    def log(self) -> str:
        try:
            return (self.run_dir / "daemon.log").read_text()
        except OSError:
            return ""

    def stop(self) -> None:
        pid = self.pid()
        client = self.client(autostart=False, check_compatible=False)
        try:
            client.connect()
            client.shutdown(grace_s=5)
        except Exception:
            pass
        finally:
            client.close()
        deadline = time.monotonic() + 15
        while pid and _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if pid and _alive(pid):
            os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (our own child that exited) is not alive
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _wait_dead(pid: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        assert time.monotonic() < deadline, f"pid {pid} still alive"
        time.sleep(0.05)


@pytest.fixture
def daemon(tmp_path):
    d = Daemon(tmp_path)
    yield d
    d.stop()


def _cache_entries_are_intact(cache_dir: Path) -> int:
    import hashlib

    count = 0
    for record_path in (cache_dir / "v1" / "objects").glob("*/*.json"):
        record = json.loads(record_path.read_text())
        data = record_path.with_suffix(".ncx").read_bytes()
        assert hashlib.sha256(data).hexdigest() == record["sha256"], f"corrupt entry served: {record_path}"
        count += 1
    return count


# -- the thin client ----------------------------------------------------------------------------------

def test_first_command_starts_the_daemon_and_the_next_is_warm(daemon):
    first = daemon.ncc("compile", ENCODER, "-o", "a.ncx", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["cache"] == "miss"
    pid = daemon.pid()
    assert pid and _alive(pid)
    second = daemon.ncc("compile", ENCODER, "-o", "b.ncx")
    assert second.returncode == 0 and "(warm: in memory)" in second.stdout, second.stdout
    assert daemon.pid() == pid
    assert (daemon.root / "a.ncx").read_bytes() == (daemon.root / "b.ncx").read_bytes()


def test_the_daemon_prints_what_the_in_process_command_prints(daemon):
    for args in (["diagnose", SAMPLER], ["diagnose", SAMPLER, "--json", "--target", "inf2"],
                 ["list-operators", "--target", "trn2"], ["diagnose", REPO / "README.md"],
                 ["compile", "--target", "nosuch", ENCODER], ["inspect", "missing.ncx"]):
        remote = daemon.ncc(*args)
        local = daemon.ncc(*args, "--no-daemon")
        assert (remote.returncode, remote.stdout, remote.stderr) == (local.returncode, local.stdout, local.stderr)
    assert daemon.pid() is not None


def test_relative_paths_resolve_against_the_clients_directory(daemon, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "model.hlo.txt").write_bytes(ENCODER.read_bytes())
    proc = daemon.ncc("compile", "model.hlo.txt", cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("model.hlo.txt: compiled") and "-> model.ncx" in proc.stdout
    run = daemon.ncc("run", "model.ncx", "--random-inputs", "1", "-o", "out.npz", cwd=work)
    assert run.returncode == 0, run.stderr
    assert (work / "out.npz").exists()


@pytest.mark.parametrize("command", [["compile", ENCODER, "-o", "y.ncx"], ["diagnose", SAMPLER]])
def test_thin_client_imports_neither_grpc_nor_protobuf_nor_numpy(daemon, command):
    daemon.ncc("compile", ENCODER, "-o", "x.ncx")  # the daemon is up: the next call is the warm path
    code = ("import sys; from nccd.clients.cli.main import main; status = main(%r); "
            "heavy = [m for m in ('grpc', 'google.protobuf', 'numpy', 'nccd.compiler.ir') if m in sys.modules]; "
            "print(status, heavy)" % [str(a) for a in command])
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=daemon.env,
                          cwd=daemon.root, timeout=60)
    expected = 0 if command[0] == "compile" else 1  # the sampler has errors for trn1
    assert proc.stdout.strip().endswith(f"{expected} []"), proc.stdout + proc.stderr
    assert "running in this process" not in proc.stderr


def test_no_daemon_runs_in_process(daemon):
    proc = daemon.ncc("compile", ENCODER, "--no-daemon", "-o", "x.ncx", "--json")
    assert proc.returncode == 0 and "cache" not in json.loads(proc.stdout)
    assert daemon.pid() is None  # nothing started
    proc = daemon.ncc("diagnose", ENCODER, env={"NCC_NO_DAEMON": "1"})
    assert proc.returncode == 0 and daemon.pid() is None


def test_daemon_status_stop_restart_logs(daemon):
    assert daemon.ncc("daemon", "status").returncode == 1
    started = daemon.ncc("daemon", "start")
    assert started.returncode == 0 and "started" in started.stdout
    daemon.ncc("compile", ENCODER, "-o", "x.ncx")
    daemon.ncc("compile", ENCODER, "-o", "x.ncx")
    status = json.loads(daemon.ncc("daemon", "status", "--json").stdout)
    assert status["running"] and status["version"] and status["uptime_s"] >= 0
    engine = status["engine"]
    assert engine["counters"]["memory_hits"] == 1 and engine["hit_rate"] == 0.5
    assert engine["disk"]["entries"] == 1 and engine["rss_bytes"] > 0
    text = daemon.ncc("daemon", "status").stdout
    assert "hit rate 50%" in text and "resident" in text
    old = daemon.pid()
    restarted = daemon.ncc("daemon", "restart")
    assert restarted.returncode == 0 and daemon.pid() != old
    assert "serving on" in daemon.ncc("daemon", "logs").stdout
    stopped = daemon.ncc("daemon", "stop")
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert daemon.ncc("daemon", "status").stdout.startswith("nccd is not running")


# -- the API ------------------------------------------------------------------------------------------

def test_client_library_end_to_end(daemon, tmp_path):
    from nccd.clients.client import Client

    with daemon.client() as nccd:
        stages = []
        reply = nccd.compile(ENCODER, target="trn2", flags=["-O3"], output=tmp_path / "e.ncx",
                             progress=lambda stage, message, ms: stages.append(stage))
        assert reply.ok and reply.cache == "miss" and Path(reply.output).exists()
        assert reply.result["target"] == "trn2" and reply.result["flags"]["optlevel"] == 3
        assert "hash" in reply.timings_ms
        again = nccd.compile(ENCODER, target="trn2", flags=["-O3"], return_artifact=True)
        assert again.cache == "memory" and again.artifact == (tmp_path / "e.ncx").read_bytes()
        by_content = nccd.compile(content=ENCODER.read_bytes(), name="encoder", target="trn2", flags=["-O3"])
        assert by_content.cache == "memory"  # same bytes, same flags
        report = nccd.diagnose(SAMPLER, target="trn1")
        assert report["errors"] == 2 and {d["code"] for d in report["diagnostics"]} >= {"NCC-E108", "NCC-E109"}
        operators = nccd.list_operators("inf1")
        assert any(op["list_name"] == "DotGeneral" and op["supported"] for op in operators)
        info = nccd.inspect(tmp_path / "e.ncx")
        assert info["target"] == "trn2" and info["compiler_version"]
        np.savez(tmp_path / "in.npz", *[np.ones(t["shape"], np.float32) for t in info["inputs"]])
        ran = nccd.run(tmp_path / "e.ncx", tmp_path / "in.npz", output=tmp_path / "out.npz")
        assert ran["ok"] and (tmp_path / "out.npz").exists()
        assert [o.shape for o in ran["outputs"]] == [tuple(t["shape"]) for t in info["outputs"]]
        assert nccd.status()["engine"]["counters"]["compiles"] == 3
        assert nccd.cache("stats")["disk"]["entries"] >= 1
    from nccd.proto.paths import requested_config

    assert Client.if_running(daemon.run_dir, config=requested_config(daemon.env)) is not None


def test_large_models_pass_the_default_message_limit(daemon):
    big = ENCODER.read_text() + "\n" + "// " + "x" * 100 + "\n" * 1  # comments are free to parse
    padding = ("// " + "p" * 1000 + "\n") * 6000  # ~6 MiB: beyond gRPC's default 4 MiB
    with daemon.client() as nccd:
        reply = nccd.compile(content=(big + padding).encode(), name="padded", return_artifact=True)
        assert reply.ok and len(reply.artifact) > 0


def test_malformed_model_is_invalid_argument_with_diagnostics_and_the_daemon_keeps_serving(daemon):
    from nccd.clients.client import ModelError

    with daemon.client() as nccd:
        with pytest.raises(ModelError) as caught:
            nccd.compile(content=b"HloModule broken\n\nENTRY main {\n  x = f32[2] parameter(0)\n  y = f32[2] add(x, \n}\n",
                         name="broken.hlo")
        error = caught.value
        assert error.code == "INVALID_ARGUMENT" and error.diagnostics
        first = error.diagnostics[0]
        assert first["code"].startswith("NCC-E0") and first["hlo"]["line"] >= 5 and first["file"] == "broken.hlo"
        with pytest.raises(ModelError):
            nccd.diagnose(content=b"\x00\x01 not a model", name="junk.pb")
        assert nccd.compile(ENCODER).ok  # still serving
        grpc_error = None
        try:
            nccd.compile(ENCODER, flags=["--optlevel", "9"])
        except Exception as exc:  # a bad flag is INVALID_ARGUMENT too
            grpc_error = exc
        assert grpc_error is not None and "optimization level" in str(grpc_error)


def test_health_and_reflection_services(daemon):
    from grpc_health.v1 import health_pb2, health_pb2_grpc
    from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

    daemon.ncc("daemon", "start")
    with grpc.insecure_channel(f"unix://{daemon.run_dir / 'daemon.sock'}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for service in ("", "ncc.v1.Compiler"):
            reply = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
            assert reply.status == health_pb2.HealthCheckResponse.SERVING
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        request = reflection_pb2.ServerReflectionRequest(list_services="")
        (response,) = list(stub.ServerReflectionInfo(iter([request]), timeout=5))
        names = {s.name for s in response.list_services_response.service}
        assert {"ncc.v1.Compiler", "grpc.health.v1.Health"} <= names
        request = reflection_pb2.ServerReflectionRequest(file_containing_symbol="ncc.v1.Compiler")
        (response,) = list(stub.ServerReflectionInfo(iter([request]), timeout=5))
        assert response.file_descriptor_response.file_descriptor_proto


# -- caches -------------------------------------------------------------------------------------------

def test_single_flight_compiles_once_for_concurrent_identical_requests(daemon):
    content = BERT.read_bytes()
    replies, errors = [], []
    with daemon.client() as warmup:
        warmup.connect()

    def compile_once():
        try:
            with daemon.client() as nccd:
                replies.append(nccd.compile(content=content, name="bert", flags=["--model-type", "transformer"]))
        except Exception as exc:  # collected: the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=compile_once) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors and len(replies) == 8
    assert all(r.ok for r in replies)
    with daemon.client() as nccd:
        counters = nccd.status()["engine"]["counters"]
    assert counters["full_compiles"] == 1, counters
    assert counters["memory_hits"] == 7, counters  # the other seven waited for it, or came after


def test_a_warm_hit_answers_while_a_cold_compile_runs(daemon, tmp_path):
    hold = tmp_path / "hold"
    hold.mkdir()
    daemon.ncc("daemon", "start", env={"NCCD_TEST_HOLD_COMPILE": str(hold)})
    cold = []

    def compile_bert():
        with daemon.client() as other:
            cold.append(other.compile(content=BERT.read_bytes(), name="bert", flags=["--model-type", "transformer"]))

    thread = threading.Thread(target=compile_bert)
    thread.start()
    try:
        _wait_for_file(hold / "compile-started")  # the cold compile is running, held until released
        with daemon.client() as nccd:
            assert nccd.compile(ENCODER).cache == "miss"  # another full compile runs beside it
            answers = [nccd.compile(ENCODER).cache for _ in range(3)]
        assert answers == ["memory"] * 3 and thread.is_alive() and not cold
    finally:
        (hold / "release").touch()
        thread.join(timeout=300)
    assert cold and cold[0].ok


def test_a_restarted_daemon_answers_from_the_disk_cache(daemon):
    first = daemon.ncc("compile", ENCODER, "-o", "a.ncx")
    assert first.returncode == 0
    daemon.ncc("daemon", "restart")
    again = daemon.ncc("compile", ENCODER, "-o", "b.ncx")
    assert "(warm: disk cache)" in again.stdout, again.stdout
    assert (daemon.root / "a.ncx").read_bytes() == (daemon.root / "b.ncx").read_bytes()


def test_same_program_in_another_file_is_a_canonical_hit(daemon, tmp_path):
    assert daemon.ncc("compile", ENCODER, "-o", "a.ncx").returncode == 0
    renamed = tmp_path / "renamed.hlo.txt"
    renamed.write_text("// the same program, with a comment\n" + ENCODER.read_text())
    proc = daemon.ncc("compile", renamed, "-o", "b.ncx", "--json")
    assert json.loads(proc.stdout)["cache"] == "memory"
    with daemon.client() as nccd:
        assert nccd.status()["engine"]["counters"]["canonical_hits"] == 1


def test_an_edited_constant_recompiles_incrementally_and_runs_like_a_full_compile(daemon, tmp_path):
    model = tmp_path / "encoder.hlo.txt"
    text = ENCODER.read_text()
    model.write_text(text)
    assert daemon.ncc("compile", model, "-o", "e.ncx").returncode == 0
    model.write_text(text.replace("constant.16 = f32[] constant(1e-06)", "constant.16 = f32[] constant(1e-05)"))
    proc = daemon.ncc("compile", model, "-o", "e.ncx", "--json")
    assert json.loads(proc.stdout)["cache"] == "incremental", proc.stdout
    local = daemon.ncc("compile", model, "-o", "full.ncx", "--no-daemon")
    assert local.returncode == 0
    outputs = []
    for artifact in ("e.ncx", "full.ncx"):
        run = daemon.ncc("run", artifact, "--random-inputs", "3", "-o", f"{artifact}.npz")
        assert run.returncode == 0, run.stderr
        outputs.append(np.load(daemon.root / f"{artifact}.npz")["arr_0"])
    np.testing.assert_array_equal(outputs[0], outputs[1])


def test_failed_compiles_are_remembered_briefly_and_retried_on_request(daemon):
    first = daemon.ncc("compile", SAMPLER)
    assert first.returncode == 1 and "not compiled" in first.stdout
    second = daemon.ncc("compile", SAMPLER, "--json")
    assert second.returncode == 1 and json.loads(second.stdout)["cache"] == "failure-cached"
    third = daemon.ncc("compile", SAMPLER, "--retry-failed", "--json")
    assert json.loads(third.stdout)["cache"] == "miss"
    failures = list((daemon.cache_dir / "v1" / "failures").glob("*.json"))
    assert failures and json.loads(failures[0].read_text())["expires"] < time.time() + 301


def test_a_corrupted_cache_entry_is_discarded_and_recompiled(daemon):
    assert daemon.ncc("compile", ENCODER, "-o", "a.ncx").returncode == 0
    daemon.ncc("daemon", "stop")
    (entry,) = (daemon.cache_dir / "v1" / "objects").glob("*/*.ncx")
    data = bytearray(entry.read_bytes())
    data[len(data) // 2] ^= 0xFF
    entry.write_bytes(bytes(data))
    proc = daemon.ncc("compile", ENCODER, "-o", "b.ncx", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["cache"] == "miss"
    assert (daemon.root / "a.ncx").read_bytes()[1024:] != b""  # the artifact we got is whole:
    run = daemon.ncc("run", "b.ncx", "--random-inputs", "0")
    assert run.returncode == 0, run.stderr
    stats = json.loads(daemon.ncc("cache", "stats", "--json").stdout)
    assert stats["disk"]["corrupt_discarded"] == 1 and stats["disk"]["entries"] == 1
    assert _cache_entries_are_intact(daemon.cache_dir) == 1


def test_cache_commands(daemon):
    assert daemon.ncc("compile", ENCODER, "-o", "a.ncx").returncode == 0
    assert daemon.ncc("compile", ENCODER, "-O1", "-o", "b.ncx").returncode == 0
    stats = json.loads(daemon.ncc("cache", "stats", "--json").stdout)
    assert stats["disk"]["entries"] == 2 and stats["memory"]["artifacts"]["entries"] >= 2
    pruned = json.loads(daemon.ncc("cache", "prune", "--max-size", "1", "--json").stdout)
    assert pruned["removed"] == 2
    lock = daemon.cache_dir / "v1" / "locks" / ("0" * 64 + ".lock")
    lock.write_text("12345")  # a lock left by a process that died
    assert "removed 1 stale locks" in daemon.ncc("cache", "clear-locks").stdout
    assert "removed" in daemon.ncc("cache", "clean").stdout
    offline = daemon.ncc("cache", "stats", "--no-daemon", "--json")
    assert json.loads(offline.stdout)["disk"]["entries"] == 0 and json.loads(offline.stdout)["memory"] is None


# -- faults -------------------------------------------------------------------------------------------

def _wait_for_file(path: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)


def test_sigkill_mid_compile_is_said_and_not_resent_the_next_call_restarts_it(daemon, tmp_path):
    hold = tmp_path / "hold"
    hold.mkdir()
    env = {**daemon.env, "NCCD_TEST_HOLD_COMPILE": str(hold)}
    daemon.ncc("daemon", "start", env=env)
    pid = daemon.pid()
    proc = subprocess.Popen([NCC, "compile", str(BERT), "--model-type", "transformer", "-o", "bert.ncx"],
                            cwd=daemon.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    _wait_for_file(hold / "compile-started")  # the daemon is inside the compile, held there
    os.kill(pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=180)
    # the command may be what killed the daemon: it is not sent to a new one blindly
    assert proc.returncode == 70 and out == "", err
    assert err.count("error[NCC-E056]: the daemon stopped while it ran this command") == 1, err
    assert "was not sent again" in err and "Traceback" not in err
    assert _cache_entries_are_intact(daemon.cache_dir) == 0
    again = daemon.ncc("compile", BERT, "--model-type", "transformer", "-o", "bert.ncx")
    assert again.returncode == 0 and "compiled" in again.stdout, again.stderr  # a new daemon
    assert daemon.pid() != pid
    assert _cache_entries_are_intact(daemon.cache_dir) == 1


def test_sigkill_mid_cache_write_leaves_no_entry_that_is_served(daemon):
    daemon.start_directly(env={"NCCD_TEST_KILL_DURING": "cache-write"})
    pid = daemon.pid()
    proc = daemon.ncc("compile", ENCODER, "-o", "a.ncx")  # kills that daemon mid-write
    assert proc.returncode == 70 and "NCC-E056" in proc.stderr, proc.stderr
    _wait_dead(pid)
    proc = daemon.ncc("compile", ENCODER, "-o", "a.ncx")  # a new daemon
    assert proc.returncode == 0, proc.stderr
    leftovers = list((daemon.cache_dir / "v1").rglob(".tmp-*"))
    assert leftovers, "the killed write left its temporary file"
    assert _cache_entries_are_intact(daemon.cache_dir) == 1
    run = daemon.ncc("run", "a.ncx", "--random-inputs", "0")
    assert run.returncode == 0


def test_stale_socket_lock_and_status_files_are_replaced(daemon):
    daemon.run_dir.mkdir(mode=0o700)
    (daemon.run_dir / "daemon.sock").write_text("left by a crash")
    (daemon.run_dir / "daemon.lock").write_text("99999999\n")
    (daemon.run_dir / "daemon.json").write_text(json.dumps({"pid": 99999999}))
    proc = daemon.ncc("compile", ENCODER, "-o", "a.ncx")
    assert proc.returncode == 0, proc.stderr
    assert daemon.pid() != 99999999 and stat.S_ISSOCK((daemon.run_dir / "daemon.sock").stat().st_mode)


def test_a_second_daemon_on_the_same_directory_refuses_to_start(daemon):
    daemon.start_directly()
    second = subprocess.run([sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(daemon.run_dir)],
                            capture_output=True, text=True, env=daemon.env, timeout=60)
    assert second.returncode == 3 and "already running" in second.stderr


def test_version_mismatch_restarts_the_daemon(daemon):
    daemon.start_directly(env={"NCCD_TEST_REPORTED_VERSION": "0.0.1"})
    old = daemon.pid()
    proc = daemon.ncc("compile", ENCODER, "-o", "a.ncx")
    assert proc.returncode == 0, proc.stderr
    assert "restarting the daemon: nccd version changed (0.0.1 ->" in proc.stderr
    _wait_dead(old)
    assert daemon.pid() != old


#: A daemon of an nccd from before the thin client's frames changed encoding: it holds the lock with
#: its pid in it, takes connections on cli.sock, cannot read the frames and hangs up (as the JSON
#: daemon did), and stops on SIGTERM.
_OLDER_PROTOCOL_DAEMON = """
import fcntl, os, signal, socket, sys
run = sys.argv[1]
os.makedirs(run, mode=0o700, exist_ok=True)
lock = os.open(os.path.join(run, "daemon.lock"), os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
os.write(lock, f"{os.getpid()}\\n".encode())
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
os.umask(0o177)
server = socket.socket(socket.AF_UNIX)
server.bind(os.path.join(run, "cli.sock"))
server.listen()
print("ready", flush=True)
while True:
    conn, _ = server.accept()
    conn.recv(1 << 16)
    conn.close()
"""


def test_a_daemon_of_an_older_protocol_is_stopped_and_replaced(daemon):
    old = subprocess.Popen([sys.executable, "-c", _OLDER_PROTOCOL_DAEMON, str(daemon.run_dir)],
                           stdout=subprocess.PIPE, text=True)
    try:
        assert old.stdout.readline() == "ready\n"
        proc = daemon.ncc("diagnose", ENCODER)
        assert proc.returncode == 0, proc.stderr
        assert "restarting the daemon: it does not speak this client's protocol" in proc.stderr
        assert old.wait(timeout=60) == 0  # stopped by SIGTERM, its own way
        assert daemon.pid() not in (None, old.pid)
        again = daemon.ncc("diagnose", ENCODER)
        assert again.returncode == 0 and again.stderr == "", again.stderr
    finally:
        old.kill()
        old.wait()


def test_a_differently_configured_client_gets_its_own_daemon(daemon, tmp_path):
    daemon.ncc("daemon", "start")
    first = daemon.pid()
    other = {"NCC_CACHE_DIR": str(tmp_path / "other-cache")}
    proc = daemon.ncc("compile", ENCODER, "-o", "a.ncx", env=other)
    assert proc.returncode == 0 and "restarting" not in proc.stderr, proc.stderr
    assert (tmp_path / "other-cache" / "v1" / "objects").exists()
    assert daemon.pid() == first and _alive(first)  # someone else's daemon is left alone
    (own_status,) = daemon.run_dir.glob("cfg-*/daemon.json")  # the other client's, in the same private dir
    own = json.loads(own_status.read_text())
    assert own["pid"] != first and own["config"]["cache_dir"] == str((tmp_path / "other-cache").resolve())
    assert stat.S_IMODE(own_status.parent.stat().st_mode) == 0o700
    status = daemon.ncc("daemon", "status", "--json", env=other)
    assert json.loads(status.stdout)["pid"] == own["pid"]
    assert json.loads(daemon.ncc("daemon", "status", "--json").stdout)["pid"] == first
    again = daemon.ncc("compile", ENCODER, "-o", "a.ncx", env=other)  # the same daemon again, warm
    assert again.returncode == 0 and "warm" in again.stdout, again
    stopped = daemon.ncc("daemon", "stop", env=other)
    assert f"(pid {own['pid']}) stopped" in stopped.stdout
    _wait_dead(own["pid"])
    assert _alive(first) and daemon.ncc("compile", ENCODER, "-o", "b.ncx").returncode == 0
    assert daemon.pid() == first


def test_a_client_of_another_interpreter_does_not_stop_the_daemon(daemon):
    from nccd.clients.client import DaemonUnavailable
    from nccd.proto.paths import requested_config

    daemon.ncc("daemon", "start")
    first = daemon.pid()
    elsewhere = {**requested_config(daemon.env), "interpreter": "/another/virtualenv"}
    with daemon.client(config=elsewhere, autostart=False) as foreign:
        # it looks for a daemon of its own configuration, beside this one (its own interpreter would start it)
        with pytest.raises(DaemonUnavailable) as caught:
            foreign.connect()
        assert f"{daemon.run_dir}/cfg-" in str(caught.value)
    assert _alive(first) and daemon.pid() == first
    with daemon.client() as same:
        assert same.connect()["pid"] == first and same.daemon["compatible"]


def test_a_cache_write_that_fails_still_answers_with_a_warning(daemon):
    # RLIMIT_FSIZE: every write beyond 4 KiB fails (EFBIG), as a full disk fails writes (ENOSPC)
    import resource

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    process = subprocess.Popen([sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(daemon.run_dir)],
                               env=daemon.env, preexec_fn=small_files, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while not (daemon.run_dir / "daemon.json").exists():
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    with daemon.client() as nccd:
        reply = nccd.compile(ENCODER, return_artifact=True)
        assert reply.ok and reply.artifact and any("cache entry not written" in w for w in reply.warnings)
        again = nccd.compile(ENCODER)
        assert again.ok and again.cache == "memory"
        stats = nccd.cache("stats")["disk"]
        assert stats["entries"] == 0 and stats["write_errors"] >= 1
    assert _cache_entries_are_intact(daemon.cache_dir) == 0


def test_graceful_shutdown_finishes_running_compiles_and_reports_not_serving(daemon, tmp_path):
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    hold = tmp_path / "hold"
    hold.mkdir()
    daemon.ncc("daemon", "start", env={"NCCD_TEST_HOLD_COMPILE": str(hold)})
    pid = daemon.pid()
    results = []

    def cold():
        with daemon.client() as nccd:
            results.append(nccd.compile(content=BERT.read_bytes(), name="bert", flags=["--model-type", "transformer"]))

    thread = threading.Thread(target=cold)
    thread.start()
    _wait_for_file(hold / "compile-started")  # the compile is running (held until released)
    with daemon.client(autostart=False) as nccd:
        assert nccd.shutdown(grace_s=120)
    with grpc.insecure_channel(f"unix://{daemon.run_dir / 'daemon.sock'}") as channel:
        status = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=5)
        assert status.status == health_pb2.HealthCheckResponse.NOT_SERVING
    (hold / "release").touch()
    thread.join(timeout=180)
    assert results and results[0].ok
    _wait_dead(pid)
    assert "stopping: Shutdown requested" in daemon.log() and "stopped:" in daemon.log()
    assert not (daemon.run_dir / "daemon.sock").exists() and not (daemon.run_dir / "cli.sock").exists()


def test_the_command_line_socket_refuses_malformed_requests_and_keeps_serving(daemon):
    import socket

    from nccd.proto import frames

    daemon.ncc("daemon", "start")
    path = daemon.run_dir / "cli.sock"
    for request in ({"op": "nosuch"}, {"op": "command", "argv": "compile"}, {"op": "command", "argv": [1]}):
        assert "error" in frames.call(path, request, timeout=30)
    # a frame claiming 4 GiB (refused before anything is read), and one that does not decode: the
    # daemon hangs up without an answer
    for garbage in (b"\xff\xff\xff\xffgarbage", b"\x00\x00\x00\x03abc"):
        with socket.socket(socket.AF_UNIX) as sock:
            sock.connect(str(path))
            sock.sendall(garbage)
            try:
                assert sock.recv(16) == b""
            except ConnectionResetError:
                pass
    proc = daemon.ncc("diagnose", ENCODER)
    assert proc.returncode == 0 and "running in this process" not in proc.stderr, proc.stderr


def test_idle_timeout_stops_the_daemon(daemon):
    daemon.ncc("daemon", "start", env={"NCC_IDLE_TIMEOUT": "1.5s"})
    pid = daemon.pid()
    _wait_dead(pid, timeout=30)
    assert "idle for" in daemon.log()


def test_memory_check_evicts_then_retires_with_a_logged_reason(daemon):
    daemon.start_directly("--max-rss", "1M", env={"NCCD_MEMORY_CHECK_S": "0.5"})
    pid = daemon.pid()
    _wait_dead(pid, timeout=30)
    log = daemon.log()
    assert "over the limit" in log and "retiring" in log
    assert daemon.ncc("compile", ENCODER, "-o", "a.ncx").returncode == 0  # the next call starts a new one


# -- trust --------------------------------------------------------------------------------------------

def test_runtime_directory_and_socket_are_private(daemon):
    daemon.ncc("daemon", "start")
    assert stat.S_IMODE(daemon.run_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((daemon.run_dir / "daemon.sock").stat().st_mode) == 0o600
    assert stat.S_IMODE((daemon.run_dir / "cli.sock").stat().st_mode) == 0o600
    assert stat.S_IMODE((daemon.run_dir / "daemon.json").stat().st_mode) == 0o600


def test_an_open_runtime_directory_is_closed_before_the_socket_appears(daemon):
    # clients refuse an open directory (tests/test_daemon_trust.py); a daemon started by hand closes it
    daemon.run_dir.mkdir()
    os.chmod(daemon.run_dir, 0o777)
    daemon.start_directly()
    assert stat.S_IMODE(daemon.run_dir.stat().st_mode) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the directory to another user")
def test_a_runtime_directory_owned_by_someone_else_is_refused(daemon):
    daemon.run_dir.mkdir(mode=0o700)
    os.chown(daemon.run_dir, 65534, 65534)
    proc = subprocess.run([sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(daemon.run_dir)],
                          capture_output=True, text=True, env=daemon.env, timeout=60)
    assert proc.returncode == 2 and "belongs to uid 65534" in proc.stderr


def test_tcp_requires_the_token(daemon):
    from nccd.clients.client import DaemonError

    daemon.start_directly("--listen", "127.0.0.1:0")
    address = daemon.status_file()["tcp"]
    token_file = daemon.run_dir / "token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    with daemon.client(address=address, token="wrong") as intruder:
        with pytest.raises(DaemonError) as caught:
            intruder.status()
        assert caught.value.code == "UNAUTHENTICATED"
    with grpc.insecure_channel(address) as channel:  # no token at all, a plain health check
        from grpc_health.v1 import health_pb2, health_pb2_grpc

        with pytest.raises(grpc.RpcError) as caught:
            health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=5)
        assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    with daemon.client(address=address, token=token_file.read_text().strip()) as friend:
        assert friend.status()["tcp"] == address
        assert friend.compile(ENCODER).ok


def test_listen_refuses_non_loopback_addresses(daemon):
    proc = subprocess.run([sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(daemon.run_dir),
                           "--listen", "0.0.0.0:7420"], capture_output=True, text=True, env=daemon.env, timeout=60)
    assert proc.returncode == 2 and "loopback" in proc.stderr


# -- watch --------------------------------------------------------------------------------------------

class _Lines:
    """Lines of a subprocess's stdout, read on a thread, with waits."""

    def __init__(self, stream):
        self.lines: list[str] = []
        self._cond = threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._cond:
                self.lines.append(line.rstrip("\n"))
                self._cond.notify_all()

    def wait_for(self, count: int, timeout: float = 60) -> list[str]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.lines) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"waited for {count} lines, got {self.lines}"
                self._cond.wait(left)
            return list(self.lines)


def test_watch_recompiles_once_per_edit_reports_errors_and_stops_on_ctrl_c(daemon, tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    model = models / "encoder.hlo.txt"
    text = ENCODER.read_text()
    model.write_text(text)
    (models / ".git").mkdir()
    proc = subprocess.Popen([NCC, "watch", "models", "--debounce", "150"], cwd=tmp_path, env=daemon.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = _Lines(proc.stdout)
    try:
        assert out.wait_for(1)[0].startswith("watching models")  # printed once the files are watched
        model.write_text(text.replace("constant(1e-06)", "constant(1e-05)"))
        lines = out.wait_for(2)
        assert " ok    models/encoder.hlo.txt" in lines[1] or " ok    " in lines[1], lines
        (models / ".git" / "index").write_text("not a model")  # ignored
        (models / "encoder.ncx").write_bytes(b"ignored: our own output")
        (models / "notes.txt").write_text("just notes, not HLO")  # a .txt that is not a model
        model.write_text(text.replace("ENTRY", "ENTRY ENTRY"))  # an invalid edit
        lines = out.wait_for(3)
        assert " error " in lines[2] and "NCC-E0" in lines[2], lines
        model.write_text(text)  # fixed again
        lines = out.wait_for(4)
        assert " ok    " in lines[3], lines
        # exactly one compile per edit and nothing for the other files: the next line is this last edit's
        (models / "sentinel.hlo.txt").write_text(text)
        lines = out.wait_for(5)
        assert "sentinel.hlo.txt" in lines[4] and len(lines) == 5, lines
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    assert proc.returncode == 0
    assert out.wait_for(6)[-1] == "stopped watching after 4 compiles"
    assert (models / "encoder.ncx").read_bytes()[:4] == b"\x89NCX"
    with daemon.client() as nccd:
        counters = nccd.status()["engine"]["counters"]
    assert counters["compiles"] == 4 and counters["incremental_compiles"] + counters["memory_hits"] >= 1


def test_watch_rpc_streams_events_to_other_services(daemon, tmp_path):
    model = tmp_path / "m.hlo.txt"
    model.write_text(ENCODER.read_text())
    with daemon.client() as nccd:
        events = nccd.watch([model], ["--target", "trn2"], debounce_ms=100)
        received = []
        arrived = threading.Event()

        def consume():
            for event in events:
                received.append(event)
                arrived.set()

        thread = threading.Thread(target=consume, daemon=True)
        thread.start()
        model.write_text(ENCODER.read_text() + "\n")  # watch() returned: the daemon watches the file
        assert arrived.wait(120), "no watch event"
        events.cancel()
        thread.join(timeout=10)
    assert received and received[0]["ok"] and received[0]["path"].endswith("m.hlo.txt")
    assert received[0]["result"]["target"] == "trn2" and received[0]["result"]["exit_status"] == 0
    assert json.loads(received[0]["cli_json"])["target"] == "trn2"
    assert (tmp_path / "m.ncx").exists()


def test_watch_without_daemon(daemon, tmp_path):
    model = tmp_path / "m.hlo.txt"
    model.write_text(ENCODER.read_text())
    proc = subprocess.Popen([NCC, "watch", "m.hlo.txt", "--no-daemon", "--json"], cwd=tmp_path, env=daemon.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = _Lines(proc.stdout), _Lines(proc.stderr)
    try:
        assert err.wait_for(1, timeout=120)[0].startswith("watching m.hlo.txt")  # --json: said on stderr
        model.write_text(ENCODER.read_text() + "\n// edited\n")
        (event,) = out.wait_for(1)
        document = json.loads(event)
        assert document["ok"] and document["path"] == "m.hlo.txt" and document["result"]["target"] == "trn1"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    assert proc.returncode == 0 and daemon.pid() is None


def test_a_long_compile_shows_progress_on_a_terminal_and_nothing_when_piped(daemon):
    import pty

    daemon.ncc("daemon", "start")
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([NCC, "compile", str(BERT), "--model-type", "transformer", "-o", "bert.ncx"],
                            cwd=daemon.root, env={**daemon.env, "NCC_PROGRESS_AFTER": "0"},
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 4096)
        except OSError:  # the terminal closed: the command ended
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(primary)
    terminal = b"".join(chunks).decode(errors="replace")
    assert proc.returncode == 0
    assert "\r\x1b[K" in terminal and "compile:" in terminal, (terminal, proc.stdout.read())  # drawn, then cleared
    piped = daemon.ncc("compile", BERT, "--model-type", "transformer", "-O1", "-o", "b.ncx")
    assert "\x1b[K" not in piped.stderr


def test_two_daemons_sharing_a_cache_compile_a_model_once(tmp_path):
    first, second = Daemon(tmp_path / "a"), Daemon(tmp_path / "b")
    for d in (first, second):
        d.root.mkdir()
        d.cache_dir = tmp_path / "shared-cache"
        d.env["NCC_CACHE_DIR"] = str(d.cache_dir)
    try:
        for d in (first, second):
            d.ncc("daemon", "start")
        replies = {}

        def compile_with(d, name):
            with d.client() as nccd:
                replies[name] = nccd.compile(content=BERT.read_bytes(), name="bert",
                                             flags=["--model-type", "transformer"])

        threads = [threading.Thread(target=compile_with, args=(d, n)) for d, n in ((first, "a"), (second, "b"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert sorted(r.cache for r in replies.values()) == ["disk", "miss"], replies
        assert _cache_entries_are_intact(tmp_path / "shared-cache") == 1
    finally:
        first.stop()
        second.stop()
