"""The derivation checker (grader/derivation.py) on right, wrong and partial proofs."""
import pytest
import sympy as sp

from grader import wire
from grader.derivation import ChainVerdict, Stage, Term, check_chain, equivalent, matches_stage, parse_math, same_form

z1, z2, a1, a2, u, x = sp.symbols("z1 z2 a1 a2 u x")
sigma, C, sigma_prime = sp.Function("sigma"), sp.Function("C"), sp.Function("sigma_prime")
D = sp.Derivative
DEFS = {a1: sigma(z1), a2: sigma(z2), sigma_prime: sp.Lambda(u, D(sigma(u), u))}
START = D(C(sigma(z1), sigma(z2)), z1)
CLAIM = D(C(a1, a2), a1) * sigma_prime(z1)
CHAIN_RULE = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z1)
KW = dict(symbols=[z1, z2, a1, a2], required=[("the chain rule over every a_k", CHAIN_RULE)], defs=DEFS)


def test_full_proof_gets_full_score():
    v = check_chain([START, CHAIN_RULE, D(C(a1, a2), a1) * D(sigma(z1), z1), CLAIM], START, CLAIM, **KW)
    assert v == ChainVerdict(True, None, "all 3 steps hold", True), f"a correct BP1 proof was refused: {v}"
    assert v.score == 1.0, "a complete proof should score 1"


def test_jump_to_claim_scores_nothing():
    v = check_chain([START, CLAIM], START, CLAIM, **KW)
    assert v.ok and not v.has_required_steps, f"a jump should be correct but incomplete: {v}"
    assert v.score == 0.0, "start and claim are given: a chain that only joins them scores 0"
    assert "the chain rule over every a_k" in v.message, f"the message should name the missing step: {v.message}"
    assert "Derivative" not in v.message, "the message must not show the required form itself"


def test_first_false_step_is_named():
    wrong = D(C(a1, a2), a2) * sigma_prime(z1)          # wrong component of grad_a C
    v = check_chain([START, CHAIN_RULE, wrong, CLAIM], START, CLAIM, **KW)
    assert not v.ok and v.first_bad_step == 2, f"step 2 is the false one: {v}"
    assert v.message.startswith("step 2 does not follow from step 1"), f"unexpected message: {v.message}"
    assert v.score == 0.0, "a false chain scores 0"


def test_wrong_claim_and_wrong_start_are_refused():
    v = check_chain([START, D(C(a1, a2), a1) * sigma_prime(z2)], START, CLAIM, **KW)
    assert v.first_bad_step == 1 and not v.ok, f"sigma'(z2) in place of sigma'(z1) must fail: {v}"
    v = check_chain([CLAIM, CLAIM], START, CLAIM, **KW)
    assert v.first_bad_step == 0 and not v.ok, f"a chain must begin at the start: {v}"
    v = check_chain([START, CHAIN_RULE], START, CLAIM, **KW)
    assert v.first_bad_step == 1 and "equal in value" in v.message, f"the claim must be the last step: {v}"


def test_unknown_symbol_and_short_chain():
    q = sp.Symbol("q")
    v = check_chain([START, CLAIM + q - q, CLAIM * q], START, CLAIM, **KW)
    assert v.first_bad_step == 2 and "q" in v.message, f"an undefined symbol must be reported: {v}"
    assert not check_chain([START], START, CLAIM, **KW).ok, "one step is not a derivation"
    assert not check_chain("x", START, CLAIM, **KW).ok, "a string is not a list of steps"


def test_numeric_guard_proves_what_simplify_may_not():
    # tanh(x) = 2 sigma(2x) - 1 with sigma the logistic function: a true identity.
    s2 = 1 / (1 + sp.exp(-2 * x))
    assert equivalent(sp.tanh(x), 2 * s2 - 1), "tanh(x) = 2 sigma(2x) - 1 holds"
    assert not equivalent(sp.tanh(x), 2 * s2 + 1), "tanh(x) = 2 sigma(2x) + 1 is false"
    s = 1 / (1 + sp.exp(-x))
    assert equivalent(sp.diff(s, x), s * (1 - s)), "sigma' = sigma (1 - sigma) holds"
    assert not equivalent(sp.diff(s, x), s * (1 + s)), "sigma' = sigma (1 + sigma) is false"
    assert equivalent(sp.Matrix([x, 2 * x]), sp.Matrix([x, x + x])), "matrices compare entry by entry"


def test_same_form_keeps_derivatives_unevaluated():
    assert same_form(a1 * (z1 + z2), a1 * z1 + a1 * z2), "expansion does not change the form"
    assert not same_form(D(sigma(z1), z1), sigma_prime(z1), DEFS), "sigma' and d sigma/dz differ in form"


def test_chain_survives_the_wire():
    steps = [START, CHAIN_RULE, CLAIM]
    back = wire.loads(wire.dumps(steps))
    assert check_chain(back, START, CLAIM, **KW).score == 1.0, "srepr round trip must keep the proof intact"


def test_text_steps_are_parsed_safely():
    steps = ["diff(C(sigma(z1), sigma(z2)), z1)",
             "diff(C(a1, a2), a1)*diff(sigma(z1), z1) + diff(C(a1, a2), a2)*diff(sigma(z2), z1)",
             "diff(C(a1, a2), a1)*sigma_prime(z1)"]
    assert check_chain(steps, START, CLAIM, **KW).score == 1.0, "text steps should be read like expressions"
    assert parse_math("a*(1-a)", symbols=["a"]) == sp.Symbol("a") * (1 - sp.Symbol("a")), "simple text formula"
    for evil in ["__import__('os').system('true')", "a.__class__", "(lambda: 1)()", "open('x')", "[a]"]:
        with pytest.raises(ValueError):
            parse_math(evil, symbols=["a"])
    v = check_chain([START, "__import__('os')"], START, CLAIM, **KW)
    assert v.first_bad_step == 1 and "cannot be read" in v.message, f"unsafe text must be refused: {v}"


def test_grader_time_limit_inside_simplify_is_not_swallowed(monkeypatch):
    # simplify may fail on odd input, and such failures are ignored (the numbers
    # decide); the check's time limit firing inside it must still end the check.
    import time

    import sympy

    from grader import derivation
    from grader.runner import CheckTimeout, check_time_limit

    def slow_expand(expr, *args, **kwargs):
        time.sleep(3)
        return expr

    monkeypatch.setattr(derivation.sympy, "expand", slow_expand)
    x = sympy.Symbol("x")
    started = time.monotonic()
    with pytest.raises(CheckTimeout):
        with check_time_limit(0.2):
            derivation.equivalent(x * (x + 1), x ** 2 + x)
    assert time.monotonic() - started < 2.5


# ------------------------------------------------------------------ forms recognised by structure

EXPANSION = Stage("the chain rule over every a_k",
                  (Term((D(sigma(z1), z1),), D(C(a1, a2), a1)), Term((D(sigma(z2), z1),), D(C(a1, a2), a2))), wrt=z1)
DROPPED = Stage("the vanishing terms dropped", (Term((D(sigma(z1), z1), sigma_prime(z1)), D(C(a1, a2), a1)),), wrt=z1)
SKW = dict(symbols=[z1, z2, a1, a2], required=[EXPANSION, DROPPED], defs=DEFS)
OWN = D(C(a1, a2), a1) * D(sigma(z1), z1)


def test_stage_is_recognised_by_structure_not_by_one_printed_form():
    for form in [CHAIN_RULE,                                                   # as written in the book
                 D(C(a1, a2), a2) * D(a2, z1) + D(a1, z1) * D(C(a1, a2), a1),  # other order, a_k notation
                 START.doit() + D(sigma(z2), z1) * D(C(a1, a2), a2)]:       # sympy's Subs for dC/da_1
        assert matches_stage(form, EXPANSION, DEFS), f"{form} is the chain-rule expansion"
    for form in [START, CLAIM, OWN,                                             # no expansion at all
                 D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a1) * D(sigma(z2), z1),  # wrong coefficient
                 CHAIN_RULE + 1,                                                # an extra term
                 CHAIN_RULE * D(sigma(z1), z1),                                 # not linear in the factors
                 D(C(a1, a2), a1) * D(sigma(z1), z1) + D(sigma(z2), z1) * D(C(sigma(z1), sigma(z2)), z1)]:
        assert not matches_stage(form, EXPANSION, DEFS), f"{form} is not the chain-rule expansion"
    assert matches_stage(OWN, DROPPED, DEFS) and not matches_stage(CHAIN_RULE, DROPPED, DEFS), \
        "the vanishing terms are dropped in OWN, not in the expansion"


def test_stages_count_only_in_order_and_once():
    assert check_chain([START, CHAIN_RULE, OWN, CLAIM], START, CLAIM, **SKW).score == 1.0, "the full proof"
    for chain in ([START, CLAIM], [START, START, CLAIM, CLAIM], [START, CHAIN_RULE, CLAIM],
                  [START, OWN, CHAIN_RULE, CLAIM],                   # dropped before the expansion
                  [START, CHAIN_RULE, CLAIM, CLAIM]):                # the claim repeated is not the second form
        v = check_chain(chain, START, CLAIM, **SKW)
        assert v.ok and not v.has_required_steps and v.score == 0.0, f"{chain} is not a proof: {v}"
        assert "Derivative" not in v.message, "the message names the missing form by its label only"


def test_plain_required_form_never_matched_by_a_repeated_start_or_claim():
    kw = dict(symbols=[z1, z2, a1, a2], defs=DEFS, required=[("the claim again", CLAIM)])
    assert not check_chain([START, CLAIM, CLAIM], START, CLAIM, **kw).has_required_steps, \
        "a step with the form of the claim is a repeat, not an intermediate form"
