"""``python -m nccd.clients.lsp``: the same server as ``ncc lsp``."""

import sys

from .command import main

sys.exit(main())
