"""`ncc`: the nccd command line.

This module stays light: it imports only the standard library at start-up and
loads the compiler when a command needs it, so `ncc --help` and argument errors
answer instantly.
"""

from __future__ import annotations

import argparse
import os
import sys

from nccd.compiler.options import split_ignored

from . import artifact_commands
from .common import (DEFAULT_TARGET, EXIT_DIAGNOSTICS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, TARGET_NAMES,
                     UsageError, check_framework, check_target, emit_json, Parser)

DESCRIPTION = """\
nccd compiler client: checks XLA HLO models against Neuron-style targets, compiles them
into .ncx artifacts and runs those on the CPU with the target's number formats.

Models are XLA HLO: text in any printing style (jax `lowered.as_text(dialect="hlo")`,
`--xla_dump_to` dumps) or a serialized HloModuleProto / HloProto / HloSnapshot
(`as_serialized_hlo_module_proto()`, `--xla_dump_hlo_as_proto`). The format is
detected from the content, not the file name.
"""

EPILOG = """\
examples:
  ncc diagnose examples/encoder_block.hlo.txt        check a model for trn1
  ncc diagnose model.hlo_module.pb --target inf2 --json
  ncc compile examples/encoder_block.hlo.txt         write encoder_block.ncx
  ncc run encoder_block.ncx --random-inputs 0        execute it on the CPU
  ncc inspect encoder_block.ncx                      which compiler, flags, signature
  ncc list-operators --target trn2                   operators trn2 supports

exit status: 0 no errors, 1 the model has errors, 2 usage error, 70 internal error.
run `ncc COMMAND --help` for a command's options.
"""


def _add_target(p: argparse.ArgumentParser) -> None:
    p.add_argument("--target", default=DEFAULT_TARGET, metavar="TARGET",
                   help=f"accelerator family: {', '.join(TARGET_NAMES)} (default: {DEFAULT_TARGET})")


def _add_framework(p: argparse.ArgumentParser) -> None:
    p.add_argument("--framework", default="XLA", metavar="NAME",
                   help="model framework; only XLA (HLO) is accepted, as with neuronx-cc (default: XLA)")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="ncc", description=DESCRIPTION, epilog=EPILOG,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="store_true", help="print the compiler version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("diagnose", help="check a model: parse, verify, and report what the target can't run",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Parse and verify an HLO model and check every instruction against the "
                                   "target's operator table. Each finding has a stable code (NCC-E… errors, "
                                   "NCC-W… warnings, NCC-I… notes), the HLO line:column and instruction, the "
                                   "Python source line when the HLO carries debug info, and a hint.",
                       epilog="examples:\n  ncc diagnose model.hlo.txt\n"
                              "  ncc diagnose model.hlo_module.pb --target trn2 --json\n\n"
                              "for Python source lines, export with debug info:\n"
                              "  jax.jit(f).lower(x).as_text(dialect='hlo', debug_info=True)\n\n"
                              "exit status: 0 no errors, 1 errors found (parse errors included), 2 usage error")
    p.add_argument("model", metavar="MODEL", help="HLO text or serialized HLO proto file")
    _add_target(p)
    _add_framework(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.add_argument("--max-input-size", type=int, metavar="BYTES",
                   help="refuse inputs larger than this (default 512 MiB, or NCC_MAX_INPUT_BYTES)")
    p.set_defaults(handler=cmd_diagnose)

    p = sub.add_parser("list-operators", help="list the operators a target supports",
                       description="List supported operators, one per line, spelled as XlaBuilder names them "
                                   "(the `neuronx-cc list-operators` format). With --json: every operator with "
                                   "its category and, per target, support, element types and constraints "
                                   "(each with the source it comes from).",
                       epilog="examples:\n  ncc list-operators\n  ncc list-operators --target inf1\n"
                              "  ncc list-operators --json",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", default=None, metavar="TARGET",
                   help=f"only this target ({', '.join(TARGET_NAMES)}); plain output defaults to {DEFAULT_TARGET}, "
                        "--json to all targets")
    _add_framework(p)
    p.add_argument("--json", action="store_true", help="print a JSON list of operator objects")
    p.set_defaults(handler=cmd_list_operators)
    artifact_commands.register(sub)
    return parser


def cmd_diagnose(args) -> int:
    check_framework(args)
    check_target(args.target)
    if not os.path.exists(args.model):
        raise UsageError(f"no such file: {args.model}")
    if os.path.isdir(args.model):
        raise UsageError(f"{args.model} is a directory; pass an HLO file")
    from nccd.compiler.analysis.diagnose import diagnose_path

    report = diagnose_path(args.model, args.target, args.max_input_size)
    if args.json:
        emit_json(report.to_json())
    else:
        print(format_report(report))
    return EXIT_OK if report.ok else EXIT_DIAGNOSTICS


def format_report(report) -> str:
    lines = []
    if report.module_name is not None:
        lines.append(f"{report.model}: module {report.module_name} ({report.input_format}), target "
                     f"{report.target}: {report.instructions} instructions, "
                     f"{report.supported_percent:.1f}% supported")
    lines.extend(d.format() for d in report.diagnostics)
    summary = f"{report.errors} error{'s' if report.errors != 1 else ''}, " \
              f"{report.warnings} warning{'s' if report.warnings != 1 else ''}"
    if report.ok:
        summary += f": {report.model} can be compiled for {report.target}"
    lines.append(summary)
    return "\n".join(lines)


def cmd_list_operators(args) -> int:
    check_framework(args)
    check_target(args.target)
    from nccd.compiler.targets.tables import list_operators, operators_json

    if args.json:
        emit_json(operators_json(args.target))
    else:
        sys.stdout.write("".join(name + "\n" for name in list_operators(args.target or DEFAULT_TARGET)))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        kept, ignored = split_ignored(argv)
        args = parser.parse_args(kept)
        args.argv, args.ignored_flags = list(argv), ignored
        if args.version:
            from nccd.compiler import __version__

            print(f"ncc (nccd) {__version__}")
            return EXIT_OK
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        return args.handler(args)
    except UsageError as exc:
        print(f"ncc: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("ncc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug in nccd, not a user error: say so and how to report it
        if os.environ.get("NCC_DEBUG"):
            raise
        from nccd.compiler import __version__

        print(f"ncc: internal error: {type(exc).__name__}: {exc}\n"
              f"  nccd version {__version__}; rerun with NCC_DEBUG=1 for a traceback and report it",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
