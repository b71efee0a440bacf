"""Model descriptions: presets, file importers (GGUF, Hugging Face folders) and classification."""
