"""license-gate's test suite."""
