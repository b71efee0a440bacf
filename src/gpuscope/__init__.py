"""gpuscope: what can this NVIDIA GPU do, will this model fit, and how fast will it run?

Everything in this package except :mod:`gpuscope.ui` is Qt-free: the command line and the window
are two faces of the same core.
"""

__version__ = "0.1.0"
APP_ID = "io.github.gpuscope.GpuScope"
