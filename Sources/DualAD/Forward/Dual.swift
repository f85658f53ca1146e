/// A dual number x + ε·ẋ with ε² = 0: a value and a tangent, propagated together.
///
/// Every operation on duals applies the chain rule to the tangent, so evaluating a function
/// on `Dual(x, tangent: v)` yields f(x) and the directional derivative f′(x)·v (a
/// Jacobian-vector product) in one forward sweep:
///
///     let x = Dual(3.0, tangent: 1.0)
///     let y = x * x + sin(x)
///     // y.value == 9 + sin(3), y.tangent == 6 + cos(3);  print(y): 9.1411… + 5.0100…ε
///
/// `Dual` conforms to ``ADScalar`` itself, so duals nest: `Dual<Dual<Double>>` carries second
/// derivatives, and ``derivative(at:of:)->T`` nests for higher orders.
///
/// **Equality and comparison** look at ``value`` only, so branches in user code
/// (`if x < 0`) take the same path as on plain numbers; `==` and `hash(into:)` agree with that
/// choice (two duals with equal values but different tangents compare equal), as in
/// ForwardDiff.jl.
///
/// **A dual belongs to its sweep.** Its tangent is the seed of the call (or the sweep of a
/// Jacobian) that made it: a dual saved in one call and used in another carries the wrong
/// tangent, silently, as in every dual-number library. Keep duals inside the closure and pass
/// plain values (`y.value`) out.
///
/// `Dual<T>` conforms to `FloatingPoint` where `T` does, so code written for `FloatingPoint`
/// takes it unchanged; plain `T` constants mix with it (`k * x`, `x - c`, `x < limit`).
///
/// - Complexity: Two scalars of storage, no heap allocation; each operation costs a small
///   constant times the operation on `T`.
@frozen
public struct Dual<T: ADScalar> {
    /// The primal value x.
    public var value: T
    /// The tangent ẋ: the derivative of ``value`` along the seeded direction.
    public var tangent: T

    /// A dual number with the given value and tangent.
    ///
    /// Seed with `tangent: 1` to differentiate with respect to this variable.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T, tangent: T) {
        self.value = value
        self.tangent = tangent
    }

    /// A constant: the given value with tangent 0.
    ///
    /// With a bare literal the scalar type cannot be inferred (Swift reads `Dual(2.0)` as the
    /// literal `2.0 as Dual<_>`): write `Dual<Double>(2.0)`, or pass a typed value.
    ///
    /// This is also how an outer variable enters an inner nested derivative: in
    /// `derivative(at: x) { y in Dual(x) * y }` the outer `x` becomes a constant of the
    /// inner level.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T) {
        self.value = value
        self.tangent = 0
    }
}

extension Dual: Sendable {}

/// Hashes the value only (``DifferentiableScalar``), consistent with `==`.
extension Dual: Hashable where T: Hashable {}

/// `FloatingPoint` where the primal type is (``DifferentiableScalar``'s defaults, written once).
extension Dual: Strideable, FloatingPoint where T: FloatingPoint {}
