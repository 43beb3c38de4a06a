"""CJM Designer: customer journey maps for consultants' workshops.

``from cjm_designer import load_map, save_map`` is the public Python API; the heavy parts
(PDF export, analysis) are imported only when first used, to keep start-up fast.
"""

from __future__ import annotations

from typing import Any

from .gc_pause import cyclic_gc_paused

with cyclic_gc_paused():  # importing makes thousands of objects and frees none
    from .model import *  # noqa: F403
    from .model import __all__ as _model_names

_LAZY = {
    "load_map": ("cjm_designer.io.yaml_format", "load_map"),
    "save_map": ("cjm_designer.io.yaml_format", "save_map"),
    "read_map": ("cjm_designer.io.yaml_format", "read_map"),
    "MapLoadError": ("cjm_designer.io.errors", "MapLoadError"),
    "export_pdf": ("cjm_designer.export.pdf", "export_pdf"),
    "__version__": ("cjm_designer.version", "__version__"),
}

__all__ = [*_model_names, *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module_name, attribute = _LAZY[name]
        return getattr(importlib.import_module(module_name), attribute)
    raise AttributeError(f"module 'cjm_designer' has no attribute {name!r}")
