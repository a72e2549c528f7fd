"""Language-server latency: server start to `initialized`, and `didChange` to diagnostics.

    python benchmarks/lsp_latency.py [--edits 60] [--starts 10] [--opens 10] [--file PATH] [--json]

The model is a 1,000-line PyTorch file built from the test fixtures (the clean
realistic modules plus the rule fixture: about sixty findings). The server runs
as editors run it (`ncc lsp`, stdio) with its debounce set to 0, so the figures
are the server's own: the edit's notification, the analysis off the event loop,
and the diagnostics back. Each edit is an incremental one-character change, as an
editor sends while typing, in two modes:

* push: `didChange` -> `textDocument/publishDiagnostics` for that version;
* pull: `didChange` -> `textDocument/diagnostic` request -> its report (VS Code, Neovim >= 0.10).

First diagnostics: `didOpen` of a 5,000-line model (the same fixtures, repeated: the size of a
large real model file) -> its `publishDiagnostics`, in a running server, each time under a new
URI (nothing cached). `--file PATH` times the same for a file of yours instead (a public model
file you keep outside the repository, say), with its line count in the output.

Start time is process spawn -> the `initialize` response (after which the
client sends `initialized`) for VS Code's full client capabilities, with
Python's bytecode and the generated-code cache of clients/lsp/fast_start.py
warm (the first start on a machine fills both). Three kinds, alternated: warm,
the server forked from the host the first `ncc lsp` leaves behind (what every
editor launch after the first gets, clients/lsp/host.py); cold, a server
that loads everything itself (NCC_LSP_HOST=0), and first, a cold start that
also leaves a host behind (what the first launch after login or 3 idle hours gets).
The runtime directory is a private temporary one (never the user's host).

On a shared machine the wall-clock figures depend on what else runs: the output gives the load
average before and after, and ``--cpu`` also runs the edits and opens against a server that
serves itself (``NCC_LSP_HOST=0``, so its process is the one spawned) and reports the server's
own CPU time per edit and per open (user + system, from /proc), which other processes do not
inflate: what the latency would be on an idle core, less the pipe round trip.
Targets: median <= 20 ms, p95 <= 50 ms per edit; first diagnostics for 5,000 lines <= 200 ms;
start <= 500 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "lsp"
#: What the editor set-ups in editors/ run.
SERVER = [str(Path(sys.executable).parent / "ncc"), "lsp"]


def model_source(lines: int = 1000) -> str:
    """A realistic PyTorch model file of ``lines`` lines: the clean fixture models plus the rule fixture
    (about sixty findings per thousand lines), repeated with renamed classes until it is long enough."""
    names = ["torch_gpt.py", "torch_bert.py", "torch_unet.py", "torch_moe.py", "torch_resnet.py"]
    parts = [(FIXTURES / "clean" / name).read_text() for name in names]
    parts.append((FIXTURES / "problems" / "torch_model.py").read_text())
    copy = 0
    while sum(p.count("\n") for p in parts) < lines:
        parts.append(re.sub(r"\bclass (\w+)", rf"class \g<1>{copy}", parts[copy % len(names)]))
        copy += 1
    return "\n".join("\n".join(parts).splitlines()[:lines]) + "\n"


class Connection:
    """A minimal JSON-RPC client over a server's stdio (independent of pygls, to time it from outside)."""

    def __init__(self, command: list[str], env_extra: dict | None = None):
        # Python's default: bytecode written and reused (this VM's PYTHONDONTWRITEBYTECODE=1 is not a user's)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(env_extra or {})
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env)
        self.inbox: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._next = 0

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = int(re.search(rb"Content-Length: *(\d+)", header).group(1))
            self.inbox.put((time.perf_counter(), json.loads(stream.read(length))))

    def send(self, message: dict) -> float:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return time.perf_counter()

    def request(self, method: str, params) -> tuple[float, dict]:
        self._next += 1
        ident = self._next
        sent = self.send({"id": ident, "method": method, "params": params})
        return sent, self.wait(lambda m: m.get("id") == ident and "method" not in m)[1]

    def wait(self, predicate, timeout: float = 60.0) -> tuple[float, dict]:
        deadline = time.monotonic() + timeout
        while True:
            arrived, message = self.inbox.get(timeout=max(deadline - time.monotonic(), 0.01))
            if "method" in message and "id" in message:  # a request from the server: answer it
                self.send({"id": message["id"], "result": [None] * len(message["params"].get("items", []))
                           if message["method"] == "workspace/configuration" else None})
                continue
            if predicate(message):
                return arrived, message

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.send({"method": "exit"})
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


def capabilities(pull: bool) -> dict:
    """What Neovim 0.11 (pulls) or VS Code (pushes) announce, as pytest-lsp records them: the whole
    ClientCapabilities tree, which the server must read before it can answer ``initialize``."""
    from lsprotocol import converters
    from pytest_lsp import client_capabilities

    profile = client_capabilities("neovim" if pull else "visual_studio_code")
    announced = converters.get_converter().unstructure(profile)
    assert ("diagnostic" in announced.get("textDocument", {})) == pull, "profile changed: pick another"
    return announced


def start(pull: bool, host: bool = True) -> tuple[Connection, float]:
    begun = time.perf_counter()
    conn = Connection(SERVER, None if host else {"NCC_LSP_HOST": "0"})
    conn.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": capabilities(pull),
                                "initializationOptions": {"debounceMs": 0, "useDaemon": False}})
    elapsed = (time.perf_counter() - begun) * 1000
    conn.send({"method": "initialized", "params": {}})
    return conn, elapsed


def _cpu_ms(pid: int) -> float:
    """User + system CPU time of a process (all its threads) so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def edit_latencies(pull: bool, text: str, edits: int, cpu: list[float] | None = None) -> list[float]:
    """Latency of each edit; with ``cpu`` (a cold server: the spawned process is the server) the server's
    CPU milliseconds per edit are appended to it."""
    conn, _ = start(pull, host=cpu is None)
    uri = (REPO / "bench_model.py").as_uri()
    conn.send({"method": "textDocument/didOpen",
               "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}})
    if pull:
        conn.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    else:
        conn.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    lines = text.splitlines()
    row = next(i for i, line in enumerate(lines) if '"negative"' in line)
    col = lines[row].index('"negative"') + 1
    out = []
    cpu_before = _cpu_ms(conn.proc.pid) if cpu is not None else 0.0
    for i in range(edits):  # retype one letter of a string, as someone typing would
        version = i + 2
        change = {"range": {"start": {"line": row, "character": col}, "end": {"line": row, "character": col + 1}},
                  "text": "abcdefghij"[i % 10]}
        sent = conn.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        if pull:
            _, answer = conn.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            arrived = time.perf_counter()
            assert answer["result"]["items"], "no diagnostics"
        else:
            arrived, _ = conn.wait(lambda m, version=version: m.get("method") == "textDocument/publishDiagnostics"
                                   and m["params"].get("version") == version)
        out.append((arrived - sent) * 1000)
    if cpu is not None:
        cpu.append((_cpu_ms(conn.proc.pid) - cpu_before) / edits)
    conn.close()
    return out


def open_latencies(text: str, opens: int, cpu: list[float] | None = None) -> list[float]:
    """``didOpen`` -> first ``publishDiagnostics``, each time for a new document (nothing of it cached);
    with ``cpu``, as :func:`edit_latencies`."""
    conn, _ = start(False, host=cpu is None)
    out = []
    cpu_before = 0.0
    for i in range(opens + 1):
        if i == 1 and cpu is not None:
            cpu_before = _cpu_ms(conn.proc.pid)
        uri = (REPO / f"bench_open_{i}.py").as_uri()
        sent = conn.send({"method": "textDocument/didOpen",
                          "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                      "text": text}}})
        arrived, _ = conn.wait(lambda m, uri=uri: m.get("method") == "textDocument/publishDiagnostics"
                               and m["params"].get("uri") == uri)
        if i:  # the first open also warms the server's imports (the rule tables, the operator tables)
            out.append((arrived - sent) * 1000)
        conn.send({"method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
    if cpu is not None:
        cpu.append((_cpu_ms(conn.proc.pid) - cpu_before) / opens)  # the closes are in it: they are cheap
    conn.close()
    return out


def _wait_for_host(run_dir: str, timeout: float = 60.0) -> None:
    """Until the host a first launch left is listening (its socket appears once it has loaded)."""
    deadline = time.monotonic() + timeout
    while not list(Path(run_dir).glob("lsp-host-*.sock")):
        if time.monotonic() > deadline:
            raise SystemExit("the language-server host did not start; see lsp-host-*.log in " + run_dir)
        time.sleep(0.05)


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[-1] if len(xs) > 1 else xs[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=60, help="edits per mode (default 60)")
    parser.add_argument("--starts", type=int, default=10, help="server starts timed (default 10)")
    parser.add_argument("--opens", type=int, default=10, help="documents opened for first diagnostics (default 10)")
    parser.add_argument("--file", type=Path, help="time first diagnostics for this file instead of the generated one")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cpu", action="store_true",
                        help="also measure the server's own CPU time per edit and per open (a cold server)")
    args = parser.parse_args(argv)

    text = model_source()
    large = args.file.read_text() if args.file else model_source(5000)
    import tempfile

    from nccd.clients.lsp.host import stop_hosts

    load_before = os.getloadavg()
    run_dir = tempfile.mkdtemp(prefix="nccd-lsp-bench-")
    os.environ["NCC_RUNTIME_DIR"] = run_dir  # a private runtime directory: never the user's host
    try:
        start(False)[0].close()  # fill the code caches and leave a host, as the first start on a machine does
        time.sleep(3)  # let the host finish loading
        cold, warm, first = [], [], []
        for _ in range(args.starts):  # alternated, so all kinds see the same machine
            for host, out in ((False, cold), (True, warm)):
                conn, ms = start(False, host)
                out.append(ms)
                conn.close()
            stop_hosts(run_dir)
            time.sleep(0.5)
            conn, ms = start(False, True)  # no host yet: serves itself and leaves one, as a first launch does
            first.append(ms)
            conn.close()
            _wait_for_host(run_dir)
        push = edit_latencies(False, text, args.edits)
        pull = edit_latencies(True, text, args.edits)
        opened = open_latencies(large, args.opens)
        cpu: dict[str, list[float]] = {"push": [], "pull": [], "open": []}
        if args.cpu:
            edit_latencies(False, text, args.edits, cpu["push"])
            edit_latencies(True, text, args.edits, cpu["pull"])
            open_latencies(large, args.opens, cpu["open"])
    finally:
        stop_hosts(run_dir)
    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
                    "load_average": {"before": load_before[0], "after": os.getloadavg()[0]}},
        "model_lines": text.count("\n"),
        "start_warm_ms": {"median": statistics.median(warm), "p95": _p95(warm), "min": min(warm)},
        "start_cold_ms": {"median": statistics.median(cold), "p95": _p95(cold), "min": min(cold)},
        "start_first_ms": {"median": statistics.median(first), "p95": _p95(first), "min": min(first)},
        "push_ms": {"median": statistics.median(push), "p95": _p95(push), "max": max(push)},
        "pull_ms": {"median": statistics.median(pull), "p95": _p95(pull), "max": max(pull)},
        "open": {"file": str(args.file) if args.file else "generated", "lines": large.count("\n"),
                 "median_ms": statistics.median(opened), "p95_ms": _p95(opened), "max_ms": max(opened)},
    }
    if args.cpu:
        result["server_cpu_ms"] = {"per_push_edit": cpu["push"][0], "per_pull_edit": cpu["pull"][0],
                                   "per_open": cpu["open"][0]}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        load = result["machine"]["load_average"]
        print(f"model: {result['model_lines']} lines; Python {result['machine']['python']}, "
              f"{result['machine']['cpus']} CPUs; load average {load['before']:.1f} before, {load['after']:.1f} after")
        for kind, what in (("warm", "forked from the host"), ("cold", "no host: NCC_LSP_HOST=0"),
                           ("first", "no host yet: serves itself and leaves one")):
            r = result[f"start_{kind}_ms"]
            print(f"start -> initialize response, {kind} ({what}): median {r['median']:.0f} ms, "
                  f"p95 {r['p95']:.0f} ms ({args.starts} starts)")
        for mode in ("push", "pull"):
            r = result[f"{mode}_ms"]
            print(f"didChange -> diagnostics ({mode}): median {r['median']:.1f} ms, p95 {r['p95']:.1f} ms, "
                  f"max {r['max']:.1f} ms ({args.edits} edits)")
        r = result["open"]
        print(f"didOpen -> first diagnostics, {r['lines']} lines ({r['file']}): median {r['median_ms']:.0f} ms, "
              f"p95 {r['p95_ms']:.0f} ms, max {r['max_ms']:.0f} ms ({args.opens} documents)")
        if args.cpu:
            c = result["server_cpu_ms"]
            print(f"server CPU (cold server, user + system): {c['per_push_edit']:.1f} ms per pushed edit, "
                  f"{c['per_pull_edit']:.1f} ms per pulled edit, {c['per_open']:.0f} ms per open of {r['lines']} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
