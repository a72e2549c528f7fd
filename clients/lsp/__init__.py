"""``ncc lsp``: a language server that flags what a Neuron-style target cannot compile, as you type.

It checks two kinds of files. HLO text (``.hlo``, ``.hlo.txt``, XLA dump ``.txt``)
goes through the real compiler front end (parse, verify, operator tables).
PyTorch and JAX source (``.py``) is read with ``ast``, never imported: tensor
values used as Python conditions, host synchronisations, operations with
data-dependent shapes, and calls that lower to operators the target lacks.
A function marked ``# ncc: entry x=f32[8,128]`` is also traced with the
user's own JAX on save, and the compiler's findings come back at the Python
lines they came from.

Layout: ``cli`` (the command), ``server`` (pygls handlers), ``scheduler``
(work off the event loop), ``settings``, ``backend`` (daemon or in-process),
``documents`` / ``features`` (per-document analysis), the pure analyzers
``python_*``, ``framework_ops``, ``hlo_features``, ``deep_check`` (+ the
``trace_entry`` script it runs), and ``lsp_convert`` (findings -> LSP types).
See docs/lsp.md.
"""
