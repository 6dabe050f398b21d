"""A right answer in the book's style: backprop one example at a time, gradients summed per mini-batch.

Same network as the reference (784-100-10, sigmoid, cross-entropy, L2), a fixed learning rate
and patience 5 on the validation accuracy; it returns the last model, saved as float64 with np.savez.
"""
import random


def train(training_data, validation_data, epochs=60, on_epoch=None):
    sizes, eta, lmbda, m, patience = [784, 100, 10], 0.5, 5.0, 10, 5
    X, labels = np.asarray(training_data[0], dtype=float), np.asarray(training_data[1])
    VX, vlabels = np.asarray(validation_data[0], dtype=float), np.asarray(validation_data[1])
    n = len(labels)
    weights = [np.random.randn(b, a) / np.sqrt(a) for a, b in zip(sizes[:-1], sizes[1:])]
    biases = [np.random.randn(b, 1) for b in sizes[1:]]
    best, since = -1, 0
    for epoch in range(epochs):
        order = list(range(n))
        random.shuffle(order)
        for k in range(0, n, m):
            batch = order[k:k + m]
            sum_w = [np.zeros(w.shape) for w in weights]
            sum_b = [np.zeros(b.shape) for b in biases]
            for i in batch:
                a = X[i].reshape(784, 1)
                acts = [a]
                for w, b in zip(weights, biases):
                    a = 1.0 / (1.0 + np.exp(-np.clip(w @ a + b, -500, 500)))
                    acts.append(a)
                y = np.zeros((10, 1))
                y[int(labels[i])] = 1.0
                delta = acts[-1] - y
                for layer in (1, 0):
                    sum_w[layer] += delta @ acts[layer].T
                    sum_b[layer] += delta
                    if layer:
                        delta = (weights[layer].T @ delta) * acts[layer] * (1 - acts[layer])
            weights = [(1 - eta * lmbda / n) * w - eta / len(batch) * s for w, s in zip(weights, sum_w)]
            biases = [b - eta / len(batch) * s for b, s in zip(biases, sum_b)]
        model = {"sizes": sizes, "weights": weights, "biases": biases, "activation": "sigmoid", "output": "sigmoid"}
        if on_epoch is not None:
            on_epoch(epoch, model)
        correct = int(np.sum(_predict(weights, biases, VX) == vlabels))
        best, since = (correct, 0) if correct > best else (best, since + 1)
        if since >= patience:
            break
    return model


def save_model(model, path):
    arrays = {"sizes": np.array(model["sizes"]), "activation": np.array(model["activation"]),
              "output": np.array(model["output"])}
    for i, (w, b) in enumerate(zip(model["weights"], model["biases"])):
        arrays[f"w{i}"], arrays[f"b{i}"] = np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
    np.savez(path, **arrays)
