"""Linux desktop integration: the .desktop entry, AppStream metainfo, MIME type and icons agree
with each other and with what the app sets, validate with the freedesktop tools, and install into
(and uninstall from) ``$XDG_DATA_HOME``."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from gpuscope import APP_ID
from tests.packaging_support import ROOT, smoke_markers

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
HICOLOR = LINUX / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install "
                    f"{'desktop-file-utils' if 'desktop' in name else 'appstream'})")
    return path


def test_desktop_entry_matches_what_the_app_sets(qapp) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from gpuscope.ui.app import create_application

    create_application()
    entry = _entry()
    # Qt's xcb plugin sets WM_CLASS to (argv[0] basename, applicationName()), and on Wayland the
    # app id to desktopFileName(): both must lead the shell back to this entry.
    assert entry["StartupWMClass"] == QCoreApplication.applicationName()
    assert QGuiApplication.desktopFileName() == DESKTOP.stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "gpuscope-gui" == entry["TryExec"]
    assert entry["Terminal"] == "false"
    for key in ("Keywords", "Keywords[fr]", "Comment", "Comment[fr]", "Categories"):
        assert entry[key], key
    assert "quantification" in entry["Keywords[fr]"]  # French words, not a copy of the English
    mime_types = {m.get("type") for m in ET.parse(MIME).getroot()}
    assert set(filter(None, entry["MimeType"].split(";"))) <= mime_types


def test_gguf_mime_type_matches_real_gguf_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime,) = ET.parse(MIME).getroot().findall("m:mime-type", ns)
    assert mime.find("m:glob", ns).get("pattern") == "*.gguf"
    match = mime.find("m:magic/m:match", ns)
    # GGUF files open with the four bytes "GGUF" (llama.cpp gguf spec); the gguf package agrees
    import gguf

    assert struct.pack("<I", gguf.GGUF_MAGIC) == match.get("value").encode() == b"GGUF"
    assert match.get("offset") == "0"


def test_metainfo_is_complete_and_bilingual() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert {s.get(lang) for s in root.findall("summary")} == {None, "fr"}
    assert {p.get(lang) for p in root.find("description").findall("p")} == {None, "fr"}
    shots = root.findall("screenshots/screenshot")
    assert shots and all(s.findtext("image").endswith(".png") for s in shots)
    for shot in shots:  # listed in docs/screenshots/README.md, where the images go
        name = shot.findtext("image").rsplit("/", 1)[1]
        assert name in (ROOT / "docs" / "screenshots" / "README.md").read_text(encoding="utf-8")
    from gpuscope import __version__

    assert root.find("releases/release").get("version") == __version__
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_icons_exist_in_every_size_and_the_scalable_one_is_the_app_icon(qapp) -> None:
    from PySide6.QtGui import QImage, QImageReader

    for size in SIZES:
        image = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corner
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "gpuscope.svg").read_bytes()
    ico = ROOT / "packaging" / "windows" / "gpuscope.ico"
    reserved, kind, count = struct.unpack("<HHH", ico.read_bytes()[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    if b"ico" in {bytes(f.data()) for f in QImageReader.supportedImageFormats()}:
        reader = QImageReader(str(ico))
        assert reader.imageCount() == count and not reader.read().isNull()
    icns = (ROOT / "packaging" / "macos" / "gpuscope.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_desktop_file_validates() -> None:
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                          text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--explain",
                           str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_install_script_installs_and_uninstalls_under_xdg_data_home(tmp_path) -> None:
    launcher = tmp_path / "My Apps" / "gpuscope-gui"  # a space: Exec must quote it
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = str(LINUX / "install-desktop.sh")
    done = subprocess.run(["sh", script, "--exec", str(launcher)], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / DESKTOP.name
    text = installed.read_text(encoding="utf-8")
    assert f'Exec="{launcher}" %f' in text and f"TryExec={launcher}\n" in text
    assert (data / "metainfo" / METAINFO.name).is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-mime-database"):  # the MIME database now knows *.gguf
        assert "application/x-gguf:*.gguf" in (data / "mime" / "globs2").read_text()

    done = subprocess.run(["sh", script, "--uninstall"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    left = [p for p in data.rglob(f"{APP_ID}*") if p.is_file()]
    assert left == []


@pytest.mark.slow
def test_x11_window_class_is_the_desktop_entrys(tmp_path) -> None:
    """Under a real X server the window's WM_CLASS class is StartupWMClass."""
    xvfb, xwininfo, xprop = (_tool("Xvfb"), _tool("xwininfo"), _tool("xprop"))
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x900x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fd:
            display = ":" + fd.readline().strip()
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "GPUSCOPE_SMOKE_QUIT_MS": "1500", "XDG_CONFIG_HOME": str(tmp_path),
               "PYTHONPATH": str(ROOT / "src")}
        app = subprocess.Popen([sys.executable, "-m", "gpuscope"], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = app.stdout.readline()
        if not first.startswith("GPUSCOPE_SMOKE ready"):
            app.kill()
            pytest.skip(f"the xcb platform plugin did not start: {app.communicate()[1][-300:]}")
        tree = subprocess.run([xwininfo, "-root", "-children"], env=env, capture_output=True,
                              text=True).stdout
        classes = []
        for wid in [w.split()[0] for w in tree.splitlines() if w.strip().startswith("0x")]:
            prop = subprocess.run([xprop, "-id", wid, "WM_CLASS"], env=env, capture_output=True,
                                  text=True).stdout
            if "=" in prop:
                classes.append([s.strip().strip('"') for s in prop.split("=", 1)[1].split(",")])
        out, _ = app.communicate(timeout=60)
        assert "quit" in smoke_markers(first + out)
    finally:
        server.terminate()
        server.wait(timeout=10)
    entry = _entry()
    assert [entry["StartupWMClass"]] == sorted({c[1] for c in classes if len(c) == 2})
