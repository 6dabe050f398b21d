"""Backpropagation with softmax and the log-likelihood  ·  softmax 与对数似然的反向传播

Book: chapter 3, section 3.1 (softmax), equation (84).

A network with sigmoid hidden layers and a softmax output layer, trained with
the log-likelihood cost C = -ln a^L_y (y one-hot: C = -sum_j y_j ln a^L_j).
Show what its output error delta^L is; from there backpropagation runs as
usual through the sigmoid layers.

``weights[i]`` has shape (n_(i+1), n_i), ``biases[i]`` shape (n_(i+1), 1);
``x`` is a column vector and ``y`` a one-hot column vector.

1. ``softmax(z)``: softmax of a column vector, without overflow (finite even
   when entries of z are in the thousands).
2. ``loglik_cost(a, y)``: the log-likelihood cost of output ``a``.
3. ``backprop(weights, biases, x, y)``: ``(nabla_b, nabla_w)``, lists shaped
   like ``biases`` and ``weights``: the gradient of the cost for this example.
4. ``essay()`` (written part, graded by hand): derive delta^L_j = dC/dz^L_j for
   the softmax layer with the log-likelihood, from the chain rule through
   every output a^L_k (each depends on every z^L_j), and say where the
   one-hot y is used.

隐藏层为 sigmoid、输出层为 softmax 的网络,用对数似然代价 C = -ln a^L_y 训练(y 为 one-hot
时 C = -sum_j y_j ln a^L_j)。说明其输出误差 delta^L 是什么;从那里起,反向传播照常穿过
sigmoid 层。``weights[i]`` 的形状为 (n_(i+1), n_i),``biases[i]`` 的形状为 (n_(i+1), 1);
``x`` 是列向量,``y`` 是 one-hot 列向量。

1. ``softmax(z)``:列向量的 softmax,不得溢出(z 的分量很大时也是有限值)。
2. ``loglik_cost(a, y)``:输出 ``a`` 的对数似然代价。
3. ``backprop(weights, biases, x, y)``:``(nabla_b, nabla_w)``,与 ``biases`` 和
   ``weights`` 形状相同的列表:该样本上代价的梯度。
4. ``essay()``(文字部分,人工评分):对使用对数似然的 softmax 层,用链式法则(经过每个输出
   a^L_k,每个 a^L_k 都依赖于每个 z^L_j)推导 delta^L_j = dC/dz^L_j,并说明在哪里用到了
   y 是 one-hot。
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(z):
    """Softmax of a column vector."""
    ### BEGIN SOLUTION
    e = np.exp(z - np.max(z))
    return e / np.sum(e)
    ### END SOLUTION


def loglik_cost(a, y):
    """-sum_j y_j ln a_j for a one-hot y."""
    ### BEGIN SOLUTION
    return float(-np.sum(y * np.log(a)))
    ### END SOLUTION


def essay():
    """Your derivation in words and formulas (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
C = -sum_k y_k ln a_k with a_k = e^(z_k) / sum_i e^(z_i), and every a_k depends on every z_j,
so delta_j = dC/dz_j = sum_k (dC/da_k)(da_k/dz_j). dC/da_k = -y_k / a_k. Differentiating the
quotient, da_k/dz_j = a_k (1 - a_j) when k = j and -a_k a_j when k != j, i.e.
da_k/dz_j = a_k ([k = j] - a_j). So delta_j = -sum_k (y_k / a_k) a_k ([k = j] - a_j)
= -y_j + a_j sum_k y_k. The target is one-hot, so sum_k y_k = 1 and delta_j = a_j - y_j:
delta^L = a^L - y, with no sigma' factor. The hidden layers are then handled as usual,
delta^l = ((w^(l+1))^T delta^(l+1)) * sigma'(z^l)."""
    ### END SOLUTION


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of the log-likelihood cost for one example."""
    ### BEGIN SOLUTION
    activations, zs = [x], []
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        zs.append(z)
        a = softmax(z) if i == len(weights) - 1 else _sigmoid(z)
        activations.append(a)
    delta = activations[-1] - y
    nabla_b = [None] * len(weights)
    nabla_w = [None] * len(weights)
    nabla_b[-1], nabla_w[-1] = delta, delta @ activations[-2].T
    for l in range(2, len(weights) + 1):
        s = _sigmoid(zs[-l])
        delta = (weights[-l + 1].T @ delta) * s * (1 - s)
        nabla_b[-l], nabla_w[-l] = delta, delta @ activations[-l - 1].T
    return nabla_b, nabla_w
    ### END SOLUTION
