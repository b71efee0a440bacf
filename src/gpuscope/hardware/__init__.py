"""Hardware knowledge: the GPU catalogue, peak derivation, NVML access, snapshots, telemetry."""
