"""Editable architecture fields of a Transformer; editing them makes a custom model."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from gpuscope.models.spec import TransformerSpec
from gpuscope.models.validate import LIMITS, transformer_problems
from gpuscope.ui.arch_editor import ArchEditor

EDITABLE = ("n_layers", "d_model", "n_heads", "n_kv_heads", "head_dim", "ffn_dim", "vocab_size",
            "max_context", "n_experts", "n_active_experts", "expert_ffn_dim", "sliding_window",
            "n_swa_layers")


class ArchitectureFields(ArchEditor):
    """Sends a valid TransformerSpec through ``edited``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for name in EDITABLE:
            spin = QSpinBox(self)
            spin.setObjectName(f"arch_{name}")
            low, high = LIMITS[name]
            spin.setRange(low, high)
            spin.setGroupSeparatorShown(True)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._changed)
            label = QLabel(self)
            label.setBuddy(spin)
            self.spins[name], self.labels[name] = spin, label
            self.form.addRow(label, spin)
        self.tied = QCheckBox(self)
        self.tied.setObjectName("arch_tied_embeddings")
        self.tied.toggled.connect(self._changed)
        self.form.addRow(self.tied)
        self.add_feedback("arch", summary=False)
        self.base: TransformerSpec | None = None
        self.retranslate()

    def retranslate(self) -> None:
        t = {
            "n_layers": (self.tr("Layers"), self.tr(
                "Transformer blocks; each has attention and a feed-forward network.")),
            "d_model": (self.tr("Hidden size"), self.tr(
                "Width of the residual stream (d_model): every token is a vector this long.")),
            "n_heads": (self.tr("Attention heads"), self.tr(
                "Query heads per layer; each attends to the context separately.")),
            "n_kv_heads": (self.tr("KV heads"), self.tr(
                "Key/value heads per layer. Fewer than attention heads = grouped-query "
                "attention, which shrinks the KV cache.")),
            "head_dim": (self.tr("Head dimension"), self.tr("Width of one attention head.")),
            "ffn_dim": (self.tr("FFN size"), self.tr(
                "Width of the feed-forward network's hidden layer.")),
            "vocab_size": (self.tr("Vocabulary"), self.tr(
                "Number of tokens the tokenizer knows; sets the embedding and output sizes.")),
            "max_context": (self.tr("Maximum context"), self.tr(
                "Longest context the model was trained or extended for, in tokens.")),
            "n_experts": (self.tr("Experts"), self.tr(
                "Mixture of experts: FFN copies per layer (0 = dense model). All are in "
                "memory; only the active ones are read per token.")),
            "n_active_experts": (self.tr("Active experts"), self.tr(
                "Experts the router picks for each token.")),
            "expert_ffn_dim": (self.tr("Expert FFN size"), self.tr(
                "Hidden width of one expert (0 = same as FFN size).")),
            "sliding_window": (self.tr("Sliding window"), self.tr(
                "Tokens a sliding-window layer attends to (0 = none); caps its KV cache.")),
            "n_swa_layers": (self.tr("Sliding-window layers"), self.tr(
                "How many layers use the sliding window.")),
        }
        for name, (label, tip) in t.items():
            self.labels[name].setText(label)
            self.spins[name].setToolTip(tip)
            self.spins[name].setAccessibleName(label)
        self.tied.setText(self.tr("Tied input and output embeddings"))
        self.tied.setToolTip(self.tr("The output layer reuses the embedding table."))
        self._validate()

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order shown, for the form's tab order."""
        return [*self.spins.values(), self.tied]

    def set_spec(self, spec: TransformerSpec) -> None:
        self._loading = True
        self.base = spec
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(spec, name)))
        self.tied.setChecked(spec.tied_embeddings)
        self._loading = False
        self._validate()

    def current(self) -> TransformerSpec | None:
        if self.base is None:
            return None
        values = {name: spin.value() for name, spin in self.spins.items()}
        return replace(self.base, tied_embeddings=self.tied.isChecked(), **values)

    def _validate(self) -> list:
        spec = self.current()
        problems = transformer_problems(spec) if spec is not None else []
        return self.show_problems(problems)
