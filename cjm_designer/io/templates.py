"""Built-in templates: stage sets from the source articles, in their languages.

Files are ``resources/templates/NAME.LANG.cjm.yaml``; a template is the same format as
any map, so users can add their own by copying one.
"""

from __future__ import annotations

from pathlib import Path

from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record
from cjm_designer.resources import resource_path

from .yaml_format import load_map

SUFFIX = ".cjm.yaml"


@record(slots=False)
class Template(Record):
    """A bundled starting map offered by File > New from Template, in one language."""

    name: str
    language: str
    path: Path

    def load(self) -> JourneyMap:
        return load_map(self.path)


def available_templates() -> list[Template]:
    folder = resource_path("templates")
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        stem = path.name[: -len(SUFFIX)]
        name, _, language = stem.rpartition(".")
        if name and language:
            found.append(Template(name, language, path))
    return found


def template_names() -> list[str]:
    return sorted({template.name for template in available_templates()})


class UnknownTemplateError(LookupError):
    pass


def find_template(name: str, language: str | None = None) -> Template:
    """The template in the wanted language, else English, else its source language."""
    matches = [t for t in available_templates() if t.name == name]
    if not matches:
        known = ", ".join(template_names()) or Message("io.none")
        raise UnknownTemplateError(Message("io.no-template", name=name, known=known))
    by_language = {t.language: t for t in matches}
    for wanted in (language, "en"):
        if wanted and wanted in by_language:
            return by_language[wanted]
    return matches[0]


def new_map_from_template(name: str, language: str | None = None) -> JourneyMap:
    return find_template(name, language).load()
