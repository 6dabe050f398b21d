"""Wrong: returns the variance 3/2, the square root forgotten."""
CAUGHT_BY = ["test_general_formula", "test_symbolic_answer", "test_book_value_is_sqrt_three_halves"]


def z_std(n_ones, weight_std, bias_std):
    return n_ones * weight_std ** 2 + bias_std ** 2


def book_std():
    return sp.Rational(3, 2)
