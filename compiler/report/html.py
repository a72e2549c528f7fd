"""The compile report as one self-contained HTML page.

Inline CSS and an inline SVG chart; no JavaScript, fonts or images from anywhere, so the file
can be mailed, attached to a ticket or opened offline. Totals first, then the biggest kernels
as bars, then every kernel in program order, then the hardware figures and the assumptions.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from .. import __version__

ENGINE_COLOURS = {"tensor": "#4e79a7", "vector": "#59a14f", "scalar": "#f28e2b", "gpsimd": "#b07aa1",
                  "dma": "#9c755f"}
ENGINE_NAMES = {"tensor": "Tensor (PE)", "vector": "Vector (DVE)", "scalar": "Scalar (ACT)",
                "gpsimd": "GpSimd", "dma": "DMA"}
#: How many kernels the chart shows.
CHART_KERNELS = 20

_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a;
       margin: 0; background: #f6f7f9; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 32px 0 10px; }
.sub { color: #5b6470; margin: 0 0 18px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(155px, 1fr)); gap: 12px; }
.card { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 12px 14px; }
.card .label { color: #5b6470; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 20px; white-space: nowrap; font-weight: 600; margin-top: 2px;
               font-variant-numeric: tabular-nums; }
.card .detail { color: #5b6470; font-size: 12px; }
.note { background: #fff7e0; border: 1px solid #f0d68a; border-radius: 8px; padding: 8px 12px; margin: 12px 0; }
.panel { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 12px 14px; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; font-weight: 600; color: #39414b; border-bottom: 2px solid #dde1e6; padding: 6px 8px;
     position: sticky; top: 0; background: #fff; }
td { border-bottom: 1px solid #eef0f3; padding: 5px 8px; vertical-align: top; }
tr:nth-child(even) td { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.dim { color: #7a838e; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 5px; }
.share { position: relative; min-width: 70px; }
.share span { position: relative; z-index: 1; }
.share i { position: absolute; left: 0; top: 3px; bottom: 3px; background: #dbe6f3; border-radius: 2px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: 600; }
.compute { background: #e3ecf7; color: #2c5282; } .memory { background: #efe7dc; color: #6b4f2a; }
.over { background: #fde2e1; color: #9b1c1c; }
details summary { cursor: pointer; color: #39414b; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; color: #39414b; margin-top: 6px; }
.legend .swatch { display: inline-block; width: 14px; height: 10px; margin-right: 5px; vertical-align: -1px; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 12px; fill: #1d232a; }
footer { color: #7a838e; font-size: 12px; margin-top: 28px; }
"""


# -- number formats -------------------------------------------------------------------------------

def format_time(us: float) -> str:
    if us >= 1000:
        return f"{us / 1000:.3g} ms"
    if us >= 1:
        return f"{us:.3g} µs"
    return f"{us * 1000:.3g} ns"


def format_count(n: float, unit: str) -> str:
    for scale, prefix in ((1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= scale:
            return f"{n / scale:.3g} {prefix}{unit}"
    return f"{n:.0f} {unit}"


def format_bytes(n: float | None) -> str:
    if n is None:
        return "—"
    for scale, unit in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n:.0f} B"


# -- pieces ---------------------------------------------------------------------------------------------

def _card(label: str, value: str, detail: str = "") -> str:
    return (f'<div class="card"><div class="label">{escape(label)}</div><div class="value">{escape(value)}</div>'
            f'<div class="detail">{escape(detail)}</div></div>')


def _cards(totals: dict) -> str:
    target = totals["target"]
    peak, without = totals.get("peak_memory_bytes"), totals.get("peak_memory_without_parameters_bytes")
    cards = [
        _card("Estimated time", format_time(totals["estimated_us"]),
              f"serial sum on one {target['core']} core"),
        _card("Kernels", str(totals["kernels"]), f"{totals['fusions']} fusions"),
        _card("Compute", format_count(totals["flops"], "FLOP"), "dot/conv: 2 per multiply-add"),
        _card("HBM traffic", format_bytes(totals["bytes"]), "operands + results of every kernel"),
        _card("Peak memory", format_bytes(peak), f"{format_bytes(without)} without parameters"),
        _card("Memory-bound", f"{totals['memory_bound']} of {totals['kernels']}",
              f"{totals['compute_bound']} compute-bound; the rest wait on HBM"),
        _card("Over SBUF", str(totals["exceeding_sbuf"]), f"kernels larger than {format_bytes(target['sbuf_bytes'])}"),
    ]
    return '<section class="cards">' + "".join(cards) + "</section>"


def _notes(report: dict) -> str:
    totals = report["totals"]
    notes = list(totals["target"]["warnings"])
    if totals["loop_body_kernels"]:
        notes.append(f"{totals['loop_body_kernels']} kernels are in loop bodies or branches; each is counted once, "
                     "not once per iteration.")
    return "".join(f'<p class="note">{escape(n)}</p>' for n in notes)


def _chart(kernels: list[dict]) -> str:
    biggest = sorted(kernels, key=lambda k: -k["estimated_us"])[:CHART_KERNELS]
    if not biggest:
        return '<p class="dim">No kernels: the program only passes its inputs through.</p>'
    label_width, bar_width, row, top = 250, 560, 24, 6
    longest = biggest[0]["estimated_us"] or 1.0
    total = sum(k["estimated_us"] for k in kernels) or 1.0
    height = top * 2 + row * len(biggest)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {label_width + bar_width + 150} '
             f'{height}" width="100%" aria-label="Biggest kernels by estimated time">',
             '<defs><pattern id="memory-bound" width="6" height="6" patternUnits="userSpaceOnUse" '
             'patternTransform="rotate(45)"><rect width="3" height="6" fill="#ffffff" fill-opacity="0.5"/>'
             '</pattern></defs>']
    for n, k in enumerate(biggest):
        y = top + n * row
        width = max(1.0, bar_width * k["estimated_us"] / longest)
        name = k["name"] if len(k["name"]) <= 34 else k["name"][:33] + "…"
        colour = ENGINE_COLOURS[k["engine"]]
        tip = (f"{k['name']} ({k['kind']}, {k['engine']}, {k['bound']}-bound): {format_time(k['estimated_us'])}, "
               f"{format_count(k['flops'], 'FLOP')}, {format_bytes(k['bytes'])}")
        parts.append(f'<g><title>{escape(tip)}</title>'
                     f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{escape(name)}</text>'
                     f'<rect x="{label_width}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" rx="2" '
                     f'fill="{colour}"/>'
                     + (f'<rect x="{label_width}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" '
                        f'fill="url(#memory-bound)"/>' if k["bound"] == "memory" else "")
                     + f'<text x="{label_width + width + 6:.1f}" y="{y + 16}">{escape(format_time(k["estimated_us"]))}'
                       f' · {100 * k["estimated_us"] / total:.1f}%</text></g>')
    parts.append("</svg>")
    used = list(dict.fromkeys(k["engine"] for k in biggest))
    legend = "".join(f'<span><i class="swatch" style="background:{ENGINE_COLOURS[e]}"></i>{ENGINE_NAMES[e]}</span>'
                     for e in used)
    legend += ('<span><i class="swatch" style="background:repeating-linear-gradient(45deg,#888 0 3px,#ccc 3px 6px)">'
               '</i>memory-bound (HBM traffic sets the time)</span>')
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def _engines(totals: dict) -> str:
    total = totals["estimated_us"] or 1.0
    rows = "".join(
        f'<tr><td><i class="dot" style="background:{ENGINE_COLOURS[e]}"></i>{ENGINE_NAMES[e]}</td>'
        f'<td class="num">{v["kernels"]}</td><td class="num">{escape(format_count(v["flops"], "FLOP"))}</td>'
        f'<td class="num">{escape(format_time(v["estimated_us"]))}</td>'
        f'<td class="num share"><i style="width:{100 * v["estimated_us"] / total:.1f}%"></i>'
        f'<span>{100 * v["estimated_us"] / total:.1f}%</span></td></tr>'
        for e, v in totals["by_engine"].items())
    return ('<table><thead><tr><th>Engine</th><th class="num">Kernels</th><th class="num">FLOPs</th>'
            f'<th class="num">Time</th><th class="num">Share</th></tr></thead><tbody>{rows}</tbody></table>')


def _fused(kernel: dict) -> str:
    fused = kernel["fused"]
    if not fused["count"]:
        return '<span class="dim">—</span>'
    histogram = ", ".join(f"{op}×{n}" if n > 1 else op for op, n in Counter(fused["opcodes"]).items())
    return f'<details><summary>{fused["count"]} ops</summary><code>{escape(histogram)}</code></details>'


def _source(source: str | None) -> str:
    if not source:
        return '<span class="dim">—</span>'
    short = source.rsplit("/", 1)[-1]
    return f'<code title="{escape(source)}">{escape(short)}</code>'


_OVER_SBUF = '<span class="badge over" title="operands + result exceed SBUF: the kernel is tiled">over</span>'


def _kernel_table(report: dict) -> str:
    kernels, total = report["kernels"], report["totals"]["estimated_us"] or 1.0
    rows = []
    for k in kernels:
        share = 100 * k["estimated_us"] / total
        # kernels of loop bodies and branches name the computation they run in
        where = (f'<br><span class="dim mono">in {escape(k["computation"])}</span>'
                 if k["computation"] and k["computation"] != report.get("entry") else "")
        rows.append(
            f'<tr><td class="num dim">{k["index"]}</td>'
            f'<td><code>{escape(k["name"])}</code><br><span class="dim mono">{escape(k["shape"])}</span>'
            f'{where}</td>'
            f'<td>{escape(k["kind"])}</td>'
            f'<td><i class="dot" style="background:{ENGINE_COLOURS[k["engine"]]}"></i>{escape(k["engine"])}</td>'
            f'<td>{escape(k["dtype"] or "—")}</td><td>{_fused(k)}</td>'
            f'<td class="num">{escape(format_count(k["flops"], "FLOP"))}</td>'
            f'<td class="num">{escape(format_bytes(k["bytes"]))}</td>'
            f'<td class="num">{escape(format_time(k["estimated_us"]))}</td>'
            f'<td class="num share"><i style="width:{share:.1f}%"></i><span>{share:.1f}%</span></td>'
            f'<td><span class="badge {k["bound"]}">{k["bound"]}</span></td>'
            f'<td>{_OVER_SBUF if k["exceeds_sbuf"] else ""}</td>'
            f'<td>{_source(k["source"])}</td></tr>')
    return ('<table><thead><tr><th class="num">#</th><th>Kernel</th><th>Kind</th><th>Engine</th><th>Format</th>'
            '<th>Fused</th><th class="num">FLOPs</th><th class="num">Bytes</th><th class="num">Time</th>'
            '<th class="num">Share</th><th>Bound</th><th>SBUF</th><th>Source</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _figures(report: dict) -> str:
    target = report["totals"]["target"]
    rows = "".join(f'<tr><td><code>{escape(f["name"])}</code></td><td class="num">{f["value"]:g} {escape(f["unit"])}'
                   f'</td><td>{escape(f["source"])}</td></tr>' for f in target["figures"])
    derived = (f'Per core: HBM {target["hbm_gb_per_s_per_core"]:.1f} GB/s, SBUF {format_bytes(target["sbuf_bytes"])}, '
               f'vector {target["vector_tflops"]:g}, scalar {target["scalar_tflops"]:g}, '
               f'GpSimd {target["gpsimd_tflops"]:g} TFLOPS; tensor ' +
               ", ".join(f"{fmt} {v:g}" for fmt, v in target["tensor_tflops"].items()) + " TFLOPS.")
    assumptions = "".join(f"<li>{escape(a)}</li>"
                          for a in report["assumptions"] + target["notes"] + target["warnings"])
    return (f'<p>{escape(target["core"])} figures'
            + (f' (standing in: NeuronCore-{escape(target["figures_from"])})' if target["fallback"] else "")
            + f'. {escape(derived)}</p><table><thead><tr><th>Figure</th><th class="num">Value</th><th>Source</th>'
            f'</tr></thead><tbody>{rows}</tbody></table><ul>{assumptions}</ul>')


def render_html(report: dict) -> str:
    """The whole page for a report made by :func:`build_report`."""
    totals, flags = report["totals"], report["flags"]
    title = f"{report['module']} on {report['target']}"
    cast = "off" if flags.get("auto_cast") == "none" else f"{flags.get('auto_cast')} → {flags.get('auto_cast_type')}"
    subtitle = (f"nccd compile report · target {report['target']} ({totals['target']['core']}) · "
                f"-O{flags.get('optlevel')} · model type {flags.get('model_type')} · auto-cast {cast}")
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} · nccd compile report</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<h1>{escape(report['module'])}</h1>
<p class="sub">{escape(subtitle)}</p>
{_cards(totals)}
{_notes(report)}
<h2>Biggest kernels by estimated time</h2>
<div class="panel">{_chart(report['kernels'])}</div>
<h2>Time by engine</h2>
<div class="panel">{_engines(totals)}</div>
<h2>Every kernel, in program order</h2>
<div class="panel">{_kernel_table(report)}</div>
<h2>Hardware figures and assumptions</h2>
<div class="panel">{_figures(report)}</div>
<footer>Written by nccd {escape(__version__)}. Estimates from a roofline model of public figures, not
measurements.</footer>
</main>
</body>
</html>
"""
