"""Prints gigabytes, fills /tmp, writes a huge file and answers with a huge string."""
import os
import sys

WORDS = "returned more than"

_chunk = "x" * (1 << 20)


def perceptron(x, w, b):
    for _ in range(2048):  # 2 GB to stdout and stderr
        print(_chunk)
        sys.stderr.write(_chunk)
    try:
        with open("/tmp/big", "w") as f:
            for _ in range(4096):
                f.write(_chunk)
    except OSError:
        pass
    for i in range(200):  # many files below the file-size limit: /tmp itself is bounded
        try:
            with open(f"/tmp/part{i}", "w") as f:
                f.write(_chunk * 3)
        except OSError:
            break
    os.write(1, b"y" * (1 << 20))
    return 1


def nand_parameters():
    return "z" * (100 << 20), 1.0
