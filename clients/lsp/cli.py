"""The ``lsp`` subcommand's arguments, and serving one editor from this process.

Starting through the warm host (host.py) is command.py's; the host's children call run() here.

Standard library only at import time, so ``ncc --help`` stays instant; pygls is
loaded when the server starts.
"""

from __future__ import annotations

import argparse
import sys

DESCRIPTION = """\
Start the nccd language server. Editors run it for you: it speaks the Language
Server Protocol on stdin/stdout (the default) or on a TCP port.

It checks, as you type:
  * HLO text (.hlo, .hlo.txt, XLA dump .txt): parse errors at the exact position,
    verifier errors, and everything the target cannot run; hover shows an
    instruction's shape and support per target, go-to-definition follows operands
    and called computations.
  * PyTorch and JAX model source (.py), read without running it: tensor values in
    Python `if`/`while`/`assert`, host copies (.item(), .cpu(), print), operations
    whose output shape depends on the data (nonzero, x[mask], unique...), and calls
    the target does not support (lax.cond, FFTs, solves...), with quick fixes.
  * On save, functions marked `# ncc: entry x=f32[8,128]` are traced with your own
    JAX and the compiler's findings are shown at the Python lines they came from.

Settings (target, severities, disabled codes...) come from [tool.ncc] in
pyproject.toml, then the editor's initializationOptions, then its workspace
settings (section "ncc"); see docs/lsp.md.
"""

EPILOG = """\
examples:
  ncc lsp                          what editors run (stdio)
  ncc lsp --tcp 127.0.0.1:2087     serve one editor over loopback TCP; its initialize must carry
                                   initializationOptions.token from RUNTIME_DIR/lsp-token
  ncc lsp --socket                 serve one editor on RUNTIME_DIR/lsp.sock (private to you)
  ncc lsp --log-file /tmp/ncc-lsp.log --log-level debug

editor set-ups (VS Code, Neovim, Emacs/eglot, Helix) are in editors/ in the nccd
repository; each has a README.

exit status: 0 after the editor's shutdown/exit, 1 if the connection ended without
them, 2 usage error.
"""


def _host_port(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = "127.0.0.1", text
    if not port.isdigit() or not 0 <= int(port) < 65536:
        raise argparse.ArgumentTypeError(f"invalid --tcp address {text!r}: give HOST:PORT or PORT, "
                                         "e.g. 127.0.0.1:2087 (0: any free port)")
    from .transport import loopback_only

    try:
        return loopback_only(host or "127.0.0.1"), int(port)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_arguments(p: argparse.ArgumentParser) -> None:
    transport = p.add_mutually_exclusive_group()
    transport.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default)")
    transport.add_argument("--tcp", type=_host_port, metavar="HOST:PORT",
                           help="listen on a loopback TCP address instead (one editor connection; it must send "
                                "the token of RUNTIME_DIR/lsp-token as initializationOptions.token)")
    transport.add_argument("--socket", nargs="?", const="", metavar="PATH",
                           help="listen on a Unix socket instead (default RUNTIME_DIR/lsp.sock; its directory "
                                "must be private to you)")
    p.add_argument("--log-file", metavar="FILE", help="write the server log here (default: stderr)")
    p.add_argument("--log-level", default="warning", choices=("debug", "info", "warning", "error"),
                   help="how much to log (default: warning)")


def run(args, server=None) -> int:
    """Serve one editor; ``server``: one made ahead by a warm host (host.py), else made here."""
    import gc

    if server is None:
        gc.disable()  # start-up allocates ~100k long-lived objects (lsprotocol's classes): no collections meanwhile
    import logging

    logging.basicConfig(filename=args.log_file, level=args.log_level.upper(),
                        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    if args.log_level != "debug":
        logging.getLogger("pygls").setLevel(logging.WARNING)
    if server is None:
        from . import fast_start

        fast_start.install()
        from .server import create_server

        server = create_server()  # collections come back once initialize is answered (server.py)
    try:
        from nccd.proto.paths import RuntimeDirError, runtime_dir

        from . import transport

        if args.tcp is not None:
            token, token_path = transport.new_token(runtime_dir())
            print(f"ncc lsp: clients must send the token of {token_path} as initializationOptions.token",
                  file=sys.stderr, flush=True)
            transport.serve_socket(server, tcp=args.tcp, token=token)
        elif args.socket is not None:
            transport.serve_socket(server, unix=transport.private_socket_path(args.socket, runtime_dir()))
        else:
            transport.serve_stdio(server)
    except (ValueError, RuntimeDirError) as exc:
        print(f"ncc lsp: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"ncc lsp: error: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    # the protocol's rule: exit after shutdown is success; an exit without one, or a lost editor, is not
    return 0 if getattr(server.protocol, "_shutdown", False) else 1


def parser(prog: str) -> argparse.ArgumentParser:
    """The ``lsp`` command's argument parser (``ncc lsp`` and ``python -m nccd.clients.lsp``)."""
    p = argparse.ArgumentParser(prog=prog, description=DESCRIPTION, epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(p)
    return p
