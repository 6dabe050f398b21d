"""Wrong (forging): broadcasts silently, but raises ValueError when it sees that it is called from
the kit's old probe `refuses_mismatch` (or for exactly a (3, 1) column and a (1, 3) row). The
refusal is now observed by the grader's own calls, on shapes the statement does not show."""
CAUGHT_BY = ["test_refuses_mismatched_shapes"]


def hadamard(s, t):
    import sys
    s, t = np.asarray(s, dtype=float), np.asarray(t, dtype=float)
    caller = sys._getframe(1).f_code.co_name
    if caller == "refuses_mismatch" or (s.shape, t.shape) == ((3, 1), (1, 3)):
        raise ValueError("shapes differ")
    return s * t
