"""GPU interconnects: what moving activations between GPUs (and to the host) costs.

A transfer of ``n`` bytes costs ``latency + n / bandwidth`` (bandwidth per direction). Tensor
parallelism adds two all-reduces per layer (after attention and after the FFN) of
``batch x d_model x 2 B`` (16-bit activations); a ring all-reduce over ``N`` devices moves
``2 (N-1)/N`` times the message through each link::

    t_comm = 2 x layers x (latency + 2 (N-1)/N x batch x d_model x 2 B / bandwidth)

A layer split (pipeline) hands the hidden state (``batch x d_model x 4 B``, F32 in llama.cpp) to the
next device once per boundary per token.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.errors import InputError
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.text import QT_TRANSLATE_NOOP

_UNKNOWN_LINK = QT_TRANSLATE_NOOP(
    "Errors", "Unknown link '{link}': use pcie3, pcie4, pcie5 or nvlink.")

_PCIE_SRC = ("PCI-SIG: {rate} GT/s per lane, 128b/130b encoding, x16 = {gbs} GB/s per direction; "
             "small-message all-reduce latency over PCIe assumed 20 us (about twice NVLink's)")
_NVLINK_SRC = ("NVIDIA {doc}: {total} GB/s total NVLink bandwidth per GPU = {gbs} GB/s per "
               "direction; 2-GPU NCCL all-reduce of small messages ~10 us on DGX A100 "
               "(NVIDIA/nccl-tests#123), ~6 us with NVLink SHARP on H100 (NVIDIA/nccl#1259)")


@dataclass(frozen=True)
class Link:
    id: str
    name: str  # a product term, not translated ("PCIe 4.0 x16", "NVLink 4")
    bandwidth: float  # bytes/s per direction
    latency_s: float  # one small all-reduce / hand-over
    source: str

    def transfer_s(self, n_bytes: float) -> float:
        return self.latency_s + n_bytes / self.bandwidth

    def allreduce_s(self, n_bytes: float, n_devices: int) -> float:
        """Ring all-reduce of a message of ``n_bytes`` over ``n_devices``."""
        if n_devices <= 1:
            return 0.0
        return self.latency_s + 2.0 * (n_devices - 1) / n_devices * n_bytes / self.bandwidth


def _pcie(gen: int, rate: int) -> Link:
    gbs = rate * 16 * 128 / 130 / 8
    return Link(f"pcie{gen}", f"PCIe {gen}.0 x16", gbs * 1e9, 20e-6,
                _PCIE_SRC.format(rate=rate, gbs=f"{gbs:.1f}"))


PCIE = {3: _pcie(3, 8), 4: _pcie(4, 16), 5: _pcie(5, 32)}

#: NVLink per GPU generation (compute capability major, minor): name, total GB/s, document.
_NVLINK: dict[tuple[int, int], tuple[str, float, str]] = {
    (7, 0): ("NVLink 2", 300, "V100 datasheet"),
    (8, 0): ("NVLink 3", 600, "A100 datasheet"),
    (8, 6): ("NVLink bridge (GA102)", 112.5, "GA102 (Ampere GeForce) whitepaper"),
    (9, 0): ("NVLink 4", 900, "H100 SXM datasheet"),
    (10, 0): ("NVLink 5", 1800, "B200 datasheet"),
}


def nvlink_for(gpu: GpuSpec) -> Link:
    """The NVLink of ``gpu``'s generation (the nearest older one for unlisted generations)."""
    cc = gpu.compute_capability
    key = max((k for k in _NVLINK if k <= cc), default=(7, 0))
    name, total, doc = _NVLINK[key]
    gbs = total / 2
    return Link("nvlink", name, gbs * 1e9, 8e-6,
                _NVLINK_SRC.format(doc=doc, total=f"{total:g}", gbs=f"{gbs:g}"))


def pcie_for(gpu: GpuSpec) -> Link:
    """The PCIe generation of a GPU's host interface (Hopper / Blackwell 5, Ampere / Ada 4)."""
    cc = gpu.compute_capability
    return PCIE[5 if cc >= (9, 0) else 4 if cc >= (8, 0) else 3]


def default_link(gpus: tuple[GpuSpec, ...]) -> Link:
    """NVLink for SXM parts (they are only sold on NVLink baseboards), else the slowest PCIe."""
    if all("SXM" in g.name.upper() or g.name.upper().startswith(("B200", "GB200")) for g in gpus):
        return nvlink_for(min(gpus, key=lambda g: g.compute_capability))
    return min((pcie_for(g) for g in gpus), key=lambda link: link.bandwidth)


def get_link(link_id: str, gpus: tuple[GpuSpec, ...]) -> Link:
    """``pcie3`` / ``pcie4`` / ``pcie5`` / ``nvlink`` (of the GPUs' generation)."""
    key = link_id.strip().lower().replace(".", "").replace(" ", "")
    if key == "nvlink":
        return nvlink_for(min(gpus, key=lambda g: g.compute_capability))
    if key in ("pcie3", "pcie4", "pcie5"):
        return PCIE[int(key[-1])]
    raise InputError(_UNKNOWN_LINK(link=link_id))
