"""Wrong: the parameters of an AND gate, (1, 1) and -1.5, instead of NAND."""
CAUGHT_BY = ["test_nand_truth_table", "test_nand_parameters_are_numbers"]


def nand_parameters():
    return (1.0, 1.0), -1.5
