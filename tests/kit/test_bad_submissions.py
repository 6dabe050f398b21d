"""A broken submission is graded exercise by exercise, with a plain message each time."""
from __future__ import annotations

import dataclasses

import pytest

from grader import ROOT, catalogue, runner

from .conftest import make_submission

GOOD = (ROOT / "solutions" / "ch1" / "perceptron.py").read_text()

CASES = {
    "syntax_error": ("def perceptron(x, w, b)\n    return 1\n", "error", "syntax error on line 1"),
    "missing_function": ("import numpy as np\n\ndef perceptron(x, w, b):\n    return int(np.dot(w, x) + b > 0)\n",
                         "failing", "has no `nand_parameters`"),
    "exception": (GOOD + "\ndef nand_parameters():\n    return {}['w']\n", "failing", "raised KeyError"),
    "endless_loop": (GOOD + "\ndef perceptron(x, w, b):\n    while True:\n        pass\n", "failing",
                     "did not finish within"),
    "os_exit": (GOOD + "\nimport os\ndef nand_parameters():\n    os._exit(0)\n", "failing",
                "ended its own process"),
    "import_crash": ("raise RuntimeError('boom at import')\n", "error", "importing ch1/perceptron.py raised RuntimeError"),
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Each case is one submission with the broken perceptron AND a second, correct exercise."""
    base = tmp_path_factory.mktemp("bad")
    ex = dataclasses.replace(catalogue.get("ch1.perceptron"), timeout=1.5)
    others = [e for e in catalogue.all_exercises() if e.id != ex.id and not e.slow][:2]
    assert others, "the catalogue should hold more exercises than ch1.perceptron"
    results = {}
    for name, (source, _, _) in CASES.items():
        files = {"ch1/perceptron.py": source}
        for o in others:
            files[o.relpath] = o.solution_path.read_text()
        root = make_submission(base / name, files)
        results[name] = {r.id: r for r in runner.grade(root, [ex] + others, isolation="subprocess")}
    return results, others


@pytest.mark.parametrize("case", CASES)
def test_broken_exercise_costs_only_itself(case, graded):
    results, others = graded
    _, status, words = CASES[case]
    r = results[case]["ch1.perceptron"]
    assert r.status == status, f"{case}: status {r.status}, message {r.message}"
    assert words in r.message, f"{case}: the message should say {words!r}, it says {r.message!r}"
    assert "Traceback" not in r.message and "File \"" not in r.message, f"{case}: a traceback leaked: {r.message}"
    assert r.score < r.points, f"{case} earned full marks"
    for o in others:
        assert results[case][o.id].status == "passed", f"{case}: the correct {o.id} was not graded as passed"
