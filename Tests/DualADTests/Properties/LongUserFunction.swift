import Foundation
import DualAD

// Type-check time is a user-facing cost. This file holds the kind of long generic function
// users write — dozens of elementary calls, literals and `pow(…, 2)` terms in sums — and
// imports only what a user's file would (DualAD and Foundation). `.ci/run` builds the tests
// with `-warn-long-expression-type-checking=200` and fails on any slow expression, so an
// overload that makes lines like these slow to type-check is caught at once.
//
// Swift's solver is slow on long sums of generic terms mixed with literals whatever the
// library: over a plain `FloatingPoint` generic, `2.5 * x[0] / 4 - x[1] / 3 + x[2] / 5` takes
// 0.7–1 s to type-check (0.3 s over `ADScalar`). Lines here stay at the length people write,
// and a float literal that scales a long sum is spelled `S(2.5)`, which cuts that line from
// ~1.2 s to ~40 ms (README, "Type-check time").

func longUserFunction<S: ADScalar>(_ x: [S]) -> S {
    var s: S = 0
    s += pow(x[0] * x[0], 2) + pow(x[0] * x[1], 2) + pow(x[0] * x[2], 2)
    s += 100 * pow(x[1] - x[0] * x[0], 2) + pow(1 - x[0], 2)
    s += 0.5 * pow(x[2] - 1, 2) + pow(x[1] * x[2], 2)
    s += exp(-x[0] * x[0] / 2) * sin(3 * x[1])
    s += cos(x[2]) * tanh(x[0] + x[1] - 0.25)
    s += log(1 + x[0] * x[0]) + sqrt(1 + x[1] * x[1])
    s += atan(x[2] / 2) - asinh(x[0] * x[1])
    s += S(2.5) * sinh(x[0] / 4) - cosh(x[1] / 3) + expm1(x[2] / 5)
    s += log1p(x[0] * x[0]) + erf(x[1]) * erfc(x[2])
    s += cbrt(1 + x[0] * x[0]) + exp2(x[1] / 2) - log2(2 + x[2] * x[2])
    s += atan2(x[1], 1 + x[0] * x[0]) + hypot(x[0], x[2])
    s += max(x[0], x[1]) - min(x[1], x[2]) + abs(x[0] - x[2])
    s += 3 * pow(x[0] - x[1], 3) + pow(x[2], 2) / (1 + pow(x[0], 2))
    s += log10(3 + x[1] * x[1]) + acosh(2 + x[0] * x[0])
    s += atanh(x[1] / (2 + abs(x[1])))
    s += 1 / (1 + exp(-(0.3 * x[0] - 0.7 * x[1] + 0.1 * x[2])))
    s += pow(x[0] + 1.5, 0.5 * x[1] * x[1])
    let r = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + 1e-3
    s += sqrt(r) + 1 / r - pow(r, -1) * (x[0] - 2 * x[1] + 3 * x[2])
    s += S(0.125) * relu(x[1]) + tan(x[1] / 4)
    s += asin(x[0] / 2) * acos(x[2] / 3)
    for i in 0..<(x.count - 1) {
        s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
    }
    return s
}
