"""Floor 1: a bare PySide6 window showing one label; prints when it has painted."""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("gpuscope")


class Probe(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"floor-probe first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


probe = Probe()
label.installEventFilter(probe)
label.resize(1280, 800)
label.show()
app.exec()
