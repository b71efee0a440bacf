"""Entry points: which face (CLI or window) an argument list gets, --help and --version."""

from __future__ import annotations

import pytest

from gpuscope import __version__
from gpuscope.main import _wants_cli, gui_main, main


@pytest.mark.parametrize(("argv", "cli"), [
    ([], False),
    (["model.gguf"], False),
    (["--lang", "fr"], False),
    (["--lang=fr", "--snapshot", "s.json", "model.gguf"], False),
    (["--snapshot", "s.json"], False),
    (["detect"], True),
    (["--snapshot", "s.json", "detect", "--json"], True),
    (["--version"], True),
    (["--help"], True),
    (["--no-such-option"], True),  # the CLI parser reports it; the window would ignore it
])
def test_a_verb_or_an_option_selects_the_cli(argv, cli) -> None:
    assert _wants_cli(argv) is cli


def test_version_from_either_launcher(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert gui_main(["--version"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"gpuscope {__version__}"] * 2


def test_help_lists_the_verbs_and_the_window_options(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("estimate", "detect", "gpus", "models", "snapshot", "--lang", "gpuscope-gui"):
        assert word in out
    assert gui_main(["--help"]) == 0  # the window's help, without starting Qt
    out = capsys.readouterr().out
    assert "--lang {system,en,fr}" in out and "gpuscope --help" in out
