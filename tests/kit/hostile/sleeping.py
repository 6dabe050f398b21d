"""Sleeps (no CPU used, so a CPU limit alone would never stop it)."""
import time

WORDS = "did not finish within"


def perceptron(x, w, b):
    time.sleep(3600)
    return 1


def nand_parameters():
    time.sleep(1.0)  # slow, but inside the limit: and then wrong
    return (1.0, 1.0), 1.0
