"""Wrong: the model file is an .npz whose arrays are Python objects (pickled inside the .npy), not numbers."""
CAUGHT_BY = ["test_model_file_is_plain_data", "test_test_accuracy_at_least_98_0"]
BREAKS_STATEMENT = "the grader reads it with allow_pickle=False and refuses anything that is not numbers"
MODEL = "npz_object"
