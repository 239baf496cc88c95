"""Synthetic-world demonstration (world generator and the `srlcap demo` pipeline)."""
