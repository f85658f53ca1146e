// Users' own functions: a value computed on plain floating-point numbers (by a series, an
// iteration, a table — whatever the user likes) and a derivative written once, generically.
// Calling one on a differentiable scalar uses the rule, never the value's implementation:
//   Dual:        value from the level below, tangent f′(x)·ẋ   (f′ itself on the level below,
//                so nesting differentiates the derivative expression: W″, W‴ come out right)
//   ChunkedDual: the same for N tangents
//   Tracked:     a scaled reference to x's tape entry, as for exp(x)
// The built-in functions use the same form (`UnaryFunction.derivative(at:value:)` in
// `RuleTable.swift`) and the same chain-rule code in each scalar type
// (`DifferentiableScalar.init(_:derivativeOf:times:)`).

/// A function of one real argument with its own derivative rule, usable on every ``ADScalar``.
///
/// Write the value on plain floating-point numbers and the derivative once, generically,
/// in terms of x and the value:
///
///     struct Softplus: DifferentiableFunction {
///         func value<T: BinaryFloatingPoint>(at x: T) -> T {
///             T(Foundation.log1p(Foundation.exp(Double(x))))
///         }
///         func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 / (1 + exp(-x)) }
///     }
///     let softplus = Softplus()
///     derivative(at: 0.5) { x in softplus(x) * x }
///
/// Every mode reads the rule: ``Dual`` at any nesting depth (the derivative is itself
/// evaluated on duals, so second and third derivatives are right as long as `derivative` is
/// written with DualAD's operations), ``ChunkedDual``, ``DualVector`` elementwise and
/// ``Tracked`` (a one-operand entry, like `exp`). The value's implementation is never
/// differentiated; check the rule against finite differences with ``checkRule(_:at:tolerance:)-(F,[Double],_)``.
public protocol DifferentiableFunction {
    /// f(x) on a plain floating-point number (`Double`, `Float` or `Float80`).
    func value<T: BinaryFloatingPoint>(at x: T) -> T

    /// f′(x), given x and `value` = f(x), written with DualAD's operations so that any
    /// ``ADScalar`` (and so any nesting level) can evaluate it.
    func derivative<S: ADScalar>(at x: S, value: S) -> S
}

extension DifferentiableFunction {
    /// f(x) on any ``ADScalar``, with the derivative from ``derivative(at:value:)``.
    /// - Complexity: One ``value(at:)`` on the primal type and one ``derivative(at:value:)``
    ///   per nesting level; for `Tracked`, no tape entry (as for a built-in function).
    @inlinable @inline(__always)
    public func callAsFunction<S: ADScalar>(_ x: S) -> S { S.evaluate(self, x) }
}

/// A function of two real arguments with its own partial derivatives, usable on every
/// ``ADScalar`` (the two-argument form of ``DifferentiableFunction``).
///
///     struct LogAddExp: BinaryDifferentiableFunction {
///         func value<T: BinaryFloatingPoint>(at x: T, _ y: T) -> T {
///             let m = max(x, y)
///             return m + T(Foundation.log(Foundation.exp(Double(x - m)) + Foundation.exp(Double(y - m))))
///         }
///         func partials<S: ADScalar>(at x: S, _ y: S, value: S) -> (dx: S, dy: S) {
///             (exp(x - value), exp(y - value))
///         }
///     }
public protocol BinaryDifferentiableFunction {
    /// f(x, y) on plain floating-point numbers.
    func value<T: BinaryFloatingPoint>(at x: T, _ y: T) -> T

    /// ∂f/∂x and ∂f/∂y, given x, y and `value` = f(x, y), written with DualAD's operations.
    func partials<S: ADScalar>(at x: S, _ y: S, value: S) -> (dx: S, dy: S)
}

extension BinaryDifferentiableFunction {
    /// f(x, y) on any ``ADScalar``, with the partials from ``partials(at:_:value:)``.
    /// - Complexity: One ``value(at:_:)`` on the primal type and one
    ///   ``partials(at:_:value:)`` per nesting level; for `Tracked`, at most one tape entry.
    @inlinable @inline(__always)
    public func callAsFunction<S: ADScalar>(_ x: S, _ y: S) -> S { S.evaluate(self, x, y) }
}

extension ADScalar where Self: BinaryFloatingPoint {
    /// f(x) for a primal type: the user's ``DifferentiableFunction/value(at:)``.
    /// - Complexity: One call of `value(at:)`.
    @inlinable @inline(__always)
    public static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: Self) -> Self {
        function.value(at: x)
    }

    /// f(x, y) for a primal type: the user's ``BinaryDifferentiableFunction/value(at:_:)``.
    /// - Complexity: One call of `value(at:_:)`.
    @inlinable @inline(__always)
    public static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: Self, _ y: Self) -> Self {
        function.value(at: x, y)
    }
}

extension DifferentiableScalar {
    /// f(x) for a differentiable type: the value from the level below, the derivative from
    /// the user's rule evaluated there, and this type's chain rule.
    /// - Complexity: As a built-in function: one value and one derivative on `Primal`.
    @inlinable @inline(__always)
    public static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: Self) -> Self {
        let v = Primal.evaluate(function, x.value)
        return Self(v, derivativeOf: x, times: function.derivative(at: x.value, value: v))
    }

    /// f(x, y) for a differentiable type: the value from the level below, both partials from
    /// the user's rule evaluated there, and this type's chain rule.
    /// - Complexity: As a built-in binary function.
    @inlinable @inline(__always)
    public static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: Self, _ y: Self) -> Self {
        let v = Primal.evaluate(function, x.value, y.value)
        let d = function.partials(at: x.value, y.value, value: v)
        return Self(v, derivativeOf: x, times: d.dx, plus: y, times: d.dy)
    }
}
