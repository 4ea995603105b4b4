"""Tests of resolution, the cache, the lockfile and drift."""
