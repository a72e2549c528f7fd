"""The daemon's own bounds: requests over the model limit are refused before they are read, Watch
streams and their inotify watches are bounded and leave the server's threads to other calls.

Real daemons on real sockets (tests/test_daemon.py's Daemon: a runtime directory and cache each).
"""

from __future__ import annotations

import os
import subprocess
import time

import pytest

from test_daemon import ENCODER, NCC, Daemon


@pytest.fixture
def daemon(tmp_path):
    d = Daemon(tmp_path)
    yield d
    d.stop()


def _peak_resident_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) << 10
    raise AssertionError("no VmHWM")


def _wait_until(condition, what: str, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, f"waited {timeout:.0f} s for {what}"
        time.sleep(0.02)
    return value


def test_a_request_over_the_model_limit_is_refused_before_it_is_read(daemon):
    from nccd.clients.client import DaemonError

    daemon.start_directly(env={"NCC_MAX_INPUT_BYTES": str(1 << 20)})  # receive limit: 1 MiB + 1 MiB envelope
    pid = daemon.pid()
    with daemon.client() as nccd:
        nccd.status()
        before = _peak_resident_bytes(pid)
        with pytest.raises(DaemonError) as caught:
            nccd.diagnose(content=b"x" * (48 << 20), name="huge.hlo.txt")
        assert caught.value.code == "RESOURCE_EXHAUSTED"
        assert "NCC-E010: the request is larger than the daemon reads" in caught.value.details
        assert "pass the model by path" in caught.value.details
        # never held the 48 MiB it was sent (the same with 1.5 GiB against the default 512 MiB)
        assert _peak_resident_bytes(pid) - before < (24 << 20)
        assert nccd.status()["pid"] == pid  # and it serves on
        assert nccd.diagnose(ENCODER)["errors"] == 0


def test_watch_streams_are_bounded_and_leave_threads_for_other_calls(daemon, tmp_path):
    from nccd.clients.client import DaemonError

    model = tmp_path / "m.hlo.txt"
    model.write_text(ENCODER.read_text())
    with daemon.client() as nccd:
        admitted, refused = [], []
        for _ in range(40):  # 40 idle Watch streams, as in the issue
            try:
                admitted.append(nccd.watch([model]))
            except DaemonError as exc:
                refused.append(exc)
        try:
            assert len(admitted) == 8 and len(refused) == 32  # the default --max-watches
            assert all(e.code == "RESOURCE_EXHAUSTED" and e.details.startswith("error[NCC-E057]: the daemon "
                       "already serves 8 watch streams, its limit (--max-watches 8)") for e in refused)
            assert "hint: " in refused[0].details
            status = nccd.status()  # answers (10 s deadline): the streams do not hold compile threads
            assert status["watches"] == 8
            assert nccd.compile(ENCODER).ok
        finally:
            for stream in admitted:
                stream.cancel()
        _wait_until(lambda: nccd.status()["watches"] == 0, "the cancelled streams to end")
        again = nccd.watch([model])  # their slots are free again
        again.cancel()


def test_ncc_watch_says_when_the_daemon_serves_all_it_allows(daemon, tmp_path):
    model = tmp_path / "m.hlo.txt"
    model.write_text(ENCODER.read_text())
    assert daemon.ncc("daemon", "start", "--max-watches", "1").returncode == 0
    with daemon.client() as nccd:
        held = nccd.watch([model])
        try:
            proc = daemon.ncc("watch", model)
        finally:
            held.cancel()
    assert proc.returncode == 1, proc
    assert proc.stderr.count("error[NCC-E057]") == 1 and "--max-watches 1" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "hint: " in proc.stderr


def _tree(root, folders: int):
    for i in range(folders):
        (root / f"d{i}").mkdir(parents=True)
    (root / "m.hlo.txt").write_text(ENCODER.read_text())
    return root


def test_inotify_watches_are_bounded(daemon, tmp_path):
    from nccd.clients.client import DaemonError

    tree = _tree(tmp_path / "tree", 12)
    daemon.start_directly(env={"NCC_WATCH_MAX_DIRS": "10"})
    with daemon.client() as nccd:
        with pytest.raises(DaemonError) as caught:
            nccd.watch([tree])
        assert caught.value.code == "RESOURCE_EXHAUSTED"
        assert caught.value.details.startswith(f"error[NCC-E058]: watching {tree} would take more than 10 folders")
        assert nccd.status()["watches"] == 0
        small = nccd.watch([tree / "d0"])  # within the bound
        small.cancel()
    here = subprocess.run([NCC, "watch", str(tree), "--no-daemon"], capture_output=True, text=True, timeout=120,
                          env={**daemon.env, "NCC_WATCH_MAX_DIRS": "10"})
    assert here.returncode == 1 and here.stderr.count("error[NCC-E058]") == 1, here
    assert "Traceback" not in here.stderr


def test_the_daemon_limits_are_registered_codes():
    from nccd.compiler.diagnostics import REGISTRY
    from nccd.proto import paths

    assert REGISTRY[paths.COMMAND_LOST_CODE].hint == paths.COMMAND_LOST_HINT
    assert {"NCC-E056", "NCC-E057", "NCC-E058"} <= set(REGISTRY)
    assert os.environ.get("NCC_WATCH_MAX_DIRS") is None  # the tests above set it for their daemons only


def test_a_model_whose_compile_would_exceed_the_memory_limit_is_refused_before_parsing(daemon, tmp_path):
    """--max-rss bounds the work too: a model estimated (daemon/footprint.py) to need more is one
    NCC-E010 naming the estimate and the limit, it is never parsed, and the daemon serves on."""
    lines = ["HloModule wide", "", "ENTRY main {", "  p0 = f32[8]{0} parameter(0)"]
    lines += [f"  a{i} = f32[8]{{0}} add({'p0' if i == 0 else f'a{i - 1}'}, p0)" for i in range(800_000)]
    lines += ["  ROOT out = f32[8]{0} negate(a799999)", "}", ""]
    model = tmp_path / "wide.hlo.txt"
    model.write_text("\n".join(lines))  # 31 MB of text: some 250 MiB to check, 800 to compile
    daemon.start_directly("--max-rss", "200M")
    pid = daemon.pid()
    before = _peak_resident_bytes(pid)
    for command in ("compile", "diagnose"):
        proc = daemon.ncc(command, str(model))
        said = proc.stdout + proc.stderr
        assert proc.returncode == 1 and said.count("error[NCC-E010]") == 1 and "Traceback" not in said, said
        assert "over the daemon's limit of 200 MiB" in said and "--max-rss" in said, said
    assert _peak_resident_bytes(pid) - before < (96 << 20)  # it read the 31 MB, and parsed none of it
    again = daemon.ncc("compile", ENCODER, "-o", "after.ncx")
    assert again.returncode == 0 and daemon.pid() == pid, again.stderr
