"""A batch in a running daemon: the CompileMany RPC and `ncc compile-many` handed to the daemon.

Real daemons on private runtime and cache directories, real worker processes, real files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import REPO

NCC = str(Path(sys.executable).parent / "ncc")
EXAMPLES = REPO / "examples"
TORCH = REPO / "tests" / "corpus" / "torch"


class Daemon:
    def __init__(self, root: Path, extra_env: dict | None = None):
        self.run_dir, self.cache_dir = root / "run", root / "cache"
        self.env = {**os.environ, "NCC_RUNTIME_DIR": str(self.run_dir), "NCC_CACHE_DIR": str(self.cache_dir),
                    "NCC_IDLE_TIMEOUT": "10m", **(extra_env or {})}
        self.env.pop("NCC_NO_DAEMON", None)

    def ncc(self, *args, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([NCC, *map(str, args)], capture_output=True, text=True,
                              env={**self.env, **(env or {})}, timeout=300)

    def start(self) -> int:
        proc = self.ncc("daemon", "start")
        assert proc.returncode == 0, proc.stderr
        return json.loads((self.run_dir / "daemon.json").read_text())["pid"]

    def client(self):
        from nccd.clients.client import Client
        from nccd.proto.paths import requested_config

        return Client(self.run_dir, config=requested_config(self.env), autostart=False)

    def stop(self) -> None:
        self.ncc("daemon", "stop")


@pytest.fixture
def daemon(tmp_path):
    d = Daemon(tmp_path / "d")
    yield d
    d.stop()


@pytest.fixture
def models(tmp_path) -> Path:
    folder = tmp_path / "models"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(EXAMPLES / "encoder_block.hlo.txt", folder / "encoder.hlo")
    shutil.copy(EXAMPLES / "encoder_block.hlo_module.pb", folder / "nested" / "encoder.pb")
    shutil.copy(TORCH / "mlp" / "module.hlo.txt", folder / "mlp.hlo")
    (folder / "broken.hlo").write_text("HloModule broken\n\nENTRY main {\n  p = f32[2] parameter(0)\n"
                                       "  ROOT r = f32[2] bogus(p)\n}\n")
    return folder


def test_the_compile_many_rpc_streams_the_events_of_the_command_line(daemon, models, tmp_path):
    pid = daemon.start()
    report = tmp_path / "report.json"
    with daemon.client() as nccd:
        stream = list(nccd.compile_many([models], ["--auto-cast", "none"], workers=2, report=report))
    kinds = [event["event"] for event in stream]
    assert kinds[0] == "plan" and kinds[-1] == "done" and kinds.count("graph") == 4
    assert stream[0]["driver"].endswith(f":{pid}")  # the daemon drove it
    graphs = {Path(e["label"]).name: e for e in stream if e["event"] == "graph"}
    assert graphs["mlp.hlo"]["status"] == "ok" and graphs["broken.hlo"]["status"] == "refused"
    assert graphs["broken.hlo"]["diagnostics"][0]["code"] == "NCC-E002"
    assert {graphs["encoder.hlo"]["status"], graphs["encoder.pb"]["status"]} == {"ok", "duplicate"}
    done = stream[-1]
    assert done["compiles"] == 2 and done["summary"]["ok"] == 2 and done["options"]["auto_cast"] == "none"
    assert done["report"] == str(report) and len(json.loads(report.read_text())["graphs"]) == 4
    # the events are those `ncc compile-many --json` prints: same keys, line by line
    local = subprocess.run([NCC, "compile-many", str(models), "--auto-cast", "none", "--json", "--no-daemon"],
                           capture_output=True, text=True, timeout=300,
                           env={**daemon.env, "NCC_CACHE_DIR": str(tmp_path / "other-cache")})
    lines = [json.loads(line) for line in local.stdout.splitlines()]
    assert [sorted(e) for e in lines] == [sorted(e) for e in stream if e["event"] != "done"] + \
        [sorted(k for k in done if k != "report")]
    # the workers wrote into the daemon's cache: the same batch again compiles nothing
    with daemon.client() as nccd:
        again = list(nccd.compile_many([models], ["--auto-cast", "none"]))
    assert again[0]["cached"] == 2 and again[-1]["compiles"] == 0


def test_the_rpc_refuses_bad_requests_with_one_message_and_keeps_serving(daemon, models):
    from nccd.clients.client import DaemonError

    daemon.start()
    with daemon.client() as nccd:
        for paths_, flags, message in (([models], ["--target", "trn9"], "trn9"),
                                       ([models / "nope"], [], "no such file or folder"),
                                       ([], [], "names no models")):
            with pytest.raises(DaemonError) as caught:
                list(nccd.compile_many(paths_, flags))
            assert caught.value.code == "INVALID_ARGUMENT" and message in str(caught.value)
        assert nccd.status()["pid"]


def test_ncc_compile_many_runs_in_a_running_daemon_and_prints_as_it_goes(daemon, models, tmp_path):
    pid = daemon.start()
    report = tmp_path / "report.json"
    proc = daemon.ncc("compile-many", models, "--workers", "2", "--json", "--report", report)
    assert proc.returncode == 1, proc.stderr  # broken.hlo is refused
    stream = [json.loads(line) for line in proc.stdout.splitlines()]
    assert stream[0]["driver"].endswith(f":{pid}") and stream[-1]["event"] == "done"
    assert stream[-1]["compiles"] == 2 and json.loads(report.read_text())["summary"]["refused"] == 1
    text = daemon.ncc("compile-many", models)  # the text form, from the daemon too
    assert text.returncode == 1 and "4 graphs" in text.stdout and "broken.hlo: refused: NCC-E002" in text.stdout
    assert "done in" in text.stdout
    # without a running daemon the batch runs in the ncc process, and never starts one
    daemon.stop()
    alone = daemon.ncc("compile-many", models, "--json")
    assert json.loads(alone.stdout.splitlines()[0])["driver"].endswith(f":{pid}") is False
    assert not (daemon.run_dir / "daemon.json").exists()


def test_a_batch_whose_client_goes_away_starts_no_more_compiles(tmp_path, models):
    hold = tmp_path / "hold"
    hold.mkdir()
    daemon = Daemon(tmp_path / "d", {"NCCD_TEST_HOLD_BATCH": str(hold)})
    try:
        daemon.start()
        with daemon.client() as nccd:
            stream = nccd.compile_many([models], workers=1)
            assert next(stream)["event"] == "plan"
            deadline = time.monotonic() + 120
            while not list(hold.glob("started-*")):  # the first graph is being compiled
                assert time.monotonic() < deadline, "no graph started"
                time.sleep(0.02)
            stream.close()  # the client stops reading: the call is cancelled
            while "CompileMany cancelled" not in (daemon.run_dir / "daemon.log").read_text():
                assert time.monotonic() < deadline, "the daemon did not see the cancel"
                time.sleep(0.02)
            (hold / "release").touch()
            claims = daemon.cache_dir / "batches"
            while any(claims.iterdir()):  # the batch ended in the daemon (its claims are removed)
                assert time.monotonic() < deadline, "the batch did not end"
                time.sleep(0.02)
            assert len(list(hold.glob("started-*"))) == 1
            assert nccd.status()["pid"]
    finally:
        daemon.stop()
