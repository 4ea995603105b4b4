"""Accuracy harness for the scanner (issue 3): labelled corpus checks and precision/recall."""
