"""The final classifier: everything from chapters 1-3 on real MNIST  ·  最终分类器:综合第 1-3 章,识别真实的 MNIST 手写数字

Book: chapter 3, section 3.4 (the best result of the three chapters, 98.04 %).

Assemble a classifier from the pieces you built in chapters 1-3 and train it on
the 50,000 training digits of the book's split.  Which pieces (cost, output
layer, regularisation, initialisation, momentum, learning-rate schedule, layer
sizes) is your choice.  The target: 98.0 % or more of the 10,000 test digits.

The interface is fixed:

* ``train(training_data, validation_data, epochs=60, on_epoch=None)`` trains a
  new network and returns its **model** (below).  ``training_data`` and
  ``validation_data`` are pairs ``(X, y)``: ``X`` a float array (n, 784) of
  pixels in [0, 1], one digit a row, ``y`` an int array (n,) of labels 0-9.
  It trains for at most ``epochs`` epochs and must stop early on the
  validation set: once the validation accuracy has not beaten its best so far
  for some number of epochs in a row (your choice, at most 10), training ends.
  After every epoch it runs, it calls ``on_epoch(epoch, model)`` (when given),
  with ``epoch`` = 0, 1, 2, ... and the current model.  It never sees the
  test digits.
* a **model** is a dict of plain data: ``"sizes"`` (list of ints, 784 first,
  10 last, at most 6 layers), ``"weights"`` (one (n_out, n_in) float array per
  layer), ``"biases"`` (one (n_out, 1) float array per layer), ``"activation"``
  (the hidden layers' neuron: ``"sigmoid"``, ``"tanh"`` or ``"relu"``) and
  ``"output"`` (``"sigmoid"`` or ``"softmax"``).  A digit's class is the
  largest output.
* ``save_model(model, path)`` writes the model to ``path`` as a NumPy ``.npz``
  file (``np.savez`` or ``np.savez_compressed``) holding exactly these arrays:
  ``sizes`` (ints), ``w0, w1, ...`` and ``b0, b1, ...`` (floats, layer by
  layer), and ``activation`` and ``output`` (strings, e.g. ``np.array("relu")``).
  Nothing else: the grader reads it with ``allow_pickle=False`` and refuses
  anything that is not numbers or these two strings.

Your trained model goes to ``ch3/final_model.npz`` in your submission
(``nndl final train`` trains, prints the epochs and saves it there); in a
notebook course, save it as ``final_model.npz`` next to the notebook and hand
it in with it.

Grading (never from a number you report): the grader loads
``ch3/final_model.npz`` itself and counts the test digits it gets right: five
equal steps, one for each of 96.4, 96.8, 97.2, 97.6 and 98.0 % reached, so
98.0 % earns the whole of this part and below 96.4 % nothing.  It also re-runs
your ``train`` (seeded) on 3,000 training digits for 3 epochs, with the
digits' labels renamed (a network that learns from the data it is handed
learns any names); the network it returns must get at least 80 % of 1,000
held-out digits right (named the same way), be the same
network (layer sizes, neurons) as your saved model, and ``train`` must stop
within 10 epochs once the validation accuracy no longer improves.  A correct
network of this kind takes seconds for that, so keep ``train`` fast (whole
mini-batches as matrices, chapter 2).
"""
import numpy as np

ACTIVATIONS = ("sigmoid", "tanh", "relu")
OUTPUTS = ("sigmoid", "softmax")


def train(training_data, validation_data, epochs=60, on_epoch=None):
    """Train a new network on ``training_data``; return the model (see the module text)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def save_model(model, path):
    """Write ``model`` to ``path`` as an .npz file of plain arrays (see the module text)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _predict(weights, biases, X):
    a = X
    for w, b in zip(weights, biases):
        a = _sigmoid(a @ w.T + b.T)
    return np.argmax(a, axis=1)
