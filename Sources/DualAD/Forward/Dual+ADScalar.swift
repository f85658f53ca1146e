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

    /// Whether the optimizer has proved value and tangent zero at compile time (a constant).
    /// - Complexity: Free in optimized code.
    @inlinable @inline(__always)
    public var isProvablyZero: Bool { value.isProvablyZero && tangent.isProvablyZero }

    /// The chain rule of two arguments: `value` with tangent dx·ẋ + dy·ẏ.
    ///
    /// Both terms are computed, as in a hand-written dual, unless the compiler has proved one
    /// tangent zero — a constant such as the `100` in `100 * x` (``ADScalar/isProvablyZero``):
    /// then that term is not computed, and no test is left in the compiled code either way.
    /// The earlier form tested both tangents for zero at run time, which made a product-heavy
    /// sweep 1.34× the instructions of a hand-written dual (`Benchmarks/README.md`, "Forward
    /// mode at the hand-written limit").
    /// A plain `T` constant (`2 * x`, `x / c`, `x - ys[i]`) takes ``evaluate(_:_:constant:)``
    /// or ``evaluate(_:constant:_:)`` and adds no term in any build; a runtime tangent of 0
    /// adds an exact zero term, which is NaN where the other factor is infinite (0·∞), as in
    /// ForwardDiff.jl's `Dual * Dual`.
    /// - Complexity: Up to two multiplications and an addition on `T`.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: Dual, times dx: T, plus y: Dual, times dy: T) {
        if x.tangent.isProvablyZero { self.init(value, tangent: dy * y.tangent); return }
        if y.tangent.isProvablyZero { self.init(value, tangent: dx * x.tangent); return }
        self.init(value, tangent: dx * x.tangent + dy * y.tangent)
    }

    /// f(x) with tangent f′(x)·ẋ, both from the rule table.
    /// - Complexity: One evaluation of f and of f′ on `T`, one multiplication.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: Dual) -> Dual {
        let r = function.rule(at: x.value)
        return Dual(r.value, derivativeOf: x, times: r.derivative)
    }

    /// f(x, y) with tangent ∂f/∂x·ẋ + ∂f/∂y·ẏ, the partials from the rule table (both terms,
    /// see ``init(_:derivativeOf:times:plus:times:)``).
    /// - Complexity: One evaluation of f and its partials on `T`, two multiplications.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Dual, _ y: Dual) -> Dual {
        let r = function.rule(at: x.value, y.value)
        return Dual(r.value, derivativeOf: x, times: r.dx, plus: y, times: r.dy)
    }

    /// f(x, c) with tangent ∂f/∂x·ẋ for a constant c: no term from c (so `x * 2` keeps 2·ẋ
    /// where x is infinite).
    /// - Complexity: One evaluation of f and its partials on `T`, one multiplication.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Dual, constant c: T) -> Dual {
        let r = function.rule(at: x.value, c)
        return Dual(r.value, derivativeOf: x, times: r.dx)
    }

    /// f(c, y) with tangent ∂f/∂y·ẏ for a constant c: no term from c (so `2 * x` keeps 2·ẋ
    /// where x is infinite).
    /// - Complexity: One evaluation of f and its partials on `T`, one multiplication.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, constant c: T, _ y: Dual) -> Dual {
        let r = function.rule(at: c, y.value)
        return Dual(r.value, derivativeOf: y, times: r.dy)
    }

    /// xⁿ with tangent n·xⁿ⁻¹·ẋ (see ``integerPowerRule(at:_:)``).
    /// - Complexity: Two integer powers on `T`, two multiplications.
    @inlinable @inline(__always)
    public static func power(_ x: Dual, _ n: Int) -> Dual {
        let r = integerPowerRule(at: x.value, n)
        return Dual(r.value, derivativeOf: x, times: r.derivative)
    }
}
