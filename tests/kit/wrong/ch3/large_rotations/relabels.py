"""Wrong: the expander lumps the rotated copies together at the end, mislabelled."""
CAUGHT_BY = ["test_expander_keeps_labels_and_refuses_big_angles"]


def expand_with_rotations(images, labels, angles=None):
    angles = (-15.0, 15.0) if angles is None else angles
    images = np.asarray(images, dtype=float)
    extra = [rotate(im, a) for a in angles for im in images]
    return np.vstack([images] + [np.array(extra)]), np.concatenate([labels] * (1 + len(angles)))
