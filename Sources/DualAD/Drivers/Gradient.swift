/// The gradient ∇f(x) of f: Rⁿ → R, by n forward sweeps, one per seed vector eⱼ.
///
///     let g = gradient(at: [1.0, 2.0]) { x in x[0] * x[1] + exp(x[0]) }   // [2 + e, 1]
///
/// - Parameters:
///   - x: The point; n ≥ 1 inputs.
///   - f: Called n times, on x seeded along e₁ … eₙ.
/// - Returns: The n partial derivatives ∂f/∂xⱼ.
/// - Complexity: n forward sweeps, each a small constant times one call of `f`; the input is
///   one buffer re-seeded in place.
@_disfavoredOverload @inlinable
public func gradient<T: ADScalar>(at x: [T], of f: (DualVector<T>) throws -> Dual<T>) rethrows -> [T] {
    try forwardGradient(at: x, of: f).gradient
}

/// f(x) and ∇f(x), by n forward sweeps, one per seed vector eⱼ.
/// - Complexity: n forward sweeps.
@_disfavoredOverload @inlinable
public func valueWithGradient<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> Dual<T>
) rethrows -> (value: T, gradient: [T]) {
    try forwardGradient(at: x, of: f)
}

/// The closure gradient on the forward sweep engine: one sweep per seed eⱼ.
@inlinable
func forwardGradient<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> Dual<T>
) rethrows -> (value: T, gradient: [T]) {
    checkNonEmpty(x.count, "gradient(at:of:)")
    var input = DualVector(x)
    var result = (value: T(0), gradient: [T](repeating: 0, count: x.count))
    try forwardSweeps(
        seeding: &input, into: &result, directions: 0..<x.count, width: 1,
        seed: { input, j, _, on in input.tangent[j] = on ? 1 : 0 },
        evaluate: f,
        harvest: { result, y, j, _, _ in
            result.gradient[j] = y.tangent
            result.value = y.value
        })
    return result
}

/// The gradient of a write-once function f: Rⁿ → R with the chosen strategy.
///
///     gradient(of: Rosenbrock(), at: p, strategy: .forward)      // n sweeps
///     gradient(of: Rosenbrock(), at: p, strategy: .chunked(4))   // ⌈n/4⌉ sweeps
///     gradient(of: Rosenbrock(), at: p, strategy: .reverse)      // 1 forward + 1 backward
///
/// - Parameters:
///   - f: The function, evaluated on the strategy's scalar type.
///   - x: The point; n ≥ 1 inputs.
///   - strategy: See ``Strategy``.
/// - Complexity: `.forward`: n sweeps; `.chunked(N)`: ⌈n/N⌉ sweeps of N tangents each;
///   `.reverse`: one recording (a tape of O(#operations) entries) and one backward sweep,
///   which runs in the result's storage (so the returned array's capacity is the tape's entry
///   count, not n); `.centralDifference`: 2n + 1 evaluations.
@inlinable
public func gradient<F: ScalarFunction, T: ADScalar & BinaryFloatingPoint>(
    of f: F, at x: [T], strategy: Strategy
) -> [T] {
    valueWithGradient(of: f, at: x, strategy: strategy).gradient
}

/// f(x) and ∇f(x) for a write-once function, with the chosen strategy.
/// - Complexity: As ``gradient(of:at:strategy:)``.
@inlinable
public func valueWithGradient<F: ScalarFunction, T: ADScalar & BinaryFloatingPoint>(
    of f: F, at x: [T], strategy: Strategy
) -> (value: T, gradient: [T]) {
    switch strategy.dispatch(inputs: x.count, call: "gradient(of:at:strategy:)", outputs: { 1 }) {
    case .forward(let type):
        return ForwardGradient(f: f, x: x).run(type)
    case .centralDifference:
        return centralDifferenceGradient(f, at: x)
    case .reverse:
        return reverseGradient(f, at: x)
    }
}

/// The forward gradient, for whichever dual type the strategy chose.
@usableFromInline
struct ForwardGradient<F: ScalarFunction, Primal: ADScalar>: ForwardJob {
    @usableFromInline let f: F
    @usableFromInline let x: [Primal]
    @inlinable init(f: F, x: [Primal]) { self.f = f; self.x = x }
    @inlinable func run<D: SeedableDual>(_ type: D.Type) -> (value: Primal, gradient: [Primal]) where D.Primal == Primal {
        forwardGradient(f, at: x, using: type)
    }
}
