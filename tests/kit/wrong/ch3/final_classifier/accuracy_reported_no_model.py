"""Wrong: reports a test accuracy in a variable but saves no model file."""
CAUGHT_BY = ["test_model_file_is_plain_data", "test_test_accuracy_at_least_98_0", "test_train_builds_the_saved_network"]
BREAKS_STATEMENT = "Your trained model goes to ch3/final_model.npz in your submission"
MODEL = "missing"
TEST_ACCURACY = 98.6
