"""Entry points: one program, two faces.

``gpuscope VERB ...`` is the command line; ``gpuscope [--snapshot F] [--lang L] [MODEL]`` (no verb)
opens the window. ``gpuscope-gui`` always opens the window: on Windows it is the launcher built
without a console (``[project.gui-scripts]``), since one ``gpuscope.exe`` cannot be both.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: window options that take a value (``--lang fr`` or ``--lang=fr``)
WINDOW_OPTIONS = ("--snapshot", "--lang")

WINDOW_USAGE = """\
usage: gpuscope [--snapshot FILE] [--lang {system,en,fr}] [MODEL]
       gpuscope-gui [same options]   (no console window on Windows)

Opens the gpuscope window.

  MODEL                  a GGUF file or Hugging Face model folder to open
  --snapshot FILE        plan with a GPU snapshot file instead of live NVML
  --lang {system,en,fr}  language of the window (default: the saved choice, else the system's)
  --version              print the version and exit
  -h, --help             print this help and exit"""


def _strip_window_options(argv: Sequence[str]) -> list[str]:
    """argv without leading window options (and their values)."""
    args = list(argv)
    while args:
        first = args[0]
        if first in WINDOW_OPTIONS and len(args) >= 2:
            args = args[2:]
        elif any(first.startswith(f"{opt}=") for opt in WINDOW_OPTIONS):
            args = args[1:]
        else:
            break
    return args


def _wants_cli(argv: Sequence[str]) -> bool:
    from gpuscope.cli.verbs import VERBS

    args = _strip_window_options(argv)
    if not args:
        return False
    first = args[0]
    return first in VERBS or first.startswith("-")


def _print_cli_help() -> None:
    import argparse

    from gpuscope.cli.app import build_parser

    parser = build_parser()
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "Without a verb, gpuscope opens the window:\n\n" + WINDOW_USAGE
    parser.print_help()


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point (``gpuscope``): the CLI when a verb is given, the window otherwise."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["-h"], ["--help"]):
        _print_cli_help()
        return 0
    if _wants_cli(argv):
        from gpuscope.cli.app import run_cli

        return run_cli(argv)
    return gui_main(argv)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Window entry point (``gpuscope-gui``; no console on Windows)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "-h" in argv or "--help" in argv:
        print(WINDOW_USAGE + "\n\nThe command line is 'gpuscope VERB ...'; "
              "'gpuscope --help' lists the verbs.")
        return 0
    if "--version" in argv:
        from gpuscope import __version__

        print(f"gpuscope {__version__}")
        return 0
    try:
        from gpuscope.ui.app import run_gui
    except ModuleNotFoundError as exc:  # e.g. PySide6 missing from a broken install
        print(f"gpuscope: the window is not available ({exc}); try 'gpuscope --help'",
              file=sys.stderr)
        return 1
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
