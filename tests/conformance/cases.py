"""XLA's parser and verifier tests (../shared/corpus/xla-tests) as conformance cases.

Each case pairs the manifest's entry (group, the test's expectation, notes on configuration
the text does not carry) with the committed oracle (oracle.json, written by
generate_oracle.py from XLA's C++ parser in jaxlib 0.10.2): whether XLA's parser accepts the
text, where it puts its first error, and fingerprints of XLA's re-print of the module. From
both, :attr:`Case.expect` says what our front end must do with the text.
"""

from __future__ import annotations

import enum
import gzip
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "xla-tests"
ORACLE = Path(__file__).with_name("oracle.json")
#: How to rebuild oracle.json (from the repository root, in the project's venv).
REGENERATE = "NCC_JAX_PYTHON=/work/venvs/jax/bin/python python -m tests.conformance.generate_oracle"
#: Characters of the hex fingerprints the oracle keeps (64 bits tell 1,261 modules apart).
FINGERPRINT_CHARS = 16


class Expect(enum.Enum):
    VALID = "valid"                # XLA's parser accepts it and it verifies
    PARSE_ERROR = "parse-error"    # XLA's parser rejects it
    VERIFY_ERROR = "verify-error"  # XLA's parser accepts it, XLA's verifier rejects it


@dataclass(frozen=True)
class Case:
    name: str
    group: str
    file: str
    stage: str                       # what the XLA test checks: parse, verify or parse+verify
    manifest_expected: str           # valid / invalid / unknown (hlo_file cases)
    error_substr: tuple[str, ...]    # what the XLA test expects the error to contain
    notes: tuple[str, ...]           # configuration the text does not carry
    verifier_config: str | None      # "fixture", or "custom:..." for non-default verifier options
    sha1: str
    oracle: dict = field(default_factory=dict, compare=False)
    #: Why XLA's verifier rejects this text although its test reads it (docs/conformance.md,
    #: "Files XLA's verifier rejects"); None for the others.
    xla_verifier_rejects: str | None = None

    @property
    def path(self) -> Path:
        return CORPUS / self.file

    def data(self) -> bytes:
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.file.endswith(".gz") else data

    def text(self) -> str:
        return self.data().decode("utf-8")

    @property
    def xla_accepts(self) -> bool:
        return self.oracle["xla"] == "accept"

    @property
    def expect(self) -> Expect:
        if not self.xla_accepts:
            return Expect.PARSE_ERROR
        if self.manifest_expected == "invalid" and "verify" in self.stage:
            return Expect.VERIFY_ERROR
        if self.xla_verifier_rejects is not None:
            return Expect.VERIFY_ERROR
        # A text XLA's parser accepts is meant to verify unless its test says otherwise
        # (hlo_file cases have no expectation; their modules are test inputs).
        return Expect.VALID

    @property
    def verification_claimed(self) -> bool:
        """Whether the case says anything about verification: XLA's verifier runs in its test, or
        the text is a module XLA keeps as a test input (hlo_file). The parser tests that parse
        unverified (stage "parse") make no claim: some texts are meant to be invalid modules."""
        return "verify" in self.stage or self.group == "hlo_file"

    @property
    def xla_line(self) -> int | None:
        return self.oracle.get("line")

    @property
    def xla_column(self) -> int | None:
        return self.oracle.get("column")

    @property
    def cause_codes(self) -> tuple[str, ...] | None:
        """Our diagnostic codes that name the cause XLA gives, or None if the oracle has none."""
        codes = self.oracle.get("codes")
        return tuple(codes) if codes else None

    @property
    def reprint_fingerprint(self) -> str | None:
        """Our fingerprint of XLA's re-print of the module (None: our parser rejects the re-print);
        where that re-print is not the module (``reprint_unfaithful``: XLA rejects it or reads it
        as another module), our fingerprint of XLA's HloModuleProto of the module instead."""
        if self.oracle.get("reprint_unfaithful"):
            return self.oracle.get("proto")
        return self.oracle.get("reprint")


@cache
def load_oracle() -> dict:
    return json.loads(ORACLE.read_text()) if ORACLE.exists() else {"cases": {}}


@cache
def load_cases() -> tuple[Case, ...]:
    """Every case of the manifest, in its order, with its oracle entry (empty if none)."""
    from .expected_failures import verifier_rejects  # reads docs/conformance.md; imports this module

    manifest = json.loads((CORPUS / "manifest.json").read_text())
    oracle = load_oracle()["cases"]
    rejects = verifier_rejects()
    return tuple(Case(c["name"], c["group"], c["file"], c["stage"], c["expected"],
                      tuple(c.get("error_substr", ())) or tuple(filter(None, [rejects.get(c["name"])])),
                      tuple(c.get("notes", ())), c.get("verifier_config"), c["sha1"],
                      oracle.get(c["name"], {}), rejects.get(c["name"]))
                 for c in manifest["cases"])


def corpus_present() -> bool:
    return (CORPUS / "manifest.json").is_file()


def short_fingerprint(fp: str) -> str:
    return fp[:FINGERPRINT_CHARS]
