"""Shared fixtures for the kit's own tests."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from grader import ROOT, catalogue, data
from grader.sandbox import Worker


FULL_SET_MISSING = ("need the full MNIST set (the four official .gz files), which is not here: run "
                    "`nndl data fetch` (into the kit's data/) or set NNDL_DATA to a folder holding them")


@pytest.fixture(scope="session")
def full_mnist() -> Path:
    """The folder of the four official MNIST files, as the kit itself finds them: NNDL_DATA,
    then the kit's data/.  Without them the test is skipped, with one line saying how to get them."""
    env = os.environ.get(data.ENV)
    for folder in ([Path(env).expanduser()] if env else []) + [data.DATA_DIR]:
        if folder.is_dir() and data.has_full_set(folder):
            return folder.resolve()
    pytest.skip(FULL_SET_MISSING)


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


def pytest_terminal_summary(terminalreporter):
    """One line for every test skipped for want of the full MNIST set (pytest hides skip reasons)."""
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if isinstance(r.longrepr, tuple) and FULL_SET_MISSING in str(r.longrepr[-1])]
    if skipped:
        terminalreporter.write_line(f"{len(skipped)} test(s) skipped; they {FULL_SET_MISSING}", yellow=True)
