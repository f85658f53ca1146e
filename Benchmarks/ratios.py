#!/usr/bin/env python3
"""Reads the text output of `swift package benchmark` on stdin and prints, from that one run,
the median wall-clock time of every benchmark and the ratios that DualAD's goals are stated in
(forward-mode time over primal time on the same generic source, and so on).

    swift package benchmark --no-progress 2>&1 | tee run.txt | python3 ratios.py
"""
import re
import sys

UNITS = {"ns": 1.0, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}

def ratio(t, a, b):
    return t[a] / t[b] if a in t and b in t else None


def per_sweep(t, name, sweeps, primal):
    return t[name] / sweeps / t[primal] if name in t and primal in t else None


GRAD, GPRIMAL = "Gradient n=100 ", "Gradient n=100 primal Double"
LAYER = "TanhLayer 100x100 "

# (what the ratio means, how to compute it from the medians, target or None)
RATIOS = [
    ("JVP / primal, Rosenbrock n=1000",
     lambda t: ratio(t, "Rosenbrock n=1000 JVP Dual<Double>", "Rosenbrock n=1000 primal Double"), 2.0),
    ("f′ / f, elementary chain",
     lambda t: ratio(t, "Elementary chain x1000 derivative Dual<Double>", "Elementary chain x1000 primal Double"), None),
    ("f″ / f, elementary chain (nested duals)",
     lambda t: ratio(t, "Elementary chain x1000 second derivative Dual<Dual<Double>>", "Elementary chain x1000 primal Double"), None),
    ("gradient n=100, n one-direction sweeps / primal",
     lambda t: ratio(t, GRAD + "forward (n sweeps)", GPRIMAL), 200.0),
] + [
    (f"gradient n=100, one chunked({N}) sweep / primal (theory ≤ 1 + 1.5·{N} = {1 + 1.5 * N:g})",
     lambda t, N=N: per_sweep(t, GRAD + f"chunked({N})", -(-100 // N), GPRIMAL), 1 + 1.5 * N)
    for N in (2, 4, 8)
] + [
    ("gradient n=100, best chunked / one-direction sweeps",
     lambda t: min(filter(None, [ratio(t, GRAD + f"chunked({N})", GRAD + "forward (n sweeps)") for N in (2, 4, 8)]), default=None), 0.4),
    ("Jacobian tanh(Wx+b) 100×100, forward / hand-written analytic",
     lambda t: ratio(t, LAYER + "Jacobian forward", LAYER + "analytic Jacobian"), None),
    ("Jacobian tanh(Wx+b) 100×100, chunked(8) / hand-written analytic",
     lambda t: ratio(t, LAYER + "Jacobian chunked(8)", LAYER + "analytic Jacobian"), None),
    ("Jacobian tanh(Wx+b) 100×100, closure tanh(W*x+b) / hand-written analytic",
     lambda t: ratio(t, LAYER + "Jacobian closure tanh(W*x+b)", LAYER + "analytic Jacobian"), None),
    ("Jacobian tanh(Wx+b) 100×100, hand-written analytic / primal",
     lambda t: ratio(t, LAYER + "analytic Jacobian", LAYER + "primal Double"), None),
    ("reverse gradient / primal, Rosenbrock n=1000",
     lambda t: ratio(t, "Reverse Rosenbrock n=1000 gradient", "Reverse Rosenbrock n=1000 primal Double"), 20.0),
    ("reverse gradient / primal, tanh MLP 8-32-4 (420 parameters)",
     lambda t: ratio(t, "Reverse MLP 8-32-4 gradient (420 parameters)", "Reverse MLP 8-32-4 primal Double"), 6.0),
] + [
    (f"Jacobian tanh(Wx+b) {shape}, {label}", compute, target)
    for shape in ("4x400", "400x4", "100x100")
    for (label, compute, target) in [
        ("best strategy / primal (≤ 3·min(n, m))",
         lambda t, s=shape: ratio_to(t, best(t, s), f"Crossover {s} primal"),
         3.0 * min(int(x) for x in shape.split("x"))),
        ("best strategy / hand-written analytic",
         lambda t, s=shape: ratio_to(t, best(t, s), f"Crossover {s} reference (hand-written)"), None),
        (".automatic / best strategy",
         lambda t, s=shape: ratio_to(t, t.get(f"Crossover {s} automatic"), None, best(t, s)), 1.1),
        (".automatic, m probed by one evaluation / best strategy",
         lambda t, s=shape: ratio_to(t, t.get(f"Crossover {s} automatic (m probed)"), None, best(t, s)), None),
    ]
]


def ratio_to(t, numerator, name, denominator=None):
    """numerator / (t[name] or denominator), or None when either is missing."""
    if denominator is None:
        denominator = t.get(name) if name else None
    return numerator / denominator if numerator and denominator else None


def best(t, shape):
    times = [t.get(f"Crossover {shape} {s}") for s in ("forward", "chunked(8)", "reverse")]
    times = [x for x in times if x is not None]
    return min(times) if times else None


def per_operation(t):
    """Nanoseconds per operation of f and per tape entry, recording and backward sweep."""
    lines = []
    for name, value in t.items():
        m = re.search(r"backward sweep only \((\d+) entries, (\d+) operations\)", name)
        if m:
            entries, operations = int(m.group(1)), int(m.group(2))
            rec = t.get("Reverse Rosenbrock n=1000 recording only")
            lines.append(f"  {value / operations:8.2f} ns  per operation of f, backward sweep "
                         f"({value / entries:.2f} ns per entry; {entries} entries for {operations} operations)")
            if rec:
                lines.append(f"  {rec / operations:8.2f} ns  per operation of f, recording, tape creation included "
                             f"({rec / entries:.2f} ns per entry)")
    return lines


def metric_rows(text, metric):
    """(benchmark name, regex match) for every table row whose metric cell matches `metric`
    (a regex for what follows "│ "); a benchmark's name is the line above its table."""
    name, lines = None, text.splitlines()
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and lines[i + 1].startswith("╒"):
            name = line.strip()
        m = re.match(r"│ " + metric, line)
        if m and name:
            yield name, m


def cells(row):
    """The numbers of a row's cells: p0 p25 p50 p75 p90 p99 p100 samples."""
    return [float(c.strip().replace(",", "")) for c in row.split("│")[:8]]


def medians(text):
    """Benchmark name -> median wall clock in nanoseconds (per scaled iteration)."""
    return {name: cells(m.group(2))[2] * UNITS[m.group(1)]
            for name, m in metric_rows(text, r"Time \(wall clock\) \((\S+)\) \*?\s*│(.*)")}


SCALE = {None: 1, "K": 1e3, "M": 1e6}


def interleaved(text):
    """Benchmark name -> (p25, median, p75) of an interleaved ratio (the metric is the ratio
    × 100, or × 1 for ratios in the hundreds; the tool prints large values in thousands,
    "ratio x100 (K)")."""
    return {name: tuple(c * SCALE[m.group(2)] / int(m.group(1)) for c in cells(m.group(3))[1:4])
            for name, m in metric_rows(text, r"ratio x(100|1)(?: \((K|M)\))?\s*│(.*)")}


INTERLEAVED_TARGETS = {
    "Interleaved reverse gradient / primal, Rosenbrock n=1000": 20.0,
    "Interleaved reverse gradient / primal, MLP 8-32-4": 6.0,
    "Interleaved JVP / primal, Rosenbrock n=1000": 2.0,
    "Interleaved Jacobian 4x400, chunked(8) / primal": 12.0,
    "Interleaved Jacobian 400x4, reverse / primal": 12.0,
    "Interleaved Jacobian 100x100, chunked(8) / primal": 300.0,
    "Interleaved Jacobian 4x400, automatic / chunked(8)": 1.1,
    "Interleaved Jacobian 400x4, automatic / reverse": 1.1,
    "Interleaved Jacobian 100x100, automatic / chunked(8)": 1.1,
}

# Issue 16's targets, by the shape of the benchmark's name.
PATTERN_TARGETS = [
    (r"^Limit .*: Dual / minimal dual$", 1.05),
    (r"^Limit chunked\(8\) dense sweep .*: ChunkedDual / minimal 8-lane$", 1.1),
    (r"^Limit gradient\(\.forward\) n=100 \w+: gradient / primal$", 200.0),
    (r"^Driver .*: driver / hand-written sweeps?$", 1.05),
    (r"^Reverse Rosenbrock (product|pow) n=1000: gradient / primal$", 12.0),
    (r"^Reverse MLP .*: gradient / primal$", 5.0),
]


def target_for(name):
    if name in INTERLEAVED_TARGETS:
        return INTERLEAVED_TARGETS[name]
    return next((t for pattern, t in PATTERN_TARGETS if re.match(pattern, name)), None)


def main():
    text = sys.stdin.read()
    times = medians(text)
    ratios = interleaved(text)
    if ratios:
        print("Interleaved ratios (median of per-sample ratios; p25–p75 in brackets):")
        for name in sorted(ratios):
            p25, p50, p75 = ratios[name]
            target = target_for(name)
            goal = f"   (target ≤ {target:g}: {'met' if p50 <= target else 'NOT met'})" if target else ""
            print(f"  {p50:8.2f}×  [{p25:.2f}–{p75:.2f}]  {name.removeprefix('Interleaved ')}{goal}")
        print()
    if not times and not ratios:
        sys.exit("ratios.py: found no 'Time (wall clock)' or 'ratio x100' rows in the input")
    print("Median wall clock, this run:")
    for name in sorted(times):
        print(f"  {times[name]:>14,.0f} ns  {name}")
    print("\nRatios (medians of the same run):")
    for label, compute, target in RATIOS:
        value = compute(times)
        if value is not None:
            goal = f"   (target ≤ {target:g}: {'met' if value <= target else 'NOT met'})" if target else ""
            print(f"  {value:8.2f}×  {label}{goal}")
    extra = per_operation(times)
    if extra:
        print("\nTape costs (Rosenbrock n=1000):")
        print("\n".join(extra))


if __name__ == "__main__":
    main()
