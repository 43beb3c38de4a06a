"""Start CJM Designer from a source checkout: ``python main.py [FILE]``."""

import sys

from cjm_designer.cli import main

if __name__ == "__main__":
    sys.exit(main())
