"""The protocol layer: what the daemon and its clients share, standard library only.

paths.py (the private runtime directory, socket and cache locations, their checks, the protocol
version), frames.py (the thin `ncc` client's framed protocol on cli.sock) and wire.py (the
gRPC API's messages in protobuf's wire format without protobuf, from the schema generate.py
writes). The daemon and every client import these; clients import nothing of the daemon.
"""

#: nccd's version (the compiler's, nccd.compiler.__version__): what the handshake compares, so the
#: clients can tell it without importing the compiler.
__version__ = "0.1.0"
