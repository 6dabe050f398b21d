"""Wrong: save_model writes w0, w1, b0 and b1 only, so a network with two hidden layers loses a layer."""
CAUGHT_BY = ["test_save_model_writes_plain_arrays", "test_save_model_another_network"]
BREAKS_STATEMENT = "w0, w1, ... and b0, b1, ... (floats, layer by layer)"


def save_model(model, path):
    np.savez(path, sizes=np.array(model["sizes"][:2] + [10]), activation=np.array(model["activation"]),
             output=np.array(model["output"]), w0=model["weights"][0], w1=model["weights"][1],
             b0=model["biases"][0], b1=model["biases"][1])
