"""Warm starts for ``ncc lsp``: a host process with the server loaded forks one for each editor.

Editors start their language servers on every launch, and a cold start of this
one is about half a second on a 2-core VM, most of it pygls defining and wiring
lsprotocol's ~570 attrs classes. So the first ``ncc lsp`` serves its editor
itself and leaves a *host* behind (detached, in the background): a process
with pygls, the protocol converter and the analyzers loaded, listening on a
Unix socket in the private runtime directory (the daemon's, ``NCC_RUNTIME_DIR``).
The next ``ncc lsp`` hands the host its stdin, stdout and stderr (SCM_RIGHTS),
working directory, environment, umask and arguments; the host forks, and the
child is the language server, on the editor's own pipes, with the editor's
environment, exactly as a fresh process would be. The ``ncc lsp`` process
stays as the editor sees it: it forwards SIGTERM/SIGINT/SIGHUP to the child
and exits with the child's status; if it dies, the host ends the child.

Only a client of the same interpreter and the same nccd files uses a host (the
socket's name carries a tag of both), and a host is never required: when none
answers, the editor's process serves it (a cold start) and starts one for next
time. A host leaves after ``NCC_LSP_HOST_IDLE`` (a duration, default 3h) without
clients. ``NCC_LSP_HOST=0`` turns all of this off.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import zlib
from pathlib import Path

_FORWARDED_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
_DEFAULT_IDLE_S = 3 * 3600.0
_MAX_REQUEST = 1 << 20


def enabled() -> bool:
    return os.environ.get("NCC_LSP_HOST", "1") not in ("0", "", "no", "false")


def _code_tag() -> str:
    """The interpreter and the nccd source files: a host serves only clients that would load the same code."""
    root = Path(__file__).resolve().parents[2]  # the nccd package: clients/, compiler/, daemon/
    # the environment (sys.prefix: python and python3 of one venv are one) and the interpreter it runs
    stamps = [sys.prefix, os.path.realpath(sys.executable), str(root), sys.version]
    for folder in ("clients", "compiler", "daemon"):
        for dirpath, dirnames, filenames in os.walk(root / folder):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith(".py"):
                    st = os.stat(os.path.join(dirpath, name))
                    stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return f"{zlib.crc32(chr(0).join(stamps).encode()):08x}"


def _paths() -> tuple[Path, Path, Path]:
    from nccd.proto.paths import ensure_private_dir, runtime_dir

    root = ensure_private_dir(runtime_dir())
    tag = _code_tag()
    return root / f"lsp-host-{tag}.sock", root / f"lsp-host-{tag}.lock", root / f"lsp-host-{tag}.log"


# -- the `ncc lsp` side ---------------------------------------------------------------------------

def _send_message(conn: socket.socket, obj: dict, fds: list[int] | None = None) -> None:
    body = json.dumps(obj).encode()
    data = struct.pack("<I", len(body)) + body
    if fds:
        socket.send_fds(conn, [data], fds)
    else:
        conn.sendall(data)


def _read_lines(conn: socket.socket):
    buffer = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            return
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            yield json.loads(line)


def run_in_host(argv: list[str]) -> int | None:
    """Serve this editor from a warm host; the child's exit status, or None when no host could (start cold)."""
    from nccd.proto.paths import UntrustedRuntimeDir, check_socket

    try:
        sock_path, lock_path, log_path = _paths()
        try:
            check_socket(sock_path)  # the editor's stdio and environment go there: only to a socket of ours
        except FileNotFoundError:
            pass  # no host yet: connecting fails below and one is started
    except UntrustedRuntimeDir as exc:
        print(f"ncc lsp: {exc.report()}", file=sys.stderr)  # the editor's log; the server starts here
        return None
    except Exception:  # no runtime directory to be had: the cold path says nothing either
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(sock_path))
        _send_message(conn, {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ),
                             "umask": _current_umask()}, [0, 1, 2])
        messages = _read_lines(conn)
        started = next(messages, None)
    except (OSError, ValueError):
        conn.close()
        _start_host_soon(sock_path, lock_path, log_path)
        return None
    if not started or "pid" not in started:
        conn.close()
        return None
    child = int(started["pid"])

    def forward(signum, frame):
        try:
            os.kill(child, signum)
        except ProcessLookupError:
            pass

    for signum in _FORWARDED_SIGNALS:
        signal.signal(signum, forward)
    # from here the editor talks to the child; this process only waits for its status
    for fd in (0, 1):
        _to_devnull(fd)
    try:
        for message in messages:
            if "exit" in message:
                return int(message["exit"])
    except (OSError, ValueError):
        pass
    finally:
        conn.close()
    return 1  # the host went away with the child


def _to_devnull(fd: int) -> None:
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, fd)
    os.close(null)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _start_host_soon(sock_path: Path, lock_path: Path, log_path: Path) -> None:
    """Leave a host behind for the next start (detached; it gives way if another one holds the lock)."""
    from nccd.proto.paths import lock_held

    if lock_held(lock_path):
        return
    try:
        with open(log_path, "ab") as log:
            subprocess.Popen([sys.executable, "-m", "nccd.clients.lsp.host", str(sock_path), str(lock_path)],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                             start_new_session=True, close_fds=True,
                             env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    except OSError:
        pass


def stop_hosts(runtime_dir: Path) -> int:
    """SIGTERM every live host in a runtime directory (its lock file names its pid); how many there were."""
    from nccd.proto.paths import lock_held

    stopped = 0
    for lock_path in Path(runtime_dir).glob("lsp-host-*.lock"):
        try:
            pid = int(lock_path.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        if lock_held(lock_path):
            try:
                os.kill(pid, signal.SIGTERM)
                stopped += 1
            except ProcessLookupError:
                pass
    return stopped


# -- the host ---------------------------------------------------------------------------------------

def _warm():
    """Everything a server's start loads and generates, done once here instead of in every child."""
    from . import fast_start

    fast_start.install()
    import attrs
    from lsprotocol import types

    from .server import _warm_up, create_server

    server = create_server()
    converter = server.protocol._converter
    for value in vars(types).values():
        if isinstance(value, type) and attrs.has(value):
            try:
                converter.get_structure_hook(value)
                converter.get_unstructure_hook(value)
            except Exception:  # a type cattrs builds lazily in another way: the child does it if needed
                pass
    _warm_up()
    # neither the host nor its children save: the file would then hold every hook, and cold starts load it whole
    fast_start.stop_saving()
    return server


def serve(sock_path: Path, lock_path: Path) -> int:
    import fcntl
    import gc
    import select
    import time

    from nccd.proto.paths import parse_duration

    sock_path, lock_path = sock_path.absolute(), lock_path.absolute()  # it moves to / below
    tag = _code_tag()
    lock = open(os.open(lock_path, os.O_WRONLY | os.O_CREAT, 0o600), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return 0  # another host serves this code
    os.chdir("/")  # never keep the first editor's directory busy; children take their own
    lock.truncate(0)
    lock.write(f"{os.getpid()}\n")
    lock.flush()
    idle_text = os.environ.get("NCC_LSP_HOST_IDLE")
    try:
        idle_s = parse_duration(idle_text) if idle_text else _DEFAULT_IDLE_S  # 0: never, as for the daemon
    except ValueError:
        idle_s = _DEFAULT_IDLE_S
    gc.disable()
    server = _warm()
    gc.enable()
    gc.collect()
    gc.freeze()  # children share these pages instead of copying them on the first collection

    try:
        sock_path.unlink()
    except FileNotFoundError:
        pass
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(sock_path))
    os.chmod(sock_path, 0o600)
    bound = os.stat(sock_path).st_ino  # on the way out, remove the socket only if it is still this one
    listener.listen(16)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.signal(signal.SIGCHLD, lambda *a: None)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    print(f"nccd lsp host {os.getpid()} ready on {sock_path} (idle timeout {idle_s:.0f} s)", file=sys.stderr,
          flush=True)

    children: dict[int, socket.socket] = {}   # child pid -> its client's connection
    last_active = time.monotonic()
    try:
        while True:
            if idle_s and not children and time.monotonic() - last_active > idle_s:
                return 0
            if not sock_path.exists():
                return 0  # removed (e.g. the runtime directory was cleaned): leave
            watched: list[socket.socket | int] = [listener, wake_read, *children.values()]
            readable, _, _ = select.select(watched, [], [], 30.0)
            if not readable and not children and _code_tag() != tag:
                return 0  # nccd was updated or edited: the next client starts a host of the new code
            if wake_read in readable:
                try:
                    os.read(wake_read, 4096)
                except BlockingIOError:
                    pass
            _reap(children)
            for conn in readable:
                if conn is listener:
                    last_active = time.monotonic()
                    _accept(listener, server, children, (listener, wake_read, wake_write, lock))
                elif isinstance(conn, socket.socket):  # (not the wake-up pipe)
                    _client_gone(conn, children)
            if children:
                last_active = time.monotonic()
    finally:
        try:
            if sock_path.stat().st_ino == bound:
                sock_path.unlink()
        except OSError:
            pass


def _reap(children: dict[int, socket.socket]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = children.pop(pid, None)
        if conn is not None:
            try:
                conn.sendall(json.dumps({"exit": os.waitstatus_to_exitcode(status)}).encode() + b"\n")
            except OSError:
                pass
            conn.close()


def _client_gone(conn: socket.socket, children: dict[int, socket.socket]) -> None:
    """The `ncc lsp` process closed its end (it died): its server goes too."""
    try:
        if conn.recv(1, socket.MSG_PEEK):
            return
    except OSError:
        pass
    for pid, known in list(children.items()):
        if known is conn:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass


def _accept(listener: socket.socket, server, children: dict[int, socket.socket], host_fds: tuple) -> None:
    conn, _ = listener.accept()
    conn.settimeout(10)
    fds: list[int] = []
    try:
        header, fds, _, _ = socket.recv_fds(conn, 4, 3)
        if len(header) < 4 or len(fds) != 3:
            raise ValueError("bad request")
        size = struct.unpack("<I", header)[0]
        if size > _MAX_REQUEST:
            raise ValueError("request too large")
        body = b""
        while len(body) < size:
            chunk = conn.recv(size - len(body))
            if not chunk:
                raise ValueError("truncated request")
            body += chunk
        request = json.loads(body)
    except (OSError, ValueError):
        for fd in fds:
            os.close(fd)
        conn.close()
        return
    conn.settimeout(None)
    pid = os.fork()
    if pid == 0:
        _become_server(server, request, fds, conn, children, host_fds)
    for fd in fds:
        os.close(fd)
    children[pid] = conn
    try:
        conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    except OSError:
        pass


def _become_server(server, request: dict, fds: list[int], conn, children, host_fds) -> None:
    """In the child: take the editor's pipes, directory and environment, then serve. Never returns."""
    status = 1
    try:
        signal.set_wakeup_fd(-1)
        for signum in (signal.SIGCHLD, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        listener, wake_read, wake_write, lock = host_fds
        listener.close()
        lock.close()
        os.close(wake_read)
        os.close(wake_write)
        conn.close()
        for other in children.values():
            other.close()
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.umask(int(request["umask"]))
        os.setsid()  # its own session, like a process the editor started: the host's signals are not its
        from . import cli

        sys.argv = ["ncc", "lsp", *request["argv"]]
        status = cli.run(cli.parser("ncc lsp").parse_args(list(request["argv"])), server)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)


if __name__ == "__main__":
    sys.exit(serve(Path(sys.argv[1]), Path(sys.argv[2])))
