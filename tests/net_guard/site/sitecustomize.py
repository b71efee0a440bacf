"""Installs the network guard at interpreter start-up (PYTHONPATH puts this folder first)."""

import gpuscope_net_guard

gpuscope_net_guard.install_from_env()
