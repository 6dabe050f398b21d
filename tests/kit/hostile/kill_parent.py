"""Kills its parent (the worker), every process it can see, and its process group."""
import os
import signal

WORDS = ""


def perceptron(x, w, b):
    for target in (os.getppid(), 1, 2):
        try:
            os.kill(target, signal.SIGKILL)
        except OSError:
            pass
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) != os.getpid():
            try:
                os.kill(int(pid), signal.SIGKILL)
            except OSError:
                pass
    try:
        os.kill(-1, signal.SIGKILL)  # everything this uid may signal (this process too)
    except OSError:
        pass
    return 1


def nand_parameters():
    return (1.0, 1.0), 1.0
