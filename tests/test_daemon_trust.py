"""Trusted connections: no client sends a byte to a runtime directory or socket another user could control.

With XDG_RUNTIME_DIR unset the runtime directory is $TMPDIR/nccd-<uid> (/tmp/nccd-<uid>), which any
local user could create first. Each test plays that other user for real: a directory and a
listening socket owned by uid 65534 (chown, as root, or a process run under `setpriv`), a planted
symlink, a directory left open. The listener then proves that nothing reached it, and the command
still runs, in this process, after one NCC-W052 message.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from helpers import REPO

NCC = str(Path(sys.executable).parent / "ncc")
ENCODER = REPO / "examples" / "encoder_block.hlo.txt"
OTHER_UID = 65534  # nobody

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to hand files to another user")


@pytest.fixture
def shared_tmp(tmp_path):
    """A /tmp-like directory (sticky, open to all) standing in for /tmp, so another user can reach it."""
    root = Path(tempfile.mkdtemp(prefix="nccd-trust-", dir="/tmp"))
    os.chmod(root, 0o1777)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _env(tmpdir: Path, cache: Path) -> dict:
    env = {**os.environ, "TMPDIR": str(tmpdir), "NCC_CACHE_DIR": str(cache), "NCC_IDLE_TIMEOUT": "2m"}
    for key in ("NCC_RUNTIME_DIR", "XDG_RUNTIME_DIR", "NCC_NO_DAEMON"):
        env.pop(key, None)
    return env


def _ncc(env: dict, *args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([NCC, *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd, timeout=180)


def _listener(path: Path) -> socket.socket:
    """A socket that would serve whoever connects (the other user's fake daemon); non-blocking accept."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen(8)
    sock.setblocking(False)
    return sock


def _nobody_connected(sock: socket.socket) -> bool:
    """After the client has finished, a connection it made would be waiting in the backlog."""
    try:
        conn, _ = sock.accept()
    except BlockingIOError:
        return True
    conn.close()
    return False


def _one_warning(stderr: str) -> None:
    assert stderr.count("NCC-W052") == 1, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    assert "hint: " in stderr


def _stop_own_daemon(env: dict, cwd: Path) -> None:
    _ncc(env, "daemon", "stop", cwd=cwd)


@needs_root
def test_a_runtime_directory_precreated_by_another_user_captures_nothing(shared_tmp, tmp_path):
    run_dir = shared_tmp / f"nccd-{os.getuid()}"
    run_dir.mkdir(mode=0o700)
    sockets = [_listener(run_dir / name) for name in ("cli.sock", "daemon.sock")]
    for path in [run_dir, run_dir / "cli.sock", run_dir / "daemon.sock"]:
        os.chown(path, OTHER_UID, OTHER_UID, follow_symlinks=False)
    env = _env(shared_tmp, tmp_path / "cache")
    try:
        compiled = _ncc(env, "compile", ENCODER, "-o", "a.ncx", cwd=tmp_path)
        assert compiled.returncode == 0, compiled.stderr
        assert "compiled jit_encoder_block" in compiled.stdout and (tmp_path / "a.ncx").exists()
        _one_warning(compiled.stderr)
        assert f"{run_dir} belongs to uid {OTHER_UID}" in compiled.stderr
        assert "running in this process instead" in compiled.stderr
        diagnosed = _ncc(env, "diagnose", ENCODER, "--json", cwd=tmp_path)
        assert diagnosed.returncode == 0 and diagnosed.stdout.startswith("{")
        _one_warning(diagnosed.stderr)
        for action in ("start", "status", "stop"):  # they cannot run in-process: one message, exit 1
            managed = _ncc(env, "daemon", action, cwd=tmp_path)
            assert managed.returncode == 1, managed
            _one_warning(managed.stderr)
            assert "not talking to a daemon there" in managed.stderr
        assert all(_nobody_connected(s) for s in sockets)
    finally:
        for s in sockets:
            s.close()


@pytest.mark.skipif(shutil.which("setpriv") is None or os.geteuid() != 0, reason="needs setpriv as root")
def test_another_users_daemon_in_the_default_directory_gets_no_bytes(shared_tmp, tmp_path):
    """The other user really runs a fake daemon (its own process, its own uid) where ours would be."""
    run_dir = shared_tmp / f"nccd-{os.getuid()}"
    log = shared_tmp / "captured"
    squatter = subprocess.Popen(
        ["setpriv", f"--reuid={OTHER_UID}", f"--regid={OTHER_UID}", "--clear-groups", sys.executable, "-c",
         "import os, socket, sys\n"
         "run, log = sys.argv[1], sys.argv[2]\n"
         "os.mkdir(run, 0o777); os.chmod(run, 0o777)\n"
         "s = socket.socket(socket.AF_UNIX); s.bind(run + '/cli.sock'); os.chmod(run + '/cli.sock', 0o777)\n"
         "s.listen(8); print('ready', flush=True)\n"
         "while True:\n"
         "    c, _ = s.accept(); data = c.recv(65536)\n"
         "    open(log, 'ab').write(data or b'(connected)'); c.close()\n",
         str(run_dir), str(log)], stdout=subprocess.PIPE, text=True)
    try:
        assert squatter.stdout.readline().strip() == "ready"  # an event: the socket listens
        env = _env(shared_tmp, tmp_path / "cache")
        proc = _ncc(env, "compile", ENCODER, "-o", "a.ncx", cwd=tmp_path)
        assert proc.returncode == 0 and (tmp_path / "a.ncx").exists(), proc.stderr
        _one_warning(proc.stderr)
        assert not log.exists(), log.read_bytes()[:200]
    finally:
        squatter.kill()
        squatter.wait()


def test_a_planted_symlink_is_not_followed(shared_tmp, tmp_path):
    target = tmp_path / "elsewhere"  # ours, private, even holding a listening socket: still a symlink
    target.mkdir(mode=0o700)
    listener = _listener(target / "cli.sock")
    (shared_tmp / f"nccd-{os.getuid()}").symlink_to(target)
    env = _env(shared_tmp, tmp_path / "cache")
    try:
        proc = _ncc(env, "compile", ENCODER, "-o", "a.ncx", cwd=tmp_path)
        assert proc.returncode == 0 and (tmp_path / "a.ncx").exists(), proc.stderr
        _one_warning(proc.stderr)
        assert "is a symbolic link" in proc.stderr
        assert _nobody_connected(listener)
        assert sorted(p.name for p in target.iterdir()) == ["cli.sock"]  # no daemon files created through it
    finally:
        listener.close()


def test_a_socket_symlink_in_our_directory_is_not_followed(tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    listener = _listener(elsewhere / "s")
    (run_dir / "cli.sock").symlink_to(elsewhere / "s")
    env = {**_env(tmp_path, tmp_path / "cache"), "NCC_RUNTIME_DIR": str(run_dir)}
    try:
        proc = _ncc(env, "diagnose", ENCODER, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        _one_warning(proc.stderr)
        assert "daemon socket" in proc.stderr and "symbolic link" in proc.stderr
        assert _nobody_connected(listener)
    finally:
        listener.close()


@needs_root
def test_a_socket_owned_by_someone_else_in_our_directory_is_refused(tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    listener = _listener(run_dir / "cli.sock")
    os.chown(run_dir / "cli.sock", OTHER_UID, OTHER_UID)
    env = {**_env(tmp_path, tmp_path / "cache"), "NCC_RUNTIME_DIR": str(run_dir)}
    try:
        proc = _ncc(env, "diagnose", ENCODER, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        _one_warning(proc.stderr)
        assert f"belongs to uid {OTHER_UID}" in proc.stderr
        assert _nobody_connected(listener)
    finally:
        listener.close()


def test_an_open_directory_of_ours_is_refused_by_clients(tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    os.chmod(run_dir, 0o755)
    env = {**_env(tmp_path, tmp_path / "cache"), "NCC_RUNTIME_DIR": str(run_dir)}
    proc = _ncc(env, "compile", ENCODER, "-o", "a.ncx", cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "a.ncx").exists(), proc.stderr
    _one_warning(proc.stderr)
    assert "open to others (mode 0755, not 0700)" in proc.stderr
    assert not (run_dir / "daemon.json").exists()  # no daemon was started there


def test_the_grpc_client_checks_before_it_sends(tmp_path):
    from nccd.clients.client import Client, UntrustedRuntimeDir

    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    listener = _listener(elsewhere / "s")
    (run_dir / "daemon.sock").symlink_to(elsewhere / "s")
    try:
        with pytest.raises(UntrustedRuntimeDir) as caught:
            Client(run_dir, autostart=False).status()
        assert caught.value.code == "NCC-W052"
        assert Client.if_running(run_dir) is None  # the language server's probe: quietly in-process
        assert _nobody_connected(listener)
    finally:
        listener.close()


@needs_root
def test_the_language_server_host_is_not_reached_through_a_foreign_directory(tmp_path, monkeypatch, capsys):
    from nccd.clients.lsp import host

    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    os.chown(run_dir, OTHER_UID, OTHER_UID)
    monkeypatch.setenv("NCC_RUNTIME_DIR", str(run_dir))
    assert host.run_in_host(["--stdio"]) is None  # the editor is served here, cold
    err = capsys.readouterr().err
    assert err.count("NCC-W052") == 1 and f"belongs to uid {OTHER_UID}" in err


def test_the_message_is_the_registered_one():
    from nccd.compiler.diagnostics import REGISTRY
    from nccd.proto import paths

    code = REGISTRY[paths.UNTRUSTED_CODE]
    assert code.hint == paths.UNTRUSTED_HINT
    assert paths.UntrustedRuntimeDir("x").report().startswith(f"warning[{code.code}]: x; ")


def test_a_directory_the_daemon_creates_is_private(tmp_path):
    from nccd.proto import paths

    created = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(created.stat().st_mode) == 0o700
    paths.check_private_dir(created)
    (tmp_path / "link").symlink_to(created)
    with pytest.raises(paths.UntrustedRuntimeDir):
        paths.ensure_private_dir(tmp_path / "link")
    (tmp_path / "file").write_text("")
    with pytest.raises(paths.UntrustedRuntimeDir):
        paths.ensure_private_dir(tmp_path / "file")
