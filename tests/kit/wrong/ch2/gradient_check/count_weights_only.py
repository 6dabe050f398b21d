"""Wrong: counts only the weights (forgets the biases and the base evaluation)."""
CAUGHT_BY = ["test_count_for_the_mnist_network", "test_one_cost_evaluation_per_parameter_plus_one",
             "test_count_for_a_tiny_network"]


def cost_evaluations(sizes):
    return sum(n * m for m, n in zip(sizes[:-1], sizes[1:]))
