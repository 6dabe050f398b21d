"""Tries to write its own grade: the gradebook, results files, the Gradescope
results path, and the grader's own files."""
import glob
import os

WORDS = "should be 0"

FAKE = '{"score": 100, "tests": []}'
TARGETS = ["__NNDL_TRAP__/gradebook.csv", "__NNDL_TRAP__/results.json", "__NNDL_TRAP__/new_file.txt",
           "/autograder/results/results.json", "__NNDL_ROOT__/grader/runner.py",
           os.path.abspath(__file__)]
TARGETS += glob.glob("/*/*.json") + glob.glob("/nndl/*.py")
for path in TARGETS:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(FAKE)
    except OSError:
        pass


def perceptron(x, w, b):
    return 1


def nand_parameters():
    return (1.0, 1.0), 1.0
