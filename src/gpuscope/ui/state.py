"""The window's model: the selection and its estimate ("change the model, assert the widget").

Widgets write the selection through the setters; every setter schedules one recomputation on the
next event-loop turn, so several fields changed together (a preset filling ten fields) cost one
estimate. Widgets redraw from :attr:`AppState.estimated`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QTimer, Signal

from gpuscope.errors import GpuscopeError
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization, get_quantization
from gpuscope.text import Message


@dataclass(frozen=True)
class GpuChoice:
    """One entry of the device chooser. A catalogue entry builds its GpuSpec when first asked
    (``make``): the chooser lists 135 GPUs, the window needs one of them at start-up."""

    key: str  # "detected:0", "snapshot:1", "catalogue:rtx-4090"
    label: str
    kind: str  # "detected" | "snapshot" | "catalogue"
    free_bytes: float | None = None
    record: DeviceRecord | None = None
    resolved: GpuSpec | None = None
    make: Callable[[], GpuSpec] | None = field(default=None, compare=False, repr=False)

    @property
    def spec(self) -> GpuSpec:
        if self.resolved is None:
            assert self.make is not None
            object.__setattr__(self, "resolved", self.make())
        return self.resolved


class AppState(QObject):
    changed = Signal()  # the selection changed (before recomputation)
    estimated = Signal(object)  # Estimate
    failed = Signal(object)  # Message: the selection cannot be estimated (bad custom model ...)
    gpu_choice_changed = Signal(object)  # GpuChoice
    override_set = Signal(str, object)  # key, value in base units (None: removed)

    def __init__(self, gpu: GpuChoice, model: ModelSpec, quant: Quantization,
                 workload: Workload | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gpu_choice = gpu
        self.model = model
        self.quant = quant
        self.workload = workload or Workload()
        self.overrides: dict[str, float] = {}
        #: the user's overrides for a GPU choice (their saved ones); set_gpu applies them
        self.overrides_for: Callable[[GpuChoice], Mapping[str, float]] = lambda _choice: {}
        self.last: Estimate | None = None
        self.error: Message | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)

    # --- selection setters ----------------------------------------------------------------------
    def set_gpu(self, choice: GpuChoice) -> None:
        """Select ``choice``, with the overrides the user keeps for that GPU (none for others)."""
        self.gpu_choice = choice
        self.overrides = dict(self.overrides_for(choice))
        self.gpu_choice_changed.emit(choice)
        self._schedule()

    def set_free_bytes(self, free: float | None) -> None:
        """Live VRAM from telemetry: only the 'fits now' figures change."""
        if free != self.gpu_choice.free_bytes:
            self.gpu_choice = replace(self.gpu_choice, free_bytes=free)
            self._schedule()

    def set_model(self, model: ModelSpec, quant: str | None = None) -> None:
        self.model = model
        if quant:
            self.quant = get_quantization(quant)
        limit = model.transformer.max_context if model.transformer else None
        if limit and self.workload.context > limit:
            self.workload = self.workload.with_(context=limit)
        self._schedule()

    def set_quant(self, quant_id: str) -> None:
        self.quant = get_quantization(quant_id)
        self._schedule()

    def set_workload(self, **changes: object) -> None:
        self.workload = self.workload.with_(**changes)
        self._schedule()

    def set_override(self, key: str, value: float | None) -> None:
        if value is None:
            self.overrides.pop(key, None)
        else:
            self.overrides[key] = value
        self.override_set.emit(key, value)
        self._schedule()

    def reload_overrides(self) -> None:
        """Apply the current GPU's kept overrides again (once the saved ones are read)."""
        self.overrides = dict(self.overrides_for(self.gpu_choice))
        self.gpu_choice_changed.emit(self.gpu_choice)
        self._schedule()

    # --- derived --------------------------------------------------------------------------------
    def gpu(self) -> GpuSpec:
        """The selected GPU with the user's overrides applied."""
        spec = self.gpu_choice.spec
        for key, value in self.overrides.items():
            spec = spec.with_override(key, value)
        return spec

    def free_bytes(self) -> float | None:
        free = self.gpu_choice.free_bytes
        return None if free is None else free * self.workload.n_gpus

    def _schedule(self) -> None:
        self.changed.emit()
        self._timer.start()

    def recompute(self) -> Estimate | None:
        """Estimate the current selection now (normally called by the coalescing timer)."""
        self._timer.stop()
        try:
            result = estimate(self.model, self.quant, self.gpu(), self.workload,
                              free_bytes=self.free_bytes())
        except GpuscopeError as exc:
            self.error = exc.message
            self.failed.emit(exc.message)
            return None
        self.last, self.error = result, None
        self.estimated.emit(result)
        return result
