import Foundation
import DualAD

// Users' own functions for the tests of custom rules and implicit functions.

/// Lambert's W (principal branch), as in API-next.md: Halley's iteration on plain floats.
struct LambertW: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T {
        var w = x < 1 ? x : T(Foundation.log(Double(x)))
        for _ in 0..<50 {
            let e = T(Foundation.exp(Double(w))), f = w * e - x
            w -= f / (e * (w + 1) - (w + 2) * f / (2 * w + 2))
        }
        return w
    }
    func derivative<S: ADScalar>(at x: S, value w: S) -> S { w / (x * (1 + w)) }
}

/// eˣ written as a user would, to compare with the built-in `exp` bit for bit.
struct UserExp: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T {
        if let d = x as? Double { return T(Foundation.exp(d)) }
        if let f = x as? Float { return T(Foundation.exp(f)) }
        return T(Foundation.exp(Double(x)))
    }
    func derivative<S: ADScalar>(at x: S, value: S) -> S { value }
}

/// log(eˣ + eʸ), stably: a two-argument rule.
struct LogAddExp: BinaryDifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T, _ y: T) -> T {
        let m = Swift.max(x, y)
        return m + T(Foundation.log(Foundation.exp(Double(x - m)) + Foundation.exp(Double(y - m))))
    }
    func partials<S: ADScalar>(at x: S, _ y: S, value: S) -> (dx: S, dy: S) { (exp(x - value), exp(y - value)) }
}

/// A rule with a deliberate mistake (the derivative of sin written as +sin), for checkRule.
struct WrongSine: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T { T(Foundation.sin(Double(x))) }
    func derivative<S: ADScalar>(at x: S, value: S) -> S { value }
}

/// Kepler's equation E − e·sin E − M = 0, parameters (e, M).
struct Kepler: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
}

/// E(e, M) as a `ScalarFunction`.
struct EccentricAnomaly: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ p: [S]) -> S { solveRoot(of: Kepler(), near: 1.0, parameters: p) }
}

/// The intersection of the circle x² + y² = r² with the line y = m·x in the first quadrant:
/// x = r/√(1 + m²), y = m·r/√(1 + m²). Parameters (r, m).
struct CircleAndLine: ImplicitSystem {
    func callAsFunction<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] {
        [x[0] * x[0] + x[1] * x[1] - p[0] * p[0], x[1] - p[1] * x[0]]
    }
}

/// Both coordinates of the intersection, as a `VectorFunction` of (r, m).
struct Intersection: VectorFunction {
    func outputCount(forInputCount n: Int) -> Int? { 2 }
    func callAsFunction<S: ADScalar>(_ p: [S]) -> [S] { solveRoot(of: CircleAndLine(), near: [1.0, 1.0], parameters: p) }
}

/// The fixed point of x = a·cos x + b, parameters (a, b): a contraction for |a| < 1.
struct CosineMap: FixedPointMap {
    func callAsFunction<S: ADScalar>(_ x: [S], parameters p: [S]) -> [S] { [p[0] * cos(x[0]) + p[1]] }
}

/// Counts evaluations of g by the scalar type it is evaluated on.
final class CountingKepler: ImplicitFunction, @unchecked Sendable {
    // @unchecked: each test uses its own instance on one thread.
    var evaluations: [String: Int] = [:]
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S {
        evaluations["\(S.self)", default: 0] += 1
        return E - p[0] * sin(E) - p[1]
    }
}

// User rules whose values are as accurate as the type they run on (Float80 included), so that
// the differential tests can difference them in Float80.

/// eˣ at the precision of T.
func preciseExp<T: BinaryFloatingPoint>(_ x: T) -> T {
    if let v = x as? Wide { return T(Foundation.exp(v)) }
    if let v = x as? Float { return T(Foundation.exp(v)) }
    return T(Foundation.exp(Double(x)))
}

/// ln(1 + x) at the precision of T.
func preciseLog1p<T: BinaryFloatingPoint>(_ x: T) -> T {
    if let v = x as? Wide { return T(Foundation.log1p(v)) }
    if let v = x as? Float { return T(Foundation.log1p(v)) }
    return T(Foundation.log1p(Double(x)))
}

/// Lambert's W at the precision of T (x ≥ 0).
struct PreciseLambertW: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T {
        var w = preciseLog1p(x)
        for _ in 0..<60 {
            let e = preciseExp(w), f = w * e - x
            let next = w - f / (e * (w + 1) - (w + 2) * f / (2 * w + 2))
            if next == w { break }
            w = next
        }
        return w
    }
    func derivative<S: ADScalar>(at x: S, value w: S) -> S { w / (x * (1 + w)) }
}

/// Softplus ln(1 + eˣ) at the precision of T, with the logistic function as its derivative.
struct PreciseSoftplus: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T { x > 0 ? x + preciseLog1p(preciseExp(-x)) : preciseLog1p(preciseExp(x)) }
    func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 / (1 + exp(-x)) }
}

/// ln(eˣ + eʸ) at the precision of T.
struct PreciseLogAddExp: BinaryDifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T, _ y: T) -> T {
        let m = Swift.max(x, y)
        return m + preciseLog1p(preciseExp(Swift.min(x, y) - m))
    }
    func partials<S: ADScalar>(at x: S, _ y: S, value: S) -> (dx: S, dy: S) { (exp(x - value), exp(y - value)) }
}
