"""Compatibility entry point for ``schematic train``."""
from schematic_model.training import main

if __name__ == "__main__":
    raise SystemExit(main())
