"""Loading script for the ANLP SciNER test sentences (placeholder)."""
