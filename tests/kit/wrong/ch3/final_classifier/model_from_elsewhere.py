"""Wrong: the handed-in model (the reference's 784-100-10) was not made by this code, which builds 784-30-10."""
CAUGHT_BY = ["test_train_builds_the_saved_network", "test_learns_digits_it_has_never_seen_labelled"]
BREAKS_STATEMENT = "be the same network (layer sizes, neurons) as your saved model"
MODEL = "reference"

import inspect as _inspect  # noqa: E402

exec(_inspect.getsource(train).replace("sizes = [784, 100, 10]", "sizes = [784, 30, 10]"))
