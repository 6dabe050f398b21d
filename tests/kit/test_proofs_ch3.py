"""Chapter 3's proofs are graded on the derivation, not on the start and the claim.

For each proof item of chapter 3: the chain [START, CLAIM], padded chains
(repeats, steps that change nothing) and chains built only from what the
statement prints earn none of the derivation's points (every check that grades
the derivation fails), and two different correct derivations (more or fewer
steps, other order of terms) earn full marks.
"""
from __future__ import annotations

import pytest

from grader import catalogue, runner

from .conftest import make_submission

# exercise id -> the checks (visible and hidden) that grade the derivation
DERIVATION_CHECKS = {
    "ch3.tanh_identity": ["test_derivation_holds", "test_derivation_is_a_chain_of_several_steps"],
    "ch3.sigmoid_prime": ["test_derivation_holds", "test_derivation_is_a_proof"],
    "ch3.loglik_gradients": ["test_derivation_holds", "test_derivation_is_a_proof"],
}

# (exercise id, case name, source appended to the reference solution)
WORTHLESS = [
    ("ch3.tanh_identity", "start_claim", '''
def derivation(z):
    return [1 / (1 + sp.exp(-z)), (1 + sp.tanh(z / 2)) / 2]
'''),
    ("ch3.tanh_identity", "start_start_claim", '''
def derivation(z):
    return [1 / (1 + sp.exp(-z)), 1 / (1 + sp.exp(-z)), (1 + sp.tanh(z / 2)) / 2]
'''),
    ("ch3.tanh_identity", "no_op_steps", '''
def derivation(z):
    s = 1 / (1 + sp.exp(-z))
    return [s, 2 * s / 2, (s + s) / 2, sp.Mul(1, s), (1 + sp.tanh(z / 2)) / 2, (1 + sp.tanh(z / 2)) / 2]
'''),
    ("ch3.tanh_identity", "statement_words", '''
def derivation(z):
    # only what the statement prints: the start, the claim, and 1/2*(1 + tanh) rearranged
    return [1 / (1 + sp.exp(-z)), sp.Rational(1, 2) + sp.tanh(z / 2) / 2, (1 + sp.tanh(z / 2)) / 2]
'''),
]

WORTHLESS += [
    ("ch3.sigmoid_prime", "start_claim", '''
def derivation(z):
    sigma = sp.Function("sigma")
    return [sp.Derivative(sigma(z), z), sigma(z) * (1 - sigma(z))]
'''),
    ("ch3.sigmoid_prime", "padded", '''
def derivation(z):
    sigma = sp.Function("sigma")
    d = sp.Derivative(sigma(z), z)
    return [d, d, 2 * d / 2, sigma(z) * (1 - sigma(z)), sigma(z) * (1 - sigma(z))]
'''),
    ("ch3.sigmoid_prime", "statement_words", '''
def derivation(z):
    # only what the statement prints: the start, sigma's definition put in, and the end
    sigma = sp.Function("sigma")
    return [sp.Derivative(sigma(z), z), sp.Derivative(1 / (1 + sp.exp(-z)), z), sigma(z) * (1 - sigma(z))]
'''),
]

CORRECT = [
    ("ch3.tanh_identity", "from_e_to_the_z", '''
def derivation(z):
    return [
        1 / (1 + sp.exp(-z)),
        sp.exp(z) / (sp.exp(z) + 1),
        sp.Rational(1, 2) + (sp.exp(z) - 1) / (2 * (sp.exp(z) + 1)),
        sp.Rational(1, 2) + (sp.exp(z / 2) - sp.exp(-z / 2)) / (2 * (sp.exp(z / 2) + sp.exp(-z / 2))),
        (1 + sp.tanh(z / 2)) / 2,
    ]
'''),
    ("ch3.tanh_identity", "short", '''
def derivation(z):
    u = z / 2
    return [
        1 / (1 + sp.exp(-z)),
        (1 + (1 - sp.exp(-z)) / (1 + sp.exp(-z))) / 2,
        (1 + (sp.exp(u) - sp.exp(-u)) / (sp.exp(u) + sp.exp(-u))) / 2,
        (1 + sp.tanh(z / 2)) / 2,
    ]
'''),
]
CORRECT += [
    ("ch3.sigmoid_prime", "in_e_to_the_z", '''
def derivation(z):
    sigma = sp.Function("sigma")
    E = sp.exp(z)
    return [
        sp.Derivative(sigma(z), z),
        sp.Derivative(E / (1 + E), z),
        (E * (1 + E) - E * E) / (1 + E) ** 2,
        E / (1 + E) ** 2,
        E / (1 + E) - E ** 2 / (1 + E) ** 2,
        sigma(z) * (1 - sigma(z)),
    ]
'''),
    ("ch3.sigmoid_prime", "short_s_minus_s_squared", '''
def sigmoid_prime_in_s(s):
    return s - s ** 2


def derivation(z):
    sigma = sp.Function("sigma")
    e = sp.exp(-z)
    return [sp.Derivative(sigma(z), z), e * (1 + e) ** -2, 1 / (1 + e) - 1 / (1 + e) ** 2,
            sigma(z) - sigma(z) ** 2]
'''),
]


_LOGLIK = '''
def derivation(z, y, j):
    S = sum(sp.exp(t) for t in z)
    d = 1 if j == y else 0
    start = sp.Derivative(-sp.log(sp.exp(z[y]) / S), z[j])
    return STEPS
'''
WORTHLESS += [
    ("ch3.loglik_gradients", "start_claim", _LOGLIK.replace("STEPS", "[start, sp.exp(z[j]) / S - d]")),
    ("ch3.loglik_gradients", "cas_diff", _LOGLIK.replace("STEPS", "[start, start.doit(), sp.exp(z[j]) / S - d]")),
    ("ch3.loglik_gradients", "padded", _LOGLIK.replace(
        "STEPS", "[start, start, 2 * start / 2, sp.exp(z[j]) / S - d, sp.exp(z[j]) / S - d]")),
    ("ch3.loglik_gradients", "statement_words", _LOGLIK.replace(
        "STEPS", "[start, -sp.Derivative(sp.log(sp.exp(z[y]) / S), z[j]), sp.exp(z[j]) / S - d]")),
]
CORRECT += [
    ("ch3.loglik_gradients", "more_steps", _LOGLIK.replace("STEPS", '''[
        start,
        -sp.Derivative(z[y], z[j]) + sp.Derivative(sp.log(S), z[j]),
        -d + sp.Derivative(S, z[j]) / S,
        -d + sum(sp.Derivative(sp.exp(t), z[j]) for t in z) / S,
        sp.exp(z[j]) / S - d,
    ]''')),
    ("ch3.loglik_gradients", "other_order", _LOGLIK.replace("STEPS", '''[
        start,
        sp.Derivative(sp.log(S) - z[y], z[j]),
        sp.Derivative(S, z[j]) / S - d,
        sp.exp(z[j]) / S - d,
    ]''')),
]


def _grade(ex_id, case, extra, batch_dir, worker):
    ex = catalogue.get(ex_id)
    source = ex.solution_path.read_text(encoding="utf-8") + "\n\n# --- proof case ---\n" + extra
    sub = f"proof_{ex.chapter_dir}_{ex.name}_{case}"
    make_submission(batch_dir / sub, {ex.relpath: source})
    [result] = runner.grade(batch_dir / sub, [ex], worker=worker, subdir=sub)
    return ex, result


@pytest.mark.parametrize("ex_id,case,extra", WORTHLESS, ids=[f"{e}:{c}" for e, c, _ in WORTHLESS])
def test_chain_without_the_argument_earns_nothing_for_the_derivation(ex_id, case, extra, batch_dir,
                                                                      shared_worker):
    ex, result = _grade(ex_id, case, extra, batch_dir, shared_worker)
    outcomes = {c.name: c for c in result.checks}
    for name in DERIVATION_CHECKS[ex_id]:
        assert name in outcomes, f"{name} is not a check of {ex_id}"
        assert not outcomes[name].passed, f"{case}: {name} gave points to a chain that does not derive"
        assert outcomes[name].message, f"{case}: {name} failed without a message"
    assert any(not c.passed and not c.hidden for c in result.checks), \
        f"{case}: self-check passes a chain that grading rejects"


@pytest.mark.parametrize("ex_id,case,extra", CORRECT, ids=[f"{e}:{c}" for e, c, _ in CORRECT])
def test_other_correct_derivation_gets_full_marks(ex_id, case, extra, batch_dir, shared_worker):
    ex, result = _grade(ex_id, case, extra, batch_dir, shared_worker)
    failed = [(c.name, c.message) for c in result.checks if not c.passed]
    assert result.score == ex.points, f"{case} lost points: {failed}"


def test_every_derivation_check_exists():
    for ex_id, names in DERIVATION_CHECKS.items():
        ex = catalogue.get(ex_id)
        have = {c.name for c in runner.collect(ex)}
        assert set(names) <= have, f"{ex_id}: no check named {sorted(set(names) - have)}"


# Items the book asks to show whose code the kit grades: the derivation is a written part,
# graded by hand with a rubric, and the statement does not print the result to be shown.
WRITTEN = {
    "ch3.ce_many_layer": ["delta^L = a^L - y", "is a^L - y", "no sigma' left"],
    "ch3.linear_output": ["delta^L = a^L - y", "no sigma'"],
    "ch3.softmax_backprop": ["delta^L = a^L - y", "is a^L - y"],
}


@pytest.mark.parametrize("ex_id", sorted(WRITTEN))
def test_shown_result_is_a_written_derivation(ex_id):
    import ast
    from grader import ROOT
    ex = catalogue.get(ex_id)
    assert ex.manual_points >= 1 and "essay" in ex.names, f"{ex_id}: the derivation should be a hand-graded essay()"
    rubrics = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "rubrics").glob("ch3_*.md"))
    assert f"## {ex_id} " in rubrics, f"{ex_id}: no rubric section in docs/rubrics/ch3_*.md"
    statement = ast.get_docstring(ast.parse(ex.solution_path.read_text(encoding="utf-8"))) or ""
    for text in (statement, ex.summary_en):
        for answer in WRITTEN[ex_id]:
            assert answer not in text, f"{ex_id}: the statement prints the result to be shown ({answer!r})"
