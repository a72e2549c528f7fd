"""The `ncc` command line: its parser, the commands, and `run_command`.

`run_command` runs in the daemon (on its warm engine, for every thin client) and, with
--no-daemon, in a process of its own that the `ncc` client hands the command line to
(``python -m nccd.daemon.commands``, __main__.py); both print the same. The compiler is imported
only when a command needs it, so `ncc --help` and argument errors answer instantly.

`ncc daemon` and `ncc lsp` are the client's own (clients/cli/daemon_client.py, clients/lsp): they
talk to a daemon or an editor rather than run in one. The parser lists them, so that `ncc --help`
shows every command.
"""

from __future__ import annotations

import argparse
import os

from nccd.compiler.options import add_compile_arguments

from . import artifact_commands, batch_command, cache_commands, watch_command
from ..cancel import Cancelled
from .common import (DEFAULT_TARGET, EXIT_DIAGNOSTICS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, TARGET_NAMES,
                     OUTPUT, Console, UsageError, check_framework, check_target, emit_json, Parser)

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

Commands run in the nccd daemon, which keeps parsed models and compiled artifacts warm
(in memory and in a disk cache): the first command starts it, later ones answer in
milliseconds. --no-daemon (or NCC_NO_DAEMON=1) runs a command in this process instead.
`ncc daemon status|stop|restart|logs` manages the daemon, `ncc cache stats|prune|clean`
its disk cache, and `ncc watch PATH...` recompiles models as they are saved.

exit status: 0 no errors, 1 the model has errors, 2 usage error, 70 internal error.
run `ncc COMMAND --help` for a command's options.
"""


def _add_target(p: argparse.ArgumentParser) -> None:
    p.add_argument("--target", default=DEFAULT_TARGET, metavar="TARGET",
                   help=f"accelerator family: {', '.join(TARGET_NAMES)} (default: {DEFAULT_TARGET})")


def _add_framework(p: argparse.ArgumentParser) -> None:
    p.add_argument("--framework", default="XLA", metavar="NAME",
                   help="model framework; only XLA (HLO) is accepted, as with neuronx-cc (default: XLA)")


def _seed(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"invalid seed {text!r}: give a non-negative integer")
    return int(text)


def _tolerance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"invalid tolerance {text!r}: give a relative error >= 0, e.g. 1e-2")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="ncc", description=DESCRIPTION, epilog=EPILOG,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="store_true", help="print the compiler version and exit")
    parser.add_argument("--no-daemon", action="store_true",
                        help="run the command in this process instead of the daemon (also NCC_NO_DAEMON=1)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("diagnose", help="check a model: parse, verify, and report what the target can't run",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Parse and verify an HLO model and check every instruction against the "
                                   "target's operator table. Each finding has a stable code (NCC-E… errors, "
                                   "NCC-W… warnings, NCC-I… notes), the HLO line:column and instruction, the "
                                   "Python source line when the HLO carries debug info, and a hint.",
                       epilog="examples:\n  ncc diagnose model.hlo.txt\n"
                              "  ncc diagnose model.hlo_module.pb --target trn2 --json\n"
                              "  ncc diagnose model.hlo.txt --numerics --inputs batch.npz\n"
                              "  ncc diagnose model.hlo.txt --numerics --auto-cast all --tolerance 1e-2\n\n"
                              "for Python source lines, export with debug info:\n"
                              "  jax.jit(f).lower(x).as_text(dialect='hlo', debug_info=True)\n\n"
                              "--numerics runs the model twice on the CPU, in FP32 and as the compile flags\n"
                              "cast it (default --auto-cast matmult --auto-cast-type bf16), and shows the error\n"
                              "of each output, the instructions that introduce the most error (with their HLO\n"
                              "and Python source lines), where the error grows, and what to keep in FP32.\n"
                              "Relative errors are per element, relative to the element's magnitude or the\n"
                              "tensor's median magnitude, whichever is larger.\n\n"
                              "exit status: 0 no errors, 1 errors found (parse errors included; with --tolerance:\n"
                              "also when the flags exceed it; bad --inputs), 2 usage error")
    p.add_argument("model", metavar="MODEL", help="HLO text or serialized HLO proto file")
    _add_target(p)
    _add_framework(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.add_argument("--max-input-size", type=int, metavar="BYTES",
                   help="refuse inputs larger than this (default 512 MiB, or NCC_MAX_INPUT_BYTES)")
    p.add_argument("--numerics", action="store_true",
                   help="compare the model as the compile flags cast it with FP32: error per output and per "
                        "instruction, hotspots with source lines, and a recommendation")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--inputs", metavar="FILE.npz",
                        help="with --numerics: input arrays (numpy.savez; keys arr_N, argN or parameter names)")
    source.add_argument("--random-inputs", type=_seed, metavar="SEED",
                        help="with --numerics: seeded random inputs (the default, with seed 0)")
    p.add_argument("--tolerance", type=_tolerance, metavar="T",
                   help="with --numerics: the largest acceptable relative output error; recommends the fastest "
                        "auto-cast setting within it, exit status 1 if the given flags exceed it")
    add_compile_arguments(p, with_target=False)
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
    batch_command.register(sub)
    _register_client_command(sub, "daemon", "start, stop or inspect the nccd daemon")
    cache_commands.register(sub)
    watch_command.register(sub)
    _register_client_command(sub, "lsp", "language server for editors (HLO and PyTorch/JAX source)")
    return parser


def _register_client_command(sub, name: str, summary: str) -> None:
    """List a command that the `ncc` client runs itself (it never reaches this parser that way)."""
    p = sub.add_parser(name, help=summary, add_help=False)
    p.add_argument("arguments", nargs=argparse.REMAINDER)

    def handler(args, io: Console) -> int:
        raise UsageError(f"`ncc {name}` runs in the ncc client, not here\n  hint: put it first on the command "
                         f"line: ncc {name} {' '.join(args.arguments)}".rstrip())

    p.set_defaults(handler=handler)


def cmd_diagnose(args, io: Console) -> int:
    from nccd.compiler.options import FlagError, options_from_args

    check_framework(args)
    check_target(args.target)
    if not os.path.exists(io.path(args.model)):
        raise UsageError(f"no such file: {args.model}")
    if os.path.isdir(io.path(args.model)):
        raise UsageError(f"{args.model} is a directory; pass an HLO file")
    numerics_flags = [flag for flag, value in (("--inputs", args.inputs), ("--random-inputs", args.random_inputs),
                                               ("--tolerance", args.tolerance)) if value is not None]
    if numerics_flags and not args.numerics:
        raise UsageError(f"{numerics_flags[0]} needs --numerics\n"
                         f"  hint: ncc diagnose {args.model} --numerics {numerics_flags[0]} ...")
    options = None
    if args.numerics:
        try:
            options = options_from_args(args, args.ignored_flags)
        except FlagError as exc:
            raise UsageError(str(exc)) from None
        if args.inputs is not None and not os.path.isfile(io.path(args.inputs)):
            raise UsageError(f"no such file: {args.inputs}" if not os.path.exists(io.path(args.inputs))
                             else f"{args.inputs} is a directory; pass an .npz file")
    max_bytes = io.max_input_bytes(args.max_input_size)
    report = io.backend.diagnose_path(io.path(args.model), args.target, max_bytes, args.model)
    if args.numerics and report.ok:
        from .numerics_command import run_numerics

        return run_numerics(args, report, options, format_report, io)
    if args.json:
        emit_json({**report.to_json(), **({"numerics_skipped": _NOT_MEASURED} if args.numerics else {})}, io.out)
    else:
        io.print(format_report(report))
        if args.numerics:
            io.print(f"numerics: {_NOT_MEASURED}")
    return EXIT_OK if report.ok else EXIT_DIAGNOSTICS


_NOT_MEASURED = "not measured: fix the errors above first"


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


def cmd_list_operators(args, io: Console) -> int:
    check_framework(args)
    check_target(args.target)
    from nccd.compiler.targets.tables import list_operators, operators_json

    if args.json:
        emit_json(operators_json(args.target), io.out)
    else:
        io.out.write("".join(name + "\n" for name in list_operators(args.target or DEFAULT_TARGET)))
    return EXIT_OK


def run_command(argv: list[str], io: Console) -> int:
    """Run one `ncc` command line, printing to ``io``; returns the exit status."""
    from nccd.compiler.options import split_ignored

    parser = build_parser()
    token = OUTPUT.set(io.out)
    try:
        kept, ignored = split_ignored(argv)
        args = parser.parse_args(kept)
        args.argv, args.ignored_flags = list(argv), ignored
        if args.version:
            from nccd.compiler import __version__

            io.print(f"ncc (nccd) {__version__}")
            return EXIT_OK
        if args.command is None:
            io.out.write(parser.format_help())
            return EXIT_USAGE
        return args.handler(args, io)
    except UsageError as exc:
        io.error(f"ncc: error: {exc}")
        return EXIT_USAGE
    except SystemExit as exc:  # argparse after --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except (KeyboardInterrupt, Cancelled):  # Ctrl-C here, or in the daemon: the client went away
        io.error("ncc: interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug in nccd, not a user error: say so and how to report it
        if io.env.get("NCC_DEBUG"):
            raise
        from nccd.compiler import __version__

        io.error(f"ncc: internal error: {type(exc).__name__}: {exc}\n"
                 f"  nccd version {__version__}; rerun with NCC_DEBUG=1 for a traceback and report it")
        return EXIT_INTERNAL
    finally:
        OUTPUT.reset(token)
