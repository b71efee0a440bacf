"""Model and GPU fixtures for engine tests, built from the sourced reference figures."""

from __future__ import annotations

import pytest

from gpuscope.hardware.gpu import Figure, GpuSpec, Provenance
from gpuscope.models.spec import Family, ModelSpec, TransformerSpec

P = Provenance.PUBLISHED


def llama(n_layers: int, d: int, heads: int, kv: int, ffn: int, vocab: int, ctx: int,
          params: int, name: str) -> ModelSpec:
    spec = TransformerSpec(n_layers=n_layers, d_model=d, n_heads=heads, n_kv_heads=kv,
                           head_dim=d // heads, ffn_dim=ffn, vocab_size=vocab, max_context=ctx)
    return ModelSpec(name, name, Family.TRANSFORMER, params, transformer=spec, arch="llama")


# reference/model_configs.csv
LLAMA2_7B = llama(32, 4096, 32, 32, 11008, 32000, 4096, 6_738_415_616, "llama-2-7b")
LLAMA2_13B = llama(40, 5120, 40, 40, 13824, 32000, 4096, 13_015_864_320, "llama-2-13b")
LLAMA2_70B = llama(80, 8192, 64, 8, 28672, 32000, 4096, 68_976_648_192, "llama-2-70b")
CODELLAMA_7B = llama(32, 4096, 32, 32, 11008, 32016, 16384, 6_738_546_688, "codellama-7b")
LLAMA3_8B = llama(32, 4096, 32, 8, 14336, 128256, 8192, 8_030_261_248, "llama-3-8b")


def gpu(name: str, mem_gib: float, bw_gbs: float, cc: tuple[int, int], fp32: float,
        fp16: float, fp16_acc16: float, int8: float | None) -> GpuSpec:
    peaks = {"fp32": fp32, "fp16": fp16, "fp16_acc16": fp16_acc16, "bf16": fp16, "int8": int8}
    return GpuSpec(name, "test", cc, Figure(mem_gib * 2**30, P, "test"),
                   Figure(bw_gbs * 1e9, P, "test"),
                   {k: (Figure(v * 1e12, P, "test") if v else None) for k, v in peaks.items()},
                   sparsity=cc >= (8, 0))


# reference/gpu_specs.csv (NVIDIA Ada whitepaper v2.02 App. A; A100 whitepaper Table 3)
RTX_4090 = gpu("GeForce RTX 4090", 24, 1008, (8, 9), 82.6, 165.2, 330.3, 660.6)
A100_80 = gpu("A100 SXM4 80GB", 80, 2039, (8, 0), 19.5, 312, 312, 624)
RTX_3060 = gpu("GeForce RTX 3060 12GB", 12, 360, (8, 6), 12.7, 25.5, 51, 101.9)


@pytest.fixture
def rtx4090() -> GpuSpec:
    return RTX_4090
