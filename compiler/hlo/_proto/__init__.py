"""Generated protobuf code (do not edit: run `python proto/generate.py`).

DESCRIPTOR_POOL holds every nccd message, apart from protobuf's default pool.
"""

from google.protobuf import descriptor_pool

DESCRIPTOR_POOL = descriptor_pool.DescriptorPool()
