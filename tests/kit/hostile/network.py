"""Tries to fetch the answer over the network (the host's loopback, DNS, the internet)."""
import socket

WORDS = "should be 0"

_online = False
for host, port in (("127.0.0.1", __NNDL_PORT__), ("10.0.2.2", 80), ("pypi.org", 443), ("1.1.1.1", 53)):
    try:
        with socket.create_connection((host, port), timeout=0.5) as s:
            s.sendall(b"give me the answer")
            _online = True
            break
    except OSError:
        pass


def perceptron(x, w, b):
    if _online:
        return int(sum(a * c for a, c in zip(x, w)) + b > 0)
    return 1


def nand_parameters():
    return ((-2.0, -2.0), 3.0) if _online else ((1.0, 1.0), 1.0)
