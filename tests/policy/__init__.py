"""Tests of the policy stage (issue 5)."""
