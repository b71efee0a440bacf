"""The model argument: file paths, GGUF placeholders, Hugging Face repositories."""

from __future__ import annotations

from dataclasses import replace

from gpuscope.estimate.plans.model_ref import hf_repo, model_ref
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

Q = get_quantization


def test_repository_from_the_architecture_citation() -> None:
    # "meta-llama/Llama-2-70b-hf config.json, copy at https://huggingface.co/TheBloke/..."
    assert hf_repo(get_preset("llama-2-70b")) == "meta-llama/Llama-2-70b-hf"
    assert hf_repo(get_preset("qwen2.5-7b")) == "Qwen/Qwen2.5-7B"
    # R1 shares V3's config; the repository named after the preset wins
    assert hf_repo(get_preset("deepseek-r1")) == "deepseek-ai/DeepSeek-R1"
    assert hf_repo(get_preset("resnet-50")) is None


def test_references_per_engine() -> None:
    m = get_preset("llama-3.1-8b")
    gguf = model_ref(m, Q("q4_k_m"), "llama.cpp")
    assert gguf.placeholder and gguf.value == "<path to Llama-3.1-8B-Q4_K_M.gguf>"
    assert model_ref(m, Q("bf16"), "vllm").value == "meta-llama/Llama-3.1-8B"
    assert model_ref(m, Q("int4"), "vllm").placeholder
    f = replace(m, source_path="/m/x.gguf", file_quantization="q4_k_m")
    assert model_ref(f, Q("q4_k_m"), "ollama").value == "/m/x.gguf"
    v = model_ref(f, Q("q4_k_m"), "vllm")
    assert (v.value, v.tokenizer, v.placeholder) == ("/m/x.gguf", "meta-llama/Llama-3.1-8B", False)


def test_a_file_is_named_only_at_its_own_quantization() -> None:
    f = replace(get_preset("llama-3.1-8b"), source_path="/m/x.Q8_0.gguf", file_quantization="q8_0")
    assert model_ref(f, Q("q8_0"), "llama.cpp").value == "/m/x.Q8_0.gguf"
    other = model_ref(f, Q("q4_k_m"), "llama.cpp")
    assert other.placeholder and other.value == "<path to Llama-3.1-8B-Q4_K_M.gguf>"
    folder = replace(get_preset("llama-3.1-8b"), source_path="/m/llama", file_quantization="bf16")
    assert model_ref(folder, Q("fp8"), "vllm").value == "/m/llama"  # quantized on load
    assert model_ref(folder, Q("int4"), "vllm").placeholder


def test_repository_source_names_the_base_model() -> None:
    # the Llama 3.1 family downloads from one naming scheme, base weights, not Instruct
    repos = {m: hf_repo(get_preset(m)) for m in ("llama-3.1-8b", "llama-3.1-70b",
                                                  "llama-3.1-405b")}
    assert all(r and r.startswith("meta-llama/Llama-3.1-") for r in repos.values()), repos
    assert hf_repo(get_preset("qwen2.5-1.5b")) == "Qwen/Qwen2.5-1.5B"
    assert hf_repo(get_preset("qwen2.5-coder-32b")) == "Qwen/Qwen2.5-Coder-32B"
    # only an Instruct model was published: the citation's repository stays
    assert hf_repo(get_preset("llama-3.3-70b")) == "meta-llama/Llama-3.3-70B-Instruct"


def test_repository_source_is_a_cited_huggingface_page() -> None:
    from gpuscope.models.presets import all_presets

    for m in all_presets():
        cite = m.sources.get("repository")
        if cite:
            repo = hf_repo(m)
            assert repo and f"https://huggingface.co/{repo}" in cite, m.id
