"""Wrong: divides the weights by n_in instead of sqrt(n_in) (variance 1/n_in used as the std)."""
CAUGHT_BY = ["test_initialisers", "test_default_initialisation"]


def _init(self):
    self.biases = [np.random.randn(r, 1) for r in self.sizes[1:]]
    self.weights = [np.random.randn(r, c) / c for c, r in zip(self.sizes[:-1], self.sizes[1:])]


Network.default_weight_initializer = _init
