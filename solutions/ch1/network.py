"""The chapter 1 network, trained on real MNIST  ·  第一章的网络:在真实 MNIST 上训练

Book: chapter 1, section 1.6 (Implementing our network to classify digits).

Build a fully connected network of sigmoid neurons and train it with
mini-batch stochastic gradient descent on the quadratic cost
C_x = ||a^L(x) - y(x)||^2 / 2.

- ``Network(sizes)``: ``sizes`` lists the neurons per layer, e.g. [784, 30, 10].
  Keep ``num_layers``, ``sizes``, ``biases`` (one (n, 1) column per non-input
  layer) and ``weights`` (one (n_out, n_in) matrix per pair of layers), all
  drawn from a standard normal distribution with ``np.random``.
- ``feedforward(a)``: the output for an input column ``a`` of shape (n_in, 1),
  applying a <- sigmoid(w a + b) layer by layer.
- ``SGD(training_data, epochs, mini_batch_size, eta, test_data=None)``: each
  epoch, shuffle the list of (x, y) pairs with ``random.shuffle``, cut it into
  mini-batches of ``mini_batch_size`` pairs (the last one may be shorter) and
  make one ``update_mini_batch`` step on each; with ``test_data``, print
  "Epoch j: correct / total" after each epoch (e.g. "Epoch 0: 9129 / 10000")
  and return the list of those correct counts, one per epoch.
- ``update_mini_batch(mini_batch, eta)``: one gradient step,
  w <- w - (eta / m) * (sum of dC_x/dw over the m pairs), and the same for b;
  m is the number of pairs in that mini-batch.
- ``backprop(x, y)``: ``(nabla_b, nabla_w)``, the gradient of C_x, as lists
  shaped like ``biases`` and ``weights`` (use the equations BP1-BP4).
- ``evaluate(test_data)``: how many (x, label) pairs the network gets right,
  where its answer is the index of the most active output neuron and
  ``label`` is an int.
- ``cost_derivative(output_activations, y)``: dC_x/da for the output layer.
- ``sigmoid(z)`` and ``sigmoid_prime(z)``: element-wise, for arrays; they
  must not overflow or give NaN for large |z| (try z = +-1000).

Training data: x is a (784, 1) column of pixel values in [0, 1] and y a
(10, 1) one-hot column; test data pairs x with the digit as an int.  Any
correct style passes: a loop over the examples as in the book, or whole
mini-batches as matrices.

搭建一个由 sigmoid 神经元组成的全连接网络,用小批量随机梯度下降在二次代价
C_x = ||a^L(x) - y(x)||^2 / 2 上训练它。

- ``Network(sizes)``:``sizes`` 列出每层的神经元数,例如 [784, 30, 10]。保存
  ``num_layers``、``sizes``、``biases``(每个非输入层一个 (n, 1) 列向量)和
  ``weights``(每对相邻层一个 (n_out, n_in) 矩阵),都用 ``np.random`` 从标准正态
  分布中抽取。
- ``feedforward(a)``:形状为 (n_in, 1) 的输入列向量 ``a`` 的输出,逐层计算
  a <- sigmoid(w a + b)。
- ``SGD(training_data, epochs, mini_batch_size, eta, test_data=None)``:每个 epoch
  用 ``random.shuffle`` 打乱 (x, y) 列表,切成每批 ``mini_batch_size`` 对的小批量
  (最后一批可以较短),对每一批做一次 ``update_mini_batch``;给了 ``test_data`` 时,
  每个 epoch 结束后打印 "Epoch j: correct / total"(例如 "Epoch 0: 9129 / 10000"),
  并返回这些正确个数组成的列表,每个 epoch 一个。
- ``update_mini_batch(mini_batch, eta)``:一步梯度下降,
  w <- w - (eta / m) * (m 对样本的 dC_x/dw 之和),b 同理;m 是这一小批中的样本对数。
- ``backprop(x, y)``:``(nabla_b, nabla_w)``,即 C_x 的梯度,形状分别与 ``biases``
  和 ``weights`` 相同的列表(使用方程 BP1-BP4)。
- ``evaluate(test_data)``:网络答对了多少对 (x, label);网络的答案是激活值最大的
  输出神经元的下标,``label`` 是整数。
- ``cost_derivative(output_activations, y)``:输出层的 dC_x/da。
- ``sigmoid(z)`` 和 ``sigmoid_prime(z)``:对数组逐元素计算;|z| 很大时不得溢出,
  也不得给出 NaN(试试 z = +-1000)。

训练数据:x 是取值在 [0, 1] 的 (784, 1) 像素列向量,y 是 (10, 1) 的独热列向量;
测试数据中 x 与整数形式的数字配对。任何正确的写法都能通过:像书中那样逐个样本循环,
或把整个小批量当作矩阵处理。
"""
import random

import numpy as np


class Network:

    def __init__(self, sizes):
        ### BEGIN SOLUTION
        self.num_layers = len(sizes)
        self.sizes = list(sizes)
        self.biases = [np.random.randn(n, 1) for n in sizes[1:]]
        self.weights = [np.random.randn(n_out, n_in) for n_in, n_out in zip(sizes[:-1], sizes[1:])]
        ### END SOLUTION

    def feedforward(self, a):
        """The output layer's activations for the input column ``a``."""
        ### BEGIN SOLUTION
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(w @ a + b)
        return a
        ### END SOLUTION

    def SGD(self, training_data, epochs, mini_batch_size, eta, test_data=None):
        """Train with mini-batch stochastic gradient descent; with ``test_data``, returns the list of
        correct counts, one per epoch."""
        ### BEGIN SOLUTION
        # Stack the examples once, one per row.  Each epoch shuffles an index list with
        # random.shuffle (the same order the book's shuffle gives its list), and each
        # mini-batch is m rows picked out at once, used as the columns of a matrix.
        training_data = list(training_data)
        X = np.array([np.ravel(x) for x, _ in training_data])
        Y = np.array([np.ravel(y) for _, y in training_data])
        test_data = list(test_data) if test_data is not None else None
        order = list(range(len(training_data)))
        scores = []
        for j in range(epochs):
            random.shuffle(order)
            shuffled = np.array(order)
            for k in range(0, len(order), mini_batch_size):
                batch = shuffled[k:k + mini_batch_size]
                self._step(X[batch].T, Y[batch].T, eta)
            if test_data is not None:
                scores.append(self.evaluate(test_data))
                print(f"Epoch {j}: {scores[-1]} / {len(test_data)}")
            else:
                print(f"Epoch {j} complete")
        return scores
        ### END SOLUTION

    def update_mini_batch(self, mini_batch, eta):
        """One step of gradient descent on the pairs (x, y) in ``mini_batch``."""
        ### BEGIN SOLUTION
        X = np.hstack([x for x, _ in mini_batch])
        Y = np.hstack([y for _, y in mini_batch])
        self._step(X, Y, eta)

    def _step(self, X, Y, eta):
        """The same step for a mini-batch held as matrices: examples are the columns of X and Y."""
        nabla_b, nabla_w = self.backprop(X, Y)
        rate = eta / X.shape[1]
        for w, nw, b, nb in zip(self.weights, nabla_w, self.biases, nabla_b):
            w -= rate * nw
            b -= rate * nb
        ### END SOLUTION

    def backprop(self, x, y):
        """``(nabla_b, nabla_w)``: the gradient of C_x for one pair (x, y)."""
        ### BEGIN SOLUTION
        # x and y may also hold m examples as columns: the result is then the sum of
        # their m gradients (BP3 and BP4 sum over the columns).
        activations = [x]
        for b, w in zip(self.biases, self.weights):
            activations.append(sigmoid(w @ activations[-1] + b))
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        # sigmoid'(z) = a (1 - a): reuse the activations instead of recomputing sigmoid(z).
        a = activations[-1]
        delta = self.cost_derivative(a, y) * (a * (1 - a))                        # BP1
        for l in range(len(self.weights) - 1, -1, -1):
            nabla_b[l] = delta.sum(axis=1, keepdims=True)                            # BP3
            nabla_w[l] = delta @ activations[l].T                                    # BP4
            if l > 0:
                a = activations[l]
                delta = (self.weights[l].T @ delta) * (a * (1 - a))                  # BP2
        return nabla_b, nabla_w
        ### END SOLUTION

    def evaluate(self, test_data):
        """The number of pairs (x, label) whose most active output is ``label``."""
        ### BEGIN SOLUTION
        test_data = list(test_data)
        if not test_data:
            return 0
        X = np.hstack([x for x, _ in test_data])
        guesses = np.argmax(self.feedforward(X), axis=0)
        return int(np.sum(guesses == np.array([int(y) for _, y in test_data])))
        ### END SOLUTION

    def cost_derivative(self, output_activations, y):
        """dC_x/da for the quadratic cost."""
        ### BEGIN SOLUTION
        return output_activations - y
        ### END SOLUTION


def sigmoid(z):
    """1 / (1 + e^-z), element-wise, without overflow for large |z|."""
    ### BEGIN SOLUTION
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
    ### END SOLUTION


def sigmoid_prime(z):
    """The derivative of the sigmoid, element-wise."""
    ### BEGIN SOLUTION
    s = sigmoid(z)
    return s * (1.0 - s)
    ### END SOLUTION
