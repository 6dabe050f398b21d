"""Hidden checks: ch1.half_adder.  The circuit is read as data and simulated here."""
from grader.checks import weight

INPUTS = ("x1", "x2")


def read_circuit(circuit, what):
    """Validate the shape of a circuit; return its gates as (name, [(wire, weight)], bias)."""
    assert isinstance(circuit, dict), f'{what} should be a dict {{"gates": [...], "sum": ..., "carry": ...}}'
    gates = circuit.get("gates")
    assert isinstance(gates, (list, tuple)) and gates, f'{what}: "gates" should be a non-empty list of gates'
    out, names = [], set()
    for i, g in enumerate(gates):
        assert isinstance(g, dict) and {"name", "inputs", "bias"} <= set(g), \
            f'{what}: gate {i} should be a dict with "name", "inputs" and "bias"'
        name, ins, bias = g["name"], g["inputs"], g["bias"]
        assert isinstance(name, str), f"{what}: gate {i} needs a string name"
        assert name not in names and name not in INPUTS, \
            f"{what}: the wire name {name!r} is used twice (gate names must be unique and not x1/x2)"
        names.add(name)
        assert isinstance(ins, (list, tuple)) and all(
            isinstance(p, (list, tuple)) and len(p) == 2 and isinstance(p[0], str)
            and isinstance(p[1], (int, float)) and not isinstance(p[1], bool) for p in ins), \
            f'{what}: the "inputs" of gate {name!r} should be a list of [wire, weight] pairs'
        assert isinstance(bias, (int, float)) and not isinstance(bias, bool), \
            f"{what}: the bias of gate {name!r} should be a number"
        out.append((name, [(w, float(wt)) for w, wt in ins], float(bias)))
    known = names | set(INPUTS)
    for name, ins, _ in out:
        for w, _ in ins:
            assert w in known, f"{what}: gate {name!r} reads the wire {w!r}, which no gate or input provides"
    for key in ("sum", "carry"):
        assert circuit.get(key) in known, f'{what}: "{key}" should name a wire of the circuit'
    # No loops: repeatedly peel off gates whose inputs are all known.
    done, pending = set(INPUTS), list(out)
    while pending:
        ready = [g for g in pending if all(w in done for w, _ in g[1])]
        assert ready, (f"{what}: the gates {sorted(g[0] for g in pending)} form a loop "
                       "(a wire depends on itself); a perceptron circuit must feed forward")
        done |= {g[0] for g in ready}
        pending = [g for g in pending if g not in ready]
    return out


def gate_form(ins, bias):
    """'nand' for inputs weighted -2, -2 with bias 3; 'merged' for one wire at -4 with bias 3."""
    if bias != 3.0:
        return None
    if len(ins) == 2 and all(wt == -2.0 for _, wt in ins):
        return "nand"
    if len(ins) == 1 and ins[0][1] == -4.0:
        return "merged"
    return None


def simulate(gates, x1, x2):
    values = {"x1": x1, "x2": x2}
    pending = list(gates)
    while pending:
        for g in [g for g in pending if all(w in values for w, _ in g[1])]:
            z = sum(wt * values[w] for w, wt in g[1]) + g[2]
            values[g[0]] = 1 if z > 0 else 0
            pending.remove(g)
    return values


def assert_adds(circuit, gates, what):
    for x1 in (0, 1):
        for x2 in (0, 1):
            values = simulate(gates, x1, x2)
            for key, want in (("sum", x1 ^ x2), ("carry", x1 & x2)):
                assert values[circuit[key]] == want, f"{what}: the {key} bit is wrong for x1={x1}, x2={x2}"


@weight(2)
def test_plain_gates_are_all_nand(ex):
    circuit = ex.half_adder()
    gates = read_circuit(circuit, "half_adder()")
    for name, ins, bias in gates:
        assert gate_form(ins, bias) == "nand", \
            f"half_adder(): gate {name!r} is not a NAND perceptron (two inputs weighted -2, bias 3)"
    assert_adds(circuit, gates, "half_adder()")


def test_circuits_are_acyclic_with_known_wires(ex):
    read_circuit(ex.half_adder(), "half_adder()")
    read_circuit(ex.half_adder_merged(), "half_adder_merged()")


@weight(2)
def test_merged_circuit_adds(ex):
    circuit = ex.half_adder_merged()
    gates = read_circuit(circuit, "half_adder_merged()")
    for name, ins, bias in gates:
        assert gate_form(ins, bias) is not None, (
            f"half_adder_merged(): gate {name!r} is neither a NAND perceptron (-2, -2, bias 3) "
            "nor the merged form (one wire weighted -4, bias 3)")
    assert_adds(circuit, gates, "half_adder_merged()")


def test_merged_circuit_uses_minus_four(ex):
    gates = read_circuit(ex.half_adder_merged(), "half_adder_merged()")
    assert any(gate_form(ins, bias) == "merged" for _, ins, bias in gates), \
        "half_adder_merged(): no gate takes a single wire with weight -4; merge a doubled input there"
