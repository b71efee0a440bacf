"""The model form: family, searchable preset, quantization, KV cache, context, batch, prompt."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gpuscope.models.params import transformer_param_count
from gpuscope.models.presets import all_presets
from gpuscope.models.spec import CnnSpec, Family, MlpSpec, ModelSpec, TransformerSpec
from gpuscope.quantization import all_kv_cache_types, all_quantizations
from gpuscope.ui.arch_fields import ArchitectureFields
from gpuscope.ui.cnn_fields import CnnFields
from gpuscope.ui.combo_text import keep_text_in_step
from gpuscope.ui.context_field import LogSpinSlider
from gpuscope.ui.mlp_fields import MlpFields
from gpuscope.ui.model_buttons import ModelButtons
from gpuscope.ui.state import BATCH_MAX, AppState


class ModelForm(QGroupBox):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelForm")
        self.state = state
        self.models: dict[str, ModelSpec] = {m.id: m for m in all_presets()}
        self.mine: dict[str, ModelSpec] = {}  # the user's saved models (also in self.models)
        form = QFormLayout()
        self.family = QComboBox(self, objectName="family")
        self.preset = QComboBox(self, objectName="preset")
        self.preset.setEditable(True)
        self.preset.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.preset.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        keep_text_in_step(self.preset)
        self.quant = QComboBox(self, objectName="quant")
        for q in all_quantizations():
            self.quant.addItem(q.name, q.id)
        self.kv = QComboBox(self, objectName="kvCache")
        for k in all_kv_cache_types():
            self.kv.addItem(k.name, k.id)
        self.flash = QCheckBox(self, objectName="flashAttention")
        self.context = LogSpinSlider(128, 131072, self)
        self.context.setObjectName("context")
        self.batch = QSpinBox(self, objectName="batch")
        self.batch.setRange(1, BATCH_MAX)
        self.prompt = QSpinBox(self, objectName="prompt")
        self.prompt.setRange(1, 10_000_000)
        self.prompt.setGroupSeparatorShown(True)
        self.image = QSpinBox(self, objectName="imageSize")
        self.image.setRange(16, 8192)
        self.image.setSingleStep(32)
        self.buttons = ModelButtons(self)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("family", self.family), ("preset", self.preset),
                            ("quant", self.quant), ("kv", self.kv), ("context", self.context),
                            ("batch", self.batch), ("prompt", self.prompt), ("image", self.image)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        form.insertRow(2, self.buttons)  # under the model list
        # why the prompt used is shorter than the one entered (the context holds the prompt)
        self.prompt_hint = QLabel(self, objectName="promptHint")
        self.prompt_hint.setWordWrap(True)
        form.insertRow(form.getWidgetPosition(self.prompt)[0] + 1, self.prompt_hint)
        form.addRow(self.flash)
        self.kind = QLabel(self, objectName="modelKind")
        self.kind.setWordWrap(True)
        self.kind.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.kind)
        self.arch_box = QGroupBox(self)
        self.arch_box.setCheckable(True)
        self.arch_box.setChecked(False)
        self.arch = ArchitectureFields(self.arch_box)
        self.cnn_arch = CnnFields(self.arch_box)
        self.mlp_arch = MlpFields(self.arch_box)
        self.arch_pages = QWidget(self.arch_box)  # the fields of the model's family, one shown
        pages = QVBoxLayout(self.arch_pages)
        pages.setContentsMargins(0, 0, 0, 0)
        for page in (self.arch, self.cnn_arch, self.mlp_arch):
            pages.addWidget(page)
        box_lay = QVBoxLayout(self.arch_box)
        box_lay.addWidget(self.arch_pages)
        self.arch_box.toggled.connect(self.arch_pages.setVisible)
        self.arch_pages.setVisible(False)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.arch_box)
        lay.addStretch(1)
        self._form = form
        self._tab_order()
        self._loading = False
        self._connect()
        self.retranslate()
        self.load_from_state()

    # --- wiring ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        s = self.state
        self.family.currentIndexChanged.connect(self._fill_presets)
        self.preset.activated.connect(self._preset_chosen)
        self.quant.currentIndexChanged.connect(
            lambda: self._loading or s.set_quant(self.quant.currentData()))
        self.kv.currentIndexChanged.connect(
            lambda: self._loading or s.set_workload(kv_cache=self.kv.currentData()))
        self.flash.toggled.connect(
            lambda on: self._loading or s.set_workload(flash_attention=on))
        self.context.valueChanged.connect(lambda v: self._loading or s.set_workload(context=v))
        self.batch.valueChanged.connect(lambda v: self._loading or s.set_workload(batch=v))
        self.prompt.valueChanged.connect(lambda v: self._loading or s.set_workload(prompt=v))
        self.image.valueChanged.connect(lambda v: self._loading or s.set_workload(image_size=v))
        self.arch.edited.connect(self._arch_edited)
        self.cnn_arch.edited.connect(self._cnn_edited)
        self.mlp_arch.edited.connect(self._mlp_edited)
        s.changed.connect(self._sync_buttons)
        s.changed.connect(self._sync_prompt_hint)

    def _tab_order(self) -> None:
        """Tab follows the rows as shown (the buttons and the check box were added out of
        order: Qt's default order is the order of creation)."""
        chain = [self.family, self.preset, self.buttons.save, self.buttons.delete, self.quant,
                 self.kv, self.context.slider, self.context.box, self.batch, self.prompt,
                 self.image, self.flash, self.arch_box, *self.arch.focus_chain(),
                 *self.cnn_arch.focus_chain(), *self.mlp_arch.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def add_model(self, model: ModelSpec) -> None:
        """Offer an imported or saved model in the list (and select it)."""
        self.models[model.id] = model
        self._fill_presets()
        self.select_model(model)

    def set_my_models(self, models: list[ModelSpec]) -> None:
        """The user's saved models: listed under "My saved models" (and with all Transformers)."""
        for model_id in self.mine:
            self.models.pop(model_id, None)
        self.mine = {m.id: m for m in models}
        self.models.update(self.mine)
        self._fill_presets()
        self._sync_buttons()

    def select_model(self, model: ModelSpec) -> None:
        self.models.setdefault(model.id, model)
        self.state.set_model(model, model.own_quantization)
        self.load_from_state()

    def _preset_chosen(self, index: int) -> None:
        model = self.models.get(self.preset.itemData(index))
        if model is not None:
            self.select_model(model)

    def _arch_edited(self, spec: TransformerSpec) -> None:
        self._set_custom(transformer=spec, params=transformer_param_count(spec))

    def _cnn_edited(self, spec: CnnSpec) -> None:
        from gpuscope.models.cnn import cnn_profile

        self._set_custom(cnn=spec, params=cnn_profile(spec).params, reference={})
        if self.state.workload.image_size is None:  # estimated at the reference resolution
            self._loading = True
            self.image.setValue(spec.image_size)
            self._loading = False

    def _mlp_edited(self, spec: MlpSpec) -> None:
        from gpuscope.models.mlp import mlp_profile

        self._set_custom(mlp=spec, params=mlp_profile(spec).params, reference={})

    def _set_custom(self, **changes: object) -> None:
        """The selected model with the edited architecture: "Custom (from <name>)"."""
        base = self.state.model  # a custom model edited again keeps its name
        name = base.name if base.id == "custom" else self.tr("Custom (from %1)").replace(
            "%1", base.name)
        custom = replace(base, id="custom", name=name, active_params=None, tensors=None,
                         file_quantization=None, **changes)  # type: ignore[arg-type]
        self.state.set_model(custom)
        self._fill_presets()  # the list shows "Custom (from …)", the model estimated
        self._sync_visibility()

    # --- state -> widgets -----------------------------------------------------------------------
    def load_from_state(self) -> None:
        s, w = self.state, self.state.workload
        self._loading = True
        self._fill_presets()
        self.quant.setCurrentIndex(max(0, self.quant.findData(s.quant.id)))
        self.kv.setCurrentIndex(max(0, self.kv.findData(w.kv_cache)))
        self.flash.setChecked(w.flash_attention)
        spec = s.model.transformer
        self.context.setRange(128, max(256, spec.max_context if spec else 131072))
        self.context.setValue(w.context)
        self.batch.setValue(w.batch)
        self.prompt.setValue(s.wanted_prompt)
        self.image.setValue(w.image_size or self._reference_image_size())
        if spec is not None:
            self.arch.set_spec(spec)
        if s.model.cnn is not None:
            self.cnn_arch.set_spec(s.model.cnn)
        if s.model.mlp is not None:
            self.mlp_arch.set_spec(s.model.mlp)
        self._loading = False
        self._sync_visibility()

    def _reference_image_size(self) -> int:
        m = self.state.model
        if m.cnn is not None:
            return m.cnn.image_size
        if m.transformer is not None and m.transformer.image_size:
            return m.transformer.image_size
        return 224

    def _fill_presets(self) -> None:
        fam = self.family.currentData()
        self.preset.blockSignals(True)
        self.preset.clear()
        for m in self.models.values():
            if fam in (None, "all") or m.family.value == fam or (fam == "mine" and m.id in
                                                                  self.mine):
                self.preset.addItem(m.name, m.id)
        current = self.preset.findData(self.state.model.id)
        if current < 0:
            self.preset.addItem(self.state.model.name, self.state.model.id)
            current = self.preset.count() - 1
        self.preset.setCurrentIndex(current)
        self.preset.lineEdit().setCursorPosition(0)  # a long name shows its start
        self.preset.blockSignals(False)

    def _sync_visibility(self) -> None:
        m = self.state.model
        t = m.transformer
        decoder = m.family is Family.TRANSFORMER and t is not None and not t.encoder_only
        image = m.family is Family.CNN or bool(t and t.image_size)
        for key, visible in (("quant", True), ("kv", decoder), ("context", decoder or (
                t is not None and t.encoder_only and not t.image_size)), ("prompt", decoder),
                ("image", image)):
            self._form.setRowVisible(self.labels[key].buddy(), visible)
        self._form.setRowVisible(self.flash, decoder)
        self._sync_prompt_hint()
        self._form.setRowVisible(self.kind, bool(m.tensors))
        if m.tensors:
            self.kind.setText(self._kind_text(m))
        shown = {self.arch: t is not None, self.cnn_arch: m.cnn is not None and t is None,
                 self.mlp_arch: m.mlp is not None and t is None and m.cnn is None}
        for page, visible in shown.items():
            page.setVisible(visible)
        self.arch_box.setVisible(any(shown.values()))
        self._sync_buttons()

    def _sync_prompt_hint(self) -> None:
        t = self.state.model.transformer
        capped = self.state.prompt_capped() and t is not None and not t.encoder_only
        if capped:
            self.prompt_hint.setText(self.tr(
                "Only the first %1 tokens of this prompt are counted: the context (%1 tokens) "
                "must hold the prompt. Raise the context to count all of it.").replace(
                "%1", QLocale().toString(self.state.workload.context)))
        self._form.setRowVisible(self.prompt_hint, capped)

    def _sync_buttons(self) -> None:
        self.buttons.sync(self.state.model, self.state.model.id in self.mine)

    def _kind_text(self, m: ModelSpec) -> str:
        """What kind of network a file holds, and why (from its tensor names and shapes)."""
        from gpuscope.models.classify import classify, classify_model
        from gpuscope.ui.i18n import render

        c = classify_model(m) or classify(())
        reasons = "".join(f"<li>{render(r)}</li>" for r in c.reasons)
        path = m.source_path or ""
        return (f"<b>{render(c.kind)}</b><ul style='margin:0'>{reasons}</ul>"
                f"<small>{path}</small>")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Model"))
        self._loading = True
        current = self.family.currentData()
        self.family.clear()
        for key, label in (("all", self.tr("All families")), ("transformer", self.tr(
                "Transformer")), ("cnn", self.tr("CNN")), ("mlp", self.tr("MLP")), (
                "mine", self.tr("My saved models"))):
            self.family.addItem(label, key)
        self.family.setCurrentIndex(max(0, self.family.findData(current)))
        self._loading = False
        texts = {
            "family": (self.tr("Family"), self.tr(
                "Transformer (LLMs, BERT, ViT), convolutional network or multilayer perceptron; "
                "“My saved models” lists the models you saved.")),
            "preset": (self.tr("Model"), self.tr(
                "Type to search the presets and your models; edit the architecture below to "
                "make a custom model.")),
            "quant": (self.tr("Quantization"), self.tr(
                "How weights are stored: fewer bits = less memory and faster decoding, "
                "with some quality loss. GGUF types run on llama.cpp / Ollama.")),
            "kv": (self.tr("KV cache"), self.tr(
                "Precision of the attention key/value cache (llama.cpp -ctk/-ctv).")),
            "context": (self.tr("Context length"), self.tr(
                "Tokens kept in the KV cache per sequence: prompt plus generated text.")),
            "batch": (self.tr("Batch / parallel sequences"), self.tr(
                "Sequences served at once (llama.cpp -np); each has its own context. "
                "From 1 to %1.").replace("%1", QLocale().toString(BATCH_MAX))),
            "prompt": (self.tr("Prompt length"), self.tr(
                "Tokens processed before the first generated token (prefill). At most the "
                "context length: a longer prompt is counted up to the context.")),
            "image": (self.tr("Image size"), self.tr("Input resolution in pixels (square).")),
        }
        for key, (label, tip) in texts.items():
            self.labels[key].setText(label)
            buddy = self.labels[key].buddy()
            buddy.setToolTip(tip)
            buddy.setAccessibleName(label)
        self.context.set_accessible_text(texts["context"][0])
        self.flash.setText(self.tr("Flash attention"))
        self.flash.setToolTip(self.tr(
            "Fused attention kernels (llama.cpp -fa): no score matrix in memory."))
        self.arch_box.setTitle(self.tr("Architecture (edit to make a custom model)"))
        self._sync_prompt_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
