"""Floor 2: a bare script importing pyqtgraph and showing one PlotWidget; prints when painted,
with its resident memory."""

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import pyqtgraph as pg

app = QApplication([])
w = pg.PlotWidget()
w.plot([1, 2, 3], [3, 1, 2])


def rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Probe(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.done)
        return False

    def done(self):
        print(f"floor-probe plot-ready {time.time():.6f} {rss_mib():.1f}", flush=True)
        app.quit()


probe = Probe()
w.viewport().installEventFilter(probe)
w.resize(1280, 800)
w.show()
app.exec()
