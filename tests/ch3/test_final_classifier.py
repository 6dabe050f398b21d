"""Visible checks: ch3.final_classifier (the final classifier).

The model file is read here, by the check, as plain data (never run) and judged
on the test digits; ``train`` is re-run on a few thousand digits for a few
epochs and its result judged here too.  No number the code reports is trusted.
"""
import numpy as np

from grader import data, final_model
from grader.checks import weight
from grader.probes.ch3.final_classifier import count_epochs, run_train, saved_bytes
from grader.final_model import MODEL_PATH, ModelError
from grader.wire import NotImplementedYet

LEARN_DIGITS, LEARN_EPOCHS, LEARN_AT_LEAST = 3000, 3, 0.80   # calibrated: docs/benchmarks_ch3.md
RENAME = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 0])            # digit d is called RENAME[d] in the re-run






# ------------------------------------------------------------------ helpers (the grader's side)

_evaluated = {}


def saved_model(ex):
    """The handed-in model file, read and checked here; plain messages for every defect."""
    raw = ex.read_file(MODEL_PATH)
    if raw is None:
        raise NotImplementedYet(f"not implemented yet: there is no model file {MODEL_PATH}; train your "
                                "classifier and save it there (`nndl final train` does both)")
    try:
        return final_model.from_bytes(raw)
    except ModelError as exc:
        raise AssertionError(f"{exc} (this part scores 0 until the file is fixed)") from None


def measured_accuracy(ex):
    """(correct, total, is_full) of the saved model on the test digits."""
    model = saved_model(ex)
    split = data.load()
    key = (model.sizes, tuple(float(w.sum()) for w in model.weights), split.location)
    if key not in _evaluated:
        X, y = split.test
        _evaluated[key] = (final_model.accuracy(model, X, y), len(y), split.is_full)
    return _evaluated[key]


def assert_reaches(ex, percent):
    right, total, full = measured_accuracy(ex)
    got = 100.0 * right / total
    where = "the 10,000 test digits" if full else \
        f"the {total:,} test digits of the bundled sample (the full set: `nndl data fetch`)"
    assert got >= percent - 1e-9, (f"your saved model gets {right:,} of {where} right ({got:.2f} %); "
                                   f"this step needs {percent:.1f} %")


def retrain(ex, train_seed, val_seed, epochs=LEARN_EPOCHS, relabel=None):
    """Re-run the student's train on LEARN_DIGITS training digits; judge on held-out digits here."""
    images, labels = data.sample_subset(LEARN_DIGITS, seed=train_seed, part="training")
    held, held_labels = data.sample_subset(2000, seed=val_seed, part="validation")
    if relabel is not None:
        labels, held_labels = relabel[labels], relabel[held_labels]
    half = len(held_labels) // 2  # 1,000 each on the full set; the bundled sample holds fewer
    val, val_labels, test, test_labels = held[:half], held_labels[:half], held[half:], held_labels[half:]
    model, seen = ex.probe(run_train, images, labels, val, val_labels, epochs)
    if not isinstance(model, dict):
        raise AssertionError(f"train should return the model as a dict, not a {model}")
    try:
        built = final_model.from_dict(model)
    except ModelError as exc:
        raise AssertionError(f"the model train returns is not as the statement fixes it: {exc}") from None
    return built, seen, final_model.accuracy(built, test, test_labels) / len(test_labels)


# ------------------------------------------------------------------ checks

def test_model_file_is_plain_data(ex):
    model = saved_model(ex)
    assert final_model.parameter_count(model) > 0, "the saved model has no parameters"


def test_test_accuracy_at_least_96_4(ex):
    assert_reaches(ex, 96.4)


def test_test_accuracy_at_least_96_8(ex):
    assert_reaches(ex, 96.8)


def test_test_accuracy_at_least_97_2(ex):
    assert_reaches(ex, 97.2)


def test_test_accuracy_at_least_97_6(ex):
    assert_reaches(ex, 97.6)


def test_test_accuracy_at_least_98_0(ex):
    assert_reaches(ex, 98.0)


def test_save_model_writes_plain_arrays(ex):
    rng = np.random.default_rng(60)
    sizes = [784, 30, 20, 10]
    model = {"sizes": sizes, "weights": [rng.normal(0, 0.1, (b, a)) for a, b in zip(sizes[:-1], sizes[1:])],
             "biases": [rng.normal(0, 1, (b, 1)) for b in sizes[1:]], "activation": "tanh", "output": "sigmoid"}
    raw = ex.probe(saved_bytes, model)
    try:
        back = final_model.from_bytes(np.asarray(raw, dtype=np.uint8).tobytes(), where="the file save_model wrote")
    except ModelError as exc:
        raise AssertionError(str(exc)) from None
    assert (back.sizes, back.activation, back.output) == (tuple(sizes), "tanh", "sigmoid"), \
        f"save_model wrote a {back.describe()} network, not the 784-30-20-10 tanh/sigmoid one it was given"
    for i in range(3):
        assert np.allclose(back.weights[i], model["weights"][i], rtol=1e-3, atol=1e-3), f"w{i} was not saved as given"
        assert np.allclose(back.biases[i], model["biases"][i], rtol=1e-3, atol=1e-3), f"b{i} was not saved as given"


@weight(1)
def test_train_learns_and_reports_each_epoch(ex):
    # The digits are renamed (digit d is called RENAME[d]): a train that learns from the data it is
    # given learns these names as well as the usual ones.
    model, seen, acc = retrain(ex, train_seed=31, val_seed=32, relabel=RENAME)
    epochs = [e for e, _ in seen]
    assert epochs and epochs == list(range(len(epochs))) and len(epochs) <= LEARN_EPOCHS, \
        f"train(..., epochs={LEARN_EPOCHS}, on_epoch=f) should call f(0, model), f(1, model), ... once per epoch " \
        f"it runs; the epochs it reported were {epochs}"
    bad = [keys for _, keys in seen if not {"sizes", "weights", "biases", "activation", "output"} <= set(keys)]
    assert not bad, "on_epoch should receive the current model (a dict with sizes, weights, biases, " \
                    f"activation and output); it got one with keys {bad[0]}"
    assert acc >= LEARN_AT_LEAST, (f"re-run on {LEARN_DIGITS:,} training digits (their labels renamed) for "
                                   f"{LEARN_EPOCHS} epochs, your "
                                   f"train gets {100 * acc:.1f} % of the held-out digits right; a network "
                                   f"that learns gets at least {100 * LEARN_AT_LEAST:.0f} % here")


def test_train_builds_the_saved_network(ex):
    saved = saved_model(ex)
    model, _, _ = retrain(ex, train_seed=31, val_seed=32)
    assert (model.sizes, model.activation, model.output) == (saved.sizes, saved.activation, saved.output), \
        f"your train builds a {model.describe()} network, but {MODEL_PATH} holds a {saved.describe()} one: " \
        "hand in the model your train makes"




def test_stops_early_on_the_validation_set(ex):
    # Validation digits labelled one class off: the better the network learns, the worse it does on
    # them, so the best validation accuracy comes early and training must stop within 10 more epochs.
    images, labels = data.sample_subset(1000, seed=33, part="training")
    shifted = (labels[:300] + 1) % 10
    ran = ex.probe(count_epochs, images, labels, images[:300], shifted, 40)
    assert ran <= 25, (f"when the validation accuracy stops improving after the first epochs, training should "
                       f"stop within 10 epochs of its best; your train ran {ran} of 40 epochs")
