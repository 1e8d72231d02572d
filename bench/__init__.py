"""Benchmarks: scripts that print figures, each against a baseline measured in the same run. Not tests."""
