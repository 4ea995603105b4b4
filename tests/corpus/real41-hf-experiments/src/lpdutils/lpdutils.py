"""LPDUtils helpers (placeholder)."""
