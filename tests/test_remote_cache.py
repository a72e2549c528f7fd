"""The remote cache tier on real stores: moto's S3 server on loopback with boto3, and a directory.

Two engines (or two daemons) with their own local caches and one store stand for two machines.
Every test runs on both backends; the S3 ones are skipped with one message without boto3/moto.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from helpers import JAX_CORPUS, REPO
from nccd.compiler import diagnostics as D
from nccd.compiler.options import CompileOptions
from nccd.daemon.engine import Engine, EngineConfig
from nccd.daemon.remote_cache import CircuitBreaker, RemoteCache, RemoteSettings, action_key, settings

NCC = str(Path(sys.executable).parent / "ncc")
ENCODER = REPO / "examples" / "encoder_block.hlo.txt"
#: Five distinct programs that compile (a refused model is never published: its own test)
EXAMPLES = [ENCODER, *(JAX_CORPUS / name / "short_nodebug.hlo.txt" for name in (
    "sharding_annotations", "ops_coverage_collectives", "ops_coverage_dot_conv", "cnn_batchnorm"))]
S3_MISSING = "the S3 tests need boto3 and moto[server] (pip install -e '.[test]')"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


def _have_s3() -> bool:
    try:
        import boto3  # noqa: F401
        from moto.server import ThreadedMotoServer  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def moto_endpoint():
    if not _have_s3():
        pytest.skip(S3_MISSING)
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


class Store:
    """One empty store and raw access to it (what an attacker or an operator could do)."""

    def __init__(self, url: str, env: dict, raw_list, raw_read, raw_write):
        self.url, self.env = url, env
        self.list, self.read, self.write = raw_list, raw_read, raw_write

    def remote(self, mode: str = "read", timeout: float = 5.0) -> RemoteSettings:
        return RemoteSettings(self.url, mode, timeout)


def _file_store(tmp_path: Path) -> Store:
    root = tmp_path / "fleet-store"

    def listing():
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())

    def write(name, data):
        path = root / name
        path.unlink(missing_ok=True)  # a new file: the published one is a hard link we must not edit in place
        path.write_bytes(data)

    return Store(f"file://{root}", {}, listing, lambda name: (root / name).read_bytes(), write)


def _s3_store(endpoint: str, monkeypatch) -> Store:
    import boto3

    for key, value in CREDENTIALS.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("NCC_S3_ENDPOINT_URL", endpoint)
    client = boto3.client("s3", endpoint_url=endpoint)
    bucket = f"fleet-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket)
    prefix = "nccd/"

    def listing():
        pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(o["Key"][len(prefix):] for page in pages for o in page.get("Contents", ()))

    store = Store(f"s3://{bucket}/nccd", {**CREDENTIALS, "NCC_S3_ENDPOINT_URL": endpoint}, listing,
                  lambda name: client.get_object(Bucket=bucket, Key=prefix + name)["Body"].read(),
                  lambda name, data: client.put_object(Bucket=bucket, Key=prefix + name, Body=data))
    store.client, store.bucket, store.prefix = client, bucket, prefix
    return store


@pytest.fixture(params=["file", "s3"])
def store(request, tmp_path, monkeypatch):
    if request.param == "file":
        return _file_store(tmp_path)
    return _s3_store(request.getfixturevalue("moto_endpoint"), monkeypatch)


def _engine(root: Path, remote: RemoteSettings | None) -> Engine:
    return Engine(EngineConfig(root, remote=remote))


def _compile(engine: Engine, model: Path, out: Path):
    return engine.compile_path(str(model), CompileOptions(), str(out))


def _codes(result) -> list[str]:
    return [d.code for d in result.diagnostics]


# -- two machines --------------------------------------------------------------------------------

def test_a_second_machine_gets_every_model_from_the_store_and_compiles_nothing(store, tmp_path):
    writer = _engine(tmp_path / "machine-a", store.remote("write"))
    reader = _engine(tmp_path / "machine-b", store.remote("read"))
    for n, model in enumerate(EXAMPLES):
        first = _compile(writer, model, tmp_path / f"a-{n}.ncx")
        assert first.ok and first.cache == "miss", _codes(first)
    assert writer.remote.counters["published"] == len(EXAMPLES)

    for n, model in enumerate(EXAMPLES):
        second = _compile(reader, model, tmp_path / f"b-{n}.ncx")
        assert second.ok and second.cache == "remote", (model, _codes(second))
        assert not [c for c in _codes(second) if c.startswith(("NCC-W07", "NCC-E09"))]
        assert (tmp_path / f"b-{n}.ncx").read_bytes() == (tmp_path / f"a-{n}.ncx").read_bytes()
    assert reader.counters["full_compiles"] == 0
    assert reader.remote.stats()["hits"] == len(EXAMPLES) and reader.remote.stats()["hit_rate"] == 1.0

    # the hits were copied into the second machine's own cache: a restarted daemon finds them there
    restarted = _engine(tmp_path / "machine-b", store.remote("read"))
    again = _compile(restarted, ENCODER, tmp_path / "b-again.ncx")
    assert again.cache == "disk" and restarted.remote.counters["hits"] == 0

    # only records and artifacts in the store: no locks, no staging leftovers, no failures
    names = store.list()
    assert names and all(n.startswith(("ac/", "cas/")) for n in names), names
    assert not any("lock" in n for n in names)
    assert len([n for n in names if n.startswith("ac/")]) == len(EXAMPLES)


def test_the_action_key_is_the_same_on_another_machine_and_differs_with_the_flags(store, tmp_path):
    a = _engine(tmp_path / "a", store.remote("write"))
    b = _engine(tmp_path / "elsewhere" / "b", None)
    opts = CompileOptions()
    data = ENCODER.read_bytes()
    ka = a.cache_keys(data, opts, "x/encoder.hlo.txt", None)
    kb = b.cache_keys(data, opts, "/some/other/path.hlo.txt", None)
    assert action_key(ka.canonical) == action_key(kb.canonical)
    other = b.cache_keys(data, CompileOptions(target="trn2"), "encoder.hlo.txt", None)
    assert action_key(other.canonical) != action_key(ka.canonical)


# -- trust -------------------------------------------------------------------------------------

def test_a_tampered_artifact_is_rejected_every_time_and_compiled_locally(store, tmp_path):
    writer = _engine(tmp_path / "writer", store.remote("write"))
    assert _compile(writer, ENCODER, tmp_path / "w.ncx").ok
    (cas,) = [n for n in store.list() if n.startswith("cas/")]
    good = store.read(cas)
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0x01
    store.write(cas, bytes(damaged))

    for attempt in range(3):  # each a fresh machine: rejected 3 of 3 times, never served
        reader = _engine(tmp_path / f"reader-{attempt}", store.remote("read"))
        result = _compile(reader, ENCODER, tmp_path / f"r{attempt}.ncx")
        assert result.ok and result.cache == "miss"
        assert D.REMOTE_CACHE_REJECTED.code in _codes(result)
        assert reader.remote.counters["rejected"] == 1 and reader.counters["full_compiles"] == 1
        assert (tmp_path / f"r{attempt}.ncx").read_bytes() != bytes(damaged)
    assert store.read(cas) == bytes(damaged)  # readers never write, not even to repair


def test_a_record_pointing_at_another_artifact_is_rejected(store, tmp_path):
    writer = _engine(tmp_path / "writer", store.remote("write"))
    assert _compile(writer, ENCODER, tmp_path / "w.ncx").ok
    (ac,) = [n for n in store.list() if n.startswith("ac/")]
    record = json.loads(store.read(ac))
    record["sha256"] = hashlib.sha256(b"something else").hexdigest()
    store.write(ac, json.dumps(record).encode())
    reader = _engine(tmp_path / "reader", store.remote("read"))
    result = _compile(reader, ENCODER, tmp_path / "r.ncx")
    assert result.ok and result.cache == "miss" and D.REMOTE_CACHE_REJECTED.code in _codes(result)


def test_a_published_record_is_never_overwritten_and_a_different_program_is_reported(store, tmp_path):
    first = _engine(tmp_path / "first", store.remote("write"))
    assert _compile(first, ENCODER, tmp_path / "first.ncx").ok
    (ac,) = [n for n in store.list() if n.startswith("ac/")]
    published = store.read(ac)

    # a second writer that compiled the same program: first writer wins, nothing to report
    second = _engine(tmp_path / "second", store.remote("write"))
    keys = second.cache_keys(ENCODER.read_bytes(), CompileOptions(), "encoder", None)
    same = _compile(_engine(tmp_path / "third", None), ENCODER, tmp_path / "same.ncx")
    assert second.remote.publish(keys.canonical, (tmp_path / "same.ncx").read_bytes(), same.to_json()) is None
    # a writer whose compiler produced another program for the same action: refused and reported
    sampler = _compile(_engine(tmp_path / "fourth", None), EXAMPLES[1],
                       tmp_path / "other.ncx")
    assert sampler.ok
    note = second.remote.publish(keys.canonical, (tmp_path / "other.ncx").read_bytes(), sampler.to_json())
    assert note is not None and note.startswith("non-determinism")
    assert second.remote.counters["nondeterministic"] == 1 and second.remote.counters["already_published"] == 2
    assert store.read(ac) == published


def test_the_store_itself_refuses_a_second_record_under_the_same_name(store, tmp_path):
    remote = RemoteCache(store.remote("write"))
    assert remote.store.put_new("ac/" + "0" * 64, b"first") is True
    assert remote.store.put_new("ac/" + "0" * 64, b"second") is False
    assert store.read("ac/" + "0" * 64) == b"first"
    if store.url.startswith("s3://"):  # what the bucket does with If-None-Match, without our code
        from botocore.exceptions import ClientError

        with pytest.raises(ClientError) as refused:
            store.client.put_object(Bucket=store.bucket, Key=store.prefix + "ac/" + "0" * 64, Body=b"x",
                                    IfNoneMatch="*")
        assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 412


def test_a_read_only_client_issues_no_writes(store, tmp_path):
    writer = _engine(tmp_path / "writer", store.remote("write"))
    assert _compile(writer, ENCODER, tmp_path / "w.ncx").ok
    before = {name: store.read(name) for name in store.list()}
    reader = _engine(tmp_path / "reader", store.remote("read"))
    for n, model in enumerate(EXAMPLES):  # one hit, the others misses compiled locally
        assert _compile(reader, model, tmp_path / f"r-{n}.ncx").ok
    assert reader.counters["full_compiles"] == len(EXAMPLES) - 1
    assert reader.remote.counters["writes"] == 0
    assert {name: store.read(name) for name in store.list()} == before


def test_failed_compiles_are_never_published(store, tmp_path):
    bad = tmp_path / "bad.hlo.txt"
    bad.write_text("HloModule broken\n\nENTRY main {\n  ROOT p = f32[2] parameter(0)\n  oops\n}\n")
    writer = _engine(tmp_path / "writer", store.remote("write"))
    result = writer.compile_path(str(bad), CompileOptions(), str(tmp_path / "bad.ncx"))
    assert not result.ok
    assert store.list() == [] and writer.remote.counters["writes"] == 0


# -- a store that is down ----------------------------------------------------------------------

def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def blackhole():
    """A loopback port that accepts connections (the kernel does) and never answers."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(64)
    yield s.getsockname()[1]
    s.close()


def _down_store(kind: str, tmp_path: Path, monkeypatch, port: int | None = None) -> str:
    if kind == "file":
        blocker = tmp_path / "not-a-directory"
        blocker.write_text("a file where the store's directory should be")
        return f"file://{blocker}/store"
    if not _have_s3():
        pytest.skip(S3_MISSING)
    for key, value in CREDENTIALS.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("NCC_S3_ENDPOINT_URL", f"http://127.0.0.1:{port}")
    return "s3://fleet/nccd"


@pytest.mark.parametrize("kind", ["file", "s3-closed-port", "s3-blackhole"])
def test_a_store_that_is_down_never_fails_a_compile_and_costs_at_most_the_timeout(kind, tmp_path, monkeypatch,
                                                                                 request):
    port = request.getfixturevalue("blackhole") if kind == "s3-blackhole" else _closed_port()
    timeout = 1.0
    url = _down_store(kind.split("-")[0], tmp_path, monkeypatch, port)
    engine = _engine(tmp_path / "machine", RemoteSettings(url, "write", timeout))
    baseline = _engine(tmp_path / "baseline", None)
    for n, model in enumerate(EXAMPLES[:4]):
        started = time.perf_counter()
        assert _compile(baseline, model, tmp_path / f"base-{n}.ncx").ok
        local_s = time.perf_counter() - started
        started = time.perf_counter()
        result = _compile(engine, model, tmp_path / f"out-{n}.ncx")
        elapsed = time.perf_counter() - started
        assert result.ok and result.cache == "miss"
        assert D.REMOTE_CACHE_UNAVAILABLE.code in _codes(result)
        assert elapsed < local_s + timeout + 1.0, (model.name, elapsed, local_s)
    stats = engine.remote.stats()
    assert stats["circuit"] == "open" and stats["circuit_trips"] == 1
    assert stats["skipped_open_circuit"] >= 1  # after 3 failures the store is not asked


def test_the_circuit_breaker_lets_one_probe_through_after_the_cooldown():
    clock = CircuitBreaker(failures=2, cooldown_s=0.05)
    clock.failure()
    assert clock.allow()
    clock.failure()
    assert not clock.allow() and clock.state == "open"
    deadline = time.monotonic() + 5
    while clock.state == "open":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert clock.allow() and not clock.allow()  # one probe at a time
    clock.success()
    assert clock.state == "closed" and clock.allow()


# -- settings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["ftp://host/x", "s3:///prefix-only", "file://relative/dir", "/plain/path"])
def test_a_bad_store_url_is_one_usage_error_with_its_code(url, tmp_path):
    env = {**os.environ, "NCC_REMOTE_CACHE": url, "NCC_RUNTIME_DIR": str(tmp_path / "run"),
           "NCC_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(tmp_path / "run")],
                         capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 2 and D.REMOTE_CACHE_BAD_SETTING.code in run.stderr and "Traceback" not in run.stderr
    with pytest.raises(ValueError):
        settings(url)


def test_without_boto3_an_s3_store_names_the_extra():
    code = ("import sys; sys.modules['boto3'] = None\n"
            "from nccd.daemon.remote_cache import RemoteCache, RemoteSettings, RemoteCacheConfigError\n"
            "try:\n    RemoteCache(RemoteSettings('s3://bucket/prefix'))\n"
            "except RemoteCacheConfigError as exc:\n    print(exc.code.code, exc)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.startswith(D.REMOTE_CACHE_NEEDS_EXTRA.code) and "nccd[s3]" in run.stdout, run


# -- two daemons, the commands -----------------------------------------------------------------

class _Daemon:
    def __init__(self, root: Path, env: dict):
        self.root = root
        self.env = {**os.environ, **env, "NCC_RUNTIME_DIR": str(root / "run"), "NCC_CACHE_DIR": str(root / "cache"),
                    "NCC_IDLE_TIMEOUT": "10m"}
        self.env.pop("NCC_NO_DAEMON", None)

    def ncc(self, *args, timeout=180):
        return subprocess.run([NCC, *map(str, args)], capture_output=True, text=True, cwd=self.root,
                              env=self.env, timeout=timeout)

    def stop(self):
        self.ncc("daemon", "stop", timeout=60)


def test_two_daemons_share_one_store_and_the_commands_report_it(store, tmp_path):
    a = _Daemon(tmp_path / "a", {**store.env, "NCC_REMOTE_CACHE": store.url, "NCC_REMOTE_CACHE_MODE": "write"})
    b = _Daemon(tmp_path / "b", {**store.env, "NCC_REMOTE_CACHE": store.url})
    for d in (a, b):
        d.root.mkdir()
    plain_pid = None
    try:
        plain = _Daemon(b.root, {})  # a daemon started without the store is not used by a client that wants one
        plain.env.pop("NCC_REMOTE_CACHE", None)
        assert plain.ncc("daemon", "start").returncode == 0
        plain_pid = json.loads(plain.ncc("daemon", "status", "--json").stdout)["pid"]
        served = b.ncc("cache", "stats")  # ...nor restarted: the client gets a daemon of its own configuration
        assert served.returncode == 0 and "restarting the daemon" not in served.stderr, served.stderr
        assert f"remote     {store.url} (read, circuit closed)" in b.ncc("daemon", "status").stdout
        assert json.loads(plain.ncc("daemon", "status", "--json").stdout)["pid"] == plain_pid
        for n, model in enumerate(EXAMPLES):
            run = a.ncc("compile", model, "-o", a.root / f"{n}.ncx", "--json")
            assert run.returncode == 0 and json.loads(run.stdout)["cache"] == "miss", run.stderr
        for n, model in enumerate(EXAMPLES):
            run = b.ncc("compile", model, "-o", b.root / f"{n}.ncx")
            assert run.returncode == 0 and "(remote cache)" in run.stdout, run.stdout + run.stderr
        stats = json.loads(b.ncc("cache", "stats", "--json").stdout)["remote"]
        assert stats["hits"] == len(EXAMPLES) and stats["misses"] == 0 and stats["mode"] == "read"
        assert stats["hit_latency_ms"]["samples"] == len(EXAMPLES)
        status = json.loads(b.ncc("daemon", "status", "--json").stdout)
        assert status["engine"]["counters"]["full_compiles"] == 0
        text = b.ncc("cache", "stats").stdout
        assert f"remote cache {store.url} (read, circuit closed): {len(EXAMPLES)} hits" in text

        objects = len(store.list())
        dry = json.loads(b.ncc("cache", "gc", "--remote", "--older-than", "1d", "--dry-run", "--json").stdout)
        assert dry["removed"] == 0 and dry["records"] == len(EXAMPLES)
        gone = b.ncc("cache", "gc", "--remote", "--older-than", "0s")
        assert gone.returncode == 0 and f"removed {objects} objects" in gone.stdout, gone.stdout + gone.stderr
        assert store.list() == []
        usage = b.ncc("cache", "gc", "--older-than", "1d")
        assert usage.returncode == 2 and "--remote" in usage.stderr
    finally:
        a.stop()
        b.stop()
        if plain_pid is not None:  # the store-less daemon beside b's
            with contextlib.suppress(ProcessLookupError):
                os.kill(plain_pid, signal.SIGTERM)
