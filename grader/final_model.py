"""The final classifier's model file: read it as plain data, check it, evaluate it.

The file format is fixed by the exercise ch3.final_classifier: a NumPy ``.npz``
holding exactly ``sizes`` (ints), ``w0, w1, ...`` and ``b0, b1, ...`` (floats)
and the strings ``activation`` and ``output``.  It is read here, in the
grader's process, with ``allow_pickle=False`` from bytes whose size is bounded
beforehand; nothing in it is ever run.  Every defect is a `ModelError` whose
message says what is wrong in plain words.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import numpy as np

MODEL_PATH = "ch3/final_model.npz"      # where the grader looks, inside a submission
MAX_FILE_BYTES = 32 << 20               # the file itself
MAX_ARRAY_BYTES = 64 << 20              # all arrays once uncompressed
MAX_LAYERS = 6
MAX_WIDTH = 4096
ACTIVATIONS = ("sigmoid", "tanh", "relu")
OUTPUTS = ("sigmoid", "softmax")
FULL_MARKS, ZERO_BELOW, STEP = 98.0, 96.0, 0.4   # the stated scale (percent of the test digits)


class ModelError(ValueError):
    """The model file (or a model) is not what the exercise asks for."""


@dataclass(frozen=True)
class Model:
    sizes: tuple[int, ...]
    weights: tuple[np.ndarray, ...]      # float64 (n_out, n_in)
    biases: tuple[np.ndarray, ...]       # float64 (n_out, 1)
    activation: str
    output: str

    def describe(self) -> str:
        return f"{'-'.join(map(str, self.sizes))}, {self.activation} hidden, {self.output} output"


def parameter_count(model: Model) -> int:
    return int(sum(w.size + b.size for w, b in zip(model.weights, model.biases)))


def _sizes(raw) -> tuple[int, ...]:
    arr = np.asarray(raw)
    if arr.dtype.kind not in "iu" or arr.ndim != 1:
        raise ModelError("`sizes` must be a list of whole numbers, e.g. [784, 100, 10]")
    sizes = tuple(int(s) for s in arr)
    if not 2 <= len(sizes) <= MAX_LAYERS:
        raise ModelError(f"`sizes` must name 2 to {MAX_LAYERS} layers, not {len(sizes)}")
    if sizes[0] != 784 or sizes[-1] != 10:
        raise ModelError(f"`sizes` must start with 784 (the pixels) and end with 10 (the digits), not {list(sizes)}")
    if min(sizes) < 1 or max(sizes[1:-1], default=1) > MAX_WIDTH:
        raise ModelError(f"every layer needs 1 to {MAX_WIDTH} neurons; `sizes` is {list(sizes)}")
    return sizes


def _floats(arr, name: str, shape: tuple[int, ...]) -> np.ndarray:
    arr = np.asarray(arr) if not isinstance(arr, np.ndarray) else arr
    if arr.dtype.kind not in "fiu":
        raise ModelError(f"`{name}` must hold numbers, not {arr.dtype}")
    if arr.shape != shape:
        if name.startswith("b") and arr.shape == shape[:1]:
            arr = arr.reshape(shape)
        else:
            raise ModelError(f"`{name}` has shape {arr.shape}; for sizes it should be {shape}")
    arr = arr.astype(np.float64)
    if not np.all(np.isfinite(arr)):
        raise ModelError(f"`{name}` holds NaN or infinite values")
    return arr


def _choice(raw, name: str, allowed: tuple[str, ...]) -> str:
    arr = np.asarray(raw)
    if arr.dtype.kind != "U" or arr.ndim != 0:
        raise ModelError(f"`{name}` must be one string, one of {', '.join(allowed)}")
    value = str(arr)
    if value not in allowed:
        raise ModelError(f"`{name}` is {value!r}; it must be one of {', '.join(allowed)}")
    return value


def build(sizes_raw, ws: list, bs: list, activation, output) -> Model:
    sizes = _sizes(sizes_raw)
    layers = len(sizes) - 1
    if len(ws) != layers or len(bs) != layers:
        raise ModelError(f"sizes {list(sizes)} need {layers} weight and {layers} bias arrays, "
                         f"got {len(ws)} and {len(bs)}")
    weights = tuple(_floats(w, f"w{i}", (sizes[i + 1], sizes[i])) for i, w in enumerate(ws))
    biases = tuple(_floats(b, f"b{i}", (sizes[i + 1], 1)) for i, b in enumerate(bs))
    return Model(sizes, weights, biases, _choice(activation, "activation", ACTIVATIONS),
                 _choice(output, "output", OUTPUTS))


def from_dict(model) -> Model:
    """A model dict as ``train`` returns it (already plain data), checked."""
    if not isinstance(model, dict):
        raise ModelError(f"train should return a dict (the model), not {type(model).__name__}")
    missing = [k for k in ("sizes", "weights", "biases", "activation", "output") if k not in model]
    if missing:
        raise ModelError(f"the model dict lacks {', '.join(missing)}")
    ws, bs = model["weights"], model["biases"]
    if not isinstance(ws, (list, tuple)) or not isinstance(bs, (list, tuple)):
        raise ModelError("the model's weights and biases must be lists of arrays, one per layer")
    act, out = model["activation"], model["output"]
    if not isinstance(act, str) or not isinstance(out, str):
        raise ModelError("the model's activation and output must be strings")
    try:
        sizes = np.asarray(model["sizes"])
    except (TypeError, ValueError):
        raise ModelError("`sizes` must be a list of whole numbers") from None
    try:
        ws = [np.asarray(w) for w in ws]
        bs = [np.asarray(b) for b in bs]
    except (TypeError, ValueError):
        raise ModelError("the model's weights and biases must be arrays of numbers") from None
    return build(sizes, ws, bs, np.array(act), np.array(out))


_KEY = re.compile(r"^(sizes|activation|output|[wb](0|[1-9][0-9]?))\.npy$")


def from_bytes(raw: bytes, where: str = MODEL_PATH) -> Model:
    """Read a model file's bytes (never unpickled, never run)."""
    if len(raw) > MAX_FILE_BYTES:
        raise ModelError(f"{where} is larger than {MAX_FILE_BYTES >> 20} MB")
    if not raw.startswith(b"PK"):
        what = "a pickle" if raw[:1] == b"\x80" else "not an .npz file"
        raise ModelError(f"{where} is {what}; write it with np.savez (plain arrays only)")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            infos = z.infolist()
            names = [i.filename for i in infos]
            bad = [n for n in names if not _KEY.match(n)]
            if bad:
                raise ModelError(f"{where} holds {', '.join(sorted(bad)[:5])}; only sizes, w0, w1, ..., "
                                 "b0, b1, ..., activation and output belong in it")
            if sum(i.file_size for i in infos) > MAX_ARRAY_BYTES:
                raise ModelError(f"{where} unpacks to more than {MAX_ARRAY_BYTES >> 20} MB")
    except zipfile.BadZipFile:
        raise ModelError(f"{where} is damaged (not a readable .npz); save it again") from None
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except ValueError as exc:
        if "pickle" in str(exc):
            raise ModelError(f"{where} holds a pickled object; save only plain arrays and strings") from None
        raise ModelError(f"{where} could not be read as plain arrays ({exc})") from None
    except (OSError, EOFError, zipfile.BadZipFile):
        raise ModelError(f"{where} is damaged (not a readable .npz); save it again") from None
    for key in ("sizes", "activation", "output"):
        if key not in arrays:
            raise ModelError(f"{where} lacks `{key}`")
    sizes = _sizes(arrays["sizes"])
    layers = len(sizes) - 1
    want = {"sizes", "activation", "output"} | {f"w{i}" for i in range(layers)} | {f"b{i}" for i in range(layers)}
    if set(arrays) != want:
        missing, extra = sorted(want - set(arrays)), sorted(set(arrays) - want)
        say = []
        if missing:
            say.append(f"lacks {', '.join(missing)}")
        if extra:
            say.append(f"has {', '.join(extra)} too many")
        raise ModelError(f"{where} {' and '.join(say)} for sizes {list(sizes)}")
    return build(arrays["sizes"], [arrays[f"w{i}"] for i in range(layers)],
                 [arrays[f"b{i}"] for i in range(layers)], arrays["activation"], arrays["output"])


def _act(name: str, z: np.ndarray) -> np.ndarray:
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "softmax":
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)
    raise ModelError(f"unknown neuron {name!r}")


def predict(model: Model, X: np.ndarray) -> np.ndarray:
    """The class of each row of X (n, 784): pixels in [0, 1], or uint8 0-255 (scaled here)."""
    X = np.asarray(X)
    a = (X.astype(np.float64) / 255.0 if X.dtype == np.uint8 else X.astype(np.float64)).T
    for i, (w, b) in enumerate(zip(model.weights, model.biases)):
        last = i == len(model.weights) - 1
        with np.errstate(over="ignore", invalid="ignore"):
            a = _act(model.output if last else model.activation, w @ a + b)
    return np.argmax(a, axis=0)


def accuracy(model: Model, X: np.ndarray, y: np.ndarray) -> int:
    """How many digits of (X, y) the model classifies right."""
    return int(np.sum(predict(model, X) == np.asarray(y)))


def score_fraction(percent: float) -> float:
    """The stated scale: 1 at 98.0 % and above, one step of 1/5 less per 0.4 % below, 0 under 96.4 %."""
    if percent >= FULL_MARKS:
        return 1.0
    steps = int(np.ceil(round((FULL_MARKS - percent) / STEP, 6)))
    return max(0.0, (5 - steps) / 5)
