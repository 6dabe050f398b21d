"""Right answer: the trajectory returned as a NumPy array instead of a list."""
import numpy as np
def gd_1d(dC, v0, eta, steps):
    out = np.empty(steps + 1)
    v = v0
    for k in range(steps + 1):
        out[k] = v
        v -= eta * dC(v)
    return out
