"""Loading script for our annotated SciNER conll data (placeholder)."""
