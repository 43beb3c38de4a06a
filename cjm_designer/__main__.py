"""``python -m cjm_designer`` is the same as the ``cjm-designer`` command."""

import sys

from cjm_designer.cli import main

sys.exit(main())
