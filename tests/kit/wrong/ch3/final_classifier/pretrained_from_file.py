"""Wrong: train ignores the digits it is given and returns the weights of the handed-in model file.

The model file is the reference's, so the file and the network agree; only a re-run on renamed
labels shows that this train learns nothing.
"""
CAUGHT_BY = ["test_train_learns_and_reports_each_epoch", "test_learns_digits_it_has_never_seen_labelled"]
BREAKS_STATEMENT = "trains a new network and returns its model"
MODEL = "reference"


def train(training_data, validation_data, epochs=60, on_epoch=None):
    import os
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "final_model.npz")
    with np.load(path, allow_pickle=False) as z:
        layers = len(z["sizes"]) - 1
        model = {"sizes": [int(s) for s in z["sizes"]], "weights": [z[f"w{i}"] for i in range(layers)],
                 "biases": [z[f"b{i}"] for i in range(layers)], "activation": str(z["activation"]),
                 "output": str(z["output"])}
    best, since = -1, 0
    for epoch in range(epochs):
        if on_epoch is not None:
            on_epoch(epoch, model)
        correct = int(np.sum(_predict(model["weights"], model["biases"], np.asarray(validation_data[0]))
                             == np.asarray(validation_data[1])))
        best, since = (correct, 0) if correct > best else (best, since + 1)
        if since >= 10:
            break
    return model
