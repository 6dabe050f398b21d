"""Right answer: plain Python lists, and a symbolic step written with a negative half power."""
import sympy


def optimal_step(grad, eps):
    n = sum(x * x for x in grad) ** 0.5
    return [-eps * x / n for x in grad]


def symbolic_step():
    a, b, e = sympy.symbols("g1 g2 epsilon")
    return sympy.Matrix([-e * a * (a**2 + b**2) ** sympy.Rational(-1, 2), -e * b / sympy.sqrt(a * a + b * b)])
