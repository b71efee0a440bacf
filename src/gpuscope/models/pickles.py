"""Recognise pickled PyTorch checkpoints (never unpickled: loading one can run arbitrary code).

A ``.bin``/``.pt``/``.pth``/``.ckpt`` file is a pickle (protocol 2+ starts with byte 0x80) or a
zip archive holding one (``torch.save`` since PyTorch 1.6 starts with ``PK\\x03\\x04``). gpuscope
refuses them with an explanation and points to safetensors or GGUF instead.
"""

from __future__ import annotations

from pathlib import Path

from gpuscope.errors import InputError
from gpuscope.models import file_errors as fe
from gpuscope.text import QT_TRANSLATE_NOOP

PICKLE_SUFFIXES = frozenset({".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle"})

_REFUSED = QT_TRANSLATE_NOOP(
    "Import",
    "a pickled PyTorch checkpoint: gpuscope never opens pickles, because loading one can run "
    "any code hidden in it. Use the model's safetensors or GGUF files (most repositories ship "
    "them), or convert it with a trusted tool",
)
_ONLY_PICKLES = QT_TRANSLATE_NOOP(
    "Import",
    "this folder holds only pickled PyTorch weights ({name}); gpuscope never opens pickles, "
    "because loading one can run any code hidden in it. Download the safetensors or GGUF version",
)


def looks_pickled(path: Path, head: bytes) -> bool:
    """Whether a file is a pickle or a torch zip, by name or first bytes."""
    if head[:4] == b"PK\x03\x04" or (len(head) > 1 and head[0] == 0x80 and 2 <= head[1] <= 5):
        return True
    return path.suffix.lower() in PICKLE_SUFFIXES and not head.startswith((b"GGUF", b"{"))


def refuse_pickle(path: Path) -> InputError:
    return fe.file_error(path, _REFUSED())


def refuse_pickle_folder(folder: Path, example: Path) -> InputError:
    return fe.file_error(folder, _ONLY_PICKLES(name=example.name))


def pickle_files(folder: Path, limit: int = 4096) -> list[Path]:
    """Pickle-looking weight files directly in ``folder`` (by suffix; nothing is opened)."""
    out = []
    try:
        for i, p in enumerate(folder.iterdir()):
            if i >= limit:
                break
            if p.suffix.lower() in PICKLE_SUFFIXES and p.name != "training_args.bin":
                out.append(p)
    except OSError:
        return []
    return sorted(out)
