"""The layer rule a' = sigma(w a + b), one component at a time  ·  逐分量写出 a' = sigma(w a + b)

Book: chapter 1, section 1.6 (Implementing our network to classify digits),
exercise on the component form of the layer equation.

A layer with n_in inputs and n_out neurons has weights w of shape
(n_out, n_in), biases b of shape (n_out, 1), and takes an activation column a of
shape (n_in, 1).  Entry w[j, k] is the weight from input k into neuron j.  The
book writes the layer's output as a' = sigma(w a + b) (equation (22)) and asks
you to write that equation out in components and to check that it agrees with
the rule for a single sigmoid neuron, sigma(w·x + b) (equation (4)).

Compute the layer neuron by neuron, with explicit sums over the inputs (no
matrix product), and in ``one_neuron_rule`` write the component form and show
why it is the single-neuron rule.

一个有 n_in 个输入、n_out 个神经元的层:权重 w 的形状为 (n_out, n_in),偏置 b
是形状为 (n_out, 1) 的列向量,输入激活值 a 是形状为 (n_in, 1) 的列向量;w[j, k]
是从输入 k 到神经元 j 的权重。书中把这一层的输出写成 a' = sigma(w a + b)(式 (22)),
并要求你把这个式子逐分量写出来,检验它与单个 sigmoid 神经元的规则 sigma(w·x + b)
(式 (4))一致。

请逐个神经元计算这一层的输出,对输入显式求和(不用矩阵乘法),并在
``one_neuron_rule`` 中写出分量形式,说明它为什么就是单个神经元的规则。
"""
import math

import numpy as np


def neuron_output(w, b, a, j):
    """a'_j, the output (a float) of neuron ``j`` of the layer, from an explicit sum over k."""
    ### BEGIN SOLUTION
    z = sum(w[j][k] * a[k][0] for k in range(len(a))) + b[j][0]
    return 1.0 / (1.0 + math.exp(-z))
    ### END SOLUTION


def layer_output(w, b, a):
    """The layer's output a' as a column of shape (n_out, 1), built from `neuron_output`."""
    ### BEGIN SOLUTION
    return np.array([[neuron_output(w, b, a, j)] for j in range(len(w))])
    ### END SOLUTION


def one_neuron_rule():
    """In a few sentences: the component form of a' = sigma(w a + b), and why it is the
    single sigmoid neuron rule (equation (4)) for each neuron j."""
    ### BEGIN SOLUTION
    return """Row j of the product w a is sum_k w[j, k] a_k, and adding b and applying sigma
entry by entry gives, for each neuron j,
    a'_j = sigma( sum_k w[j, k] a_k + b_j ).
The weights into neuron j are exactly row j of w (w[j, k] connects input k to
neuron j), its inputs are the activations a_k of the previous layer and its bias
is b_j.  So sum_k w[j, k] a_k + b_j is that neuron's w·x + b, with x = a and w
the j-th row, and a'_j = sigma(w·x + b) is the single sigmoid neuron rule.  The
matrix form just stacks these n_out neurons into one column."""
    ### END SOLUTION
