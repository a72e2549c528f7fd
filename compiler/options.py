"""`neuronx-cc compile` flags: their names, values, defaults, and what nccd records of them.

Standard library only: the thin `ncc` client and the daemon both parse flags with this
module before any compiler code is loaded. Names and values follow the neuronx-cc CLI
reference (neuron-compiler-facts.md §1); when flags conflict the right-most one wins, as
there. Flags that tune neuronx-cc internals (``--internal-*``, ``--tensorizer-options``,
...) are accepted and reported as ignored, so build scripts written for neuronx-cc run
unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

TARGETS = ("inf1", "inf2", "trn1", "trn1n", "trn2", "trn3")
DEFAULT_TARGET = "trn1"
MODEL_TYPES = ("generic", "transformer", "unet-inference")
AUTO_CAST_MODES = ("none", "matmult", "all")
AUTO_CAST_TYPES = ("bf16", "fp16", "tf32", "fp8_e4m3")
OPT_LEVELS = (1, 2, 3)
NATIVE_INT64 = ("default", "enabled", "disabled")
VERBOSITY = ("debug", "info", "warning", "error", "critical")

#: Old or alternative spellings seen in the wild -> the value neuronx-cc documents now.
_ALIASES = {
    "model_type": {"transformer-inference": "transformer"},
    "auto_cast": {"matmul": "matmult"},
    "distribution_strategy": {"nemo": "llm-training", "NEMO": "llm-training"},
}

#: neuronx-cc internals that nccd has no counterpart for: accepted, reported, ignored.
IGNORED_WITH_VALUE = frozenset({
    "--tensorizer-options", "--hbm-scratchpad-page-size", "--execute-repetition", "--num-parallel-jobs",
    "--internal-hlo2tensorizer-options", "--internal-backend-options", "--internal-compiler-debug-mode",
    "--internal-num-neuroncores-per-sengine",
})
IGNORED_SWITCHES = frozenset({
    "--disable-dge", "--enable-internal-neff-wrapper", "--query-compute-placement", "--enable-experimental-O1",
})
IGNORED_PREFIX = "--internal-"

#: Flags that never change the compiled program (left out of the cache key).
NON_SEMANTIC = frozenset({"logfile", "verbose", "ignored_flags"})


@dataclass(frozen=True)
class CompileOptions:
    target: str = DEFAULT_TARGET
    model_type: str = "generic"
    auto_cast: str = "matmult"
    auto_cast_type: str = "bf16"
    optlevel: int = 2
    mixed_precision_accumulation: bool = True
    saturate_infinity: bool = False
    native_int64: str = "default"
    implicit_integer_downcast: str = "default"
    distribution_strategy: str | None = None
    logical_nc_config: int | None = None
    fast_context_switch: bool = False
    fast_loading_neuron_binaries: bool = False
    logfile: str | None = None
    verbose: str = "warning"
    ignored_flags: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        data = asdict(self)
        data["ignored_flags"] = list(self.ignored_flags)
        return data

    def semantic(self) -> dict:
        """The flags that decide the compiled program: part of every cache key."""
        return {k: v for k, v in sorted(self.to_json().items()) if k not in NON_SEMANTIC}

    def to_flags(self) -> list[str]:
        """The neuronx-cc flags that give these options (round-trips through add_compile_arguments)."""
        flags = [f"--target={self.target}", f"--model-type={self.model_type}", f"--auto-cast={self.auto_cast}",
                 f"--auto-cast-type={self.auto_cast_type}", f"--optlevel={self.optlevel}",
                 f"--native-int64={self.native_int64}", f"--implicit-integer-downcast={self.implicit_integer_downcast}",
                 f"--verbose={self.verbose}"]
        if not self.mixed_precision_accumulation:
            flags.append("--disable-mixed-precision-accumulation")
        if self.saturate_infinity:
            flags.append("--enable-saturate-infinity")
        if self.distribution_strategy:
            flags.append(f"--distribution-strategy={self.distribution_strategy}")
        if self.logical_nc_config is not None:
            flags.append(f"--logical-nc-config={self.logical_nc_config}")
        if self.fast_context_switch:
            flags.append("--enable-fast-context-switch")
        if self.fast_loading_neuron_binaries:
            flags.append("--enable-fast-loading-neuron-binaries")
        if self.logfile:
            flags.append(f"--logfile={self.logfile}")
        return flags + list(self.ignored_flags)

    @staticmethod
    def from_json(data: dict) -> "CompileOptions":
        known = {k: v for k, v in data.items() if k in CompileOptions.__dataclass_fields__}
        if "ignored_flags" in known:
            known["ignored_flags"] = tuple(known["ignored_flags"])
        return CompileOptions(**known)


class FlagError(ValueError):
    """A flag value neuronx-cc would reject; the message says which values are valid."""


def split_ignored(argv: list[str]) -> tuple[list[str], list[str]]:
    """(argv without the ignored neuronx-cc internals, the ignored flags as written)."""
    kept, ignored = [], []
    i = 0
    while i < len(argv):
        token = argv[i]
        name = token.split("=", 1)[0]
        takes_value = name in IGNORED_WITH_VALUE or (name.startswith(IGNORED_PREFIX) and name.endswith("-options"))
        if name in IGNORED_WITH_VALUE or name in IGNORED_SWITCHES or name.startswith(IGNORED_PREFIX):
            if "=" not in token and takes_value and i + 1 < len(argv):
                ignored.append(f"{token} {argv[i + 1]}")
                i += 2
                continue
            ignored.append(token)
        else:
            kept.append(token)
        i += 1
    return kept, ignored


def canonical_choice(name: str, text: str, choices) -> str | None:
    """The documented value an option's ``text`` means (old spellings accepted), or None if it is none."""
    value = _ALIASES.get(name, {}).get(text, text)
    return value if value in choices else None


def _choice(name: str, choices) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = canonical_choice(name, text, choices)
        if value is None:
            raise argparse.ArgumentTypeError(f"invalid value {text!r}: choose from {', '.join(choices)}")
        return value
    parse.__name__ = name.replace("_", "-")
    return parse


def _optlevel(text: str) -> int:
    if text not in ("1", "2", "3"):
        raise argparse.ArgumentTypeError(f"invalid optimization level {text!r}: choose 1, 2 or 3")
    return int(text)


def _verbosity(text: str) -> str:
    if text.lower() in VERBOSITY:
        return text.lower()
    if text.isdigit():  # frameworks pass Python logging levels (--verbose=35)
        level = int(text)
        return VERBOSITY[min(max(level // 10 - 1, 0), len(VERBOSITY) - 1)]
    raise argparse.ArgumentTypeError(f"invalid verbosity {text!r}: choose from {', '.join(VERBOSITY)} or a number")


def _integer_downcast(text: str) -> str:
    allowed = {"dot", "scatter", "all_reduce", "reduce_scatter", "pow"}
    if text in ("default", "all", "none"):
        return text
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if parts and all(p in allowed for p in parts):
        return ",".join(parts)
    raise argparse.ArgumentTypeError(f"invalid value {text!r}: default, all, none, or a list of "
                                     f"{', '.join(sorted(allowed))}")


def add_compile_arguments(parser: argparse.ArgumentParser, with_target: bool = True) -> None:
    """The neuronx-cc compile flags (every store action shares its dest, so the last one wins)."""
    if with_target:
        parser.add_argument("--target", type=_choice("target", TARGETS), default=DEFAULT_TARGET,
                            help=f"accelerator family: {', '.join(TARGETS)} (default: {DEFAULT_TARGET})")
    g = parser.add_argument_group("compile flags (as neuronx-cc compile; the right-most of conflicting flags wins)")
    g.add_argument("--model-type", type=_choice("model_type", MODEL_TYPES), default="generic",
                   help="generic (default), transformer, unet-inference")
    g.add_argument("--auto-cast", type=_choice("auto_cast", AUTO_CAST_MODES), default="matmult",
                   help="which FP32 operations to cast: matmult (default: dot and convolution operands, as "
                        "the compiler converts FP32 automatically), all (every FP32 operation), none (keep "
                        "FP32; the choice for results that must match the CPU)")
    g.add_argument("--auto-cast-type", type=_choice("auto_cast_type", AUTO_CAST_TYPES), default="bf16",
                   help="type --auto-cast casts to: bf16 (default), fp16, tf32 (FP32 with a 10-bit "
                        "mantissa), fp8_e4m3 (E4M3, or E4M3FN on trn3)")
    g.add_argument("--optlevel", "-O", dest="optlevel", type=_optlevel, default=2, metavar="{1,2,3}",
                   help="optimization level: 1 fastest compile, 2 default, 3 whole-model (-O1..-O3)")
    g.add_argument("--enable-mixed-precision-accumulation", dest="mixed_precision_accumulation",
                   action="store_true", default=True, help="accumulate dot/convolution/reduce in FP32 (default)")
    g.add_argument("--disable-mixed-precision-accumulation", dest="mixed_precision_accumulation",
                   action="store_false", help="round dot/convolution/reduce results to the cast type (the CPU "
                                              "runtime still sums in FP32 and rounds once)")
    g.add_argument("--enable-saturate-infinity", dest="saturate_infinity", action="store_true",
                   help="saturate +-inf to the largest finite value when casting")
    g.add_argument("--native-int64", type=_choice("native_int64", NATIVE_INT64), default="default",
                   help="int64 handling on trn2+: default (downcast to int32), enabled, disabled")
    g.add_argument("--implicit-integer-downcast", type=_integer_downcast, default="default", metavar="MODE",
                   help="default/all, none, or a list of dot,scatter,all_reduce,reduce_scatter,pow")
    g.add_argument("--distribution-strategy", type=_choice("distribution_strategy", ("llm-training",)),
                   default=None, help="llm-training (alias nemo)")
    g.add_argument("--logical-nc-config", "-lnc", "--lnc", dest="logical_nc_config", type=int,
                   choices=(1, 2), default=None, metavar="{1,2}", help="logical NeuronCore size (trn2: 1 or 2)")
    g.add_argument("--enable-fast-context-switch", dest="fast_context_switch", action="store_true",
                   help="recorded; no effect on the CPU runtime")
    g.add_argument("--enable-fast-loading-neuron-binaries", dest="fast_loading_neuron_binaries",
                   action="store_true", help="recorded (.ncx payloads are never compressed)")
    g.add_argument("--logfile", default=None, metavar="FILE", help="also write the compile log to FILE")
    g.add_argument("--verbose", type=_verbosity, default="warning", metavar="LEVEL",
                   help="debug, info, warning (default), error, critical, or a number")


def options_from_args(args: argparse.Namespace, ignored: Sequence[str] = ()) -> CompileOptions:
    if args.logical_nc_config == 2 and args.target not in ("trn2", "trn3"):
        raise FlagError(f"--logical-nc-config 2 needs trn2 or later (target is {args.target}); "
                        "use 1, or compile for --target trn2")
    if args.native_int64 == "enabled" and args.target not in ("trn2", "trn3"):
        raise FlagError(f"--native-int64 enabled needs trn2 or later (target is {args.target}); "
                        "int64 is always computed as int32 before trn2")
    return CompileOptions(
        target=args.target, model_type=args.model_type, auto_cast=args.auto_cast,
        auto_cast_type=args.auto_cast_type, optlevel=args.optlevel,
        mixed_precision_accumulation=args.mixed_precision_accumulation,
        saturate_infinity=args.saturate_infinity, native_int64=args.native_int64,
        implicit_integer_downcast=args.implicit_integer_downcast,
        distribution_strategy=args.distribution_strategy, logical_nc_config=args.logical_nc_config,
        fast_context_switch=args.fast_context_switch,
        fast_loading_neuron_binaries=args.fast_loading_neuron_binaries, logfile=args.logfile,
        verbose=args.verbose, ignored_flags=tuple(ignored))
