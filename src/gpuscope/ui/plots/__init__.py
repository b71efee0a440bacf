"""pyqtgraph plots, each created once and updated with ``setData`` on every estimate."""
