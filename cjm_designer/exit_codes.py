"""The command line's exit codes, in one place (README documents them).

0: done. 1: the input was invalid or the work failed (a bad map, an unwritable file);
the message says which. 2: the command line itself was wrong (unknown option, missing
argument), as argparse does.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1
"""A map did not validate, or a file could not be read or written."""
EXIT_FAILED = EXIT_INVALID
"""The same code, where "failed" reads better than "invalid" (a room that cannot start)."""
EXIT_USAGE = 2
