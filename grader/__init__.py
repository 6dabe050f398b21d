"""nndl-kit: exercises and an isolated grader for chapters 1-3 of Nielsen's book.

The kit lives in a checkout (or a student bundle) laid out as
    exercises/  solutions/  tests/  grader/  data/
and ROOT is that folder.
"""
from pathlib import Path

__version__ = "0.1.0"

ROOT = Path(__file__).resolve().parent.parent
