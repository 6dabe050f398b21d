"""Visible checks: ch1.no_hidden_layer."""
import random

import numpy as np

from grader.checks import as_array
from grader.probes.ch1.no_hidden_layer import train_tiny


def test_layer_sizes_is_input_then_output(ex):
    sizes = list(ex.layer_sizes())
    assert sizes[0] == 784 and sizes[-1] == 10, f"the network reads 784 pixels and has 10 outputs; got {sizes}"


def test_train_returns_parameters_of_the_same_shapes(ex):
    w2, b2, W, b = ex.probe(train_tiny, 0)
    assert len(w2) == 1 and len(b2) == 1, "train should return one weight matrix and one bias column in lists"
    as_array(w2[0], "the trained weights", shape=(3, 5))
    as_array(b2[0], "the trained biases", shape=(3, 1))
    assert not np.allclose(w2[0], W[0]), "train returned the weights unchanged: did SGD run?"
