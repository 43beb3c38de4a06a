"""The foundation's headless commands: new, templates, validate, info, convert."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cjm_designer.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.templates import (
    UnknownTemplateError,
    available_templates,
    find_template,
)
from cjm_designer.io.yaml_format import save_map
from cjm_designer.messages import localize, number, reason_of, text
from cjm_designer.model import Kind

from ._common import load_or_report, refuse_locked


def register(subparsers) -> None:
    new = subparsers.add_parser("new", help=text("help.new"))
    new.add_argument("--template", default="blank", help=text("help.new.template"))
    new.add_argument("--lang", help=text("help.new.lang"))
    new.add_argument("-o", "--output", required=True, help=text("help.new.output"))
    new.add_argument("--force", action="store_true", help=text("help.new.force"))
    new.set_defaults(handler=run_new)

    templates = subparsers.add_parser("templates", help=text("help.templates"))
    templates.add_argument("--json", action="store_true", help=text("help.templates.json"))
    templates.set_defaults(handler=run_templates)

    validate = subparsers.add_parser("validate", help=text("help.validate"))
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--quiet", "-q", action="store_true", help=text("help.validate.quiet"))
    validate.set_defaults(handler=run_validate)

    info = subparsers.add_parser("info", help=text("help.info"))
    info.add_argument("file", metavar="FILE")
    info.add_argument("--json", action="store_true", help=text("help.info.json"))
    info.set_defaults(handler=run_info)

    convert = subparsers.add_parser(
        "convert",
        help=text("help.convert"),
    )
    convert.add_argument("input", metavar="IN", help=text("help.convert.input"))
    convert.add_argument(
        "-o", "--output", required=True, metavar="OUT", help=text("help.convert.output")
    )
    convert.add_argument("--force", action="store_true", help=text("help.convert.force"))
    convert.set_defaults(handler=run_convert)


def run_new(args) -> int:
    output = Path(args.output)
    if output.exists() and not args.force:
        print(text("cli.exists", path=str(output)), file=sys.stderr)
        return EXIT_USAGE
    if refuse_locked(str(output), args.force):
        return EXIT_USAGE
    try:
        template = find_template(args.template, args.lang)
    except UnknownTemplateError as error:
        print(f"cjm-designer new: {localize(reason_of(error))}", file=sys.stderr)
        return EXIT_USAGE
    journey = template.load()
    try:
        save_map(journey, output)
    except MapSaveError as error:
        print(localize(error), file=sys.stderr)
        return EXIT_INVALID
    print(
        text("cli.new.done", path=str(output), template=template.name, language=template.language)
    )
    return EXIT_OK


def run_templates(args) -> int:
    rows = []
    for template in available_templates():
        journey = template.load()
        rows.append(
            {
                "name": template.name,
                "language": template.language,
                "title": journey.title,
                "stages": [stage.name for stage in journey.stages],
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        stages = " → ".join(row["stages"]) or text("cli.templates.no-stages")
        print(f"{row['name']:<16} {row['language']:<3} {row['title']}: {stages}")
    return EXIT_OK


def run_validate(args) -> int:
    status = EXIT_OK
    for name in args.files:
        result = load_or_report(name)
        if result is None:
            status = EXIT_INVALID
        elif not args.quiet:
            print(text("cli.valid", file=name))
    return status


def counts(journey) -> dict[str, int]:
    return {kind.value: len(journey.items(kind)) for kind in Kind if kind is not Kind.ROW}


def run_info(args) -> int:
    result = load_or_report(args.file)
    if result is None:
        return EXIT_INVALID
    journey = result.map
    summary = {"title": journey.title, "language": journey.language, **counts(journey)}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(text("cli.info.title", file=args.file, title=journey.title))
    labels = {key: text(f"cli.info.{key}") for key in summary if key != "title"}
    width = max(12, *(len(label) + 1 for label in labels.values()))
    for key, label in labels.items():
        value = summary[key]
        shown = number(value) if isinstance(value, int) else value
        print(f"  {label:<{width}} {shown}")
    return EXIT_OK


def run_convert(args) -> int:
    from cjm_designer.io.converters import ConversionError, read_any, write_any

    if refuse_locked(args.output, args.force):
        return EXIT_USAGE
    try:
        journey = read_any(args.input)
        write_any(journey, args.output)
    except ConversionError as error:
        print(localize(error), file=sys.stderr)
        return EXIT_INVALID
    print(text("cli.written", path=args.output))
    return EXIT_OK
