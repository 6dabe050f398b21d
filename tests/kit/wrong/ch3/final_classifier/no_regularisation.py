"""Wrong: no L2 term, the old N(0, 1) weights and a stop after the first epoch without a new best.

It learns, but its saved model (this code's own, trained on the 50,000 digits) stops well below 98 %.
"""
CAUGHT_BY = ["test_test_accuracy_at_least_98_0"]
BREAKS_STATEMENT = "The target: 98.0 % or more of the 10,000 test digits."
MODEL = "own"


def train(training_data, validation_data, epochs=60, on_epoch=None):
    sizes, eta, m = [784, 30, 10], 3.0, 10
    X, labels = np.asarray(training_data[0], dtype=float), np.asarray(training_data[1], dtype=int)
    VX, vlabels = np.asarray(validation_data[0], dtype=float), np.asarray(validation_data[1], dtype=int)
    n = len(labels)
    Y = np.eye(10)[labels]
    weights = [np.random.randn(b, a) for a, b in zip(sizes[:-1], sizes[1:])]
    biases = [np.random.randn(b, 1) for b in sizes[1:]]
    best = -1
    for epoch in range(epochs):
        order = np.random.permutation(n)
        for k in range(0, n, m):
            batch = order[k:k + m]
            acts = [X[batch]]
            for w, b in zip(weights, biases):
                acts.append(_sigmoid(acts[-1] @ w.T + b.T))
            delta = (acts[-1] - Y[batch]) * acts[-1] * (1 - acts[-1])      # quadratic cost
            for layer in range(len(weights) - 1, -1, -1):
                gw, gb = delta.T @ acts[layer], delta.sum(axis=0)[:, None]
                if layer > 0:
                    delta = (delta @ weights[layer]) * acts[layer] * (1 - acts[layer])
                weights[layer] = weights[layer] - (eta / len(batch)) * gw
                biases[layer] = biases[layer] - (eta / len(batch)) * gb
        model = {"sizes": sizes, "weights": [w.copy() for w in weights], "biases": [b.copy() for b in biases],
                 "activation": "sigmoid", "output": "sigmoid"}
        if on_epoch is not None:
            on_epoch(epoch, model)
        correct = int(np.sum(_predict(weights, biases, VX) == vlabels))
        if correct <= best:
            break
        best = correct
    return model
