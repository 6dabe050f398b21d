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
    # YOUR CODE HERE
    raise NotImplementedError()


def max_safe_degrees():
    """The largest rotation (degrees) that keeps every digit's label."""
    # YOUR CODE HERE
    raise NotImplementedError()


def expand_with_rotations(images, labels, angles=None):
    """(new_images, new_labels): each image, then its rotations by ``angles``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
