"""Editable architecture of a CNN: width and depth multipliers, classes, input; a custom model.

The multipliers apply to the model as it was selected (1 × = as it is), so a saved model opens at
1 × with its own layers; classes, input channels and the reference resolution show its values.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox, QWidget

from gpuscope.models.arch_rules import CNN_CHANNELS, CNN_IMAGE_SIZE, cnn_problems
from gpuscope.models.cnn_edit import classes, has_repeats, scale_cnn
from gpuscope.models.spec import CnnSpec
from gpuscope.ui.arch_editor import ArchEditor
from gpuscope.ui.i18n import fmt
from gpuscope.units import Flop

MAX_CLASSES = 1_000_000


def _factor(parent: QWidget, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent, objectName=name)
    spin.setRange(0.25, 4.0)
    spin.setSingleStep(0.25)
    spin.setDecimals(2)
    spin.setSuffix(" ×")
    return spin


class CnnFields(ArchEditor):
    """Sends a valid CnnSpec through ``edited``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.width = _factor(self, "cnn_width")
        self.depth = _factor(self, "cnn_depth")
        self.classes = QSpinBox(self, objectName="cnn_classes")
        self.classes.setRange(1, MAX_CLASSES)
        self.channels = QSpinBox(self, objectName="cnn_input_channels")
        self.channels.setRange(*CNN_CHANNELS)
        self.resolution = QSpinBox(self, objectName="cnn_image_size")
        self.resolution.setRange(*CNN_IMAGE_SIZE)
        self.resolution.setSingleStep(32)
        self.fields = {"width": self.width, "depth": self.depth, "classes": self.classes,
                       "channels": self.channels, "resolution": self.resolution}
        self.labels: dict[str, QLabel] = {}
        for key, spin in self.fields.items():
            spin.setKeyboardTracking(False)
            if isinstance(spin, QSpinBox):
                spin.setGroupSeparatorShown(True)
            spin.valueChanged.connect(self._changed)
            label = QLabel(self)
            label.setBuddy(spin)
            self.labels[key] = label
            self.form.addRow(label, spin)
        self.add_feedback("cnn", summary=True)
        self.base: CnnSpec | None = None
        self.retranslate()

    def retranslate(self) -> None:
        t = {
            "width": (self.tr("Width multiplier"), self.tr(
                "Multiplies every channel count (rounded to a multiple of 8), as EfficientNet "
                "scaling does: parameters and FLOPs grow about as its square. 1 × = the model "
                "as selected.")),
            "depth": (self.tr("Depth multiplier"), self.tr(
                "Multiplies how many times each repeated block (stage) runs, rounded up. "
                "1 × = the model as selected.")),
            "classes": (self.tr("Classes"), self.tr(
                "Outputs of the last fully-connected layer (1,000 for ImageNet).")),
            "channels": (self.tr("Input channels"), self.tr(
                "Channels of the input image: 3 for RGB, 1 for greyscale.")),
            "resolution": (self.tr("Reference resolution"), self.tr(
                "Image size (square, in pixels) the published figures are for; the Image size "
                "field above sets the size estimated.")),
        }
        for key, (label, tip) in t.items():
            self.labels[key].setText(label)
            self.fields[key].setToolTip(tip)
            self.fields[key].setAccessibleName(label)
        self._validate()

    def focus_chain(self) -> list[QWidget]:
        return list(self.fields.values())

    def set_spec(self, spec: CnnSpec) -> None:
        if self.base is not None and spec == self.current():
            return  # our own edit coming back: keep the multipliers
        self._loading = True
        self.base = spec
        self.width.setValue(1.0)
        self.depth.setValue(1.0)
        n_classes = classes(spec)
        self.classes.setValue(n_classes or 1)
        self.form.setRowVisible(self.classes, n_classes is not None)
        self.form.setRowVisible(self.depth, has_repeats(spec))
        self.channels.setValue(spec.input_channels)
        self.resolution.setValue(spec.image_size)
        self._loading = False
        self._validate()

    def current(self) -> CnnSpec | None:
        if self.base is None:
            return None
        n_classes = self.classes.value() if classes(self.base) is not None else None
        return scale_cnn(self.base, width=self.width.value(), depth=self.depth.value(),
                         n_classes=n_classes, input_channels=self.channels.value(),
                         image_size=self.resolution.value())

    def _validate(self) -> list:
        spec = self.current()
        problems = self.show_problems(cnn_problems(spec) if spec is not None else [])
        self.summary.setVisible(spec is not None and not problems)
        if spec is not None and not problems:
            from gpuscope.models.cnn import cnn_profile

            prof = cnn_profile(spec)
            self.summary.setText(self.tr(
                "Parameters: %1\nFLOPs per image at %3 × %3 px: %2\nActivation values at the "
                "busiest layer: %4").replace("%1", QLocale().toString(prof.params)).replace(
                "%2", fmt(Flop(prof.flops))).replace("%3", QLocale().toString(spec.image_size))
                .replace("%4", QLocale().toString(prof.peak_activation_elements)))
        return problems
