"""load_results helper (placeholder)."""
