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
///             [tanh(x[0] * x[1]), exp(x[0]) / (1 + x[1] * x[1]), sqrt(1 + x[0] * x[0])]
///         }
///     }
///     jacobian(of: Layer(), at: [0.3, 0.7], strategy: .forward)   // 3 × 2
///
/// `.automatic` picks forward or reverse from n and m; to learn m it evaluates f once, unless
/// ``outputCount(forInputCount:)`` says it.
public protocol VectorFunction {
    /// f(x) for any scalar type DualAD differentiates with.
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S]

    /// The number of outputs m that f returns for `n` inputs, when the function knows it
    /// without being evaluated; `nil` (the default) when it does not.
    ///
    /// Only `.automatic` reads it, to choose a strategy without a probing evaluation of f (at
    /// (n, m) = (400, 4) that probe is a tenth of the reverse Jacobian's cost). A wrong count
    /// stops the Jacobian call with a message.
    /// - Complexity: Should be O(1).
    func outputCount(forInputCount n: Int) -> Int?
}

extension VectorFunction {
    /// `nil`: the output count is learned by evaluating f once when it is needed.
    /// - Complexity: O(1).
    @inlinable
    public func outputCount(forInputCount n: Int) -> Int? { nil }
}
