"""Dagster objects only: assets, checks and resources over the pure pipeline modules."""
