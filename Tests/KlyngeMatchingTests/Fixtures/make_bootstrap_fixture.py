"""Reference values for RatioInterval (Sources/KlyngeMatching/EvaluationBootstrap.swift).

An independent implementation of the paired percentile bootstrap of the ratio of two
methods' MRR: the resample indices come from the same SplitMix64 streams (ported here
from the reference algorithm, Steele, Lea & Flood 2014), the quantiles from NumPy's
`percentile` (method "linear"). Run: python3 make_bootstrap_fixture.py > bootstrap.json
"""
import json
import numpy as np

M = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & M

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & M
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)

    @classmethod
    def stream(cls, seed, index):
        g = cls(seed)
        h = cls(g.next() ^ ((index * 0xD1B54A32D192ED03) & M))
        return cls(h.next())

    def below(self, bound):
        # Lemire's multiply-shift with rejection, as in SplitMix64.next(below:)
        m = self.next() * bound
        if (m & M) < bound:
            t = ((1 << 64) - bound) % bound
            while (m & M) < t:
                m = self.next() * bound
        return m >> 64


def interval(a, b, resamples, seed, confidence=0.95):
    n = len(a)
    ratios = []
    for r in range(resamples):
        rng = SplitMix64.stream(seed, (1 << 32) + r)
        idx = [rng.below(n) for _ in range(n)]
        ratios.append(sum(a[i] for i in idx) / sum(b[i] for i in idx))
    ratios = np.array(ratios)
    tail = (1 - confidence) / 2
    return {
        "estimate": sum(a) / sum(b),
        "low": float(np.percentile(ratios, 100 * tail, method="linear")),
        "high": float(np.percentile(ratios, 100 * (1 - tail), method="linear")),
        "share_at_least_1": float(np.mean(ratios >= 1)),
    }


rng = np.random.default_rng(7)
cases = []
for n, resamples, seed in ((5, 200, 42), (40, 500, 7), (120, 1000, 2026)):
    ranks_a = rng.integers(1, 30, n)
    ranks_b = rng.integers(1, 30, n)
    a = [1 / int(x) for x in ranks_a]
    b = [1 / int(x) for x in ranks_b]
    cases.append({"ranks_a": [int(x) for x in ranks_a], "ranks_b": [int(x) for x in ranks_b],
                  "resamples": resamples, "seed": seed, **interval(a, b, resamples, seed)})
print("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]")
