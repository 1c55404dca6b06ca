"""mlsc01: the toolkit of the open MLS-C01 course (goal catalog, checks, grading, the mlsc01 command)."""

__version__ = "0.1.0"
