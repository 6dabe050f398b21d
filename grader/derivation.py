"""The derivation checker: is a student's chain e0 = e1 = ... = en a proof?

A symbolic exercise fixes where a derivation starts (``start``) and what it must
reach (``claim``); the student returns the chain as a list of sympy expressions
(they cross the plain-data boundary as ``srepr`` text, rebuilt by
``grader.wire.parse_srepr``, never by ``eval``).  `check_chain` verifies:

1. e0 is the start and en is the claim, *in form* (not just in value), so a
   chain cannot start or stop somewhere else;
2. every link e[i-1] = e[i] holds: first ``sympy.simplify`` of the difference,
   and when that does not reach 0, an evaluation at random rational points with
   50-digit precision, where every undefined function (``sigma``, ``C``...) is
   replaced by a random smooth function.  This guards against simplify failing
   to prove a true equality, and catches steps that are false;
3. the chain passes through each ``required`` intermediate form, the forms
   that carry the argument.  A `Stage` is recognised by its *structure* (for
   BP1: a sum over every activation a_k of dC/da_k times the unevaluated
   derivative da_k/dz_j, each coefficient right), not by comparison with one
   printed expression, so an exercise never has to print it.  Stages are found
   in order, each in a later step; a step with the form of the start, of the
   claim or of an earlier matched step does not count (a repeat changes
   nothing).  A chain that holds but skips a required form is reported with
   ``has_required_steps=False`` and scores 0: START and CLAIM are given, so a
   chain that only joins them proves nothing.

The feedback names the first step that does not hold.  See docs/derivations.md.

Public API: `check_chain`, `ChainVerdict`, `Stage`, `Term`, `equivalent`,
`same_form`, `parse_math`.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

import sympy
from sympy.core.function import AppliedUndef, UndefinedFunction

from . import wire

DIGITS = 50          # working precision of the numeric guard
TOLERANCE = 1e-30    # relative difference below which two values are equal
SIMPLIFY_MAX_OPS = 150


@dataclass(frozen=True)
class ChainVerdict:
    """The verdict on one chain.

    ok: every link holds, the chain starts at the start and ends at the claim.
    first_bad_step: index of the first step that does not hold (0 = the first
        step is not the start; i >= 1 = e[i-1] = e[i] is false or e[i] is not the
        claim), None when ok.
    message: plain words for the student, naming that step.
    has_required_steps: the chain passes through every required intermediate form.
    """
    ok: bool
    first_bad_step: int | None
    message: str
    has_required_steps: bool

    @property
    def score(self) -> float:
        """1 for a complete proof (every link holds and every required form is there), else 0.

        A chain that holds but skips a required form scores 0: the start and the
        claim are given, so joining them is not a proof.
        """
        return 1.0 if self.ok and self.has_required_steps else 0.0


@dataclass(frozen=True)
class Term:
    """One term ``coefficient * factor`` of a `Stage`.

    factors: the forms the factor may take, e.g. ``(Derivative(sigma(z1), z1),
        sigma_prime(z1))``; matched exactly, as an unevaluated expression (a
        derivative of a defined symbol, ``Derivative(a1, z1)``, counts as the
        derivative of its definition, ``Derivative(sigma(z1), z1)``).
    coefficient: what the factor must be multiplied by, up to equality
        (`equivalent` with the exercise's defs), so it may be written in any
        correct form.
    optional: the term may be left out; when it is there its coefficient must
        still be right.
    """
    factors: tuple
    coefficient: object
    optional: bool = False


@dataclass(frozen=True)
class Stage:
    """An intermediate form of a proof, recognised by its structure.

    A step has this form when, expanded, it is exactly the sum over the terms of
    ``c_i * F_i``: every factor F_i that is not optional appears unevaluated, with
    a coefficient c_i equal to the term's coefficient; there are no other terms
    (nothing free of the factors, no products or powers of them); and no
    coefficient still holds a derivative with respect to ``wrt`` (the variable
    the proof differentiates by), so the step is not the start in disguise.
    The label, never the form, is shown to the student.
    """
    label: str
    terms: tuple
    wrt: object = None


# ------------------------------------------------------------------ definitions

def _apply_defs(expr, defs):
    """Replace defined symbols (a1 -> sigma(z1)) and functions (f -> Lambda) until stable."""
    if not defs:
        return expr
    sym_defs = {k: v for k, v in defs.items() if not isinstance(k, UndefinedFunction)}
    fun_defs = {k: v for k, v in defs.items() if isinstance(k, UndefinedFunction)}
    for _ in range(6):
        new = expr
        if fun_defs:
            new = new.subs(fun_defs)
        if sym_defs:
            new = new.subs(sym_defs)
        if new == expr:
            break
        expr = new
    return expr


def _sympify(e):
    if isinstance(e, sympy.MatrixBase):
        return sympy.ImmutableMatrix(e)
    if isinstance(e, (list, tuple)):
        return sympy.ImmutableMatrix(e)
    return sympy.sympify(e, strict=True)


def _entries(e):
    return list(e) if isinstance(e, sympy.MatrixBase) else [e]


# ------------------------------------------------------------------ equality

def _random_function(name: str, nargs: int, rng: random.Random):
    """A random smooth function of nargs arguments (rational coefficients)."""
    us = sympy.symbols(f"_u0:{nargs}")
    r = lambda: sympy.Rational(rng.randint(-9, 9) or 1, rng.randint(2, 7))  # noqa: E731
    body = r()
    for i, u in enumerate(us):
        body += r() * sympy.sin(r() * u + r()) + r() * u
        for w in us[i:]:
            body += r() * u * w
    return sympy.Lambda(us, body)


def _undefined(expr) -> dict:
    """Undefined functions in expr, with their arities."""
    out = {}
    for app in expr.atoms(AppliedUndef):
        out[app.func] = len(app.args)
    return out


def _numeric_diff(a, b, rng: random.Random, points: int):
    """(True, None) if a = b at every random point, else (False, description)."""
    funs = _undefined(a) | _undefined(b)
    evaluated = 0
    for attempt in range(points * 4):
        if evaluated >= points:
            break
        if attempt % 3 == 0:  # fresh random functions every three points
            sub = {f: _random_function(f.__name__, n, rng) for f, n in funs.items()}
            A, B = (x.subs(sub).doit() if sub else x for x in (a, b))
        syms = sorted((A.free_symbols | B.free_symbols), key=str)
        point = {s: sympy.Rational(rng.randint(-17, 17), rng.randint(5, 13)) for s in syms}
        try:
            va = sympy.N(A.xreplace(point), DIGITS)
            vb = sympy.N(B.xreplace(point), DIGITS)
            if not (va.is_number and vb.is_number) or va.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo) \
                    or vb.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
                continue
            d = abs(complex(va - vb))
            scale = max(1.0, abs(complex(va)), abs(complex(vb)))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            continue
        evaluated += 1
        if d > TOLERANCE * scale:
            at = ", ".join(f"{s} = {v}" for s, v in point.items())
            return False, f"they differ at {at}" if at else "they differ"
    if evaluated == 0:
        return False, "they could not be evaluated"
    return True, None


def _compare(a, b, defs=None, seed: int = 0, points: int = 6):
    """(equal?, detail): simplify first, then the numeric guard."""
    A = _apply_defs(_sympify(a), defs)
    B = _apply_defs(_sympify(b), defs)
    if isinstance(A, sympy.MatrixBase) != isinstance(B, sympy.MatrixBase) or \
            (isinstance(A, sympy.MatrixBase) and A.shape != B.shape):
        return False, "one side is a matrix and the other is not (or their shapes differ)"
    rng = random.Random(seed)
    for x, y in zip(_entries(A), _entries(B)):
        x, y = x.doit(), y.doit()
        d = x - y
        if d == 0:
            continue
        try:
            if sympy.expand(d) == 0:
                continue
            # Full simplify only where it can pay off: it is slow and rarely
            # succeeds on expressions with undefined functions (Subs, Derivative).
            if not d.has(AppliedUndef) and sympy.count_ops(d) <= SIMPLIFY_MAX_OPS \
                    and sympy.simplify(d) == 0:
                continue
        except wire.StudentTimeout:
            raise  # the check's time limit: the check is over
        except Exception:  # noqa: BLE001 - simplify can fail on odd input; the numbers decide
            pass
        same, detail = _numeric_diff(x, y, rng, points)
        if not same:
            return False, detail
    return True, None


def equivalent(a, b, defs=None, seed: int = 0) -> bool:
    """True when a = b as expressions (after defs): simplify, then random points.

    Undefined functions (sigma, C...) stand for any smooth function, so the
    identity must hold whatever they are.  Matrices are compared entry by entry.
    """
    return _compare(a, b, defs, seed)[0]


def same_form(a, b, defs=None) -> bool:
    """True when a and b are the same expression up to algebra, derivatives unevaluated.

    Derivative(sigma(z1), z1) and sigma_prime(z1) have different forms even if
    the exercise defines one as the other; a*b + a*c and a*(b + c) have the same.
    """
    sym_defs = {k: v for k, v in (defs or {}).items() if not isinstance(k, UndefinedFunction)}
    A = _apply_defs(_sympify(a), sym_defs)
    B = _apply_defs(_sympify(b), sym_defs)
    if isinstance(A, sympy.MatrixBase) or isinstance(B, sympy.MatrixBase):
        return isinstance(A, sympy.MatrixBase) and isinstance(B, sympy.MatrixBase) and \
            A.shape == B.shape and all(sympy.expand(x - y) == 0 for x, y in zip(A, B))
    return A == B or sympy.expand(A - B) == 0


# ------------------------------------------------------------------ structural forms

def _sym_defs(defs) -> dict:
    return {k: v for k, v in (defs or {}).items() if not isinstance(k, UndefinedFunction)}


def _normalise(expr, defs):
    """Derivatives of defined symbols become derivatives of their definitions.

    ``Derivative(a2, z1)`` with ``a2 = sigma(z2)`` becomes ``Derivative(sigma(z2), z1)``;
    a derivative *by* a defined symbol (``Derivative(C(a1, a2), a1)``) is left alone.
    """
    sym_defs = _sym_defs(defs)
    if not sym_defs:
        return expr

    def by_plain_symbols(e):
        return isinstance(e, sympy.Derivative) and not any(v in sym_defs for v in e.variables) \
            and e.expr.has(*sym_defs)

    def rewrite(e):
        return sympy.Derivative(_apply_defs(e.expr, sym_defs), *e.variable_count)

    return expr.replace(by_plain_symbols, rewrite)


def matches_stage(expr, stage: Stage, defs=None, seed: int = 0) -> bool:
    """True when expr has the structure of `stage` (see `Stage`)."""
    if isinstance(expr, sympy.MatrixBase) or not isinstance(expr, sympy.Basic):
        return False
    e = _normalise(expr, defs)
    slots = []      # (term, [dummies of its factor forms])
    replace = {}
    for i, term in enumerate(stage.terms):
        ds = []
        for j, f in enumerate(term.factors):
            d = sympy.Dummy(f"t{i}_{j}")
            replace[_normalise(_sympify(f), defs)] = d
            ds.append(d)
        slots.append((term, ds))
    et = sympy.expand(e.xreplace(replace))
    dummies = [d for _, ds in slots for d in ds]
    parts = sympy.collect(et, dummies, evaluate=False)
    if any(k not in dummies for k, v in parts.items() if v != 0):
        return False    # a term free of the factors, or a product/power of them
    for term, ds in slots:
        c = sum((parts.get(d, 0) for d in ds), sympy.S.Zero)
        if c == 0:
            if term.optional:
                continue
            return False
        if stage.wrt is not None and any(stage.wrt in dv.variables for dv in c.atoms(sympy.Derivative)):
            return False
        if not equivalent(c, term.coefficient, defs, seed):
            return False
    return True


def _find_required(exprs, required, defs, seed):
    """The label of the first required form the chain lacks, or None."""
    inner = range(1, len(exprs) - 1)
    ends = [exprs[0], exprs[-1]]
    matched, after = [], 0
    for k, r in enumerate(required, 1):
        if isinstance(r, Stage):
            found = None
            for i in inner:
                if i <= after or any(same_form(exprs[i], f, defs) for f in ends + matched):
                    continue
                if matches_stage(exprs[i], r, defs, seed):
                    found = i
                    break
            if found is None:
                return r.label
            matched.append(exprs[found])
            after = found
            continue
        label, form = r if isinstance(r, tuple) else (f"required step {k}", r)
        if not any(same_form(exprs[i], form, defs) and not any(same_form(exprs[i], f, defs) for f in ends)
                   for i in inner):
            return label
    return None


# ------------------------------------------------------------------ the chain

def _short(e, limit: int = 120) -> str:
    s = sympy.sstr(e)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def check_chain(steps, start, claim, symbols=None, required=(), defs=None,
                seed: int = 0, points: int = 6) -> ChainVerdict:
    """Check the derivation steps[0] = steps[1] = ... = steps[-1].

    steps: the student's chain, a list of sympy expressions (or strings, read
        with `parse_math`, which never evaluates code).
    start, claim: the fixed first and last expressions; steps[0] and steps[-1]
        must have their form (`same_form`), not merely their value.
    symbols: the symbols a step may use (None: any); a step with another free
        symbol is refused with a message.
    required: intermediate forms the chain must pass through: `Stage`s
        (recognised by structure, found in this order, each in a later step),
        or plain expressions / ``(label, expression)`` pairs matched by
        `same_form` against steps[1:-1].  A step with the form of the start or
        the claim (or, for a Stage, of an earlier matched step) never counts.
        The label, not the form, is shown to the student.  A correct chain
        without them gets ``has_required_steps=False`` (score 0).
    defs: what the notation means, e.g. ``{a1: sigma(z1), sigma_prime:
        Lambda(u, Derivative(sigma(u), u))}``; applied before every equality test.
    seed: seeds the random points (the same chain always gets the same verdict).
    points: how many random points (with fresh random functions every three)
        each link is evaluated at when simplify does not settle it.
    """
    allowed = None if symbols is None else {s if isinstance(s, sympy.Symbol) else sympy.Symbol(str(s))
                                            for s in symbols}
    if isinstance(steps, (str, sympy.Basic)) or not hasattr(steps, "__iter__"):
        return ChainVerdict(False, 0, "the derivation should be a list of steps (expressions), "
                                      "from the start to the claim", False)
    names = {str(s) for s in (allowed or ())} | {str(s) for s in (defs or {})}
    exprs = []
    for i, s in enumerate(steps):
        if isinstance(s, str):
            try:
                s = parse_math(s, symbols=names, functions=_function_names(start, claim, *(defs or {}).values()))
            except ValueError as exc:
                return ChainVerdict(False, i, f"step {i} cannot be read: {exc}", False)
        try:
            s = _sympify(s)
        except (sympy.SympifyError, TypeError, ValueError):
            return ChainVerdict(False, i, f"step {i} is not a sympy expression", False)
        if allowed is not None:
            extra = {x for x in s.free_symbols if x not in allowed and x not in (defs or {})}
            if extra:
                return ChainVerdict(False, i, f"step {i} uses {', '.join(sorted(map(str, extra)))}, "
                                              "which this derivation does not define", False)
        exprs.append(s)
    if len(exprs) < 2:
        return ChainVerdict(False, 0, "a derivation needs at least two steps: the start and the claim", False)
    if not same_form(exprs[0], start, defs):
        return ChainVerdict(False, 0, f"step 0 should be the start, {_short(start)}; "
                                      f"it is {_short(exprs[0])}", False)
    for i in range(1, len(exprs)):
        same, detail = _compare(exprs[i - 1], exprs[i], defs, seed + i, points)
        if not same:
            return ChainVerdict(False, i, f"step {i} does not follow from step {i - 1}: "
                                          f"{_short(exprs[i - 1])} = {_short(exprs[i])} is false ({detail})",
                                False)
    last = len(exprs) - 1
    if not same_form(exprs[-1], claim, defs):
        return ChainVerdict(False, last, f"the chain should end with the claim, {_short(claim)}; "
                                         f"step {last} is {_short(exprs[-1])}"
                                         + (" (equal in value: add the claim as a final step)"
                                            if equivalent(exprs[-1], claim, defs, seed) else ""), False)
    missing = _find_required(exprs, required, defs, seed)
    if missing is not None:
        return ChainVerdict(True, None, "every step holds, but the chain skips a step the proof "
                                        f"needs ({missing}): no step between the start and the claim "
                                        "has that form (in its place in the chain); write it out as a "
                                        "step of its own", False)
    return ChainVerdict(True, None, f"all {last} steps hold", True)


def _function_names(*exprs) -> set[str]:
    out = set()
    for e in exprs:
        if isinstance(e, sympy.Basic):
            out |= {f.__name__ for f in _undefined(e)}
    return out


# ------------------------------------------------------------------ text steps

def _diff(expr, x):
    if not isinstance(x, sympy.Symbol):
        raise wire.BadAnswer("diff takes an expression and one symbol: diff(expr, x)")
    return sympy.Derivative(expr, x)


def parse_math(text: str, symbols=(), functions=()):
    """Read a formula like ``"a*(1 - a)"`` or ``"diff(C(a1, a2), a1)*sigma_prime(z1)"``.

    Only numbers, the given symbol names, + - * / ** and parentheses, the usual
    functions (exp, log, sqrt, sin, cos, tanh, ...), ``diff(expr, x)`` (an
    unevaluated derivative) and the given undefined function names are allowed.
    This is grader.wire's one allow-list parser (`parse_formula`): nothing is
    evaluated as Python.  Raises ValueError with a plain message otherwise.
    """
    if not isinstance(text, str) or len(text) > 5000:
        raise ValueError("a formula should be a string of at most 5000 characters")
    grammar = wire.math_grammar(symbols=list(symbols), functions=list(functions),
                                extra_calls={"diff": _diff}, exact=True)
    try:
        return wire.parse_formula(text, grammar)
    except wire.StudentTimeout:
        raise
    except wire.BadAnswer as exc:
        raise ValueError(str(exc)) from None
