"""NaN, infinities and wrong shapes instead of numbers."""
import numpy as np

WORDS = "should be 1"


def perceptron(x, w, b):
    return float("nan")


def nand_parameters():
    return np.array([[np.inf, -np.inf, np.nan]]), np.array([np.nan, 1.0])
