"""Shared test support: the fake Hub server and its pytest fixtures."""
