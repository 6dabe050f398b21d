"""A CORRECT answer next to files named like the grader's and the standard
library's modules: they must neither run in the grader nor break the grading."""
import numpy as np

WORDS = ""
MIN_SCORE = 2
MAX_SCORE = 2
FILES = {
    "numpy.py": "raise SystemExit('a shadow module ran')\n",
    "json.py": "raise SystemExit('a shadow module ran')\n",
    "wire.py": "raise SystemExit('a shadow module ran')\n",
    "worker.py": "raise SystemExit('a shadow module ran')\n",
    "sitecustomize.py": "raise SystemExit('a shadow module ran')\n",
    "usercustomize.py": "raise SystemExit('a shadow module ran')\n",
    "grader/__init__.py": "raise SystemExit('a shadow module ran')\n",
    "socket.py": "raise SystemExit('a shadow module ran')\n",
}


def perceptron(x, w, b):
    return int(np.dot(w, x) + b > 0)


def nand_parameters():
    return (-2.0, -2.0), 3.0
