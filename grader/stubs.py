"""Stub generation: exercises/ is solutions/ with every answer region removed.

A solution marks what the student writes with nbgrader's own markers::

        ### BEGIN SOLUTION
        return np.where(z > 0, 1, 0)
        ### END SOLUTION

and the stub holds, at the same indentation::

        # YOUR CODE HERE
        raise NotImplementedError()

Regions sit inside function bodies (a module-level region cannot be stubbed).
"""
from __future__ import annotations

import re
from pathlib import Path

from . import ROOT

BEGIN = re.compile(r"^(?P<indent>[ \t]*)### BEGIN SOLUTION\s*$")
END = re.compile(r"^[ \t]*### END SOLUTION\s*$")
HIDDEN_BEGIN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS\s*$")


class StubError(ValueError):
    pass


def make_stub(source: str, filename: str = "<solution>") -> str:
    out: list[str] = []
    inside = None
    regions = 0
    for lineno, line in enumerate(source.splitlines(keepends=True), 1):
        m = BEGIN.match(line)
        if m:
            if inside is not None:
                raise StubError(f"{filename}:{lineno}: BEGIN SOLUTION inside another region")
            indent = m.group("indent")
            if not indent:
                raise StubError(f"{filename}:{lineno}: a solution region must sit inside a function")
            inside = lineno
            regions += 1
            out.append(f"{indent}# YOUR CODE HERE\n{indent}raise NotImplementedError()\n")
            continue
        if END.match(line):
            if inside is None:
                raise StubError(f"{filename}:{lineno}: END SOLUTION without BEGIN")
            inside = None
            continue
        if HIDDEN_BEGIN.match(line):
            raise StubError(f"{filename}:{lineno}: hidden tests do not belong in a solution file")
        if inside is None:
            out.append(line)
    if inside is not None:
        raise StubError(f"{filename}:{inside}: BEGIN SOLUTION is never closed")
    if regions == 0:
        raise StubError(f"{filename}: no ### BEGIN SOLUTION region, so the stub would be the answer")
    return "".join(out)


def solution_files(root: Path = ROOT) -> list[Path]:
    base = root / "solutions"
    return sorted(p for p in base.rglob("*.py") if p.name != "__init__.py")


def expected_stubs(root: Path = ROOT) -> dict[Path, str]:
    """Map each exercises/ path to the text it must have."""
    out = {}
    for sol in solution_files(root):
        rel = sol.relative_to(root / "solutions")
        out[root / "exercises" / rel] = make_stub(sol.read_text(encoding="utf-8"), str(rel))
    for init in (root / "solutions").rglob("__init__.py"):
        rel = init.relative_to(root / "solutions")
        out[root / "exercises" / rel] = init.read_text(encoding="utf-8")
    return out


def drift(root: Path = ROOT) -> list[str]:
    """Human-readable differences between exercises/ and what solutions/ generates."""
    problems = []
    want = expected_stubs(root)
    for path, text in want.items():
        rel = path.relative_to(root)
        if not path.exists():
            problems.append(f"{rel} is missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{rel} differs from the stub generated from solutions/")
    for path in (root / "exercises").rglob("*.py"):
        if path not in want:
            problems.append(f"{path.relative_to(root)} has no solution in solutions/")
    return problems


def regenerate(root: Path = ROOT) -> list[Path]:
    """Write exercises/ from solutions/; returns the files that changed."""
    changed = []
    for path, text in expected_stubs(root).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
