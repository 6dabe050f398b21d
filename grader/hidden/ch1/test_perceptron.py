"""Hidden checks: ch1.perceptron."""
import numpy as np

from grader.checks import weight


def test_zero_weighted_input_gives_zero(ex):
    # Each exactly-zero case is paired with one just above zero, so a constant answer cannot pass.
    for x, w, b, want in [([1, 1, 1], [0.5, 0.25, -1.0], 0.25, 0), ([1, 1, 0], [0.5, 0.25, -1.0], 0.25, 1),
                          ([0, 0], [3.0, 3.0], 0.0, 0), ([0, 0], [3.0, 3.0], 1e-9, 1)]:
        got = ex.perceptron(x, w, b)
        assert got == want, (f"wrong output for an input whose weighted input w·x + b is "
                             f"{'exactly 0' if want == 0 else 'just above 0'} (the rule is 'greater than 0')")


@weight(2)
def test_many_inputs_and_weights(ex):
    rng = np.random.default_rng(11)
    for _ in range(40):
        n = int(rng.integers(1, 7))
        x = rng.integers(0, 2, n).tolist()
        w = rng.normal(size=n).round(2).tolist()
        b = round(float(rng.normal()), 2)
        want = int(np.dot(w, x) + b > 0)
        got = ex.perceptron(x, w, b)
        assert got in (0, 1), f"the output should be the number 0 or 1, got {got!r}"
        assert got == want, f"wrong output for an input of length {n} (x = {x})"


def test_nand_parameters_are_numbers(ex):
    w, b = ex.nand_parameters()
    assert len(w) == 2, f"NAND has two inputs, so give two weights (got {len(w)})"
    x = (1, 1)
    assert float(np.dot(w, x) + b) < 0, "on input (1, 1) the weighted input should be negative, so NAND gives 0"
