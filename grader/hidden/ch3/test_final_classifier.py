"""Hidden checks: ch3.final_classifier (unseen digits, labels and networks; no new requirements)."""
import numpy as np

from grader import data, final_model
from grader.checks import weight
from grader.probes.ch3.final_classifier import count_epochs, run_train, saved_bytes
from grader.final_model import MODEL_PATH, ModelError

LEARN_DIGITS, LEARN_EPOCHS, LEARN_AT_LEAST = 3000, 3, 0.80   # as in the visible check
RELABEL = np.array([3, 7, 0, 9, 1, 5, 2, 8, 6, 4])          # digit d is called RELABEL[d]






def _retrain(ex, train_seed, val_seed, relabel):
    images, labels = data.sample_subset(LEARN_DIGITS, seed=train_seed, part="training")
    held, held_labels = data.sample_subset(2000, seed=val_seed, part="validation")
    labels, held_labels = relabel[labels], relabel[held_labels]
    half = len(held_labels) // 2  # 1,000 each on the full set; the bundled sample holds fewer
    model, _ = ex.probe(run_train, images, labels, held[:half], held_labels[:half], LEARN_EPOCHS)
    if not isinstance(model, dict):
        raise AssertionError(f"train should return the model as a dict, not a {model}")
    try:
        built = final_model.from_dict(model)
    except ModelError as exc:
        raise AssertionError(f"the model train returns is not as the statement fixes it: {exc}") from None
    return built, final_model.accuracy(built, held[half:], held_labels[half:]) / len(held_labels[half:])


@weight(2)
def test_learns_digits_it_has_never_seen_labelled(ex):
    # Other digits, and every class given another name: a network that learns from the data it is
    # handed learns this as well as the usual names; one that brings its weights from elsewhere does not.
    model, acc = _retrain(ex, train_seed=51, val_seed=52, relabel=RELABEL)
    assert acc >= LEARN_AT_LEAST, (f"re-run on {LEARN_DIGITS:,} other training digits whose labels were "
                                   f"renamed, your train gets {100 * acc:.1f} % of held-out digits right; "
                                   f"one that learns from the data it is given gets at least "
                                   f"{100 * LEARN_AT_LEAST:.0f} %")
    raw = ex.read_file(MODEL_PATH)
    if raw is not None:
        try:
            saved = final_model.from_bytes(raw)
        except ModelError:
            return  # judged (with its message) by the visible checks of the file
        assert (model.sizes, model.activation, model.output) == (saved.sizes, saved.activation, saved.output), \
            f"your train builds a different network from the one saved in {MODEL_PATH}"




def test_stops_early_on_another_validation_set(ex):
    images, labels = data.sample_subset(1200, seed=53, part="training")
    held, held_labels = data.sample_subset(400, seed=54, part="validation")
    ran = ex.probe(count_epochs, images, labels, held, (held_labels + 9) % 10, 50)
    assert ran <= 30, (f"when the validation accuracy stops improving, training should stop within 10 epochs "
                       f"of its best; on other digits your train ran {ran} of 50 epochs")


def test_save_model_another_network(ex):
    rng = np.random.default_rng(61)
    sizes = [784, 20, 15, 10]
    model = {"sizes": sizes, "weights": [rng.normal(0, 0.2, (b, a)) for a, b in zip(sizes[:-1], sizes[1:])],
             "biases": [rng.normal(0, 1, (b, 1)) for b in sizes[1:]], "activation": "relu", "output": "softmax"}
    raw = ex.probe(saved_bytes, model)
    try:
        back = final_model.from_bytes(np.asarray(raw, dtype=np.uint8).tobytes(), where="the file save_model wrote")
    except ModelError as exc:
        raise AssertionError(str(exc)) from None
    assert (back.sizes, back.activation, back.output) == (tuple(sizes), "relu", "softmax"), \
        f"save_model wrote a {back.describe()} network, not the one it was given"
    for i in range(3):
        assert np.allclose(back.weights[i], model["weights"][i], rtol=1e-3, atol=1e-3), f"w{i} was not saved as given"
        assert np.allclose(back.biases[i], model["biases"][i], rtol=1e-3, atol=1e-3), f"b{i} was not saved as given"
