"""Quits while being imported, after registering exit handlers."""
import atexit
import sys

WORDS = "importing ch1/perceptron.py raised SystemExit"

atexit.register(lambda: print("graded 100/100"))
sys.exit(0)


def perceptron(x, w, b):
    return 1


def nand_parameters():
    return (1.0, 1.0), 1.0
