"""Generate the Python code for nccd's .proto files.

Run from the repository root after editing any .proto under proto/:

    python proto/generate.py

It needs grpcio-tools (the `test` extra), whose bundled protoc writes the
code; the output depends only on the .proto files and the protoc version, so
the committed files can be checked for staleness
(tests/test_proto_generated.py does).

protoc writes imports for the .proto directory layout (``from xla import
xla_data_pb2``); they are rewritten to the packages below. All generated
XLA messages are registered in one private descriptor pool instead of protobuf's
process-wide default pool, so that another copy of XLA's protos in the same
process (TensorFlow registers its own ``xla.*`` messages) cannot clash with
ours.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

PROTO_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PROTO_ROOT.parent

#: (.proto file relative to proto/, output folder relative to the repo root, with gRPC stubs?)
PROTOS: list[tuple[str, str, bool]] = [
    ("xla/xla_data.proto", "compiler/hlo/_proto", False),
    ("xla/hlo.proto", "compiler/hlo/_proto", False),
    ("ncc/v1/daemon.proto", "daemon/_proto", True),
]

#: (.proto file, module written) for the thin client's wire schema (see wire_schema()).
WIRE_SCHEMAS: list[tuple[str, str]] = [
    ("ncc/v1/daemon.proto", "proto/_wire_schema.py"),
]

#: The package that owns the shared descriptor pool (see POOL_INIT).
POOL_PACKAGE = "compiler/hlo/_proto"

#: Top-level source folders are installed as ``nccd.<folder>`` (setup.py).
PACKAGE_PREFIX = "nccd."

POOL_INIT = '''\
"""Generated protobuf code (do not edit: run `python proto/generate.py`).

DESCRIPTOR_POOL holds every nccd message, apart from protobuf's default pool.
"""

from google.protobuf import descriptor_pool

DESCRIPTOR_POOL = descriptor_pool.DescriptorPool()
'''

PLAIN_INIT = '"""Generated protobuf code (do not edit: run `python proto/generate.py`)."""\n'


def module_name(proto: str, out_dir: str, suffix: str = "_pb2") -> str:
    """The dotted module the code for ``proto`` is imported as."""
    return PACKAGE_PREFIX + out_dir.replace("/", ".") + "." + Path(proto).stem + suffix


def _protoc_module(proto: str, suffix: str = "_pb2") -> str:
    """The module name protoc itself gives ``proto`` (its path under proto/)."""
    return proto[: -len(".proto")].replace("/", ".") + suffix


def _rewrite(text: str, proto: str, out_dir: str, suffix: str) -> str:
    """Point protoc's imports at our packages and the messages at the private pool."""
    for other, other_dir, _ in PROTOS:
        theirs = _protoc_module(other)
        ours = module_name(other, other_dir)
        package, _, leaf = theirs.rpartition(".")
        our_package, _, our_leaf = ours.rpartition(".")
        if package:
            text = re.sub(rf"^from {re.escape(package)} import {leaf}\b",
                          f"from {our_package} import {our_leaf}", text, flags=re.M)
        else:
            text = re.sub(rf"^import {leaf}\b", f"from {our_package} import {our_leaf}", text, flags=re.M)
    text = text.replace(f"'{_protoc_module(proto, suffix)}'", f"'{module_name(proto, out_dir, suffix)}'")
    if suffix == "_pb2" and "_descriptor_pool.Default()" in text and out_dir == POOL_PACKAGE:
        pool_module = PACKAGE_PREFIX + POOL_PACKAGE.replace("/", ".")
        text = text.replace("_descriptor_pool.Default()", "_nccd_pool")
        text = text.replace("# @@protoc_insertion_point(imports)",
                            f"from {pool_module} import DESCRIPTOR_POOL as _nccd_pool\n"
                            "# @@protoc_insertion_point(imports)", 1)
    return text


_SCALAR_KINDS = {  # FieldDescriptorProto.Type -> the codec's name for it (proto/wire.py)
    1: "double", 3: "int64", 4: "uint64", 5: "int32", 8: "bool", 9: "string", 12: "bytes", 13: "uint32",
    14: "enum",
}


def wire_schema(descriptor_set: bytes, proto: str) -> str:
    """The module text of a message/method table for proto/wire.py.

    The thin client speaks protobuf's wire format without importing protobuf (its import
    costs more than a warm compile answer): this table, generated from the same .proto,
    is all the codec needs.
    """
    from google.protobuf import descriptor_pb2

    files = descriptor_pb2.FileDescriptorSet.FromString(descriptor_set)
    (file,) = [f for f in files.file if f.name == proto]
    package = file.package
    messages: dict[str, dict] = {}

    def visit(message, prefix: str) -> None:
        name = f"{prefix}.{message.name}"
        for nested in message.nested_type:
            visit(nested, name)
        if message.options.map_entry:
            return
        # field number -> (name, kind, message type | map (key, value) kinds | None, repeated)
        fields: dict[int, tuple[str, str, str | tuple[str, str] | None, bool]] = {}
        for f in message.field:
            repeated = f.label == f.LABEL_REPEATED
            if f.type == f.TYPE_MESSAGE:
                entry = next((n for n in message.nested_type
                              if f"{name}.{n.name}" == f.type_name and n.options.map_entry), None)
                if entry is not None:
                    key, value = entry.field
                    fields[f.number] = (f.name, "map", (_SCALAR_KINDS[key.type], _SCALAR_KINDS[value.type]), False)
                    continue
                fields[f.number] = (f.name, "message", f.type_name.lstrip("."), repeated)
            else:
                if f.type not in _SCALAR_KINDS:
                    raise SystemExit(f"proto/{proto}: {name}.{f.name} has a type proto/wire.py can't encode")
                fields[f.number] = (f.name, _SCALAR_KINDS[f.type], None, repeated)
        messages[name.lstrip(".")] = fields

    for message in file.message_type:
        visit(message, f".{package}")
    methods = {}
    for service in file.service:
        for m in service.method:
            methods[m.name] = (f"/{package}.{service.name}/{m.name}", m.input_type.lstrip("."),
                               m.output_type.lstrip("."), m.server_streaming)
    lines = [f'"""Wire schema of proto/{proto} (generated: run `python proto/generate.py`; do not edit).',
             "", "MESSAGES: message -> {field number: (name, kind, message type | map (key, value) kinds, repeated)}.",
             'METHODS: rpc -> (path, request type, reply type, server streaming)."""', "",
             "MESSAGES: dict[str, dict[int, tuple]] = {"]
    for name in sorted(messages):
        lines.append(f"    {name!r}: {{")
        for number in sorted(messages[name]):
            lines.append(f"        {number}: {messages[name][number]!r},")
        lines.append("    },")
    lines += ["}", "", "METHODS = {"]
    for name in sorted(methods):
        lines.append(f"    {name!r}: {methods[name]!r},")
    lines += ["}", ""]
    return "\n".join(lines)


def generate(repo_root: Path = REPO_ROOT) -> list[Path]:
    """Write the generated code under ``repo_root``; returns the files written."""
    from grpc_tools import protoc  # dev dependency: the `test` extra

    include = str(Path(protoc.__file__).parent / "_proto")  # google/protobuf/*.proto
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for proto, out_dir, with_grpc in PROTOS:
            args = ["grpc_tools.protoc", f"-I{PROTO_ROOT}", f"-I{include}",
                    f"--python_out={tmp}", f"--pyi_out={tmp}"]
            if with_grpc:
                args.append(f"--grpc_python_out={tmp}")
            if protoc.main(args + [str(PROTO_ROOT / proto)]) != 0:
                raise SystemExit(f"protoc failed on proto/{proto}")
            target = repo_root / out_dir
            target.mkdir(parents=True, exist_ok=True)
            stem = Path(proto).with_suffix("")
            for suffix, ext in (("_pb2", ".py"), ("_pb2", ".pyi"), ("_pb2_grpc", ".py")):
                produced = Path(tmp) / f"{stem}{suffix}{ext}"
                if not produced.exists():
                    continue
                dest = target / f"{stem.name}{suffix}{ext}"
                dest.write_text(_rewrite(produced.read_text(), proto, out_dir, suffix))
                written.append(dest)
        for proto, module_path in WIRE_SCHEMAS:
            descriptors = Path(tmp) / "descriptors.pb"
            if protoc.main(["grpc_tools.protoc", f"-I{PROTO_ROOT}", f"-I{include}",
                            f"--descriptor_set_out={descriptors}", str(PROTO_ROOT / proto)]) != 0:
                raise SystemExit(f"protoc failed on proto/{proto}")
            dest = repo_root / module_path
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(wire_schema(descriptors.read_bytes(), proto))
            written.append(dest)
    for out_dir in sorted({out for _, out, _ in PROTOS}):
        init = repo_root / out_dir / "__init__.py"
        init.write_text(POOL_INIT if out_dir == POOL_PACKAGE else PLAIN_INIT)
        written.append(init)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-root", type=Path, default=REPO_ROOT,
                        help="write under this folder instead of the repository (used by the staleness test)")
    args = parser.parse_args(argv)
    for path in generate(args.out_root):
        print(path.relative_to(args.out_root) if path.is_relative_to(args.out_root) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
