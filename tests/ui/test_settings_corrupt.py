"""A damaged settings file (gpuscope.ini) is kept aside as ``gpuscope.ini.corrupt-<time>``, the
window starts with defaults and says so once in its message bar; a sound file is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from gpuscope.ui import settings

#: what a damaged file may hold: an unclosed section header (QSettings' FormatError), binary
#: data (a crash mid-write, another program's file), NUL bytes in text, bytes that are not UTF-8
DAMAGED = {
    "unclosed-section": b"[selection\nmodel_id=qwen2.5-7b\ncontext=4096\n",
    "binary": bytes(range(256)) * 4,
    "nul": b"[selection]\nmodel_id=qwen2.5-7b\x00\x00\x00\n",
    "not-utf8": b"[selection]\nmodel_id=qwen2.5-7b\ncontext=\xff\xfe4096\n",
}
SOUND = b"[selection]\nmodel_id=qwen2.5-7b\ncontext=4096\n"


def _ini(config: Path, content: bytes) -> Path:
    path = Path(settings.settings().fileName())
    assert path.is_relative_to(config)  # the test's own settings folder
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_a_damaged_file_is_set_aside_and_defaults_load(isolated_settings: Path, kind: str) -> None:
    path = _ini(isolated_settings, DAMAGED[kind])
    remembered = settings.load()
    backups = list(path.parent.glob("gpuscope.ini.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == DAMAGED[kind]  # kept, byte for byte
    assert not path.exists()
    assert remembered == settings.Remembered()  # defaults, not half of the damaged file
    said = settings.take_notice().render()
    assert str(path) in said and str(backups[0]) in said and "defaults" in said
    assert settings.take_notice() is None  # told once
    settings.save(remembered)  # and the next save writes a sound file in its place
    assert settings.damage(path) is None and settings.load() == remembered


def test_a_sound_file_is_read_and_left_alone(isolated_settings: Path) -> None:
    path = _ini(isolated_settings, SOUND)
    remembered = settings.load()
    assert (remembered.model_id, remembered.context) == ("qwen2.5-7b", 4096)
    assert path.read_bytes() == SOUND and not list(path.parent.glob("*.corrupt-*"))
    assert settings.take_notice() is None


def test_the_window_tells_the_user_once(isolated_settings: Path, make_window) -> None:
    path = _ini(isolated_settings, DAMAGED["unclosed-section"])
    win = make_window("rtx4090.json")
    assert win.messages.isVisible()
    assert "was damaged" in win.messages.label.text() and str(path) in win.messages.label.text()
    assert win.state.model.id == settings.Remembered().model_id
    again = make_window("rtx4090.json")
    assert not again.messages.isVisible() or str(path) not in again.messages.label.text()
