/// A function f: Rⁿ → R written once, generic over the scalar type, so that every strategy
/// can differentiate it: forward duals, chunked duals, the reverse tape, finite differences.
///
///     struct Rosenbrock: ScalarFunction {
///         func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
///             var s: S = 0
///             for i in 0..<(x.count - 1) {
///                 s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
///             }
///             return s
///         }
///     }
///     gradient(of: Rosenbrock(), at: [1.2, 0.8], strategy: .forward)
///
/// Data enters as constants: `S(c)` lifts a `Double` into the scalar type.
public protocol ScalarFunction {
    /// f(x) for any scalar type DualAD differentiates with.
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S
}

/// A function f: Rⁿ → Rᵐ written once, generic over the scalar type, so that every
/// strategy can differentiate it. It must return the same number of outputs m for every
/// input of the same length.
///
///     struct Layer: VectorFunction {
///         func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
///             [tanh(x[0] * x[1]), exp(x[0]) / (1 + x[1] * x[1])]
///         }
///     }
///     jacobian(of: Layer(), at: [0.3, 0.7], strategy: .forward)   // 2 × 2
public protocol VectorFunction {
    /// f(x) for any scalar type DualAD differentiates with.
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S]
}
