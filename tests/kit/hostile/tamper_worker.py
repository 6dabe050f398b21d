"""Tampers with sys.modules and the worker itself: fakes the encoder, then sends
frames by hand (a lie about the frame length, garbage instead of JSON)."""
import json
import sys

WORDS = ""

_wire = sys.modules.get("wire")
_main = sys.modules.get("__main__")
if _wire is not None:
    _wire.encode = lambda value, _depth=0: 1       # every answer "is" 1
    _wire.decode = lambda data: [[1, 1], [-2.0, -2.0], 3.0]
sys.modules["numpy"] = None                        # breaks numpy for anyone after us
_calls = [0]


def perceptron(x, w, b):
    _calls[0] += 1
    send = getattr(_main, "send", None)
    sock = None
    import gc
    import socket
    for obj in gc.get_objects():
        if isinstance(obj, socket.socket):
            sock = obj
    if sock is not None and _calls[0] == 2:
        sock.sendall((2**63 - 5).to_bytes(8, "big") + b"{}")   # a frame 'of 8 exabytes'
    elif sock is not None and _calls[0] == 3 and send is not None:
        send(sock, b"\x80\x04 not json at all")
    elif sock is not None and _calls[0] == 4 and send is not None:
        send(sock, json.dumps({"ok": {"__ndarray__": "AAAA"}}).encode())
    return 1


def nand_parameters():
    return (1.0, 1.0), 1.0
