"""Wrong: sigmoid as exp(z) / (1 + exp(z)); for large z that is inf / inf = NaN."""
CAUGHT_BY = ["test_sigmoid_has_no_nan_for_large_z", "test_sigmoid_of_columns_and_extremes"]
BREAKS_STATEMENT = "it must not return NaN for large |z|"


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z) / (1.0 + np.exp(z))
