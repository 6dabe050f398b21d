"""Blocks and ignores every signal it can, sets an alarm, then loops forever."""
import signal

WORDS = "did not finish within"

for sig in range(1, signal.NSIG):
    try:
        signal.signal(sig, signal.SIG_IGN)
    except (OSError, ValueError, RuntimeError):
        pass
signal.pthread_sigmask(signal.SIG_BLOCK, set(range(1, signal.NSIG)))
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)


def perceptron(x, w, b):
    while True:
        pass


def nand_parameters():
    return (1.0, 1.0), 1.0
