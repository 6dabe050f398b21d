"""Why not rotate training digits by any angle?  ·  为什么不能把训练数字旋转任意角度

Book: chapter 3, section 3.2 (other techniques for regularization:
artificially expanding the training data).

Rotating training images a little gives new, correctly labelled examples.
Write a small expander that stays label-preserving, and say in words why large
rotations would not be.

Images are 784 pixel values (a 28 x 28 picture, row by row, row 0 at the top).

1. ``rotate(image, degrees)``: the image turned counter-clockwise (as you look
   at it) by ``degrees`` about the picture's centre (row 13.5, column 13.5);
   each output pixel takes the input pixel its centre comes from (nearest
   neighbour or bilinear, your choice), 0 outside the picture.  Returns 784
   values.  Rotating by 90 must give the same picture as ``np.rot90``.
2. ``max_safe_degrees()``: the largest rotation you consider safe for digits.
3. ``expand_with_rotations(images, labels, angles=None)``: ``images`` (N, 784),
   ``labels`` (N,).  For each image, in order, the image itself followed by its
   rotation by each angle; labels copied.  ``angles`` defaults to
   (-max_safe_degrees(), max_safe_degrees()); an angle bigger than
   ``max_safe_degrees()`` in size raises ``ValueError``.  Returns
   ``(new_images, new_labels)``.
4. ``essay()``: why not arbitrarily large rotations?
"""
import numpy as np


def rotate(image, degrees):
    """The 784 pixels of ``image`` rotated counter-clockwise by ``degrees``."""
    ### BEGIN SOLUTION
    img = np.asarray(image, dtype=float).reshape(28, 28)
    t = np.deg2rad(degrees)
    c = 13.5
    rows, cols = np.mgrid[0:28, 0:28]
    x, y = cols - c, c - rows                       # y points up
    xs = np.cos(t) * x + np.sin(t) * y              # where each output pixel comes from
    ys = -np.sin(t) * x + np.cos(t) * y
    src_r = np.rint(c - ys).astype(int)
    src_c = np.rint(xs + c).astype(int)
    inside = (src_r >= 0) & (src_r < 28) & (src_c >= 0) & (src_c < 28)
    out = np.zeros((28, 28))
    out[inside] = img[src_r[inside], src_c[inside]]
    return out.reshape(784)
    ### END SOLUTION


def max_safe_degrees():
    """The largest rotation (degrees) that keeps every digit's label."""
    ### BEGIN SOLUTION
    return 15.0
    ### END SOLUTION


def expand_with_rotations(images, labels, angles=None):
    """(new_images, new_labels): each image, then its rotations by ``angles``."""
    ### BEGIN SOLUTION
    limit = max_safe_degrees()
    if angles is None:
        angles = (-limit, limit)
    if any(abs(a) > limit for a in angles):
        raise ValueError(f"rotations larger than {limit} degrees can change a digit's label")
    images = np.asarray(images, dtype=float)
    out_images, out_labels = [], []
    for image, label in zip(images, labels):
        out_images.append(image)
        out_images.extend(rotate(image, a) for a in angles)
        out_labels.extend([label] * (1 + len(angles)))
    return np.array(out_images).reshape(-1, 784), np.array(out_labels, dtype=int)
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
Expanding the data only helps if every new image still deserves its label. A
digit's identity depends on its orientation: a 6 turned by about 180 degrees is
a 9 (and a 9 becomes a 6), a 1 lying on its side is a dash, a 7 or a 2 turned far
enough looks like an L or a Z, and many large rotations give shapes no writer
would produce. Training on them teaches the network that rotated shapes are the
same class, a false invariance, which is just label noise: it lowers accuracy
on real digits instead of raising it. Handwriting tilts by only a few degrees,
so small rotations (about 15 degrees or less) imitate real variation, and
larger ones do not."""
    ### END SOLUTION
