"""What the window shows around the GPU source, in each language: the device chooser's labels
(also after a live switch), the snapshot's date in the user's locale, and this machine's NVML kept
apart from the snapshot's recorded driver."""

from __future__ import annotations

import pynvml
import pytest

from gpuscope.hardware.snapshot import load_snapshot
from gpuscope.ui.gpu_service import GpuService
from tests.fakes.presets import machine, rtx4090
from tests.ui.conftest import SNAPSHOTS

SNAPSHOT = "rtx4090.json"


def _recorded():
    return load_snapshot(SNAPSHOTS / SNAPSHOT)


def test_live_switch_relabels_the_gpu_chooser_and_keeps_the_selection(make_window, qtbot) -> None:
    from gpuscope.ui import actions
    from gpuscope.ui.i18n import translate

    win = make_window(SNAPSHOT, language="en")
    chooser = win.gpu_panel.chooser
    name = _recorded().devices[0].name
    assert chooser.currentText() == f"Snapshot #0: {name}"
    key, selected = chooser.currentData(), win.state.gpu_choice.key
    verdict_en = win.verdict.text()
    actions.set_language(win, "fr")
    qtbot.waitUntil(lambda: win.verdict.text() != verdict_en)
    french = translate("GpuChoices", "Snapshot #%1: %2").replace("%1", "0").replace("%2", name)
    assert french != f"Snapshot #0: {name}" and "\u00a0: " in french  # French punctuation
    assert chooser.itemText(chooser.findData(key)) == french
    assert chooser.currentText() == french  # the editable line shows it too
    assert chooser.currentData() == key and win.state.gpu_choice.key == selected
    catalogue = chooser.findData("catalogue:rtx-4090")
    assert chooser.itemText(catalogue) == "GeForce RTX 4090"  # product names stay
    from PySide6.QtWidgets import QToolButton

    arrow = win.plots.tabBar().findChild(QToolButton, "ScrollLeftButton")
    assert arrow.accessibleName() == translate("PlotTabs", "Scroll tabs left") != "Scroll Left"


@pytest.mark.parametrize(("language", "shown", "not_shown"), [
    ("fr", "12/11/2024 03:22\u00a0UTC", "2024-11-12T"),
    ("en", "11/12/24", "2024-11-12T"),
])
def test_snapshot_date_follows_the_locale(make_window, language, shown, not_shown) -> None:
    assert _recorded().captured_at == "2024-11-12T03:22:39Z"
    win = make_window(SNAPSHOT, language=language)
    banner = win.banner.text()
    assert shown in banner and not_shown not in banner
    assert banner.endswith(").") and "UTC" in banner


def test_cli_keeps_the_snapshot_date_in_iso_8601() -> None:
    from gpuscope.hardware.source import SnapshotSource

    text = SnapshotSource(_recorded()).describe().render()
    assert "taken 2024-11-12T03:22:39Z," in text


def _snapshot_window(make_window, qtbot, nvml):
    win = make_window(SNAPSHOT, service=GpuService(nvml=nvml))
    qtbot.waitUntil(lambda: win.report.local_status is not None, timeout=15000)
    return win


def test_snapshot_mode_shows_this_machines_nvml_beside_the_snapshots_driver(
        make_window, qtbot) -> None:
    from gpuscope.ui.about import about_text

    recorded = _recorded()
    win = _snapshot_window(make_window, qtbot, machine(rtx4090(), driver_version="555.42.02"))
    assert recorded.driver_version != "555.42.02"
    assert win.status_nvml.text() == "NVML on this machine: driver 555.42.02, CUDA 12.4"
    assert win.status_snapshot.isVisible()
    assert win.status_snapshot.text() == (
        f"Snapshot: driver {recorded.driver_version}, CUDA {recorded.cuda_driver_version}")
    assert win.gpu_panel.values["driver"].text() == f"{recorded.driver_version} (in the snapshot)"
    about = about_text(win.report)
    assert "available, driver 555.42.02" in about
    assert f"available, driver {recorded.driver_version}" not in about
    assert "Snapshot" in about and "example-rtx4090" in about


def test_snapshot_mode_on_a_machine_without_nvml_says_so(make_window, qtbot) -> None:
    from gpuscope.ui.about import about_text

    nvml = machine(rtx4090(), init_error=pynvml.NVML_ERROR_LIBRARY_NOT_FOUND)
    win = _snapshot_window(make_window, qtbot, nvml)
    assert win.status_nvml.text() == "NVML not available on this machine"
    assert "No NVIDIA driver found" in win.status_nvml.toolTip()
    assert win.status_snapshot.text().startswith("Snapshot: driver 550")
    about = about_text(win.report)
    assert "No NVIDIA driver found" in about and "available, driver" not in about


def test_live_mode_keeps_one_nvml_line(make_window, qtbot) -> None:
    win = make_window(service=GpuService(nvml=machine(rtx4090(), driver_version="555.42.02")))
    assert win.report.local_status is win.report.status
    assert win.status_nvml.text() == "NVML: driver 555.42.02, CUDA 12.4"
    assert not win.status_snapshot.isVisible()
    assert win.gpu_panel.values["driver"].text() == "555.42.02"
