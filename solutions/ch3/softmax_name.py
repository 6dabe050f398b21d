"""Where the name "softmax" comes from  ·  "softmax" 名称的由来

Book: chapter 3, section 3.1 (softmax).

Put a constant c > 0 into softmax: a_j = e^(c z_j) / sum_k e^(c z_k).  Do
the a_j still form a probability distribution?  What do they tend to as c
grows without bound, for any z (also when several entries share the largest
value)?  The answer explains why ordinary softmax (c = 1) has its name.

1. ``softmax_c(z, c)``: the activations for a 1-d NumPy array ``z`` and c > 0;
   finite and correct even when c * z is huge (c = 10000, say).
2. ``limit_distribution(z)``: the limit of ``softmax_c(z, c)`` as c -> infinity,
   for any 1-d ``z``, including z whose largest value occurs more than once.

在 softmax 中放入常数 c > 0:a_j = e^(c z_j) / sum_k e^(c z_k)。这些 a_j 仍构成概率分布吗?
当 c 无限增大时,对任意 z(包括有几个分量同为最大值的情形)它们趋于什么?答案说明了普通
softmax(c = 1)名称的由来。

1. ``softmax_c(z, c)``:一维 NumPy 数组 ``z`` 和 c > 0 的激活值;即使 c * z 非常大
   (例如 c = 10000)也必须有限且正确。
2. ``limit_distribution(z)``:c -> 无穷时 ``softmax_c(z, c)`` 的极限,对任意一维 ``z``,
   包括最大值出现不止一次的 z。
"""
import numpy as np


def softmax_c(z, c):
    """e^(c z_j) / sum_k e^(c z_k), without overflow."""
    ### BEGIN SOLUTION
    s = c * np.asarray(z, dtype=float)
    e = np.exp(s - s.max())
    return e / e.sum()
    ### END SOLUTION


def limit_distribution(z):
    """lim_{c -> infinity} softmax_c(z, c)."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    top = (z == z.max()).astype(float)
    return top / top.sum()
    ### END SOLUTION
