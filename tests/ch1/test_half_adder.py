"""Visible checks: ch1.half_adder.  The kit runs your circuit; it never runs Python logic of yours."""
from grader.checks import weight


def run_circuit(circuit, x1, x2):
    """The bit on every wire of `circuit` for inputs x1, x2 (a perceptron per gate)."""
    assert isinstance(circuit, dict) and isinstance(circuit.get("gates"), list), \
        'a circuit is a dict {"gates": [...], "sum": wire, "carry": wire}'
    values = {"x1": x1, "x2": x2}
    pending = list(circuit["gates"])
    assert all(isinstance(g, dict) and {"name", "inputs", "bias"} <= set(g) for g in pending), \
        'each gate should be a dict {"name": ..., "inputs": [[wire, weight], ...], "bias": ...}'
    while pending:
        ready = [g for g in pending if all(w in values for w, _ in g["inputs"])]
        assert ready, ("some gates can never be computed: they use a wire that no gate "
                       "produces, or they feed back into themselves")
        for g in ready:
            z = sum(wt * values[w] for w, wt in g["inputs"]) + g["bias"]
            values[g["name"]] = 1 if z > 0 else 0
        pending = [g for g in pending if g not in ready]
    return values


@weight(2)
def test_half_adder_adds(ex):
    circuit = ex.half_adder()
    for x1 in (0, 1):
        for x2 in (0, 1):
            values = run_circuit(circuit, x1, x2)
            for out, want in (("sum", x1 ^ x2), ("carry", x1 & x2)):
                wire = circuit.get(out)
                assert isinstance(wire, str) and wire in values, f'"{out}" should name a wire of the circuit, got {wire!r}'
                assert values[wire] == want, \
                    f"for x1={x1}, x2={x2} the {out} bit should be {want}, your circuit gives {values[wire]}"


def gate_kind(gate):
    """'nand' for two inputs weighted -2 with bias 3, 'merged' for one input weighted -4 with bias 3."""
    weights = [wt for _, wt in gate["inputs"]]
    if gate["bias"] != 3:
        return None
    if weights == [-2, -2]:
        return "nand"
    if weights == [-4]:
        return "merged"
    return None


def test_every_gate_is_the_nand_perceptron(ex):
    circuit = ex.half_adder()
    run_circuit(circuit, 0, 0)
    for g in circuit["gates"]:
        assert gate_kind(g) == "nand", (f"half_adder(): gate {g['name']!r} is not the NAND perceptron "
                                        "(two inputs weighted -2, bias 3)")


def test_merged_version_adds_and_merges(ex):
    circuit = ex.half_adder_merged()
    for x1 in (0, 1):
        for x2 in (0, 1):
            values = run_circuit(circuit, x1, x2)
            for out, want in (("sum", x1 ^ x2), ("carry", x1 & x2)):
                wire = circuit.get(out)
                assert isinstance(wire, str) and wire in values, f'"{out}" should name a wire of the circuit, got {wire!r}'
                assert values[wire] == want, \
                    f"half_adder_merged(): for x1={x1}, x2={x2} the {out} bit should be {want}, got {values[wire]}"
    kinds = [gate_kind(g) for g in circuit["gates"]]
    for g, kind in zip(circuit["gates"], kinds):
        assert kind is not None, (f"half_adder_merged(): gate {g['name']!r} is neither the NAND perceptron "
                                  "(-2, -2, bias 3) nor the merged form (one wire weighted -4, bias 3)")
    assert "merged" in kinds, "half_adder_merged(): use the merged form (one wire weighted -4) at least once"
