"""Raises SystemExit and KeyboardInterrupt instead of answering."""
import sys

WORDS = "raised SystemExit"


def perceptron(x, w, b):
    sys.exit(0)


def nand_parameters():
    raise KeyboardInterrupt
