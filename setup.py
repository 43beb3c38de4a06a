"""Ship ``resources/`` inside the wheel as ``cjm_designer/_resources`` (see resources.py)."""

from setuptools import find_namespace_packages, find_packages, setup

# Every folder of resources/ whose name is a package name is listed, or setuptools warns
# that package data lies in a package it was not told about.
RESOURCE_PACKAGES = [
    "cjm_designer._resources",
    *(f"cjm_designer._resources.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[*find_packages(include=["cjm_designer*"]), *RESOURCE_PACKAGES],
    package_dir={"cjm_designer._resources": "resources"},
    package_data={"cjm_designer._resources": ["**/*"]},
    include_package_data=True,
)
