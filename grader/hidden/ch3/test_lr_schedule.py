"""Hidden checks: ch3.lr_schedule."""
from grader.checks import weight
from grader.probes.ch3.lr_schedule import scripted_schedule


def _runs(used):
    runs = []
    for r in used:
        if runs and runs[-1][0] == r:
            runs[-1][1] += 1
        else:
            runs.append([r, 1])
    return runs


@weight(2)
def test_spacing_between_halvings(ex):
    _, used = ex.probe(scripted_schedule, [90.0], 0.8, 10, 128)
    runs = _runs(used)
    assert len(runs) == 7, (f"a flat accuracy should train at 7 rates (the 7th halving reaches 1/128 and ends "
                            f"training); the rates changed {len(runs) - 1} times")
    for (a, _), (b, _) in zip(runs, runs[1:]):
        assert abs(b / a - 0.5) < 1e-9, f"each change should halve eta; one went from {a:g} to {b:g}"
    assert abs(runs[-1][0] / 0.8 - 1 / 64) < 1e-12, \
        "the last rate trained with should be 1/64 of the first (halving it again reaches 1/128: stop)"
    for k, (_, length) in enumerate(runs):
        assert 9 <= length <= 12, \
            f"with patience 10, each rate should be used for about 10 epochs; rate number {k + 1} was used for {length}"


def test_improvement_resets_and_other_settings(ex):
    accs = [50.0 + k for k in range(20)] + [69.0] * 500
    _, used = ex.probe(scripted_schedule, accs, 1.0, 10, 128)
    runs = _runs(used)
    assert 29 <= runs[0][1] <= 31, \
        f"accuracy improves for 20 epochs, so the first halving should come about 10 epochs later; it came after {runs[0][1]}"
    _, used = ex.probe(scripted_schedule, [90.0], 2.0, 3, 4)
    runs = _runs(used)
    assert [r for r, _ in runs] == [2.0, 1.0], \
        f"with patience 3 and min_factor 4, training should terminate when eta reaches 2/4; the rates used were {[r for r, _ in runs]}"
