"""NmtDataLoader and Processor (placeholder)."""
