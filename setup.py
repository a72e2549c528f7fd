"""Map the top-level source folders (compiler/, clients/, daemon/, proto/) to the ``nccd.*`` packages.

Everything else lives in pyproject.toml; setuptools cannot express a folder-to-package
mapping for whole package trees there without listing every subpackage.
"""

from setuptools import find_packages, setup

TOP_LEVEL = ("compiler", "clients", "daemon", "proto")

packages = [f"nccd.{pkg}" for top in TOP_LEVEL for pkg in find_packages(include=[top, f"{top}.*"])]
setup(packages=packages, package_dir={f"nccd.{top}": top for top in TOP_LEVEL})
