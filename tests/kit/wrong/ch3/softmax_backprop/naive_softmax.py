"""Wrong: softmax as exp(z)/sum(exp(z)) without the shift, which overflows to inf/inf = NaN for z in the thousands."""
CAUGHT_BY = ["test_softmax_at_large_inputs"]
BREAKS_STATEMENT = "softmax of a column vector, without overflow (finite even when entries of z are in the thousands)"


def softmax(z):
    with np.errstate(all="ignore"):
        e = np.exp(z)
        return e / np.sum(e)
