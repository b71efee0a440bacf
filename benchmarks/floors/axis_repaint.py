"""Floor 3: what one y-range change costs in a bare pyqtgraph PlotWidget (800x450, one curve),
with and without a grid, with and without minor ticks; median of 200 steps, in ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/floors/axis_repaint.py

An interaction step that changes an axis range cannot cost less than this on the same machine.
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])


def step_ms(grid: bool, minor: bool) -> float:
    w = pg.PlotWidget()
    w.resize(800, 450)
    w.plot([1, 2, 3], [1, 2, 3])
    if grid:
        w.showGrid(x=True, y=True, alpha=0.3)
    if not minor:
        for name in ("left", "bottom"):
            w.getAxis(name).setStyle(maxTickLevel=0)
    w.show()
    for _ in range(10):
        app.processEvents()
    times = []
    for i in range(200):
        start = time.perf_counter()
        w.setYRange(0, 10 + i % 7)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1e3)
    w.close()
    return statistics.median(times)


for grid, minor in ((False, True), (True, True), (True, False)):
    print(f"grid {'on ' if grid else 'off'}  minor ticks {'on ' if minor else 'off'}  "
          f"{step_ms(grid, minor):6.2f} ms per y-range change")
os._exit(0)
