"""Headless subcommands of ``cjm-designer``, one module each, discovered by cli.py."""
