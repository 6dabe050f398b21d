"""Inverting the softmax layer  ·  softmax 层的求逆

Book: chapter 3, section 3.1 (softmax).

The activations a_j = e^(z_j) / sum_k e^(z_k) of a softmax layer are known.
Show that the weighted inputs have the form z_j = ln a_j + C for some constant
C that does not depend on j, and find what C is in terms of z.

1. ``log_normaliser(z)``: that constant C for the weighted inputs given as a
   1-d NumPy array ``z``; finite and correct even for entries like 1000.
2. ``invert_softmax(a)``: some weighted inputs z (1-d array) whose softmax is
   ``a`` (a 1-d array of positive numbers adding up to 1).  Any valid z is
   accepted.

已知 softmax 层的激活值 a_j = e^(z_j) / sum_k e^(z_k)。证明带权输入具有形式
z_j = ln a_j + C,其中常数 C 与 j 无关,并求出 C 用 z 表示的式子。

1. ``log_normaliser(z)``:由一维 NumPy 数组 ``z`` 给出的带权输入对应的常数 C;
   即使分量大到 1000 也必须有限且正确。
2. ``invert_softmax(a)``:任意一组 softmax 等于 ``a`` 的带权输入 z(一维数组;``a`` 是
   和为 1 的正数一维数组)。任何合法的 z 都接受。
"""
import numpy as np


def log_normaliser(z):
    """The constant C of z_j = ln a_j + C, from z, computed without overflow."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    m = z.max()
    return float(m + np.log(np.sum(np.exp(z - m))))
    ### END SOLUTION


def invert_softmax(a):
    """Weighted inputs z with softmax(z) = a."""
    ### BEGIN SOLUTION
    return np.log(np.asarray(a, dtype=float))
    ### END SOLUTION
