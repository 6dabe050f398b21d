"""Wrong: a leaky ReLU (slope 0.01 for z < 0) instead of the ReLU."""
CAUGHT_BY = ["test_shapes_and_zero", "test_relu_and_derivative"]


def relu(z):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.01 * z)
