"""Per-target operator tables, read once from ``operators.json``.

The JSON is the data: targets, per HLO opcode the XlaBuilder-style name,
which generations support it with which element types and restrictions, and
the global policies (FP8 variants, int64, custom-call targets, control flow,
instruction limit). Every claim there carries its source. This module only
expands it into typed, per-target views:

* generations are written as keys ``v1``, ``v2+``, ``v2-v3``... and every
  generation of every opcode is covered by exactly one key;
* dtype tokens (``@all``, ``@float``, ``@int``, ``@pred``, ``@mx``) are
  expanded per generation from ``element_types``;
* a constraint without ``generations`` applies wherever the opcode is
  supported.
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping, NotRequired, TypedDict

from ..diagnostics import REGISTRY
from ..ir.dtypes import BY_TEXT as ELEMENT_TYPE_BY_TEXT
from ..ir.dtypes import ElementType
from ..ir.opcodes import Opcode

GENERATIONS = ("v1", "v2", "v3", "v4")


class UnknownTargetError(ValueError):
    """Raised for a target name that is neither a target nor an alias."""


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    generation: str          # "NeuronCore-v2"
    gen: str                 # "v2"
    compiler: str            # "neuronx-cc" or "neuron-cc"
    aliases: tuple[str, ...]
    documented: bool         # listed under `neuronx-cc compile --target`
    notes: str
    source: str

    def to_json(self) -> dict:
        return {"name": self.name, "generation": self.generation, "compiler": self.compiler,
                "aliases": list(self.aliases), "documented_target": self.documented,
                "notes": self.notes, "source": self.source}


@dataclass(frozen=True, slots=True)
class Constraint:
    """One documented restriction of an operator; ``code`` is the diagnostic it produces."""

    id: str
    description: str
    source: str
    code: str
    #: The constraint's own parameters from the JSON; their shape depends on the constraint's rule.
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict:
        out: dict[str, object] = {"id": self.id, "description": self.description, "source": self.source, "code": self.code}
        if self.params:
            out["params"] = dict(self.params)
        return out


@dataclass(frozen=True, slots=True)
class OpSupport:
    """What one target accepts for one opcode."""

    supported: bool
    source: str
    documented: bool = True
    dtypes: frozenset[ElementType] = frozenset()
    constraints: tuple[Constraint, ...] = ()
    reason: str | None = None   # why not, when unsupported
    code: str | None = None     # diagnostic code, when unsupported
    hint: str | None = None     # operator-specific hint, when unsupported

    def to_json(self) -> dict:
        out: dict = {"supported": self.supported, "documented": self.documented,
                     "dtypes": sorted(t.text for t in self.dtypes),
                     "constraints": [c.to_json() for c in self.constraints], "source": self.source}
        if not self.supported:
            out.update(reason=self.reason, code=self.code)
            if self.hint:
                out["hint"] = self.hint
        return out


@dataclass(frozen=True, slots=True)
class OperatorEntry:
    opcode: Opcode
    list_name: str
    aliases: tuple[str, ...]
    category: str
    notes: str | None
    support: Mapping[str, OpSupport]  # target name -> support

    def on(self, target: "Target | str") -> OpSupport:
        return self.support[resolve(target).name]

    @property
    def names(self) -> tuple[str, ...]:
        """Every XlaBuilder spelling of the operator, primary first."""
        return (self.list_name, *self.aliases)


# -- loading ---------------------------------------------------------------------------------

def _generations(key: str) -> tuple[str, ...]:
    """``v2`` -> (v2,); ``v2+`` -> (v2, v3, v4); ``v1-v3`` -> (v1, v2, v3)."""
    if key.endswith("+"):
        return GENERATIONS[GENERATIONS.index(key[:-1]):]
    if "-" in key:
        lo, hi = key.split("-")
        return GENERATIONS[GENERATIONS.index(lo):GENERATIONS.index(hi) + 1]
    if key not in GENERATIONS:
        raise ValueError(f"operators.json: unknown generation {key!r}")
    return (key,)


def _read_json() -> dict:
    text = resources.files(__package__).joinpath("operators.json").read_text(encoding="utf-8")
    return json.loads(text)


def _dtype_sets(data: dict) -> dict[str, dict[str, frozenset[ElementType]]]:
    out = {}
    for gen in GENERATIONS:
        spec = data["element_types"][gen]
        sets = {name: frozenset(ELEMENT_TYPE_BY_TEXT[t] for t in spec[name])
                for name in ("float", "int", "pred", "mx")}
        sets["all"] = sets["float"] | sets["int"] | sets["pred"]
        out[gen] = sets
    return out


def _expand_dtypes(tokens, sets: dict[str, frozenset[ElementType]], where: str) -> frozenset[ElementType]:
    out: set[ElementType] = set()
    for token in tokens:
        if token.startswith("@"):
            if token[1:] not in sets:
                raise ValueError(f"operators.json: {where}: unknown dtype set {token!r}")
            out |= sets[token[1:]]
        elif token in ELEMENT_TYPE_BY_TEXT:
            out.add(ELEMENT_TYPE_BY_TEXT[token])
        else:
            raise ValueError(f"operators.json: {where}: unknown element type {token!r}")
    return frozenset(out)


def _constraint(raw: dict, where: str) -> Constraint:
    for key in ("id", "description", "source", "code"):
        if not raw.get(key):
            raise ValueError(f"operators.json: {where}: constraint without {key!r}")
    if raw["code"] not in REGISTRY:
        raise ValueError(f"operators.json: {where}: constraint {raw['id']} uses unregistered code {raw['code']}")
    return Constraint(raw["id"], raw["description"], raw["source"], raw["code"],
                      MappingProxyType(dict(raw.get("params", {}))))


def _op_support(text: str, raw: dict, gen: str, sets) -> OpSupport:
    where = f"operator {text!r}"
    covering = [(k, True, v) for k, v in raw["supported"].items() if gen in _generations(k)]
    covering += [(k, False, v) for k, v in raw["unsupported"].items() if gen in _generations(k)]
    if len(covering) != 1:
        raise ValueError(f"operators.json: {where}: generation {gen} is covered by "
                         f"{[k for k, _, _ in covering] or 'no key'}; it must be covered exactly once")
    _, supported, spec = covering[0]
    if not spec.get("source"):
        raise ValueError(f"operators.json: {where} ({gen}): no source")
    if not supported:
        if spec.get("code") not in REGISTRY:
            raise ValueError(f"operators.json: {where} ({gen}): unregistered code {spec.get('code')!r}")
        return OpSupport(False, spec["source"], reason=spec["reason"], code=spec["code"], hint=spec.get("hint"))
    constraints = tuple(_constraint(c, where) for c in raw["constraints"]
                        if "generations" not in c or gen in _generations(c["generations"]))
    return OpSupport(True, spec["source"], spec.get("documented", True),
                     _expand_dtypes(spec["dtypes"], sets[gen], where), constraints)


def _load():
    data = _read_json()
    targets = tuple(Target(t["name"], t["generation"], t["gen"], t["compiler"], tuple(t["aliases"]),
                           t["documented_target"], t["notes"], t["source"]) for t in data["targets"])
    sets = _dtype_sets(data)
    missing = [op.text for op in Opcode if op.text not in data["operators"]]
    unknown = [name for name in data["operators"] if Opcode.from_text(name) is None]
    if missing or unknown:
        raise ValueError(f"operators.json: opcodes without an entry {missing}, unknown opcodes {unknown}")
    entries = {}
    for op in Opcode:
        raw = data["operators"][op.text]
        per_gen = {gen: _op_support(op.text, raw, gen, sets) for gen in GENERATIONS}
        entries[op] = OperatorEntry(op, raw["list_name"], tuple(raw.get("aliases", ())), raw["category"],
                                    raw.get("notes"),
                                    MappingProxyType({t.name: per_gen[t.gen] for t in targets}))
    return data, targets, entries, sets


_DATA, TARGETS, _ENTRIES, _DTYPE_SETS = _load()
_BY_NAME: dict[str, Target] = {}
for _t in TARGETS:
    for _name in (_t.name, *_t.aliases):
        _BY_NAME[_name.lower()] = _t

# The shape of ``rules`` in operators.json: one TypedDict per policy, as the JSON writes it
# (generation keys such as ``v1``, ``v2+`` are strings; ``about``/``note`` fields are prose).

class Fp8Variant(TypedDict):
    generations: list[str]
    rejected: NotRequired[dict[str, str]]  # generation key -> diagnostic code
    source: str


class Fp8Rule(TypedDict):
    variants: dict[str, Fp8Variant]  # element type text -> its support
    other_code: str
    other_source: str


class ComplexRule(TypedDict):
    element_types: list[str]
    generations: list[str]
    code: str
    source: str


class Int64Rule(TypedDict):
    element_types: list[str]
    policy: dict[str, str]  # generation -> "downcast" or "native-with-flag"
    flag: str
    code: str
    source: str


class Float64Rule(TypedDict):
    element_types: list[str]
    policy: str
    code: str
    source: str


class DowncastRule(TypedDict):
    kinds: list[str]
    default: str
    warning_code: str
    source: str


class DynamicShapesRule(TypedDict):
    supported: bool
    code: str
    source: str


class RngRule(TypedDict):
    algorithms: list[str]
    algorithm_code: str
    algorithm_source: str
    distributions: list[str]
    distribution_source: str
    threefry_code: str
    threefry_source: str


class InstructionLimitRule(TypedDict):
    limit: int
    code: str
    source: str


class AllowedCustomCalls(TypedDict):
    names: list[str]
    generations: str  # a generation key
    source: str


class KnownCustomCall(TypedDict):
    pattern: str  # fnmatch pattern of custom_call_target names
    platform: str
    status: str
    code: str
    hint: NotRequired[str]


class CustomCallRule(TypedDict):
    allowed: list[AllowedCustomCalls]
    known: list[KnownCustomCall]
    known_source: str


class Rules(TypedDict):
    fp8: Fp8Rule
    complex: ComplexRule
    int64: Int64Rule
    float64: Float64Rule
    implicit_integer_downcast: DowncastRule
    dynamic_shapes: DynamicShapesRule
    control_flow: dict[str, dict[str, str]]  # generation key -> {"while", "conditional", "source"}
    rng: RngRule
    instruction_limit: InstructionLimitRule
    custom_call_targets: CustomCallRule


#: The raw policy tables (``rules`` in the JSON), as the JSON reader made them: a plain dict, which
#: is what a TypedDict is at run time (code compiled with mypyc checks that it is one). Not to be
#: changed after import.
RULES: Rules = _DATA["rules"]


# -- targets ---------------------------------------------------------------------------------

def target(name: str) -> Target:
    """The target called ``name`` (or one of its aliases, case-insensitive)."""
    found = _BY_NAME.get(name.strip().lower())
    if found is None:
        valid = ", ".join(t.name for t in TARGETS)
        raise UnknownTargetError(f"unknown target {name!r}; valid targets: {valid}")
    return found


def resolve(t: "Target | str") -> Target:
    return t if isinstance(t, Target) else target(t)


def element_types(t: "Target | str") -> Mapping[str, frozenset[ElementType]]:
    """The target's element-type sets: float, int, pred, mx, all."""
    return _DTYPE_SETS[resolve(t).gen]


# -- operators -------------------------------------------------------------------------------

def operator_entries() -> list[OperatorEntry]:
    """One entry per opcode, in opcode order."""
    return list(_ENTRIES.values())


def entry(opcode: Opcode) -> OperatorEntry:
    return _ENTRIES[opcode]


def list_operators(target: "Target | str | None" = None, documented_only: bool = False) -> list[str]:
    """XlaBuilder-style names, sorted, as ``neuronx-cc list-operators --framework XLA`` prints them.

    Without a target: operators supported on any target. Aliases are listed too,
    because the published table does (Eq/Ne/..., Dot and DotGeneral).
    """
    chosen = [resolve(target)] if target is not None else list(TARGETS)
    names: set[str] = set()
    for e in _ENTRIES.values():
        if any(e.support[t.name].supported and (e.support[t.name].documented or not documented_only)
               for t in chosen):
            names.update(e.names)
    return sorted(names)


def operators_json(target: "Target | str | None" = None) -> list[dict]:
    """Machine-readable operator table; with a target, its support is also given at top level."""
    chosen = [resolve(target)] if target is not None else list(TARGETS)
    out = []
    for e in _ENTRIES.values():
        item = {"name": e.opcode.text, "list_name": e.list_name, "aliases": list(e.aliases),
                "category": e.category}
        if e.notes:
            item["notes"] = e.notes
        if target is not None:
            item.update(e.support[chosen[0].name].to_json())
        item["targets"] = {t.name: e.support[t.name].to_json() for t in chosen}
        out.append(item)
    return out


# -- policies --------------------------------------------------------------------------------

def fp8_rejection(element_type: ElementType, t: "Target | str") -> tuple[str, str] | None:
    """``(code, source)`` when the target rejects this FP8/FP4 variant, else None."""
    gen = resolve(t).gen
    fp8 = RULES["fp8"]
    spec = fp8["variants"].get(element_type.text)
    if spec is None:
        return (fp8["other_code"], fp8["other_source"]) if element_type.is_fp8 else None
    if gen in spec["generations"]:
        return None
    for key, code in spec.get("rejected", {}).items():
        if gen in _generations(key):
            return code, spec["source"]
    return fp8["other_code"], f'{spec["source"]}; {fp8["other_source"]}'


def int64_policy(t: "Target | str") -> str:
    """``downcast`` or ``native-with-flag``."""
    return RULES["int64"]["policy"][resolve(t).gen]


def instruction_limit() -> int:
    return int(RULES["instruction_limit"]["limit"])


@dataclass(frozen=True, slots=True)
class CustomCallVerdict:
    """How a target treats a custom-call target name."""

    allowed: bool
    code: str | None = None          # diagnostic when not allowed
    platform: str | None = None      # "CUDA", "CPU", ... for known foreign targets
    hint: str | None = None
    source: str = ""
    allowed_on: tuple[str, ...] = ()  # generations that do accept it


def custom_call(name: str, t: "Target | str") -> CustomCallVerdict:
    gen = resolve(t).gen
    policy = RULES["custom_call_targets"]
    allowed_on: list[str] = []
    source = ""
    for group in policy["allowed"]:
        if name in group["names"]:
            allowed_on.extend(_generations(group["generations"]))
            source = group["source"]
    if gen in allowed_on:
        return CustomCallVerdict(True, source=source, allowed_on=tuple(allowed_on))
    for known in policy["known"]:
        if fnmatch.fnmatchcase(name, known["pattern"]):
            return CustomCallVerdict(False, known["code"], known["platform"], known.get("hint"),
                                     policy["known_source"], tuple(allowed_on))
    fallback = "NCC-E130"
    return CustomCallVerdict(False, fallback, None, None, source or policy["allowed"][0]["source"],
                             tuple(allowed_on))


def allowed_custom_calls(t: "Target | str") -> list[str]:
    gen = resolve(t).gen
    return sorted(n for g in RULES["custom_call_targets"]["allowed"] if gen in _generations(g["generations"])
                  for n in g["names"])


def control_flow(t: "Target | str") -> Mapping[str, str]:
    gen = resolve(t).gen
    for key, policy in RULES["control_flow"].items():
        if gen in _generations(key):
            return policy
    raise ValueError(f"operators.json: no control-flow policy for {gen}")
