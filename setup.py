"""Map the top-level source folders (compiler/, clients/, daemon/, proto/) to the ``nccd.*`` packages,
and compile the front end's hot modules with mypyc in a regular build.

Everything else lives in pyproject.toml; setuptools cannot express a folder-to-package
mapping for whole package trees there without listing every subpackage.

mypyc (it ships inside the ``mypy`` wheel, a build requirement) turns :data:`MYPYC_MODULES` into C
extensions that sit beside their ``.py`` sources, which stay in the wheel: Python imports the
extension where it exists, the source where it does not.

* A regular build (``pip install .``, a wheel) compiles them. The extensions are optional: where
  they cannot be compiled (no C compiler), setuptools warns and the package installs as pure Python.
* An editable install (``pip install -e .``) stays pure Python, so that an edit takes effect,
  unless ``NCCD_MYPYC=1`` asks for compiled modules in place (rebuild after each edit).
* ``NCCD_MYPYC=0`` gives pure Python everywhere; ``NCCD_MYPYC=1`` also makes any failure to
  compile an error instead of a warning (CI sets it: the product users get must be the compiled one).
"""

import os
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

TOP_LEVEL = ("compiler", "clients", "daemon", "proto")

#: What ``diagnose`` of a large module spends its time in: parsing, the verifier and its shape
#: rules, the operator-support checker and the fingerprint. Each must keep its annotations true:
#: compiled code checks them at run time (a lie is a TypeError).
MYPYC_MODULES = (
    "compiler/hlo/parser.py",
    "compiler/hlo/loader.py",
    "compiler/ir/attrs.py",
    "compiler/ir/fingerprint.py",
    "compiler/ir/limits.py",
    "compiler/ir/module.py",
    "compiler/ir/shape_rules.py",
    "compiler/ir/shapes.py",
    "compiler/ir/verifier.py",
    "compiler/ir/verifier_module.py",
    "compiler/targets/support.py",
    "compiler/analysis/diagnose.py",
)

#: The shared library holding every compiled module (each module's own extension is a small shim
#: that loads it); inside the package, so that an in-place build imports it too.
MYPYC_GROUP = "nccd.compiler.native"

#: The commands that build code; the others (egg_info, dist_info, sdist) need no compiled modules.
_BUILDING = {"build", "build_ext", "bdist_wheel", "install", "editable_wheel", "develop"}
_EDITABLE = {"editable_wheel", "develop"}

ROOT = Path(__file__).resolve().parent


def mypyc_setting() -> str:
    setting = os.environ.get("NCCD_MYPYC", "")
    if setting not in ("", "0", "1"):
        sys.exit(f"NCCD_MYPYC must be 0 (pure Python) or 1 (compiled), not {setting!r}")
    return setting


def wants_mypyc(commands: list[str], setting: str) -> bool:
    if setting == "0" or not _BUILDING & set(commands):
        return False
    if _EDITABLE & set(commands):  # PEP 660 (editable_wheel) or the legacy `setup.py develop`
        return setting == "1"
    return True


def remove_in_place_builds() -> None:
    """The compiled modules an earlier ``NCCD_MYPYC=1 pip install -e .`` left beside their sources:
    Python would import them, not the edited .py, in a pure-Python editable install."""
    from importlib.machinery import EXTENSION_SUFFIXES

    group_top, _, group_leaf = MYPYC_GROUP.removeprefix("nccd.").rpartition(".")
    stems = [m.removesuffix(".py") for m in MYPYC_MODULES] + [f"{group_top.replace('.', '/')}/{group_leaf}__mypyc"]
    for stem in stems:
        for suffix in EXTENSION_SUFFIXES:
            path = ROOT / f"{stem}{suffix}"
            if path.exists():
                print(f"removing {path.relative_to(ROOT)}: a pure-Python editable install", file=sys.stderr)
                path.unlink()


def stage() -> Path:
    """A tree of symbolic links laid out as the installed package (build/mypyc/src/nccd/compiler
    -> compiler/, ...): mypyc names a module after its path, and these must be nccd.compiler.*."""
    base = ROOT / "build" / "mypyc" / "src"
    (base / "nccd").mkdir(parents=True, exist_ok=True)
    for top in TOP_LEVEL:
        link = base / "nccd" / top
        if not link.is_symlink():
            link.symlink_to(ROOT / top, target_is_directory=True)
    return base


def mypyc_extensions(setting: str) -> list:
    """The compiled modules' extensions, optional unless NCCD_MYPYC=1; none (with a warning) where
    mypyc is missing or refuses the code, unless NCCD_MYPYC=1 makes that an error."""
    try:
        from mypyc.build import mypycify
    except ImportError:
        if setting == "1":
            raise
        print("warning: mypyc is not installed: nccd builds as pure Python", file=sys.stderr)
        return []
    base = stage()
    cwd = os.getcwd()
    os.chdir(base)  # the package base mypy resolves module names from (explicit_package_bases)
    try:
        extensions = mypycify(
            ["--config-file", str(ROOT / "pyproject.toml"), *(f"nccd/{m}" for m in MYPYC_MODULES)],
            opt_level="3", target_dir=str(ROOT / "build" / "mypyc" / "c"), group_name=MYPYC_GROUP)
    except (Exception, SystemExit) as exc:  # mypyc reports a type error and exits
        if setting == "1":
            raise
        print(f"warning: mypyc could not compile nccd ({exc!r}): it builds as pure Python", file=sys.stderr)
        return []
    finally:
        os.chdir(cwd)
    for ext in extensions:
        ext.optional = setting != "1"
        ext._nccd_mypyc = True
    return extensions


class BuildExt(build_ext):
    """The compiled modules all or none: each module's extension is a shim that loads the shared
    library, and compiled modules call one another directly, so when one of them fails to build
    (an optional extension: setuptools warns and goes on), the others are removed as well."""

    _mypyc_failed = False

    def build_extension(self, ext) -> None:
        try:
            super().build_extension(ext)
        except Exception:
            if getattr(ext, "_nccd_mypyc", False):
                self._mypyc_failed = True
            raise

    def build_extensions(self) -> None:
        super().build_extensions()
        if self._mypyc_failed:
            for ext in self.extensions:
                if getattr(ext, "_nccd_mypyc", False):
                    Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = [ext for ext in self.extensions if not getattr(ext, "_nccd_mypyc", False)]
            print("warning: the mypyc-compiled modules did not build: nccd installs as pure Python",
                  file=sys.stderr)


setting = mypyc_setting()
if _EDITABLE & set(sys.argv[1:]) and not wants_mypyc(sys.argv[1:], setting):
    remove_in_place_builds()
packages = [f"nccd.{pkg}" for top in TOP_LEVEL for pkg in find_packages(include=[top, f"{top}.*"])]
setup(packages=packages, package_dir={f"nccd.{top}": top for top in TOP_LEVEL},
      ext_modules=mypyc_extensions(setting) if wants_mypyc(sys.argv[1:], setting) else [],
      cmdclass={"build_ext": BuildExt})
