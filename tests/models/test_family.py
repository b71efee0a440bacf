"""Model families for the "what runs here?" filter."""

from __future__ import annotations

from dataclasses import replace

from gpuscope.models.family import model_family
from gpuscope.models.presets import all_presets, get_preset


def test_presets_fall_into_the_families_their_makers_name() -> None:
    expect = {"llama-3.1-8b": "Llama", "codellama-7b": "Code Llama", "qwen2.5-coder-7b": "Qwen",
              "deepseek-r1-distill-qwen-7b": "DeepSeek", "mixtral-8x7b": "Mixtral",
              "mistral-nemo-12b": "Mistral", "gpt-oss-20b": "gpt-oss", "phi-4": "Phi",
              "gemma-2-9b": "Gemma", "resnet-50": "ResNet"}
    for mid, family in expect.items():
        assert model_family(get_preset(mid)) == family, mid
    assert all(model_family(m) for m in all_presets())


def test_local_files_use_their_name_then_architecture() -> None:
    base = get_preset("llama-3.1-8b")
    named = replace(base, id="Meta-Llama-3.1-8B-Q4_K_M.gguf", name="Meta Llama 3.1 8B Instruct",
                    source_path="/m/a.gguf")
    assert model_family(named) == "Llama"
    anonymous = replace(base, id="model.gguf", name="model", arch="qwen2", source_path="/m/b")
    assert model_family(anonymous) == "Qwen"
    unknown = replace(base, id="x.gguf", name="Zephyr Beta", arch="zzz", source_path="/m/c")
    assert model_family(unknown) == "Zephyr"
