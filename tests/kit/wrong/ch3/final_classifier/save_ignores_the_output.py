"""Wrong: save_model always writes output "sigmoid", whatever the model's output layer is."""
CAUGHT_BY = ["test_save_model_another_network"]


def save_model(model, path):
    arrays = {"sizes": np.array(model["sizes"]), "activation": np.array(model["activation"]),
              "output": np.array("sigmoid")}
    for i, (w, b) in enumerate(zip(model["weights"], model["biases"])):
        arrays[f"w{i}"], arrays[f"b{i}"] = np.asarray(w), np.asarray(b)
    np.savez(path, **arrays)
