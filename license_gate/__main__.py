"""`python -m license_gate`."""

from __future__ import annotations

from license_gate.cli import main

raise SystemExit(main())
