"""Fakes used by the tests; only at the NVML boundary (see fake_pynvml)."""
