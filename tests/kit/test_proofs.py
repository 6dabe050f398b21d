"""Chapter 2's proofs are graded on the derivation, not on joining the given start and claim.

For each proof exercise, graded end to end (visible and hidden checks, the real points):
- [START, CLAIM], padded chains (repeats, steps that change nothing) and a chain made of the
  statement's own words (every expression the statement defines or prints that equals the start)
  earn 0 points, and self-check (visible checks only) rejects them too;
- two different correct derivations (more or fewer steps, other order of terms, other notation)
  earn full marks.
"""
from __future__ import annotations

import ast
import importlib.util
import re

import pytest
import sympy as sp

from grader import catalogue, runner
from grader.derivation import equivalent, parse_math

from .conftest import make_submission

# proof exercise -> {function: (start name, claim name)}
PROOFS = {
    "ch2.prove_bp1_bp2": {"prove_bp1": ("BP1_START", "BP1_CLAIM"), "prove_bp2": ("BP2_START", "BP2_CLAIM")},
    "ch2.prove_bp3_bp4": {"prove_bp3": ("BP3_START", "BP3_CLAIM"), "prove_bp4": ("BP4_START", "BP4_CLAIM")},
}

NOT_PROOFS = {
    "start_claim": "{s}, {c}",
    "padded": "{s}, {s}, {s} * 1, {c}, {c}, sp.expand({c})",
}

# Two correct derivations per proof, each different from the reference solution.
DERIVATIONS = {
    "ch2.prove_bp1_bp2": [
        '''
def prove_bp1():
    expansion = D(C(a1, a2), a2) * D(a2, z1) + D(C(a1, a2), a1) * D(a1, z1)
    return [BP1_START, expansion, BP1_START.doit(), BP1_CLAIM]


def prove_bp2():
    d = [d1, d2, d3]
    expansion = sum(d[k] * D(U[k], z1) for k in (2, 1, 0))
    linear = sum(d[k] * (w[k][0] * D(sigma(z1), z1) + w[k][1] * D(sigma(z2), z1)) for k in range(3))
    dropped = sum(d[k] * w[k][0] * D(sigma(z1), z1) for k in range(3))
    grouped = (w11 * d1 + w21 * d2 + w31 * d3) * D(sigma(z1), z1)
    return [BP2_START, expansion, linear, dropped, grouped, BP2_CLAIM]
''',
        '''
def prove_bp1():
    expansion = D(sigma(z2), z1) * D(C(a1, a2), a2) + D(sigma(z1), z1) * D(C(a1, a2), a1)
    return [BP1_START, expansion, D(sigma(z1), z1) * D(C(a1, a2), a1), BP1_CLAIM]


def prove_bp2():
    d = [d1, d2, d3]
    expansion = sum(d[k] * D(U[k], z1) for k in range(3))
    taken = sum(d[k] * (w[k][0] * sigma_prime(z1) + w[k][1] * D(sigma(z2), z1)) for k in range(3))
    return [BP2_START, expansion, taken, BP2_CLAIM]
'''],
    "ch2.prove_bp3_bp4": [
        '''
def prove_bp3():
    return [BP3_START, d2 * D(Z[1], b1) + d1 * D(Z[0], b1), d2 * 0 + d1 * 1, BP3_CLAIM]


def prove_bp4():
    v = sp.symbols("v1:3")
    delta = [sp.Subs(D(C(*v), v[j]), v, Z) for j in range(2)]
    return [BP4_START, delta[0] * D(Z[0], w12) + delta[1] * D(Z[1], w12), a2 * delta[0], BP4_CLAIM]
''',
        '''
def prove_bp3():
    return [BP3_START, D(Z[0], b1) * d1 + D(Z[1], b1) * d2, BP3_CLAIM]


def prove_bp4():
    return [BP4_START, D(Z[1], w12) * d2 + D(Z[0], w12) * d1, d1 * a2 + d2 * 0, BP4_CLAIM]
'''],
}


def _exercise(eid):
    return next(e for e in catalogue.all_exercises() if e.id == eid)


def _statement_module(ex):
    """The statement (the stub students get), imported: it is the kit's own trusted file."""
    spec = importlib.util.spec_from_file_location(f"stmt_{ex.name}", ex.stub_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _statement_words(ex, mod):
    """Every expression the statement defines or prints in its text (what a student can copy)."""
    out = []
    for value in vars(mod).values():
        items = value if isinstance(value, (list, tuple)) else [value]
        out += [v for v in items if isinstance(v, sp.Expr) and not isinstance(v, sp.Symbol)]
    names = sorted({str(v) for v in vars(mod).values() if isinstance(v, sp.Symbol)})
    funcs = sorted({str(v) for v in vars(mod).values() if isinstance(v, sp.core.function.UndefinedFunction)})
    text = ast.get_docstring(ast.parse(ex.stub_path.read_text(encoding="utf-8"))) or ""
    for piece in re.split(r"\s{2,}|[:;=\n]|\bclaim\b|\bstart\b", text):
        piece = piece.strip().rstrip(".,")
        if not piece or not re.search(r"[A-Za-z]", piece):
            continue
        try:
            out.append(parse_math(piece.replace("Derivative(", "diff("), symbols=names, functions=funcs))
        except (ValueError, Exception):  # noqa: BLE001 - prose does not parse; only formulas count
            continue
    return out


def _words_chain(ex, mod, fn):
    """[START, every word of the statement equal to the start, CLAIM], as source text."""
    start_name, claim_name = PROOFS[ex.id][fn]
    start, claim = getattr(mod, start_name), getattr(mod, claim_name)
    middle = [w for w in _statement_words(ex, mod)
              if w != start and w != claim and isinstance(w, sp.Expr) and equivalent(w, start)]
    return "[" + ", ".join(sp.srepr(e) for e in [start, *middle, claim]) + "]"


def _grade(ex, tag, body, batch_dir, worker, hidden=True):
    source = ex.solution_path.read_text(encoding="utf-8") + "\n\nfrom sympy import *  # noqa\n" + body
    sub = f"proofs_{ex.name}_{tag}_{'all' if hidden else 'visible'}"
    make_submission(batch_dir / sub, {ex.relpath: source})
    [result] = runner.grade(batch_dir / sub, [ex], worker=worker, subdir=sub, hidden=hidden)
    return result


def _body(ex, template):
    lines = []
    for fn, (s, c) in PROOFS[ex.id].items():
        lines.append(f"def {fn}():\n    return [{template.format(s=s, c=c)}]\n")
    return "\n\n".join(lines)


@pytest.mark.parametrize("eid", list(PROOFS))
@pytest.mark.parametrize("kind", [*NOT_PROOFS, "statement_words"])
def test_non_proofs_earn_nothing(eid, kind, batch_dir, shared_worker):
    ex = _exercise(eid)
    if kind == "statement_words":
        mod = _statement_module(ex)
        body = "\n\n".join(f"def {fn}():\n    return {_words_chain(ex, mod, fn)}\n" for fn in PROOFS[eid])
    else:
        body = _body(ex, NOT_PROOFS[kind])
    graded = _grade(ex, kind, body, batch_dir, shared_worker)
    assert graded.score == 0, f"{eid}: a {kind} chain earned {graded.score} points: " \
                              f"{[(c.name, c.passed) for c in graded.checks]}"
    visible = _grade(ex, kind, body, batch_dir, shared_worker, hidden=False)
    assert not any(c.passed for c in visible.checks), f"{eid}: self-check passes a {kind} chain"


@pytest.mark.parametrize("eid", list(PROOFS))
@pytest.mark.parametrize("n", [0, 1])
def test_other_correct_derivations_get_full_marks(eid, n, batch_dir, shared_worker):
    ex = _exercise(eid)
    graded = _grade(ex, f"right{n}", DERIVATIONS[eid][n], batch_dir, shared_worker)
    failed = [(c.name, c.message) for c in graded.checks if not c.passed]
    assert graded.score == ex.points, f"{eid}: correct derivation {n} lost points: {failed}"

