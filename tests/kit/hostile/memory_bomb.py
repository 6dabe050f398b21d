"""Allocates memory until something gives."""
import numpy as np

WORDS = "memory"


def perceptron(x, w, b):
    hoard = []
    while True:
        hoard.append(np.ones(50_000_000))


def nand_parameters():
    return np.zeros(10**12), 1.0
