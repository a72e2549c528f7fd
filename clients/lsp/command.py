"""``ncc lsp`` and ``python -m nccd.clients.lsp``: serve one editor, from the warm host when one answers.

``ncc`` hands ``ncc lsp ...`` straight to main() here (clients/cli/main.py).

Standard library only at import time, so ``ncc --help`` stays instant. The arguments and serving
from this process are cli.py's; the warm host (host.py) forks a child that calls cli.run().
"""

from __future__ import annotations

import sys

from . import cli


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
