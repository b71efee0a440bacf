"""The model form's "Save as my model…" and "Delete my model" buttons (the work is in
:mod:`gpuscope.ui.saved_models`, imported on the first click)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from gpuscope.models.spec import ModelSpec


class ModelButtons(QWidget):
    save_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelButtons")
        self.save = QPushButton(self, objectName="saveModelButton")
        self.delete = QPushButton(self, objectName="deleteModelButton")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.save)
        lay.addWidget(self.delete)
        lay.addStretch(1)
        self.save.clicked.connect(self.save_requested)
        self.delete.clicked.connect(self.delete_requested)
        self.retranslate()

    def sync(self, model: ModelSpec, saved: bool) -> None:
        """Save: any model with its architecture (a preset, a file, an edited one); delete: a
        saved one."""
        self.save.setEnabled(model.editable)
        self.delete.setEnabled(saved)

    def retranslate(self) -> None:
        self.save.setText(self.tr("Save as my model…"))
        self.save.setToolTip(self.tr(
            "Keep this model, with your architecture edits, under a name of your choice: it is "
            "listed under “My saved models”, also after a restart."))
        self.delete.setText(self.tr("Delete my model"))
        self.delete.setToolTip(self.tr(
            "Remove the selected model from your saved models (asks first)."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
