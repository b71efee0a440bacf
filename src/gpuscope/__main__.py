"""``python -m gpuscope``."""

import sys

from gpuscope.main import main

sys.exit(main())
