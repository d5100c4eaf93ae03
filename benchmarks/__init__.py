"""Doorman's benchmarks: `python -m benchmarks [--quick] [--json PATH]`. Not part of the test suite."""
