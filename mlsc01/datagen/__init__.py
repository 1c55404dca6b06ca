"""Seeded generators for the course data sets: one module per data set, no network."""
