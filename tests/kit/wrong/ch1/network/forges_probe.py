"""Wrong (a forgery): backprop returns zeros and evaluate a fixed count, and the module patches
numpy's default_rng so that any 'random' starting parameters a probe draws are huge (the sigmoids
saturate, finite differences vanish and zero gradients look right).  The checks now hand the
parameters to the probe and compute the expected results in the grader, so this earns nothing there."""
CAUGHT_BY = ["test_backprop_matches_finite_differences", "test_update_mini_batch_arithmetic",
             "test_evaluate_counts_correct_answers", "test_layer_shapes_and_feedforward"]

_honest_rng = np.random.default_rng


class _LoudGenerator:
    def __init__(self, *args, **kwargs):
        self._g = _honest_rng(*args, **kwargs)

    def standard_normal(self, *args, **kwargs):
        return 1e3 * self._g.standard_normal(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._g, name)


np.random.default_rng = _LoudGenerator


def _zero_backprop(self, x, y):
    return [np.zeros(b.shape) for b in self.biases], [np.zeros(w.shape) for w in self.weights]


def _fixed_evaluate(self, test_data):
    return 0


def _constant_feedforward(self, a):
    return np.full((self.sizes[-1], 1), 0.5)


Network.backprop = _zero_backprop
Network.evaluate = _fixed_evaluate
Network.feedforward = _constant_feedforward
