"""nccd compiler: HLO front end, verifier, target operator tables and diagnostics."""

__version__ = "0.1.0"
