#!/usr/bin/env python3
"""Reads the text output of `swift package benchmark` on stdin and prints, from that one run,
the median wall-clock time of every benchmark and the ratios that DualAD's goals are stated in
(forward-mode time over primal time on the same generic source, and so on).

    swift package benchmark --no-progress 2>&1 | tee run.txt | python3 ratios.py
"""
import re
import sys

UNITS = {"ns": 1.0, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}

# (numerator, denominator, what the ratio means, target or None)
RATIOS = [
    ("Rosenbrock n=1000 JVP Dual<Double>", "Rosenbrock n=1000 primal Double",
     "JVP / primal, Rosenbrock n=1000", 2.0),
    ("Elementary chain x1000 derivative Dual<Double>", "Elementary chain x1000 primal Double",
     "f′ / f, elementary chain", None),
    ("Elementary chain x1000 second derivative Dual<Dual<Double>>", "Elementary chain x1000 primal Double",
     "f″ / f, elementary chain (nested duals)", None),
]


def medians(text):
    """Benchmark name -> median wall clock in nanoseconds (per scaled iteration)."""
    result, name = {}, None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and lines[i + 1].startswith("╒"):
            name = line.strip()
        m = re.match(r"│ Time \(wall clock\) \((\S+)\) \*?\s*│(.*)", line)
        if m and name:
            cells = [c.strip() for c in m.group(2).split("│")]
            # columns: p0 p25 p50 p75 p90 p99 p100 samples
            result[name] = float(cells[2].replace(",", "")) * UNITS[m.group(1)]
    return result


def main():
    text = sys.stdin.read()
    times = medians(text)
    if not times:
        sys.exit("ratios.py: found no 'Time (wall clock)' rows in the input")
    print("Median wall clock, this run:")
    for name in sorted(times):
        print(f"  {times[name]:>14,.0f} ns  {name}")
    print("\nRatios (medians of the same run):")
    for num, den, label, target in RATIOS:
        if num in times and den in times:
            ratio = times[num] / times[den]
            goal = f"   target ≤ {target:g}" if target else ""
            print(f"  {ratio:8.2f}×  {label}{goal}")


if __name__ == "__main__":
    main()
