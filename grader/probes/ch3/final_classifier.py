"""Probes of ch3.final_classifier: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations (the model train returns, the bytes
save_model writes, the epochs on_epoch was told about) that the checks judge
themselves: the model is evaluated in the grader's process, never here.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def run_train(mod, images, labels, val_images, val_labels, epochs):
    X = images.astype(np.float64) / 255.0
    VX = val_images.astype(np.float64) / 255.0
    seen = []

    def on_epoch(epoch, model):
        keys = sorted(str(k) for k in model) if isinstance(model, dict) else []
        seen.append([int(epoch) if isinstance(epoch, (int, np.integer)) else -1, keys])

    model = mod.train((X, np.asarray(labels)), (VX, np.asarray(val_labels)), epochs=epochs, on_epoch=on_epoch)
    if not isinstance(model, dict):
        return type(model).__name__, seen
    plain = {}
    for key in ("sizes", "activation", "output"):
        value = model.get(key)
        plain[key] = [int(s) for s in value] if key == "sizes" and value is not None else \
            (str(value) if value is not None else None)
    for key in ("weights", "biases"):
        plain[key] = [np.asarray(a, dtype=np.float64) for a in model.get(key) or []]
    return plain, seen


@probe
def count_epochs(mod, images, labels, val_images, val_labels, epochs):
    X = images.astype(np.float64) / 255.0
    VX = val_images.astype(np.float64) / 255.0
    seen = []
    mod.train((X, np.asarray(labels)), (VX, np.asarray(val_labels)), epochs=epochs,
              on_epoch=lambda epoch, model: seen.append(1))
    return len(seen)


@probe
def saved_bytes(mod, model):
    import io
    import os
    import tempfile
    try:
        folder = tempfile.mkdtemp()
    except OSError:            # no writable disk: hand save_model an open binary file
        buffer = io.BytesIO()
        mod.save_model(model, buffer)
        return np.frombuffer(buffer.getvalue(), dtype=np.uint8)
    path = os.path.join(folder, "model.npz")
    mod.save_model(model, path)
    if not os.path.exists(path) and os.path.exists(path + ".npz"):
        path += ".npz"
    with open(path, "rb") as fh:
        return np.frombuffer(fh.read(), dtype=np.uint8)
