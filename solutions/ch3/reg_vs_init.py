"""Regularisation against the old initialisation  ·  正则化与旧的权重初始化

Book: chapter 3, section 3.3 (weight initialization), the problem connecting
L2 regularisation and the improved initialisation.

With L2 regularisation every mini-batch step multiplies each weight by
(1 - eta*lmbda/n) before the gradient step (n training examples, mini-batches
of m).  When the gradient term is tiny (saturated neurons), only this decay acts.

1. ``decay_per_epoch(eta, lmbda, n, m)``: the factor by which the decay alone
   shrinks a weight in one epoch (n/m mini-batch steps), exactly.
2. ``decay_estimate(eta, lmbda, m)``: its approximation for eta*lmbda << n.
3. ``epochs_to_shrink(eta, lmbda, n, m, start, target)``: the smallest whole
   number of epochs after which the decay alone has brought a weight of size
   ``start`` down to ``target`` or below.
4. ``essay()``: the heuristic argument for the three claims (decay dominates the
   first epochs, about exp(-eta*lmbda/m) per epoch, it stops once weights are
   about 1/sqrt(number of weights)), and why the book's runs (eta = 0.1 or 0.5,
   lmbda = 5, m = 10, n = 50,000) satisfy the conditions: a text of at least
   60 words (graded by hand; self-check only counts the words).

使用 L2 正则化时,每个小批量步骤在梯度步之前先把每个权重乘以 (1 - eta*lmbda/n)
(n 个训练样本,小批量大小 m)。当梯度项很小(神经元饱和)时,只有这个衰减在起作用。

1. ``decay_per_epoch(eta, lmbda, n, m)``:仅靠衰减,一个 epoch(n/m 个小批量步骤)内
   权重被精确缩小的倍数。
2. ``decay_estimate(eta, lmbda, m)``:eta*lmbda << n 时它的近似值。
3. ``epochs_to_shrink(eta, lmbda, n, m, start, target)``:仅靠衰减把大小为 ``start`` 的
   权重降到 ``target`` 或以下所需的最少整数 epoch 数。
4. ``essay()``:对三个论断的启发式论证(最初几个 epoch 衰减占主导;每个 epoch 约乘以
   exp(-eta*lmbda/m);权重降到约 1/sqrt(权重总数) 时停止),以及书中的实验
   (eta = 0.1 或 0.5,lmbda = 5,m = 10,n = 50,000)为何满足这些条件:至少 60 个
   单词的文字(人工评分;自检只统计单词数)。
"""
import math


def decay_per_epoch(eta, lmbda, n, m):
    """(1 - eta*lmbda/n) applied n/m times."""
    ### BEGIN SOLUTION
    return (1.0 - eta * lmbda / n) ** (n / m)
    ### END SOLUTION


def decay_estimate(eta, lmbda, m):
    """The approximate factor per epoch when eta*lmbda is much smaller than n."""
    ### BEGIN SOLUTION
    return math.exp(-eta * lmbda / m)
    ### END SOLUTION


def epochs_to_shrink(eta, lmbda, n, m, start, target):
    """Whole epochs of pure decay needed to take |w| from ``start`` to ``target`` or less."""
    ### BEGIN SOLUTION
    factor = decay_per_epoch(eta, lmbda, n, m)
    epochs = math.ceil(math.log(target / start) / math.log(factor) - 1e-12)
    return max(0, int(epochs))
    ### END SOLUTION


def essay():
    """Your argument in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
(1) With N(0, 1) weights a hidden neuron with ~784 inputs has a weighted input of
size ~sqrt(number of active inputs), so it is saturated and sigma'(z) is tiny:
the data term of the gradient is small. The decay term (eta*lmbda/n) w does not
depend on saturation, so when lmbda is not tiny it is the larger of the two in
the first epochs and the weights simply shrink.
(2) One epoch has n/m mini-batches and each multiplies w by (1 - eta*lmbda/n),
so the factor is (1 - eta*lmbda/n)^(n/m). Since (1 - x)^(1/x) -> 1/e for small x,
with x = eta*lmbda/n << 1 this is about exp(-eta*lmbda/m).
(3) Shrinking stops mattering when the neurons leave saturation: once weights
are about 1/sqrt(n_in) the weighted inputs are of size ~1 and the data gradient
is no longer small, so it balances the decay (if lmbda is not so large that the
decay wins everywhere). That is the size the new initialisation starts at.
Book values: eta*lmbda = 0.5 or 2.5, much less than n = 50,000; the factor
per epoch is exp(-0.05) ~ 0.95 (eta = 0.1) or exp(-0.25) ~ 0.78 (eta = 0.5),
so the old initialisation is pulled towards the new one within a few to a few
tens of epochs: that is why both curves end up close together."""
    ### END SOLUTION
