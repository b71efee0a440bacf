"""The user's saved models and GPU overrides, as the window holds them.

Read once after the first paint (:meth:`UserData.load`), written after every change through the
core's atomic writers (:mod:`gpuscope.models.custom`, :mod:`gpuscope.hardware.custom_gpus`).
What the user made is never lost: when a write fails (a read-only folder, a full disk) the model
or override stays in this session, the user is told why and for how long, and the next write that
succeeds saves it too. What loading found wrong (a damaged file set aside, entries left out) is
told as well (:attr:`UserData.told`); the good entries load all the same.

Overrides are kept per GPU key: the catalogue id for a catalogue GPU, ``uuid:GPU-...`` for a
detected card or one recorded in a snapshot (the same card either way). A card that reports no
UUID has no key that would find it again: its overrides last for the session.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gpuscope.errors import GpuscopeError
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.ui.state import AppState, GpuChoice

_MODEL_KEPT = QT_TRANSLATE_NOOP(
    "UserData", "{problem} “{name}” stays in your list until gpuscope closes.")
_MODELS_KEPT = QT_TRANSLATE_NOOP(
    "UserData", "{problem} Your list of saved models stays as it is until gpuscope closes.")
_OVERRIDE_KEPT = QT_TRANSLATE_NOOP(
    "UserData", "{problem} Your GPU override is used until gpuscope closes.")
_NO_UUID = QT_TRANSLATE_NOOP(
    "UserData",
    "This GPU reports no UUID, so gpuscope cannot recognise it next time: your override is "
    "used until gpuscope closes, not saved.")


def gpu_key(choice: GpuChoice) -> tuple[str, bool]:
    """The key ``choice``'s overrides are kept under, and whether it can be saved."""
    if choice.kind == "catalogue":
        return choice.key.removeprefix("catalogue:"), True
    uuid = choice.record.uuid if choice.record is not None else None
    if uuid:
        return f"uuid:{uuid}", True
    return f"session:{choice.key}", False


class UserData(QObject):
    models_changed = Signal()
    told = Signal(object)  # Message: something the user should know (shown, never a dialog)

    def __init__(self, state: AppState, parent: QObject | None = None,
                 base: str | Path | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.base = base  # the user-data folder; None: gpuscope.userdata.data_dir()
        self.models: list[ModelSpec] = []
        self.overrides: dict[str, dict[str, float]] = {}
        self.loaded = False
        state.overrides_for = self.overrides_for
        state.override_set.connect(self._override_set)

    # --- reading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read both files (damaged ones are set aside by the core and told), apply overrides."""
        from gpuscope.hardware.custom_gpus import load_gpu_overrides
        from gpuscope.models.custom import load_custom_models

        models, overrides = load_custom_models(self.base), load_gpu_overrides(self.base)
        self.loaded = True
        self.models = list(models.value)
        self.overrides = {gpu: dict(values) for gpu, values in overrides.value.items()}
        for loaded in (models, overrides):
            if loaded.message is not None:
                self.told.emit(loaded.message)
        self.models_changed.emit()
        self.state.reload_overrides()

    def ensure_loaded(self) -> None:
        """Before any write: a write must never replace a file that was not read yet."""
        if not self.loaded:
            self.load()

    # --- models ---------------------------------------------------------------------------------
    def find_by_name(self, name: str, among: Iterable[ModelSpec] | None = None
                     ) -> ModelSpec | None:
        key = name.strip().casefold()
        models = self.models if among is None else among
        return next((m for m in models if m.name.strip().casefold() == key), None)

    def is_saved(self, model_id: str) -> bool:
        return any(m.id == model_id for m in self.models)

    def add(self, models: Iterable[ModelSpec], taken: Iterable[str], *, keep_ids: bool = False,
            replace_same_name: bool = True) -> list[ModelSpec]:
        """Keep ``models`` (a model with a saved one's name replaces it, or is skipped); returns
        the copies kept, as a restart will read them. Raises GpuscopeError when a model cannot be
        written in the file's format (nothing is changed then)."""
        from gpuscope.models.custom import derive_id, model_to_entry, parse_models

        self.ensure_loaded()
        kept = list(self.models)
        used = {*taken, "custom", *(m.id for m in kept)}
        added: list[ModelSpec] = []
        for model in models:
            same = self.find_by_name(model.name, kept)
            if same is not None and not replace_same_name:
                continue
            if same is not None:
                new_id = same.id
            elif keep_ids and model.id.lower() not in {u.lower() for u in used}:
                new_id = model.id
            else:
                new_id = derive_id(model.name, used)
            used.add(new_id)
            entry = model_to_entry(replace(model, id=new_id))
            [saved], _ = parse_models([entry], strict=True)  # exactly what a restart reads
            kept = [saved if m.id == new_id else m for m in kept] if same else [*kept, saved]
            added.append(saved)
        self.models = kept
        if added:
            self._write_models(added[0].name if len(added) == 1 else None)
            self.models_changed.emit()
        return added

    def delete(self, model_id: str) -> bool:
        """Remove a saved model; when the file cannot be written it stays (and the user is told)."""
        self.ensure_loaded()
        before = self.models
        self.models = [m for m in before if m.id != model_id]
        if not self._write_models(None):
            self.models = before
            return False
        self.models_changed.emit()
        return True

    def _write_models(self, name: str | None) -> bool:
        from gpuscope.models.custom import save_custom_models

        try:
            save_custom_models(self.models, self.base)
        except GpuscopeError as exc:
            kept = _MODEL_KEPT(problem=exc.message, name=name) if name else _MODELS_KEPT(
                problem=exc.message)
            self.told.emit(kept)
            return False
        return True

    # --- GPU overrides --------------------------------------------------------------------------
    def overrides_for(self, choice: GpuChoice) -> Mapping[str, float]:
        return dict(self.overrides.get(gpu_key(choice)[0], {}))

    def _override_set(self, key: str, value: float | None) -> None:
        self.ensure_loaded()
        choice = self.state.gpu_choice
        gpu, can_save = gpu_key(choice)
        values = self.overrides.setdefault(gpu, {})
        if value is None:
            values.pop(key, None)
        else:
            values[key] = float(value)
        if not values:
            del self.overrides[gpu]
        self.state.overrides = dict(self.overrides_for(choice))
        if not can_save:
            if value is not None:
                self.told.emit(_NO_UUID())
            return
        self._write_overrides()

    def _write_overrides(self) -> bool:
        from gpuscope.hardware.custom_gpus import save_gpu_overrides

        saved = {gpu: v for gpu, v in self.overrides.items() if not gpu.startswith("session:")}
        try:
            save_gpu_overrides(saved, self.base)
        except GpuscopeError as exc:  # InputError too: a value the table let through, refused
            self.told.emit(_OVERRIDE_KEPT(problem=exc.message))
            return False
        return True
