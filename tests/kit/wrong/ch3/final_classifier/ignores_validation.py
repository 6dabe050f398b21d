"""Wrong: trains every epoch it is given; the validation accuracy is measured but never stops training."""
CAUGHT_BY = ["test_stops_early_on_the_validation_set", "test_stops_early_on_another_validation_set"]
BREAKS_STATEMENT = "must stop early on the validation set"
MODEL = "reference"

import inspect as _inspect  # noqa: E402

exec(_inspect.getsource(train).replace("patience, halve_after, min_eta = 10, 4, 0.5 / 64",
                                       "patience, halve_after, min_eta = 10**9, 10**9, 0.0"))
