"""Subcommands: one module each, registered in license_gate.cli.COMMANDS."""
