"""'Show the work': every figure with its formula, the numbers plugged in, and its source."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.result import Estimate
from gpuscope.text import Message, Template
from gpuscope.ui.i18n import fmt, render, text


class ExplainPanel(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("explainPanel")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(3, 220)
        self.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.items: tuple[ExplainItem, ...] = ()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Quantity"), self.tr("Value"), self.tr("How it is computed"),
             self.tr("Source")])
        self.setAccessibleName(self.tr("Show the work"))
        self._fill()

    def show_estimate(self, e: Estimate) -> None:
        self.items = e.explain
        self._fill()

    def _fill(self) -> None:
        """Update the cells in place (new items on every estimate cost more than the estimate)."""
        if self.rowCount() != len(self.items):
            self.setRowCount(len(self.items))
        changed = False
        for row, it in enumerate(self.items):
            src = it.source
            source = text(src) if isinstance(src, Template) else (
                render(src) if isinstance(src, Message) else str(src))
            formula = text(it.formula)
            cells = [text(it.quantity), fmt(it.value), f"{formula}\n= {render(it.substituted)}",
                     source]
            for col, value in enumerate(cells):
                item = self.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    align = Qt.AlignmentFlag.AlignRight if col == 1 else Qt.AlignmentFlag.AlignLeft
                    item.setTextAlignment(align | Qt.AlignmentFlag.AlignTop)
                    self.setItem(row, col, item)
                if item.text() != value:
                    item.setText(value)
                    item.setToolTip(value)
                    changed = True
        if changed:
            self.resizeColumnToContents(0)
            self.resizeColumnToContents(1)
            self.resizeRowsToContents()

    def row_texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() for c in range(self.columnCount())]
                for r in range(self.rowCount())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
