"""Run the language server's Python analysis over a folder of model files and print every finding.

    python benchmarks/lsp_scan.py FOLDER [--target trn1] [--show-line] [--json]

For judging the analysis on code nobody here wrote (docs/lsp-evaluation.md): keep the files you
read outside the repository and point this at their folder. One line per finding,
``file:line:col CODE message`` (``[information]`` before the message when the analysis cannot tell the code
runs compiled); ``--show-line`` adds the source line it starts on (for reading
in a terminal, never for committing); ``--json`` prints a list of objects instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from nccd.clients.lsp.python_analysis import analyze_python


def scan(folder: Path, target: str) -> list[dict]:
    out = []
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(errors="replace")
        begun = time.perf_counter()
        findings = analyze_python(text, target, path=str(path))
        elapsed = (time.perf_counter() - begun) * 1000
        lines = text.splitlines()
        out.append({"file": str(path.relative_to(folder)), "lines": len(lines), "ms": round(elapsed, 1),
                    "findings": [{"line": f.span.line + 1, "col": f.span.col + 1, "code": f.code,
                                  "severity": f.severity or "default", "message": f.message,
                                  "text": lines[f.span.line].strip()}
                                 for f in findings]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--target", default="trn1")
    parser.add_argument("--show-line", action="store_true", help="print the source line of each finding")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = scan(args.folder, args.target)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    total = 0
    for entry in result:
        for f in entry["findings"]:
            total += 1
            level = "" if f["severity"] == "default" else f"[{f['severity']}] "
            print(f"{entry['file']}:{f['line']}:{f['col']} {f['code']} {level}{f['message']}")
            if args.show_line:
                print(f"    | {f['text']}")
    files, lines = len(result), sum(e["lines"] for e in result)
    print(f"{total} findings in {files} files ({lines} lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
