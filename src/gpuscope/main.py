"""Entry point: ``gpuscope VERB ...`` is the CLI; ``gpuscope [FILE] [--snapshot F]`` the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_cli(argv: Sequence[str]) -> bool:
    from gpuscope.cli.app import VERBS

    args = list(argv)
    # skip the global option and its value
    while args[:1] == ["--snapshot"] and len(args) >= 2:
        args = args[2:]
    if not args:
        return False
    first = args[0]
    return first in VERBS or first in ("-h", "--help", "--version") or (
        first.startswith("-") and not first.startswith("--snapshot=")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point: the CLI when a verb is given, the window otherwise."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(argv):
        from gpuscope.cli.app import run_cli

        return run_cli(argv)
    return gui_main(argv)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Window entry point (``gpuscope-gui``; no console on Windows)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        from gpuscope.ui.app import run_gui
    except ModuleNotFoundError as exc:  # the window is not built yet in this checkout
        print(f"gpuscope: the window is not available ({exc}); try 'gpuscope --help'",
              file=sys.stderr)
        return 1
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
