"""Entry script of the standalone build: the same dispatch as the installed ``gpuscope`` command.

A verb runs the CLI, no verb opens the window (see gpuscope.main). On Windows the build makes two
executables from this script: ``gpuscope.exe`` without a console and ``gpuscope-cli.exe`` with one.
"""

import sys

from gpuscope.main import main

if __name__ == "__main__":
    sys.exit(main())
