"""Wrong: forgets the bias and compares w·x with 0."""
CAUGHT_BY = ["test_many_inputs_and_weights"]


def perceptron(x, w, b):
    return int(np.dot(w, x) > 0)
