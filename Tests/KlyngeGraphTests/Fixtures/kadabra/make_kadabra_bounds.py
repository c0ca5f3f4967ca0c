#!/usr/bin/env python3
"""Reference values for KADABRA's adaptive stopping rule (Borassi & Natale 2016, "KADABRA is
an ADaptive Algorithm for Betweenness via Random Approximation", arXiv:1604.08553), written
from the paper's formulas and NetworKit's KadabraBetweenness (computeF, computeG,
computeDeltaGuess for k = 0), independently of the Swift code: kadabra_bounds.json.

    python3 Tests/KlyngeGraphTests/Fixtures/kadabra/make_kadabra_bounds.py

f(b, tau, omega, L) = L/tau * (1/3 - omega/tau + sqrt((1/3 - omega/tau)^2 + 2 b omega / L)), capped at b
g(b, tau, omega, L) = L/tau * (1/3 + omega/tau + sqrt((1/3 + omega/tau)^2 + 2 b omega / L)), capped at 1 - b
with L = ln(1/delta_L(v)) (resp. delta_U(v)).

delta split from calibration counts c(v) over alpha paths, b0 = c/alpha, beta = 0.001:
C solves sum_v 2 exp(-C lambda^2 / b0(v)) = (delta/2)(1 - beta) (terms with b0 = 0 are 0),
delta_L(v) = delta_U(v) = exp(-C lambda^2 / b0(v)) + beta delta / (4 n).
Here C is found by 400 bisection steps on [0, 2^k] (Python floats), the per-count
ln(1/delta) written out.
"""
import json
import math
import os

BETA = 0.001


def f(b, tau, omega, L):
    a = 1 / 3 - omega / tau
    return min(b, L / tau * (a + math.sqrt(a * a + 2 * b * omega / L)))


def g(b, tau, omega, L):
    a = 1 / 3 + omega / tau
    return min(1 - b, L / tau * (a + math.sqrt(a * a + 2 * b * omega / L)))


def split(groups, n, alpha, lam, delta):
    """groups: {calibration count: number of nodes}; returns ln(1/delta_v) for counts 0..alpha."""
    target = delta / 2 * (1 - BETA)

    def total(c):
        return sum(2 * m * math.exp(-c * lam * lam * alpha / k) for k, m in groups.items() if k > 0)

    hi = 1.0
    while total(hi) > target:
        hi *= 2
    lo = 0.0
    for _ in range(400):
        mid = (lo + hi) / 2
        if total(mid) > target:
            lo = mid
        else:
            hi = mid
    floor = BETA * delta / (4 * n)
    out = []
    for k in range(alpha + 1):
        share = 0.0 if k == 0 else math.exp(-hi * lam * lam * alpha / k)
        out.append(-math.log(share + floor))
    return out


bounds = []
for b in (0.0, 0.001, 0.01, 0.13, 0.5, 0.995):
    for tau, omega in ((500, 30000), (12000, 30000), (30000, 30000), (1000, 1354)):
        for L in (0.27, 3.0, 24.4):
            bounds.append({"b": b, "tau": tau, "omega": omega, "L": L,
                           "f": f(b, tau, omega, L), "g": g(b, tau, omega, L)})

splits = []
for groups, n, alpha, lam, delta in (
    ({0: 50, 1: 30, 2: 10, 5: 3, 20: 1}, 94, 30, 0.02, 0.1),
    ({0: 999000, 1: 600, 2: 150, 3: 60, 10: 8, 38: 1}, 999819, 300, 0.01 * 999998 / 1000000, 0.1),
    ({0: 10, 3: 4, 7: 2}, 16, 12, 0.05, 0.3),
):
    splits.append({"groups": {str(k): v for k, v in sorted(groups.items())}, "n": n, "alpha": alpha,
                   "lambda": lam, "delta": delta, "log_inverse_delta": split(groups, n, alpha, lam, delta)})

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "kadabra_bounds.json"), "w") as out:
    json.dump({"bounds": bounds, "splits": splits}, out, indent=1)
    out.write("\n")
