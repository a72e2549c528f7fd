"""`ncc watch`: recompile models whenever they are saved.

The command runs where its compiles run: in the daemon, on its warm engine, with what it prints sent
to the `ncc` process as it is printed (clients/cli/thin.py forwards it as a streamed command, and its
Ctrl-C ends the stream, which stops the watch here); with --no-daemon in the `ncc` process itself.
Services watch through the gRPC API's Watch instead (daemon/servicer.py).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

from .common import EXIT_DIAGNOSTICS, EXIT_OK, Console, UsageError

WATCH_EPILOG = """\
examples:
  ncc watch model.hlo.txt                   recompile on every save
  ncc watch dumps/ --target trn2 -O3        every HLO model under dumps/
  ncc watch model.hlo.txt --json            one JSON object per compile

One line per compile: ok/error, time, whether it was warm or incremental, the diagnostics
summary. Errors do not stop the watch; Ctrl-C does. Artifacts go beside each model
(--output-dir to change); .ncx files, reports, VCS folders and editor temporaries are ignored."""


def register(sub) -> None:
    from nccd.compiler.options import add_compile_arguments

    p = sub.add_parser("watch", help="recompile models whenever they are saved",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=WATCH_EPILOG,
                       description="Watch model files or folders and compile each model when it changes, "
                                   "through the daemon (warm and incremental).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="model files or folders")
    p.add_argument("--output-dir", default=None, metavar="DIR", help="write artifacts here (default: beside "
                                                                     "each model)")
    p.add_argument("--debounce", type=float, default=200.0, metavar="MS",
                   help="wait this long after the last change before compiling (default 200)")
    p.add_argument("--json", action="store_true", help="one JSON object per compile")
    add_compile_arguments(p)
    p.set_defaults(handler=cmd_watch)


def cmd_watch(args, io: Console) -> int:
    import json

    from nccd.compiler.options import FlagError, options_from_args

    from ..watcher import WatchRefused

    try:
        options = options_from_args(args, args.ignored_flags)
    except FlagError as exc:
        raise UsageError(str(exc)) from None
    for path in args.paths:
        if not os.path.exists(io.path(path)):
            raise UsageError(f"no such file or directory: {path}")
    if args.output_dir and not os.path.isdir(io.path(args.output_dir)):
        raise UsageError(f"--output-dir {args.output_dir} is not a directory")
    if options.logfile:
        options = replace(options, logfile=io.path(options.logfile))
    watch = io.backend.watch([io.path(p) for p in args.paths], options, ["compile", *options.to_flags()],
                             debounce_s=args.debounce / 1e3,
                             output_dir=io.path(args.output_dir) if args.output_dir else None,
                             label=lambda path: os.path.relpath(path, io.cwd or os.getcwd()))
    compiles = 0
    try:
        with watch as session:
            io.cancel.on_cancel(session.stop)  # the client's Ctrl-C, in the daemon: the events end
            # said once the files are watched (so a script can edit after this line); with --json on
            # stderr, so that stdout holds JSON only
            ready = f"watching {', '.join(args.paths)} (Ctrl-C to stop)"
            if args.json:
                io.error(ready)
                io.err.flush()
            else:
                io.print(ready)
                io.out.flush()
            try:
                for event in session.events():
                    compiles += 1
                    if args.json:
                        io.print(json.dumps({k: v for k, v in event.items() if k not in ("result", "cli_json")} |
                                            {"result": json.loads(event["cli_json"]) if event.get("cli_json")
                                             else None}))
                    else:
                        io.print(event["summary"])
                    io.out.flush()
            except KeyboardInterrupt:  # Ctrl-C in this process (--no-daemon)
                pass
    except WatchRefused as exc:  # the daemon serves all the watches it allows, or too many folders
        io.error(f"ncc: {exc.report()}")
        return EXIT_DIAGNOSTICS
    if not args.json:
        io.print(f"stopped watching after {compiles} compile{'s' if compiles != 1 else ''}")
    return EXIT_OK
