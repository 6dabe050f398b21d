"""Answers are data: no check and no part of the grader turns a student's answer into code.

sympy's lambdify writes Python source containing each symbol's name and runs it;
sympify and parse_expr evaluate text; eval, exec and compile run code.  A name
like ``__import__('os').system(...)`` inside a symbolic answer would run in the
grader.  So checks never call any of them (they compare with sympy and evaluate
by substitution: grader.checks.values_at), the grader calls them only where the
input is the kit's own, and every name in a symbolic answer is a plain
identifier (grader.wire.check_name).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import sympy

from grader import wire
from grader.catalogue import ROOT

CHECK_FILES = sorted([*ROOT.glob("tests/ch*/test_*.py"), *ROOT.glob("grader/hidden/ch*/test_*.py"),
                      *ROOT.glob("grader/probes/**/*.py")])
FORBIDDEN = {"lambdify", "sympify", "parse_expr", "parse_srepr", "parse_formula", "eval", "exec",
             "__import__", "S", "Unpickler", "system", "popen"}
BUILTINS_ONLY = {"compile"}                       # re.compile is fine; compile(...) is not
PICKLERS = {"pickle", "marshal", "dill", "cloudpickle", "joblib", "shelve"}
# Grader modules that may use one of them on input that is the kit's own, and why.
ALLOWED_IN_GRADER = {
    ("worker.py", "exec"): "runs a probe's source inside the sandbox (the kit's own public code)",
    ("worker.py", "compile"): "compiles a probe's source inside the sandbox",
    ("nbgrader_course.py", "exec"): "imports the kit's own check source from a course notebook",
    ("nbgrader_course.py", "compile"): "compiles the kit's own check source",
    ("wire.py", "sympify"): "sympify of numbers built by the parser itself (check_power)",
    ("derivation.py", "sympify"): "sympify(strict=True) of expressions, never of text",
}


def _calls(path: Path):
    """(name, line, node) of every call that could turn data into code."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Name):
            yield f.id, node.lineno, node
        elif isinstance(f, ast.Attribute):
            owner = getattr(f.value, "id", "")
            if owner in PICKLERS:
                yield f"{owner}.{f.attr}", node.lineno, node
            elif f.attr == "load" and any(k.arg == "allow_pickle" and getattr(k.value, "value", None) is True
                                          for k in node.keywords):
                yield "load(allow_pickle=True)", node.lineno, node
            elif f.attr not in BUILTINS_ONLY:
                yield f.attr, node.lineno, node


def test_there_are_check_files_to_scan():
    assert len(CHECK_FILES) >= 100, f"expected the visible and hidden checks, found {len(CHECK_FILES)} files"


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_checks_never_turn_answers_into_code(path):
    bad = [(name, line) for name, line, _ in _calls(path)
           if name in FORBIDDEN or name in BUILTINS_ONLY or "." in name or "allow_pickle" in name]
    assert not bad, (f"{path.relative_to(ROOT)} calls {bad}: a check compares answers with sympy and "
                     "evaluates them with grader.checks.values_at / small_at, and reads them with "
                     "as_expr; it never generates or runs code from them")


def test_grader_modules_use_code_from_text_only_where_allowed():
    found = []
    for path in sorted((ROOT / "grader").rglob("*.py")):
        if "hidden" in path.parts or "probes" in path.parts or "bench" in path.parts:
            continue
        for name, line, _ in _calls(path):
            risky = name in {"lambdify", "parse_expr", "eval", "exec", "compile", "__import__", "sympify"} \
                or "." in name or "allow_pickle" in name
            if risky and (path.name, name) not in ALLOWED_IN_GRADER:
                found.append(f"{path.relative_to(ROOT)}:{line} {name}")
    assert not found, f"the grader turns text into code here: {found}"


# ------------------------------------------------------------------ names are identifiers

EVIL_NAMES = ["__import__('os').system('touch /tmp/x')", "a b", "x;y", "1x", "__class__", "x.y",
              "é" * 3, "a" * 65, "", "x\n", "lambda: 0"]


@pytest.mark.parametrize("name", EVIL_NAMES, ids=range(len(EVIL_NAMES)))
@pytest.mark.parametrize("ctor", ["Symbol", "Function", "Dummy", "IndexedBase", "MatrixSymbol"])
def test_srepr_names_must_be_identifiers(ctor, name):
    text = {"Symbol": f"Symbol({name!r})", "Function": f"Function({name!r})(Symbol('x'))",
            "Dummy": f"Dummy({name!r})", "IndexedBase": f"IndexedBase({name!r})",
            "MatrixSymbol": f"MatrixSymbol({name!r}, Integer(2), Integer(2))"}[ctor]
    with pytest.raises(wire.BadAnswer, match="not allowed|letters, digits"):
        wire.parse_srepr(text)


@pytest.mark.parametrize("name", ["x", "sigma_prime", "w11", "_t", "a_j", "Z" * 64])
def test_plain_names_still_parse(name):
    x = sympy.Symbol("x")
    assert wire.parse_srepr(sympy.srepr(sympy.Symbol(name) + 1)) == sympy.Symbol(name) + 1, name
    f = sympy.Function(name)
    assert wire.parse_srepr(sympy.srepr(f(x))) == f(x), name


def test_text_formulas_refuse_strings_as_names():
    with pytest.raises(wire.BadAnswer):
        wire.safe_parse_expr("Symbol('__import__(1)')")
    with pytest.raises(wire.BadAnswer):
        wire.safe_parse_expr("x + __import__")


def test_derivation_text_steps_refuse_code():
    from grader.derivation import parse_math
    for text in ["__import__('os')", "C.__class__", "diff(x, 'y')", "Symbol('a b')"]:
        with pytest.raises(ValueError):
            parse_math(text, symbols=["x"], functions=["C"])


@pytest.mark.parametrize("text", [
    "Symbol('x', evaluate=Integer(1))",
    "Float('1e5', precision=Integer(100000000))",
    "Float('__import__')",
    "Add(Symbol('x'), 'y')",
    "Pow(Pow(Integer(9), Integer(100000)), Integer(100000))",
    "Mul(" + ", ".join(["Pow(Integer(10), Integer(99999))"] * 40) + ")",
    "Pow(Rational(10**20, 3), Integer(99999))".replace("10**20", str(10**20)),
])
def test_srepr_keywords_text_and_powers_are_bounded(text):
    import time
    started = time.monotonic()
    with pytest.raises(wire.BadAnswer):
        wire.parse_srepr(text)
    assert time.monotonic() - started < 5, f"refusing {text} took too long"


def test_values_at_evaluates_without_generating_code():
    from grader.checks import small_at, values_at
    x, y = sympy.symbols("x y")
    assert values_at(x * y + 1, [x, y], [(2, 3)]) == [7], "2*3 + 1"
    assert small_at(sympy.sin(x) ** 2 + sympy.cos(x) ** 2 - 1, [x], [[0.3], [1.7]], 1e-20), "identity"
    weird = sympy.Symbol("q")  # a symbol left over: not a number, never a pass
    assert not small_at(weird * x, [x], [[1.0]], 1e-9), "a leftover symbol must not count as zero"


# ------------------------------------------------------------------ end to end, through the grader

def _payload(marker: Path) -> str:
    return f"__import__('pathlib').Path({str(marker)!r}).touch()"


ROUTES = {
    # exercise id, the function to replace, its body (MARK: the code that must never run)
    "symbol_name": ("ch3.sigmoid_prime", "sigmoid_prime_in_s",
                    "    import sympy\n    return s * (1 - s) + sympy.Symbol(MARK)\n"),
    "function_name": ("ch3.sigmoid_prime", "sigmoid_prime_in_s",
                      "    import sympy\n    return s * (1 - s) + sympy.Function(MARK)(s)\n"),
    "derivation_text": ("ch3.tanh_identity", "derivation",
                        "    return [MARK, MARK, MARK]\n"),
    "indexed_name": ("ch3.sigmoid_prime", "sigmoid_prime_in_s",
                     "    import sympy\n    return s * (1 - s) + sympy.IndexedBase(MARK)[0]\n"),
}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_a_name_in_an_answer_never_runs_in_the_grader(route, tmp_path):
    from grader import catalogue, runner

    from .conftest import make_submission
    ex_id, fn, body = ROUTES[route]
    ex = catalogue.get(ex_id)
    marker = tmp_path / "grader_ran_student_code"
    source = ex.solution_path.read_text(encoding="utf-8")
    args = {"sigmoid_prime_in_s": "s", "derivation": "z"}[fn]
    source += f"\n\ndef {fn}({args}):\n" + body.replace("MARK", repr(_payload(marker)))
    root = make_submission(tmp_path / "sub", {ex.relpath: source})
    [result] = runner.grade(root, [ex], isolation="subprocess")
    assert not marker.exists(), f"{route}: the grader ran code from a name in a symbolic answer"
    assert result.score < ex.points, f"{route}: the poisoned answer earned full marks"
    hit = [c for c in result.checks if not c.passed]
    assert hit and all("Traceback" not in c.message for c in hit), f"{route}: {[c.message for c in hit]}"
    if route != "derivation_text":
        assert any("not allowed" in c.message for c in hit), \
            f"{route}: the feedback should say the name is not allowed: {[c.message for c in hit]}"


# ------------------------------------------------------------------ probes are public

def test_probes_live_only_in_the_public_probe_package():
    import re
    offenders = [str(p.relative_to(ROOT)) for p in CHECK_FILES
                 if "probes" not in p.parts and re.search(r"^@probe\b", p.read_text(encoding="utf-8"), re.M)]
    assert not offenders, f"probes travel into the sandbox, so they must be public: move them to grader/probes/ ({offenders})"
    probe_files = list((ROOT / "grader" / "probes").rglob("*.py"))
    assert any("@probe" in p.read_text(encoding="utf-8") for p in probe_files), "expected probes in grader/probes/"


def test_a_probe_defined_elsewhere_is_refused():
    from grader.checks import probe
    from grader.submission import probe_source

    def secret(mod):
        return 1
    secret.__module__ = "nndl_checks.grader_hidden_ch1_test_x"
    with pytest.raises(TypeError, match="grader/probes"):
        probe_source(probe(secret))


def _poisoned_sigmoid_prime(marker: Path) -> str:
    ex_source = _catalogue_get("ch3.sigmoid_prime").solution_path.read_text(encoding="utf-8")
    return ex_source + ("\n\ndef sigmoid_prime_in_s(s):\n    import sympy\n"
                        f"    return s * (1 - s) + sympy.Symbol({_payload(marker)!r})\n")


def _catalogue_get(ex_id: str):
    from grader import catalogue
    return catalogue.get(ex_id)


def test_gradescope_route_never_runs_a_name(tmp_path):
    """The Gradescope bundle's entry point (gradescope.run, what run_autograder calls)."""
    import json

    from grader import gradescope
    marker = tmp_path / "grader_ran_student_code"
    upload = tmp_path / "upload" / "ch3"
    upload.mkdir(parents=True)
    (upload / "sigmoid_prime.py").write_text(_poisoned_sigmoid_prime(marker), encoding="utf-8")
    results = tmp_path / "results.json"
    payload = gradescope.run(tmp_path / "upload", results, only="ch3.sigmoid_prime", isolation="subprocess")
    assert not marker.exists(), "the Gradescope route ran code from a name in a symbolic answer"
    [test] = payload["tests"]
    assert test["score"] < test["max_score"], f"the poisoned answer earned {test['score']}"
    assert "not allowed" in test["output"], test["output"]
    assert "Traceback" not in json.dumps(json.loads(results.read_text(encoding="utf-8")))


def test_nbgrader_route_never_runs_a_name(tmp_path):
    """Notebooks through `nndl grade --nbgrader` (the secure path), with the real nbgrader."""
    import json
    import os
    import subprocess
    import sys

    pytest.importorskip("nbgrader", reason="nbgrader is not installed: pip install -e '.[test]'")
    from grader import nbgrader_course
    target = _catalogue_get("ch3.sigmoid_prime")
    marker = tmp_path / "grader_ran_student_code"
    course = tmp_path / "course"
    nbgrader_course.build(course, [3])
    for nb in (course / "source" / "ch3").glob("*.ipynb"):
        if nb.name != f"{target.name}.ipynb":
            nb.unlink()
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    gen = subprocess.run([str(bin_dir / "nbgrader"), "generate_assignment", "ch3"], cwd=course, env=env,
                         capture_output=True, text=True, timeout=600)
    assert gen.returncode == 0, gen.stderr[-2000:]
    nb = json.loads((course / "release" / "ch3" / f"{target.name}.ipynb").read_text(encoding="utf-8"))
    answer = nbgrader_course.answer_id(target)
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == answer:
            cell["source"] = _poisoned_sigmoid_prime(marker)
    student = course / "submitted" / "eve" / "ch3"
    student.mkdir(parents=True)
    (student / f"{target.name}.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    proc = subprocess.run([str(bin_dir / "nndl"), "grade", "--nbgrader", str(course), "ch3", "--json",
                           "--isolation", "subprocess"], capture_output=True, text=True, timeout=600,
                          env=env, cwd=tmp_path)
    assert not marker.exists(), "the nbgrader route ran code from a name in a symbolic answer"
    assert proc.returncode == 0, proc.stderr[-2000:]
    graded = json.loads(proc.stdout)["eve"]
    result = graded["exercises"][target.id]
    assert result["score"] < target.points, f"the poisoned notebook earned {result['score']}"
    assert "Traceback" not in proc.stdout + proc.stderr
