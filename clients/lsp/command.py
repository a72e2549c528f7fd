"""``ncc lsp`` and ``python -m nccd.clients.lsp``: serve one editor, from the warm host when one answers.

Standard library only at import time, so ``ncc --help`` stays instant. The arguments and serving
from this process are cli.py's; the warm host (host.py) forks a child that calls cli.run().
"""

from __future__ import annotations

import argparse
import sys

from . import cli


def register(subparsers) -> None:
    """Add ``lsp`` to ``ncc``'s subcommands; the handler returns an exit status."""
    p = subparsers.add_parser("lsp", help="language server for editors (HLO and PyTorch/JAX source)",
                              description=cli.DESCRIPTION, epilog=cli.EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    cli.add_arguments(p)
    # the server owns stdin/stdout, not ncc's Console; the host gets the arguments after `lsp`
    p.set_defaults(handler=lambda args, io: serve(args, args.argv[args.argv.index("lsp") + 1:]))


def main(argv: list[str] | None = None, prog: str = "python -m nccd.clients.lsp") -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    return serve(cli.parser(prog).parse_args(argv), argv)


def serve(args, argv: list[str]) -> int:
    """Serve one editor: forked from the warm host when one answers (stdio only), else from this process."""
    if args.tcp is None and args.socket is None:
        from . import host

        if host.enabled():
            status = host.run_in_host(argv)  # None: nobody to ask, so start here (and leave a host)
            if status is not None:
                return status
    return cli.run(args)
