"""The PySide6 + pyqtgraph window: a thin shell over the Qt-free core (the only Qt package)."""
