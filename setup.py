"""Ship ``resources/`` inside the wheel as ``cjm_designer/_resources`` (see resources.py)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["cjm_designer*"]), "cjm_designer._resources"],
    package_dir={"cjm_designer._resources": "resources"},
    package_data={"cjm_designer._resources": ["**/*"]},
    include_package_data=True,
)
