"""Strings, functions, generators, modules and sets instead of numbers."""
import os

WORDS = "should be 1"


def perceptron(x, w, b):
    if len(x) == 2:
        return "1"
    return {0, 1}


def nand_parameters():
    return (lambda: (-2.0, -2.0)), os
