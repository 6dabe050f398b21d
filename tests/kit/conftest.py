"""Shared fixtures for the kit's own tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from grader import ROOT, catalogue
from grader.sandbox import Worker


@pytest.fixture(scope="session")
def batch_dir(tmp_path_factory) -> Path:
    """A folder holding many small trusted submissions, graded by one shared worker.

    The worker reads the folder itself (``copy=False``): submissions are added while it runs."""
    return tmp_path_factory.mktemp("submissions")


@pytest.fixture(scope="session")
def shared_worker(batch_dir):
    worker = Worker(batch_dir, isolation="subprocess", copy=False)
    worker.start()
    yield worker
    worker.close()


def make_submission(dest: Path, files: dict[str, str]) -> Path:
    """Write a submission folder: {relpath: source}."""
    for rel, text in files.items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return dest


def copy_tree(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest
