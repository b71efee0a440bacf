"""No code execution from data: an audit of src/ and a check that caches cannot lead out.

The audit reads every module's syntax tree (so comments and docstrings that *mention* pickle are
fine) and fails on: importing a deserialiser that can run code (pickle and friends, marshal,
shelve, YAML, joblib, torch), calling ``eval`` / ``exec`` / ``compile`` / ``__import__``,
``numpy.load(..., allow_pickle=True)``, a shell (``os.system``, ``os.popen``, ``shell=True``), or
``importlib.import_module`` on a computed name outside the CLI's fixed verb registry.
"""

from __future__ import annotations

import ast
import importlib.util
import os
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "gpuscope"
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "pickletools", "dill", "cloudpickle",
                     "shelve", "marshal", "yaml", "ruamel", "joblib", "torch", "jsonpickle"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
SHELL_CALLS = {("os", "system"), ("os", "popen"), ("os", "execl"), ("os", "execlp"),
               ("os", "execv"), ("os", "execvp"), ("os", "spawnl")}
#: modules allowed to import by a computed name: each from a fixed registry of its own (the CLI's
#: VERBS, the window's lazily built plot tabs)
DYNAMIC_IMPORT_OK = {"cli/app.py", "ui/plot_tabs.py"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _problems(path: Path) -> list[str]:
    rel = path.relative_to(SRC).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            found += [f"{where} imports {a.name}" for a in node.names
                      if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in FORBIDDEN_MODULES:
                found.append(f"{where} imports from {node.module}")
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            keywords = {k.arg: k.value for k in node.keywords}
            if name in FORBIDDEN_CALLS:
                found.append(f"{where} calls {name}()")
            if tuple(name.split(".")[-2:]) in SHELL_CALLS:
                found.append(f"{where} runs a shell ({name})")
            shell = keywords.get("shell")
            if isinstance(shell, ast.Constant) and shell.value is True:
                found.append(f"{where} passes shell=True")
            pickle = keywords.get("allow_pickle")
            if name.endswith(".load") and not (isinstance(pickle, ast.Constant)
                                               and pickle.value is False) and pickle is not None:
                found.append(f"{where} {name}(allow_pickle=...)")
            if name.endswith("import_module") and rel not in DYNAMIC_IMPORT_OK and not (
                    node.args and isinstance(node.args[0], ast.Constant)):
                found.append(f"{where} imports a computed module name")
    return found


def test_src_never_runs_code_from_data() -> None:
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 50
    problems = [p for f in files for p in _problems(f)]
    assert problems == []


def test_the_audit_can_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "gpuscope"
    bad.mkdir()
    (bad / "evil.py").write_text(
        '"""Mentions pickle.load in a docstring: fine."""\n'
        "import pickle  # not fine\nimport numpy as np\nimport subprocess\n"
        "x = eval('1')\nnp.load('f', allow_pickle=True)\n"
        "subprocess.run('ls', shell=True)\n"
        "import importlib\nimportlib.import_module(x)\n")
    monkeypatch.setattr("tests.test_no_code_execution.SRC", bad)
    said = "\n".join(_problems(bad / "evil.py"))
    for words in ("imports pickle", "calls eval()", "np.load(allow_pickle", "shell=True",
                  "computed module name"):
        assert words in said
    assert "evil.py:1 " not in said  # the docstring is not code


HAS_SCAN = importlib.util.find_spec("gpuscope.models.cache_scan") is not None


@pytest.mark.skipif(not HAS_SCAN, reason="the cache scan (branch 'importers') is not merged yet")
def test_a_cache_cannot_lead_the_scan_out_of_its_folder(tmp_path: Path) -> None:
    from gpuscope.models.cache_scan import ScanRoot, scan

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.gguf").write_bytes(b"GGUF" + b"\0" * 60)
    (outside / "config.json").write_text('{"architectures": ["LlamaForCausalLM"]}')
    root = tmp_path / "hub"
    commit = "0" * 40
    repo = root / "models--evil--escape"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    (repo / "snapshots").mkdir()
    os.symlink(outside, repo / "snapshots" / commit)  # the snapshot itself points outside
    other = root / "models--evil--files" / "snapshots" / commit
    other.mkdir(parents=True)
    os.symlink(outside / "secret.gguf", other / "model.gguf")  # a file pointing outside
    os.symlink("../../../../../outside/config.json", other / "config.json")
    top = root.resolve()
    for model in scan([ScanRoot("huggingface", root)], read_specs=False):
        if model.error is None:
            assert model.path.resolve().is_relative_to(top), model
