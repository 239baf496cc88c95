"""srlcap_trainer: a small FiGCLIP-style trainer for srlcap's Parquet.

Separate top-level package (not ``trainer``) so it cannot clash with other installed
packages, and so the torch-free ``srlcap`` core never imports it. Modules:

- ``lora``: LoRA adapters on open_clip attention (q/k/v slices of ``in_proj_weight``).
- ``contextualiser``: transformer over video/event/frame tokens.
- ``losses``: InfoNCE with padded, masked hard negatives.
- ``model``: open_clip + LoRA + contextualiser, and the four FiGCLIP losses.
- ``data``: Parquet clips, frame sampling per event, batches with fixed K negatives.
- ``train`` / ``evaluate``: the loops; ``checkpoint``: atomic safetensors with resume.
- ``settings``: every setting's default and help, torch-free (``ModelConfig``, ``TrainConfig``, ``EvalConfig``).
- ``commands``: ``srlcap train``, ``eval`` and ``demo``, their options generated from ``settings``.
- ``demo``: a synthetic world of moving shapes, end to end.
"""
__all__ = ["__version__"]
__version__ = "0.1.0"
