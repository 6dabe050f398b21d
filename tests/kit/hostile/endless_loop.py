"""Never returns, and ignores the usual ways of stopping a program."""
import signal

WORDS = "did not finish within"

for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGHUP, signal.SIGXCPU):
    signal.signal(sig, signal.SIG_IGN)


def perceptron(x, w, b):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


def nand_parameters():
    return perceptron(None, None, None)
