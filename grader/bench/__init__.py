"""Benchmarks (not tests): `python -m grader.bench.network`."""
