"""Every Exercise and Problem of chapters 1-3 of the book is an exercise of the kit.

The 40 ids are those of shared/curriculum/catalogue.md (8 exercises in chapter 1;
3 exercises and 2 problems in chapter 2; 13 exercises and 14 problems in chapter 3).
"""
from __future__ import annotations

import pytest

from grader import catalogue

BOOK_ITEMS = [
    "ch1-ex-bitwise-output-layer",
    "ch1-ex-component-form-eq22",
    "ch1-ex-gd-one-variable",
    "ch1-ex-gd-optimal-step",
    "ch1-ex-no-hidden-layer",
    "ch1-ex-online-learning",
    "ch1-ex-sigmoid-sim-1",
    "ch1-ex-sigmoid-sim-2",
    "ch2-ex-linear-neurons",
    "ch2-ex-modified-neuron",
    "ch2-ex-prove-bp3-bp4",
    "ch2-prob-alt-matrix-form",
    "ch2-prob-fully-matrix-minibatch",
    "ch3-ex-ce-regression-min",
    "ch3-ex-ce-roles-of-y-and-a",
    "ch3-ex-gd-hyperparams",
    "ch3-ex-init-std",
    "ch3-ex-large-rotations",
    "ch3-ex-lr-schedule",
    "ch3-ex-momentum-mu-gt-1",
    "ch3-ex-momentum-mu-lt-0",
    "ch3-ex-sigmoid-not-sum-to-one",
    "ch3-ex-sigmoid-prime",
    "ch3-ex-softmax-monotonicity",
    "ch3-ex-softmax-nonlocality",
    "ch3-ex-tanh-identity",
    "ch3-prob-backprop-softmax-loglik",
    "ch3-prob-big-data-asymptotics",
    "ch3-prob-ce-many-layer",
    "ch3-prob-cost-derivative-ce",
    "ch3-prob-derive-81-82",
    "ch3-prob-early-stopping-n",
    "ch3-prob-early-stopping-rule",
    "ch3-prob-invert-softmax",
    "ch3-prob-l1-network2",
    "ch3-prob-linear-output-quadratic",
    "ch3-prob-momentum-network2",
    "ch3-prob-reg-vs-init",
    "ch3-prob-softmax-name",
    "ch3-prob-xj-term",
]


def test_the_book_has_forty_items():
    assert len(BOOK_ITEMS) == len(set(BOOK_ITEMS)) == 40, "the list of book items should hold 40 distinct ids"


@pytest.mark.parametrize("item", BOOK_ITEMS)
def test_book_item_is_an_exercise(item):
    refs = [e.id for e in catalogue.all_exercises() if e.book_ref == item]
    assert len(refs) == 1, f"{item} should be the book_ref of exactly one exercise, found {refs}"
    ex = catalogue.get(refs[0])
    kind = "problem" if "-prob-" in item else "exercise"
    assert ex.book_kind == kind, f"{ex.id}: book_kind should be {kind!r}, not {ex.book_kind!r}"
    assert ex.chapter == int(item[2]), f"{ex.id} is in the wrong chapter for {item}"


def test_every_other_exercise_says_where_in_the_book_it_is():
    for ex in catalogue.all_exercises():
        if ex.book_ref not in BOOK_ITEMS:
            assert ex.book_kind == "inline" and "§" in ex.book_ref, \
                f"{ex.id}: an exercise that is not a book item needs book_kind inline and a § reference"
