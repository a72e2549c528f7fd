"""Generated protobuf code (do not edit: run `python proto/generate.py`)."""
