// `Dual` as a differentiable scalar: every operation — the arithmetic operators (written once
// in `Scalar/DifferentiableScalar.swift`) and the elementary functions — is the rule-table
// entry applied at the value, with the chain rule on the tangent. Because the entries are
// generic, the local derivative of a `Dual<Dual<U>>` is itself a dual and second derivatives
// come for free.

extension Dual: DifferentiableScalar {
    /// The value rounded by `rule`, as a constant (derivative 0; see ``DifferentiableScalar``).
    /// - Complexity: O(1).
    @inlinable public func rounded(_ rule: FloatingPointRoundingRule) -> Dual { roundedConstant(rule) }

    /// `value` with the tangent of `other`.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf other: Dual) { self.init(value, tangent: other.tangent) }

    /// Whether value and tangent are both exactly zero, at every nesting level.
    /// - Complexity: O(nesting depth).
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { value.isExactlyZero && tangent.isExactlyZero }

    /// The chain rule of one argument: `value` with tangent d·ẋ.
    /// - Complexity: One multiplication on `T`.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: Dual, times d: T) {
        self.init(value, tangent: d * x.tangent)
    }

    /// The chain rule of two arguments: `value` with tangent dx·ẋ + dy·ẏ.
    ///
    /// An operand with an exactly zero tangent (a constant such as the `100` in `100 * x`)
    /// contributes no term, as in ForwardDiff.jl's `Real * Dual`: this saves the work, and
    /// `c * x` keeps a finite tangent even where x is infinite (∞ · 0 would be NaN).
    /// - Complexity: Up to two multiplications on `T`.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: Dual, times dx: T, plus y: Dual, times dy: T) {
        // After inlining, a literal's zero tangent folds these branches away.
        if _slowPath(x.tangent.isExactlyZero) { self.init(value, tangent: dy * y.tangent); return }
        if _slowPath(y.tangent.isExactlyZero) { self.init(value, tangent: dx * x.tangent); return }
        self.init(value, tangent: dx * x.tangent + dy * y.tangent)
    }

    /// f(x) with tangent f′(x)·ẋ, both from the rule table.
    /// - Complexity: One evaluation of f and of f′ on `T`, one multiplication.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: Dual) -> Dual {
        let r = function.rule(at: x.value)
        return Dual(r.value, derivativeOf: x, times: r.derivative)
    }

    /// f(x, y) with tangent ∂f/∂x·ẋ + ∂f/∂y·ẏ, the partials from the rule table (an operand
    /// with an exactly zero tangent contributes no term, see
    /// ``init(_:derivativeOf:times:plus:times:)``).
    /// - Complexity: One evaluation of f and its partials on `T`, up to two multiplications.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Dual, _ y: Dual) -> Dual {
        let r = function.rule(at: x.value, y.value)
        switch function {
        case .add, .subtract:
            // Partials ±1: the sum of tangents, nothing to skip (after inlining, 1·ẋ folds to ẋ).
            return Dual(r.value, tangent: r.dx * x.tangent + r.dy * y.tangent)
        default:
            return Dual(r.value, derivativeOf: x, times: r.dx, plus: y, times: r.dy)
        }
    }

    /// xⁿ with tangent n·xⁿ⁻¹·ẋ (see ``integerPowerRule(at:_:)``).
    /// - Complexity: Two integer powers on `T`, two multiplications.
    @inlinable @inline(__always)
    public static func power(_ x: Dual, _ n: Int) -> Dual {
        let r = integerPowerRule(at: x.value, n)
        return Dual(r.value, derivativeOf: x, times: r.derivative)
    }
}
