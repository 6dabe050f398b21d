"""Wrong: ln(sum(exp(z))) computed directly, which is inf at z = 1000."""
CAUGHT_BY = ["test_log_normaliser"]
BREAKS_STATEMENT = "finite and correct even for entries like 1000"


def log_normaliser(z):
    return float(np.log(np.sum(np.exp(np.asarray(z, dtype=float)))))
