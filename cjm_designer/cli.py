"""The ``cjm-designer`` command: the GUI with a file, or a headless subcommand.

Subcommands live one per module in ``cjm_designer/commands/``; each module has
``register(subparsers)``. Nothing here imports Qt unless the GUI is started, so the
headless commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from cjm_designer import commands
from cjm_designer.exit_codes import EXIT_INVALID, EXIT_USAGE
from cjm_designer.messages import text

LANGUAGES = ("en", "ru", "fi")


class _VersionAction(argparse.Action):
    """``--version``; the version is looked up only when asked for."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help=text("help.version"))

    def __call__(self, parser, namespace, values, option_string=None):
        from cjm_designer import version

        print(f"cjm-designer {version.__version__}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit with 2 and a one-line hint (its default too)."""


def command_modules() -> list[str]:
    modules = pkgutil.iter_modules(commands.__path__)
    return sorted(info.name for info in modules if not info.name.startswith("_"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cjm-designer",
        description=text("help.main.description"),
        epilog=text("help.main.epilog"),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=text("help.main.lang"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in command_modules():
        module = importlib.import_module(f"cjm_designer.commands.{name}")
        module.register(subparsers)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cjm-designer", description=text("help.gui.description"))
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("file", nargs="?", help=text("help.gui.file"))
    parser.add_argument("--screenshot", metavar="OUT.png", help=text("help.gui.screenshot"))
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help=text("help.gui.size"))
    parser.add_argument("--presentation", action="store_true", help=text("help.gui.presentation"))
    parser.add_argument("--lang", choices=["en", "ru", "fi"], help=text("help.gui.lang"))
    return parser


def _is_subcommand(argv: Sequence[str]) -> bool:
    """Tell ``cjm-designer validate x`` from ``cjm-designer map.cjm.yaml`` cheaply.

    Command names are plain words; a file to open has a suffix or a folder in it, or
    exists. Deciding without building the subcommand parser keeps GUI start-up from
    importing every command module.
    """
    if not argv:
        return False
    first = argv[0]
    if first in ("-h", "--help"):
        return True
    return not (
        first.startswith("-") or any(mark in first for mark in "./\\") or Path(first).exists()
    )


def take_language(args: list[str]) -> tuple[str | None, list[str]]:
    """Pull a top-level ``--lang X`` (or ``--lang=X``) out of the arguments.

    It may stand anywhere before or after the command; ``new --lang`` keeps it too, since
    there it also picks the template's language.
    """
    language, rest, keep = None, [], "new" in args[:1]
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        if arg == "--lang" and index + 1 < len(args):
            language = args[index + 1]
            if keep:
                rest += args[index : index + 2]
            index += 2
            continue
        if arg.startswith("--lang="):
            language = arg.split("=", 1)[1]
            if keep:
                rest.append(arg)
            index += 1
            continue
        rest.append(arg)
        index += 1
    return language, rest


def choose_language(requested: str | None, environ=None) -> str:
    """``--lang`` if it names a language we ship, else LC_ALL / LC_MESSAGES / LANG; also
    makes argparse's own words ("usage:", "options", its errors) speak that language."""
    from cjm_designer import messages

    if requested in messages.LANGUAGES:
        language = messages.set_language(requested)
    else:
        language = messages.set_language(messages.language_from_environment(environ))
    _translate_argparse()
    return language


def _translate_argparse() -> None:
    """argparse looks its words up through ``gettext``; answer from our catalogue.

    Its msgids are registered as ``argparse.*`` codes in messages/texts.py (exactly as
    Python writes them); anything else it says passes through in English.
    """
    from cjm_designer import messages

    by_text = {
        source: code
        for code, source in messages.TEXTS.items()
        if code.startswith("argparse.") and isinstance(source, str)
    }

    def gettext(source: str) -> str:
        code = by_text.get(source)
        return source if code is None else messages.catalogue_text(code)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def use_utf8_output() -> None:
    """Print UTF-8 whatever the console or pipe expects, never crash on a character.

    On Windows a pipe or a file gets the ANSI code page (cp1252 in Western Europe), which
    has no Cyrillic, no arrows and no emoji; git pipes its merge and diff drivers, so
    printing a Russian stage name would end in UnicodeEncodeError. UTF-8 is what git, PowerShell
    7 and every editor read; ``errors="replace"`` covers lone surrogates from odd file
    names. Streams that are absent (the windowed launcher) or not text files are left.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):  # already read from, or detached: keep it as it is
            continue


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    language, command_args = take_language(args_list)
    if _is_subcommand(command_args):
        choose_language(language)
        if language is not None and language not in LANGUAGES and command_args[:1] != ["new"]:
            print(
                f"cjm-designer: --lang: {language!r} is not one of {', '.join(LANGUAGES)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        return run_command(command_args)
    choose_language(language)  # for --help; the window then picks its own language
    gui_args = build_gui_parser().parse_args(args_list)
    return gui_main_with(gui_args)


def run_command(args_list: list[str]) -> int:
    """A subcommand with its output made terminal-safe and a closed pipe taken quietly."""
    from cjm_designer.commands._terminal import SafeStream

    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        args = build_parser().parse_args(args_list)
        code = int(args.handler(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # "analyze | head": the reader left. Say nothing; point stdout at /dev/null so
        # the interpreter's final flush does not raise again.
        _silence_stdout(out)
        return EXIT_INVALID
    finally:
        sys.stdout, sys.stderr = out, err


def _silence_stdout(stream) -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def gui_main_with(args: argparse.Namespace) -> int:
    from cjm_designer.ui.app import run_gui

    return run_gui(args)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
