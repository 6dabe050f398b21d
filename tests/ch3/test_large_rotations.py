"""Visible checks: ch3.large_rotations."""
import numpy as np


def test_quarter_turn_matches_rot90(ex):
    img = np.random.default_rng(0).random(784)
    got = np.asarray(ex.rotate(img, 90.0)).reshape(28, 28)
    assert np.allclose(got, np.rot90(img.reshape(28, 28)), atol=1e-9), \
        "rotate(image, 90) should equal np.rot90 of the 28 x 28 picture (counter-clockwise)"


def test_safe_angle_is_small(ex):
    deg = ex.max_safe_degrees()
    assert 0 < deg <= 20, f"a rotation of {deg} degrees can change a digit's meaning; keep the safe angle at 20 or less"
