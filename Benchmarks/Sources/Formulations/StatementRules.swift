import DualAD

// A prototype for reverse mode beyond the scalar tape (issue 16): statement-level
// preaccumulation. The loop body of Rosenbrock is one function of two inputs; written as a
// user's `BinaryDifferentiableFunction` with its two partials, each term records one tape
// entry (plus one for the running sum) instead of three, and none of the per-operation checks
// of the operations inside it.

/// 100 (b − a²)² + (1 − a)² with its partials, written once.
public struct RosenbrockTerm: BinaryDifferentiableFunction {
    public init() {}
    @inlinable public func value<T: BinaryFloatingPoint>(at a: T, _ b: T) -> T {
        let t = b - a * a, u = 1 - a
        return 100 * t * t + u * u
    }
    @inlinable public func partials<S: ADScalar>(at a: S, _ b: S, value: S) -> (dx: S, dy: S) {
        let t = b - a * a
        return (-400 * a * t - 2 * (1 - a), 200 * t)
    }
}

/// Rosenbrock with its term as a statement-level rule.
public struct RosenbrockByTerms: ScalarFunction {
    public init() {}
    @inlinable public func callAsFunction<S: ADScalar>(_ x: [S]) -> S { rosenbrockByTerms(x) }
}

/// Σ term(xᵢ, xᵢ₊₁).
@inlinable @inline(never)
public func rosenbrockByTerms<S: ADScalar>(_ x: [S]) -> S {
    let term = RosenbrockTerm()
    var s: S = 0
    for i in 0..<(x.count - 1) { s += term(x[i], x[i + 1]) }
    return s
}
