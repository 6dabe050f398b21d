"""Wrong: relu_prime(0) = 1 (z >= 0), against the stated convention."""
CAUGHT_BY = ["test_shapes_and_zero", "test_relu_and_derivative"]


def relu_prime(z):
    return (np.asarray(z, dtype=float) >= 0).astype(float)
