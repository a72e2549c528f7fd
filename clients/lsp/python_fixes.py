"""Quick fixes for the Python rules: each builder returns a :class:`Fix` or None.

A fix is offered only when the rewrite keeps the program valid: the edits are
computed from the source text of the flagged call or statement, and a builder
gives up (None) when the code does not have the simple shape it knows how to
rewrite, rather than guess.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable

from .findings import Edit, Fix, Span
from .python_kinds import KindInference
from .python_source import PythonSource, atom_text


@dataclass
class CallSite:
    """A call being checked, with what the rules and fixes need to know about its surroundings."""

    call: ast.Call
    name: str | None                 # qualified function name, or None for a method call
    method: str | None               # method name when the call is ``receiver.method(...)``
    receiver: ast.expr | None
    source: PythonSource
    kinds: KindInference
    framework: str | None            # "torch" or "jax"
    spell: Callable[[str], str | None]  # how the file spells a module ("jax.numpy" -> "jnp")

    @property
    def tensor_args(self) -> list[ast.expr]:
        return [a for a in self.call.args if self.kinds.kind(a).is_tensor]


def _insert_keyword(site: CallSite, text: str) -> Edit:
    """An edit adding ``, text`` as the call's last argument (before the closing parenthesis)."""
    end = site.source.span(site.call)
    close = Span(end.end_line, end.end_col - 1, end.end_line, end.end_col - 1)
    before = site.source.lines[end.end_line][:end.end_col - 1].rstrip()
    has_args = bool(site.call.args or site.call.keywords)
    sep = "" if (not has_args or before.endswith(",")) else ", "
    return Edit(close, f"{sep}{text}")


#: Static bound on the result size of each jnp function with ``size=``: which argument's size.
_SIZE_BOUND = {"union1d": "sum", "setxor1d": "sum", "compress": 1, "extract": 1}


def add_size(site: CallSite) -> Fix | None:
    """``jnp.nonzero(x)`` -> ``jnp.nonzero(x, size=x.size)``: the largest result, padded."""
    if site.method is not None:
        assert site.receiver is not None  # a method call has a receiver
        bound = f"{atom_text(site.source, site.receiver)}.size"
    else:
        short = (site.name or "").rsplit(".", 1)[-1]
        rule = _SIZE_BOUND.get(short, 0)
        if rule == "sum" and len(site.call.args) >= 2:
            bound = " + ".join(f"{atom_text(site.source, a)}.size" for a in site.call.args[:2])
        elif isinstance(rule, int) and len(site.call.args) > rule:
            bound = f"{atom_text(site.source, site.call.args[rule])}.size"
        else:
            return None
    return Fix(f"Add size={bound} (static result size, padded with fill_value)",
               (_insert_keyword(site, f"size={bound}"),))


def nonzero_static(site: CallSite) -> Fix | None:
    """``torch.nonzero(x)`` / ``x.nonzero()`` -> ``torch.nonzero_static(x, size=x.numel())``."""
    if any(kw.arg == "as_tuple" for kw in site.call.keywords):
        return None
    if site.method is not None:
        assert site.receiver is not None  # a method call has a receiver
        subject = atom_text(site.source, site.receiver)
        new = f"{subject}.nonzero_static(size={subject}.numel())"
    else:
        torch = site.spell("torch")
        if torch is None or len(site.call.args) != 1:
            return None
        subject = atom_text(site.source, site.call.args[0])
        new = f"{torch}.nonzero_static({site.source.text_of(site.call.args[0])}, size={subject}.numel())"
    return Fix("Use nonzero_static with size=numel() (rows past the count are filled with -1)",
               (Edit(site.source.span(site.call), new),))


def elementwise_max(site: CallSite) -> Fix | None:
    """``max(a, b)`` on tensors -> ``torch.maximum(a, b)`` / ``jnp.maximum(a, b)``."""
    if len(site.call.args) != 2 or site.call.keywords:
        return None
    module = site.spell("torch" if site.framework == "torch" else "jax.numpy")
    if module is None:
        return None
    fn = "maximum" if isinstance(site.call.func, ast.Name) and site.call.func.id == "max" else "minimum"
    a, b = (site.source.text_of(x) for x in site.call.args)
    return Fix(f"Use {module}.{fn}(...) (elementwise, stays on the device)",
               (Edit(site.source.span(site.call), f"{module}.{fn}({a}, {b})"),))


# -- rewriting Python branches as a select ----------------------------------------------------

def tensor_condition_text(source: PythonSource, kinds: KindInference, cond: ast.expr, torch: bool) -> str | None:
    """``a > 0 and not m`` -> ``(a > 0) & ~(m)``: a Python condition as an elementwise mask."""
    if isinstance(cond, ast.BoolOp):
        parts = [tensor_condition_text(source, kinds, v, torch) for v in cond.values]
        if any(p is None for p in parts):
            return None
        op = " & " if isinstance(cond.op, ast.And) else " | "
        return op.join(f"({p})" for p in parts)
    if isinstance(cond, ast.UnaryOp) and isinstance(cond.op, ast.Not):
        inner = tensor_condition_text(source, kinds, cond.operand, torch)
        return None if inner is None else f"~({inner})"
    kind = kinds.kind(cond)
    if not kind.is_tensor:
        return None  # mixing Python truth values into a mask changes the meaning
    text = source.text_of(cond)
    if torch and not kind.is_bool:  # torch.where needs a bool mask; jnp.where takes any truthy value
        return f"{atom_text(source, cond)} != 0"
    return text


def where_for_ifexp(site_where: str, source: PythonSource, kinds: KindInference, node: ast.IfExp,
                    torch: bool) -> Fix | None:
    """``a if c else b`` -> ``where(c, a, b)``."""
    cond = tensor_condition_text(source, kinds, node.test, torch)
    if cond is None:
        return None
    new = f"{site_where}({cond}, {source.text_of(node.body)}, {source.text_of(node.orelse)})"
    return Fix(f"Replace with {site_where}(cond, a, b) (computes both branches)", (Edit(source.span(node), new),))


def _single_target_assign(body: list[ast.stmt]) -> tuple[str, ast.expr] | None:
    if len(body) == 1 and isinstance(body[0], ast.Assign) and len(body[0].targets) == 1 \
            and isinstance(body[0].targets[0], ast.Name):
        return body[0].targets[0].id, body[0].value
    return None


def where_for_if(site_where: str, source: PythonSource, kinds: KindInference, node: ast.If,
                 torch: bool) -> Fix | None:
    """Rewrite a branch that only chooses a value as one ``where``.

    ``if c: y = a`` / ``else: y = b``  ->  ``y = where(c, a, b)``
    ``if c: y = a`` (no else)         ->  ``y = where(c, a, y)``
    ``if c: return a`` / ``else: return b``  ->  ``return where(c, a, b)``
    """
    cond = tensor_condition_text(source, kinds, node.test, torch)
    if cond is None:
        return None
    then = _single_target_assign(node.body)
    if then is not None:
        name, value = then
        if not node.orelse:
            other = name
        else:
            alt = _single_target_assign(node.orelse)
            if alt is None or alt[0] != name:
                return None
            other = source.text_of(alt[1])
        new = f"{name} = {site_where}({cond}, {source.text_of(value)}, {other})"
    elif len(node.body) == 1 and isinstance(node.body[0], ast.Return) and node.body[0].value is not None \
            and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.Return) and node.orelse[0].value is not None:
        new = f"return {site_where}({cond}, {source.text_of(node.body[0].value)}, " \
              f"{source.text_of(node.orelse[0].value)})"
    else:
        return None
    span = source.statement_span(node)
    return Fix(f"Replace the if with {site_where}(cond, a, b) (computes both branches)",
               (Edit(span, source.indentation(span.line) + new),))


def where_for_mask_index(site_where: str, source: PythonSource, node: ast.Subscript) -> Fix:
    """``x[mask]`` -> ``where(mask, x, 0)``: same shape, unselected elements zero."""
    new = f"{site_where}({source.text_of(node.slice)}, {source.text_of(node.value)}, 0)"
    return Fix(f"Keep the shape: {site_where}(mask, x, 0) (unselected elements become 0)",
               (Edit(source.span(node), new),), preferred=False)


# -- boolean-mask stores ----------------------------------------------------------------------

#: ``x[mask] op= w`` -> an elementwise update of the whole tensor: (how, neutral element for ``where``).
_MASKED_UPDATES = {ast.Add: ("+", None), ast.Sub: ("-", None), ast.Mult: ("*", "1"), ast.Div: ("/", "1")}


def _selected(source: PythonSource, kinds: KindInference, value: ast.expr, mask_text: str) -> str | None:
    """What a stored value is for the whole tensor: a Python value as it is, ``y[mask]`` as ``y``; else None
    (a tensor of the compacted values has no full-shape counterpart we can write)."""
    if not kinds.kind(value).tensor:
        return atom_text(source, value)
    if isinstance(value, ast.Subscript) and source.text_of(value.slice) == mask_text:
        return atom_text(source, value.value)
    return None


def masked_store(torch_name: str | None, source: PythonSource, kinds: KindInference,
                 statement: ast.Assign | ast.AugAssign) -> Fix | None:
    """``x[m] = v`` -> ``x.masked_fill_(m, v)``; ``x[m] = y[m]`` -> ``x.copy_(torch.where(m, y, x))``;
    ``x[m] += w`` -> ``x += w * m``; ``x[m] *= w`` -> ``x *= torch.where(m, w, 1)``."""
    target = statement.targets[0] if isinstance(statement, ast.Assign) else statement.target
    if not isinstance(target, ast.Subscript) or (isinstance(statement, ast.Assign) and len(statement.targets) != 1):
        return None
    subject, mask = atom_text(source, target.value), source.text_of(target.slice)
    value = _selected(source, kinds, statement.value, mask)
    if value is None:
        return None
    if isinstance(statement, ast.Assign):
        if kinds.kind(statement.value).tensor:
            if torch_name is None:
                return None
            new, title = f"{subject}.copy_({torch_name}.where({mask}, {value}, {subject}))", "torch.where"
        else:
            new, title = f"{subject}.masked_fill_({mask}, {value})", "masked_fill_"
    else:
        update = _MASKED_UPDATES.get(type(statement.op))
        if update is None:
            return None
        op, neutral = update
        if neutral is None:
            new, title = f"{source.text_of(target.value)} {op}= {value} * {atom_text(source, target.slice)}", \
                "a multiply by the mask"
        elif torch_name is not None:
            new = f"{source.text_of(target.value)} {op}= {torch_name}.where({mask}, {value}, {neutral})"
            title = "torch.where"
        else:
            return None
    return Fix(f"Update the whole tensor with {title} (same shape, no data-dependent indexing)",
               (Edit(source.span(statement), new),))
