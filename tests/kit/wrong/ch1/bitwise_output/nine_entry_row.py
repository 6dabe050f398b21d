"""Wrong: the seed notes' typo, the top-bit row written with 9 entries [0,0,0,0,0,0,0,10,10]."""
CAUGHT_BY = ["test_every_row_has_ten_weights", "test_worst_case_on_bits", "test_clean_one_hot_inputs_give_the_binary_code"]


def bitwise_layer():
    W = [[10.0 if (d >> i) & 1 else 0.0 for d in range(10)] for i in range(3)]
    W.append([0, 0, 0, 0, 0, 0, 0, 10, 10])
    return W, [-5.0] * 4
