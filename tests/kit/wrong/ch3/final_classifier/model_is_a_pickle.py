"""Wrong: the model file is a pickled dict (Python's pickle can run code when loaded), not plain arrays."""
CAUGHT_BY = ["test_model_file_is_plain_data", "test_test_accuracy_at_least_96_4", "test_train_builds_the_saved_network"]
BREAKS_STATEMENT = "the grader reads it with allow_pickle=False and refuses anything that is not numbers"
MODEL = "pickle"
