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
    (``make``): the chooser lists the whole catalogue, the window needs one of them at start-up."""

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


def summed_free_bytes(own: float | None, index: int | None,
                      device_free: Mapping[int, float | None], n_gpus: int,
                      capacity: float) -> float | None:
    """``own`` (the selected device's free VRAM) plus that of the next ``n_gpus - 1`` devices of
    ``device_free`` (index order, ``index`` itself left out), each at most ``capacity``."""
    if own is None:
        return None
    if n_gpus <= 1:
        return own
    others = [device_free[i] for i in sorted(device_free) if i != index][:n_gpus - 1]
    if len(others) < n_gpus - 1 or any(f is None for f in others):
        return None  # a device that is not there (planning for more) or does not say
    cap = capacity if capacity > 0 else float("inf")
    return min(own, cap) + sum(min(float(f), cap) for f in others if f is not None)


#: most sequences the window takes at once: more is a server's queue, not a GPU's batch
BATCH_MAX = 1024


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
        #: what the user asked for: the workload holds them capped (context at the model's
        #: maximum, prompt at the context), so a short-context model visited does not lose them
        self.wanted_context = self.workload.context
        self.wanted_prompt = self.workload.prompt
        self.workload = self._capped(self.workload)
        self.overrides: dict[str, float] = {}
        #: free VRAM of each device of the source (index -> bytes), for N GPUs: see free_bytes
        self.device_free: dict[int, float | None] = {}
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

    def set_device_free(self, free: Mapping[int, float | None], *, fresh: bool = False) -> None:
        """Free VRAM of devices of the source (index -> bytes, None: not reported), so that N
        GPUs count each device's own free VRAM; live readings update it. ``fresh``: a new
        source, forget the previous one's devices."""
        merged = dict(free) if fresh else {**self.device_free, **free}
        if merged != self.device_free:
            self.device_free = merged
            if self.workload.n_gpus > 1:
                self._schedule()

    def set_model(self, model: ModelSpec, quant: str | None = None) -> None:
        self.model = model
        if quant:
            self.quant = get_quantization(quant)
        self.workload = self._capped(self.workload)
        self._schedule()

    def set_quant(self, quant_id: str) -> None:
        self.quant = get_quantization(quant_id)
        self._schedule()

    def set_workload(self, **changes: object) -> None:
        if "context" in changes:
            self.wanted_context = int(changes["context"])  # type: ignore[call-overload]
        if "prompt" in changes:
            self.wanted_prompt = int(changes["prompt"])  # type: ignore[call-overload]
        self.workload = self._capped(self.workload.with_(**changes))
        self._schedule()

    def reset_workload(self, workload: Workload) -> None:
        """Start again from ``workload`` (Reset to defaults): its context and prompt are wanted."""
        self.wanted_context, self.wanted_prompt = workload.context, workload.prompt
        self.workload = self._capped(workload)
        self._schedule()

    def context_limit(self) -> int | None:
        """The longest context the selected model takes (None: it has no context)."""
        spec = self.model.transformer
        return spec.max_context if spec is not None else None

    def prompt_capped(self) -> bool:
        """The prompt the user wants is longer than the context: the estimate uses the context."""
        return self.wanted_prompt > self.workload.context

    def _capped(self, w: Workload) -> Workload:
        limit = self.context_limit()
        context = min(self.wanted_context, limit) if limit else self.wanted_context
        prompt = min(self.wanted_prompt, context)
        if (context, prompt) == (w.context, w.prompt):
            return w
        return w.with_(context=context, prompt=prompt)

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
        """Free VRAM now over the ``n_gpus`` devices used: the selected one, then the source's
        other devices in index order, each counted up to the selected card's size (as the CLI's
        ``--gpus N``). None when a device does not report it, or N exceeds the devices there."""
        choice = self.gpu_choice
        index = choice.record.index if choice.record is not None else None
        return summed_free_bytes(choice.free_bytes, index, self.device_free,
                                 self.workload.n_gpus, self.gpu().memory)

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
