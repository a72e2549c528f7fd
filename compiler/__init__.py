"""nccd compiler: HLO front end, verifier, target operator tables and diagnostics."""

from nccd.proto import __version__  # noqa: F401  (one version for the package; the clients read it there)
