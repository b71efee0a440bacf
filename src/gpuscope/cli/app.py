"""Argument parsing and verb dispatch for ``gpuscope VERB ...``.

Exit status: 0 success; 1 a runtime failure the user cannot fix by retyping (an
unreadable file, NVML failing mid-read: what could be read is still printed); 2 bad input
(unknown model, quantization or GPU; invalid value; malformed file). Every failure prints one
clear line on stderr, no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from gpuscope import __version__
from gpuscope.cli.verbs import VERBS
from gpuscope.errors import GpuscopeError


def available_verbs() -> dict[str, object]:
    """Verb modules that exist in this build (later features add theirs to VERBS)."""
    mods: dict[str, object] = {}
    for verb, name in VERBS.items():
        try:
            mods[verb] = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return mods


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gpuscope",
        description="What can this NVIDIA GPU do, will this model fit, and how fast will it run? "
        "Without a verb, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"gpuscope {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="log what NVML and the readers report (on stderr)")
    parser.add_argument(
        "--snapshot", metavar="FILE",
        help="use a GPU snapshot file instead of live NVML (see 'gpuscope snapshot save')",
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for module in available_verbs().values():
        module.add_parser(sub)  # type: ignore[attr-defined]
    return parser


def one_line(text: str) -> str:
    """``text`` with control characters (from a file name the user typed, say) escaped: one
    line on the terminal, and no escape sequence from data reaches it."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def _configure_logging(verbose: bool) -> None:
    """Quiet by default: failures reach the user as one line from the verb, not as log records."""
    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL,
                        format="gpuscope: %(levelname)s: %(message)s", stream=sys.stderr)


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    _configure_logging(bool(getattr(args, "verbose", False)))
    if not args.verb:
        parser.print_help()
        return 0
    module = available_verbs()[args.verb]
    from gpuscope.cli.common import report_failures

    report_failures(())  # nothing failed yet in this run
    try:
        return int(module.run(args) or 0)  # type: ignore[attr-defined]
    except GpuscopeError as exc:
        print(f"gpuscope: {one_line(exc.message.render())}", file=sys.stderr)
        from gpuscope.cli.common import failure_reported

        # a GPU lost while read (already told) is why the verb could not go on: a run-time
        # failure (1), not bad input (2)
        return 1 if failure_reported() else exc.exit_code
    except BrokenPipeError:
        return 0
