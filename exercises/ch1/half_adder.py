"""A half adder built from NAND perceptrons  ·  用与非感知机搭建半加器

Book: chapter 1, section 1.1 (Perceptrons).

A half adder takes two bits x1, x2 and gives their sum bit (1 when exactly one
of them is 1) and their carry bit (1 when both are 1).  You do not compute these
bits in Python here: you *describe a circuit* of perceptrons and the kit runs it.

A circuit is plain data, a dict::

    {"gates": [gate, gate, ...], "sum": "<wire>", "carry": "<wire>"}

A wire is a string: "x1" and "x2" are the input bits, and each gate's output is
a wire with the gate's name.  A gate is a perceptron::

    {"name": "g1", "inputs": [["x1", -2], ["x2", -2]], "bias": 3}

whose inputs are the listed wires with the given weights (the same wire may be
listed twice).  "sum" and "carry" name the wires holding the two answer bits.
Gates may come in any order, but no wire may depend on itself (no loops).

Every gate must be the NAND perceptron: two inputs weighted -2, bias 3.
In `half_adder_merged`, a gate fed the same wire twice may instead receive that
wire once with weight -4 (bias 3); use this merged form at least once there.
"""


def half_adder():
    """Return the half adder circuit, every gate a two-input NAND perceptron."""
    # YOUR CODE HERE
    raise NotImplementedError()


def half_adder_merged():
    """Return a half adder where a doubled wire is merged into one weight of -4."""
    # YOUR CODE HERE
    raise NotImplementedError()
