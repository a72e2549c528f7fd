"""Where a daemon lives and how a client finds it (standard library only: the thin client uses it).

One daemon per user: a private runtime directory (created 0700, ownership checked) holds

* ``daemon.lock``: flock'd by the daemon for its whole life, so two daemons never share a socket;
* ``daemon.sock``: the Unix socket of the gRPC API (0600);
* ``cli.sock``: the Unix socket of the thin `ncc` client's own protocol (0600, proto/frames.py);
* ``daemon.json``: pid, version, protocol, socket, log, configuration hash, start time;
* ``daemon.log``: what the daemon did and why it stopped;
* ``token``: a random token (0600), required as call metadata when the daemon listens on TCP.

``NCC_RUNTIME_DIR`` moves all of it (tests use a fresh directory each); the persistent
cache is separate, under the user's cache directory unless ``--cache-dir`` or
``NCC_CACHE_DIR`` says otherwise.
"""

from __future__ import annotations

import os
import stat

TYPE_CHECKING = False  # not typing's, nor pathlib at module level: the thin client imports this module
if TYPE_CHECKING:      # on every command, and pathlib alone costs about Python's whole start-up
    from pathlib import Path

#: The gRPC API's version (the handshake says it). The thin client's frames carry no number of
#: their own: a daemon that cannot read them hangs up, which the client takes as an older nccd.
PROTOCOL = 2
TOKEN_HEADER = "x-nccd-token"
#: gRPC's default message limit is 4 MiB; models and artifacts can be far larger.
MAX_MESSAGE_BYTES = (1 << 31) - 1


class RuntimeDirError(RuntimeError):
    """The runtime directory is not private to this user: refuse rather than leak the socket."""


#: Said by every client that will not talk to a daemon in a runtime directory it cannot trust; the
#: same code, title and hint are registered in compiler/diagnostics.py (this module stays standard
#: library only, for the thin client).
UNTRUSTED_CODE = "NCC-W052"
UNTRUSTED_HINT = ("the directory or a socket in it is not private to you, so another user could answer (or "
                  "read) your commands; remove it if it is yours and stale, or set NCC_RUNTIME_DIR to a "
                  "directory of your own (mode 0700)")


class UntrustedRuntimeDir(RuntimeDirError):
    """A runtime directory or socket another user could control: no byte is sent there."""

    code = UNTRUSTED_CODE

    def __init__(self, why: str):
        super().__init__(why)
        self.why = why

    def report(self, consequence: str = "running in this process instead") -> str:
        """The one message a client prints: code, what is wrong, what it does instead, the hint."""
        return f"warning[{UNTRUSTED_CODE}]: {self.why}; {consequence}\n  hint: {UNTRUSTED_HINT}"


#: Said by `ncc` when the daemon dies while it runs a command: the command may have killed it, so
#: it is not sent to a new daemon (registered in compiler/diagnostics.py as well).
COMMAND_LOST_CODE = "NCC-E056"
COMMAND_LOST_HINT = ("the command may have stopped it (see `ncc daemon logs`), so it was not sent again; run it "
                     "again to use a new daemon, or with --no-daemon to run it in this process")


def _mode_text(mode: int) -> str:
    return f"{stat.S_IMODE(mode):04o}"


def check_private_dir(path: str | os.PathLike[str]) -> None:
    """Refuse a runtime directory another user could control: a symlink, not a directory, owned by
    someone else, or open to others. FileNotFoundError when it does not exist (nobody is there)."""
    info = os.lstat(path)  # lstat: a planted symlink is judged itself, never followed
    if stat.S_ISLNK(info.st_mode):
        raise UntrustedRuntimeDir(f"the runtime directory {path} is a symbolic link (to {os.readlink(path)})")
    if not stat.S_ISDIR(info.st_mode):
        raise UntrustedRuntimeDir(f"the runtime directory {path} is not a directory")
    if info.st_uid != os.getuid():
        raise UntrustedRuntimeDir(f"the runtime directory {path} belongs to uid {info.st_uid}, not to you "
                                  f"({os.getuid()})")
    if stat.S_IMODE(info.st_mode) & 0o077:
        raise UntrustedRuntimeDir(f"the runtime directory {path} is open to others (mode "
                                  f"{_mode_text(info.st_mode)}, not 0700)")


def check_socket(path: str | os.PathLike[str]) -> None:
    """Before connecting: the directory is private and the socket is no symlink and is ours.

    FileNotFoundError (an OSError: nobody is there, start a daemon) when either is missing;
    UntrustedRuntimeDir when either could be someone else's."""
    check_private_dir(os.path.dirname(os.fspath(path)))
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise UntrustedRuntimeDir(f"the daemon socket {path} is a symbolic link (to {os.readlink(path)})")
    if info.st_uid != os.getuid():
        raise UntrustedRuntimeDir(f"the daemon socket {path} belongs to uid {info.st_uid}, not to you "
                                  f"({os.getuid()})")
    # a file of ours that is not a socket was left by a crash: connecting fails, a daemon replaces it


def runtime_dir_name() -> str:
    """The runtime directory (as a string: what the thin client needs, without pathlib)."""
    override = os.environ.get("NCC_RUNTIME_DIR")
    if override:
        return override
    base = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(base, f"nccd-{os.getuid()}")


def runtime_dir() -> Path:
    from pathlib import Path

    return Path(runtime_dir_name())


def _cache_dir_name(env) -> str:
    override = env.get("NCC_CACHE_DIR")
    if override:
        return override
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "nccd")


def cache_dir() -> Path:
    from pathlib import Path

    return Path(_cache_dir_name(os.environ))


def ensure_private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` 0700 if needed (its parents too); refuse one another user could control.

    Used where a daemon or host is about to create sockets there. A directory of ours that is
    merely too open is closed (0700) first: whatever another user put in it meanwhile is refused
    by :func:`check_socket`'s owner check before any client connects."""
    from pathlib import Path

    path = Path(path)
    if not os.path.lexists(path):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            pass  # created meanwhile (by whom is checked below)
        except OSError as exc:
            raise UntrustedRuntimeDir(f"cannot create the runtime directory {path}: {exc.strerror}") from None
    try:
        check_private_dir(path)
    except UntrustedRuntimeDir:
        info = os.lstat(path)
        if not (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()):
            raise
        os.chmod(path, 0o700)  # ours, but too open: close it before the socket appears
    return path

class DaemonFiles:
    """The files of the daemon in one runtime directory, as strings (a plain class, no pathlib:
    dataclasses and pathlib import slowly, and the thin client builds one on every command)."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = os.fspath(root)

    def _in_root(self, name: str) -> str:
        return os.path.join(self.root, name)

    @property
    def lock(self) -> str:
        return self._in_root("daemon.lock")

    @property
    def socket(self) -> str:
        return self._in_root("daemon.sock")

    @property
    def cli_socket(self) -> str:
        return self._in_root("cli.sock")

    @property
    def status(self) -> str:
        return self._in_root("daemon.json")

    @property
    def log(self) -> str:
        return self._in_root("daemon.log")

    @property
    def token(self) -> str:
        return self._in_root("token")

    @property
    def spawn_lock(self) -> str:
        return self._in_root("spawn.lock")

    def address(self) -> str:
        return f"unix://{self.socket}"

    def read_status(self) -> dict | None:
        import json

        try:
            with open(self.status, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None


def files(root: str | os.PathLike[str] | None = None) -> DaemonFiles:
    return DaemonFiles(root if root is not None else runtime_dir_name())


def parse_size(text: str) -> int:
    """``"512M"``, ``"2G"``, ``"1048576"`` -> bytes (ValueError when it is none of those)."""
    text = text.strip().upper().removesuffix("B").removesuffix("I")
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}.get(text[-1:], 1)
    number = float(text[:-1] if scale != 1 else text)
    if number < 0:
        raise ValueError(f"negative size {text}")
    return int(number * scale)


def format_size(n: int | None) -> str:
    """Bytes as ``ncc`` prints them (``"1.5 MiB"``), the reverse of parse_size; None is ``"-"``."""
    if n is None:
        return "-"
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def parse_duration(text: str) -> float:
    """``"3h"``, ``"90s"``, ``"15m"``, ``"2.5"`` (seconds) -> seconds; 0 means never."""
    text = text.strip().lower()
    scale = {"s": 1, "m": 60, "h": 3600, "d": 86400}.get(text[-1:], 1)
    number = float(text[:-1] if text[-1:] in "smhd" else text)
    if number < 0:
        raise ValueError(f"negative duration {text}")
    return number * scale


def requested_config(env=None) -> dict[str, str]:
    """The daemon this client's environment asks for: its identity.

    The interpreter's environment (sys.prefix: another virtualenv may hold another nccd) and the
    cache directory always; the budgets when set (NCC_MEMORY_BUDGET, NCC_CACHE_SIZE), so a daemon
    started with other budgets by hand still serves clients that do not ask."""
    import sys

    env = os.environ if env is None else env
    wanted = {"interpreter": sys.prefix}
    wanted["cache_dir"] = os.path.realpath(_cache_dir_name(env))  # as the daemon resolves it
    for key, name in (("memory_budget", "NCC_MEMORY_BUDGET"), ("disk_budget", "NCC_CACHE_SIZE")):
        if env.get(name):
            try:
                wanted[key] = str(parse_size(env[name]))
            except ValueError:
                pass  # the daemon reports the bad value when it starts
    if env.get("NCC_REMOTE_CACHE"):  # a daemon without this store (or mode) would not share the fleet's cache
        wanted["remote_cache"] = env["NCC_REMOTE_CACHE"]
        wanted["remote_cache_mode"] = (env.get("NCC_REMOTE_CACHE_MODE") or "read").lower()
    return wanted


def configured_files(root: str | os.PathLike[str], config: dict[str, str]) -> DaemonFiles:
    """Where a client's own daemon lives when the runtime directory's daemon is configured otherwise
    (another cache directory, interpreter or budgets): ``cfg-HASH`` inside the same private directory,
    so differently configured clients each get their daemon and never restart someone else's."""
    import hashlib
    import json

    digest = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:12]
    return DaemonFiles(os.path.join(root, f"cfg-{digest}"))


def lock_held(path: str | os.PathLike[str]) -> bool:
    """Whether some process holds the daemon lock (a live daemon), zombie-proof unlike pid checks."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops a lock we took
    return False


def signal_stop(lock: str | os.PathLike[str]) -> bool:
    """Stop the daemon that holds ``lock`` with SIGTERM (it stops as on `ncc daemon stop`): for one
    that cannot be asked over its socket, such as a daemon of an older protocol. The daemon writes
    its pid into the lock file it holds; False when nobody holds it or the pid is unreadable."""
    import signal

    try:
        with open(lock, "rb") as f:
            pid = int(f.read(32).split()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid <= 1 or not lock_held(lock):
        return False
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        return False
    return True


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a 0600 file atomically."""
    head, name = os.path.split(os.fspath(path))
    tmp = os.path.join(head, f".{name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
