"""Editable architecture of an MLP: its layer widths (input, hidden, output) and biases."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from gpuscope.models.arch_rules import format_widths, parse_widths
from gpuscope.models.spec import MlpSpec
from gpuscope.ui.arch_editor import ArchEditor
from gpuscope.ui.i18n import fmt
from gpuscope.units import Flop


class MlpFields(ArchEditor):
    """Sends a valid MlpSpec through ``edited``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widths = QLineEdit(self, objectName="mlp_widths")
        self.widths.setMaxLength(12_000)
        self.widths.textChanged.connect(self._changed)
        self.widths_label = QLabel(self)
        self.widths_label.setBuddy(self.widths)
        self.form.addRow(self.widths_label, self.widths)
        self.bias = QCheckBox(self, objectName="mlp_bias")
        self.bias.toggled.connect(self._changed)
        self.form.addRow(self.bias)
        self.add_feedback("mlp", summary=True)
        self.base: MlpSpec | None = None
        self.retranslate()

    def retranslate(self) -> None:
        label = self.tr("Layer widths")
        self.widths_label.setText(label)
        self.widths.setAccessibleName(label)
        self.widths.setPlaceholderText(self.tr("input, hidden…, output: 784, 512, 10"))
        self.widths.setToolTip(self.tr(
            "Widths from the input to the output, separated by commas: 784, 512, 512, 10 is "
            "784 inputs, two hidden layers of 512 and 10 outputs (three dense layers)."))
        self.bias.setText(self.tr("Biases"))
        self.bias.setToolTip(self.tr("Each dense layer adds a bias per output."))
        self._validate()

    def focus_chain(self) -> list[QWidget]:
        return [self.widths, self.bias]

    def set_spec(self, spec: MlpSpec) -> None:
        if self.base is not None and spec == self.current():
            return
        self._loading = True
        self.base = spec
        self.widths.setText(format_widths(spec.widths))
        self.bias.setChecked(spec.bias)
        self._loading = False
        self._validate()

    def current(self) -> MlpSpec | None:
        if self.base is None:
            return None
        widths, problems = parse_widths(self.widths.text())
        if problems:
            return None
        return replace(self.base, widths=widths, bias=self.bias.isChecked())

    def _validate(self) -> list:
        if self.base is None:
            return []
        _, problems = parse_widths(self.widths.text())
        self.show_problems(problems)
        spec = self.current()
        self.summary.setVisible(spec is not None)
        if spec is not None:
            from gpuscope.models.mlp import mlp_profile

            prof = mlp_profile(spec)
            self.summary.setText(self.tr(
                "Dense layers: %1\nParameters: %2\nFLOPs per sample: %3")
                                 .replace("%1", QLocale().toString(prof.n_layers))
                                 .replace("%2", QLocale().toString(prof.params))
                                 .replace("%3", fmt(Flop(prof.flops))))
        return problems
