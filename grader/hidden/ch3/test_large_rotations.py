"""Hidden checks: ch3.large_rotations."""
import numpy as np

from grader.checks import weight
from grader.wire import StudentTimeout


def _rotate_nn(img, deg):
    t = np.deg2rad(deg)
    r, c = np.mgrid[0:28, 0:28]
    x, y = c - 13.5, 13.5 - r
    sr = np.rint(13.5 - (-np.sin(t) * x + np.cos(t) * y)).astype(int)
    sc = np.rint(np.cos(t) * x + np.sin(t) * y + 13.5).astype(int)
    ok = (sr >= 0) & (sr < 28) & (sc >= 0) & (sc < 28)
    out = np.zeros((28, 28))
    out[ok] = img.reshape(28, 28)[sr[ok], sc[ok]]
    return out


@weight(2)
def test_rotations_turn_the_right_way(ex):
    rng = np.random.default_rng(1)
    img = rng.random(784)
    for deg in (0.0, 180.0, -90.0, 270.0):
        got = np.asarray(ex.rotate(img, deg)).reshape(28, 28)
        want = np.rot90(img.reshape(28, 28), k=int(round(deg / 90)) % 4)
        assert np.allclose(got, want, atol=1e-9), f"rotating by {deg:g} degrees gives the wrong picture"
    # A bar through the centre turned by 12 degrees: allow nearest-neighbour or bilinear.
    bar = np.zeros((28, 28))
    bar[13:15, 4:24] = 1.0
    got = np.asarray(ex.rotate(bar.reshape(784), 12.0)).reshape(28, 28)
    want = _rotate_nn(bar, 12.0)
    assert abs(got.sum() - want.sum()) < 0.15 * want.sum() and np.sum(np.abs(got - want)) < 0.5 * want.sum(), \
        "a small counter-clockwise rotation of a horizontal bar does not look right"
    right_end = got[:, 20:24]
    assert right_end[:13].sum() > right_end[15:].sum(), \
        "a counter-clockwise turn should lift the right end of a horizontal bar (rows count downwards)"


@weight(2)
def test_expander_keeps_labels_and_refuses_big_angles(ex):
    rng = np.random.default_rng(2)
    imgs = rng.random((3, 784))
    labels = np.array([6, 9, 1])
    new_imgs, new_labels = ex.expand_with_rotations(imgs, labels, [-10.0, 5.0])
    new_imgs = np.asarray(new_imgs)
    assert new_imgs.shape == (9, 784), f"3 images and 2 angles should give 9 images, got shape {new_imgs.shape}"
    assert list(np.asarray(new_labels)) == [6, 6, 6, 9, 9, 9, 1, 1, 1], "each new image must keep its source's label"
    for i in range(3):
        assert np.allclose(new_imgs[3 * i], imgs[i]), "each image should come first, unchanged"
        assert np.allclose(new_imgs[3 * i + 1], ex.rotate(imgs[i], -10.0)), "then its rotation by each angle, in order"
    big = ex.expand_with_rotations(imgs[:1], labels[:1], None)
    assert len(big[1]) == 3, "with no angles given, use two default angles (one each way)"
    try:
        ex.expand_with_rotations(imgs[:1], labels[:1], [180.0])
    except StudentTimeout:
        raise  # a time limit is not the refusal asked for
    except Exception as exc:  # noqa: BLE001 - the student's ValueError arrives wrapped
        assert "ValueError" in str(exc), f"a rotation of 180 degrees should raise ValueError, got: {exc}"
    else:
        raise AssertionError("a rotation of 180 degrees turns a 6 into a 9: the expander should refuse it")
