import DualAD

// Rosenbrock Σ 100 (xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², in the two ways users write it, each generic (for
// Double, Dual, ChunkedDual, Tracked) and copied onto the minimal hand-written duals.

/// The `pow` form: `100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)`.
@inlinable @inline(never)
public func rosenbrockPow<S: ADScalar>(_ x: [S]) -> S {
    var s: S = 0
    for i in 0..<(x.count - 1) {
        s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
    }
    return s
}

/// The product form: named differences, squared by multiplication.
@inlinable @inline(never)
public func rosenbrockProduct<S: ADScalar>(_ x: [S]) -> S {
    var s: S = 0
    for i in 0..<(x.count - 1) {
        let a = x[i + 1] - x[i] * x[i]
        let b = 1 - x[i]
        s += 100 * a * a + b * b
    }
    return s
}

/// The `pow` form on the minimal dual.
@inlinable @inline(never)
public func rosenbrockPow(_ x: [MinimalDual]) -> MinimalDual {
    var s = MinimalDual(0)
    for i in 0..<(x.count - 1) {
        s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
    }
    return s
}

/// The product form on the minimal dual.
@inlinable @inline(never)
public func rosenbrockProduct(_ x: [MinimalDual]) -> MinimalDual {
    var s = MinimalDual(0)
    for i in 0..<(x.count - 1) {
        let a = x[i + 1] - x[i] * x[i]
        let b = 1 - x[i]
        s += 100 * a * a + b * b
    }
    return s
}

/// The `pow` form as a write-once function, for the drivers.
public struct RosenbrockPow: ScalarFunction {
    public init() {}
    @inlinable public func callAsFunction<S: ADScalar>(_ x: [S]) -> S { rosenbrockPow(x) }
}

/// The product form as a write-once function, for the drivers.
public struct RosenbrockProduct: ScalarFunction {
    public init() {}
    @inlinable public func callAsFunction<S: ADScalar>(_ x: [S]) -> S { rosenbrockProduct(x) }
}

/// The point the Rosenbrock benchmarks evaluate at: xᵢ = 0.5 + 0.001·i.
public func rosenbrockPoint(count n: Int) -> [Double] { (0..<n).map { 0.5 + 0.001 * Double($0) } }
