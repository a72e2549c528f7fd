"""The .ncx executable artifact: a versioned header and a tar payload (docs/ncx-format.md)."""

from .container import Artifact, pack, read_file, read_header, unpack, write_file
from .header import FORMAT_MAJOR, FORMAT_MINOR, HEADER_SIZE, MAGIC, Header

__all__ = ["Artifact", "pack", "read_file", "read_header", "unpack", "write_file", "FORMAT_MAJOR",
           "FORMAT_MINOR", "HEADER_SIZE", "MAGIC", "Header"]
