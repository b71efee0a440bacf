"""Context length: a slider on a log scale plus an exact entry, kept in step."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSlider, QSpinBox, QWidget

STEPS = 1000


class LogSpinSlider(QWidget):
    """``valueChanged(int)`` fires once per user change, from either the slider or the box."""

    valueChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, minimum: int = 128, maximum: int = 131072,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(STEPS // 16)
        self.box = QSpinBox(self)
        self.box.setGroupSeparatorShown(True)
        self.box.setKeyboardTracking(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.box)
        self._min, self._max = minimum, maximum
        self.setRange(minimum, maximum)
        self.slider.valueChanged.connect(self._from_slider)
        self.box.valueChanged.connect(self._from_box)
        self.setFocusProxy(self.box)

    def set_accessible_text(self, name: str) -> None:
        """Name both parts for screen readers (the form's label names only this container)."""
        self.setAccessibleName(name)
        self.slider.setAccessibleName(name)
        self.box.setAccessibleName(name)
        tip = self.toolTip()
        self.slider.setAccessibleDescription(self.tr("Logarithmic scale; the box beside it "
                                                     "takes an exact value."))
        self.box.setAccessibleDescription(tip)

    def setRange(self, minimum: int, maximum: int) -> None:  # noqa: N802 - Qt naming
        self._min, self._max = max(1, minimum), max(minimum + 1, maximum)
        self.box.blockSignals(True)
        self.box.setRange(self._min, self._max)
        self.box.blockSignals(False)
        self._sync_slider(self.box.value())

    def value(self) -> int:
        return self.box.value()

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt naming
        value = max(self._min, min(self._max, int(value)))
        self.box.blockSignals(True)
        self.box.setValue(value)
        self.box.blockSignals(False)
        self._sync_slider(value)

    def _to_value(self, pos: int) -> int:
        lo, hi = math.log(self._min), math.log(self._max)
        raw = math.exp(lo + (hi - lo) * pos / STEPS)
        # snap to a round step: powers of two read naturally for context lengths
        snapped = 2 ** round(math.log2(raw))
        return int(snapped if abs(snapped - raw) / raw < 0.04 else round(raw, -2) or raw)

    def _to_pos(self, value: int) -> int:
        lo, hi = math.log(self._min), math.log(self._max)
        return round(STEPS * (math.log(max(value, self._min)) - lo) / (hi - lo))

    def _sync_slider(self, value: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_pos(value))
        self.slider.blockSignals(False)

    def _from_slider(self, pos: int) -> None:
        value = max(self._min, min(self._max, self._to_value(pos)))
        if value != self.box.value():
            self.box.blockSignals(True)
            self.box.setValue(value)
            self.box.blockSignals(False)
            self.valueChanged.emit(value)

    def _from_box(self, value: int) -> None:
        self._sync_slider(value)
        self.valueChanged.emit(value)
