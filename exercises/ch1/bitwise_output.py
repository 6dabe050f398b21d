"""A layer that writes the digit in binary  ·  用额外一层输出数字的二进制表示

Book: chapter 1, section 1.4 (A simple network to classify handwritten digits),
exercise "bitwise representation".

After the 10 output neurons of the digit network (one per digit 0-9), add a
layer of 4 sigmoid neurons whose outputs are the bits of the digit.  Neuron i of
the new layer gives bit i, the coefficient of 2**i (so neuron 0 is the lowest
bit, neuron 3 the highest: digit 6 = 0110 has neurons 1 and 2 on).

The new layer computes sigma(W a + b), where a holds the 10 old outputs.  Assume
the old output of the correct digit is at least 0.99 and every other old output
is below 0.01.  Choose W (shape (4, 10): row i holds the weights into new neuron
i, one weight per old output neuron) and b (shape (4,)) so that, even in the
worst case allowed by that assumption, every bit that should be 1 outputs at
least 0.9 and every bit that should be 0 outputs at most 0.1.
"""
import numpy as np


def bitwise_layer():
    """Return ``(W, b)`` for the new layer: W of shape (4, 10), b of shape (4,)."""
    # YOUR CODE HERE
    raise NotImplementedError()
