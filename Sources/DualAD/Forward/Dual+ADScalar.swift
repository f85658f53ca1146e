// `Dual` as an `ADScalar`: every elementary function is the rule-table entry applied at the
// value, with the chain rule on the tangent. Because the entries are generic, the local
// derivative of a `Dual<Dual<U>>` is itself a dual and second derivatives come for free.

extension Dual: ADScalar {
    /// A constant dual (tangent 0) from a `Double`.
    @inlinable @inline(__always)
    public init(constant c: Double) {
        self.init(T(constant: c))
    }

    /// Whether value and tangent are both exactly zero, at every nesting level.
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { value.isExactlyZero && tangent.isExactlyZero }

    /// f(x) with tangent f′(x)·ẋ, both from the rule table.
    /// - Complexity: One evaluation of f and of f′ on `T`, one multiplication.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: Dual) -> Dual {
        let r = function.rule(at: x.value)
        return Dual(r.value, tangent: r.derivative * x.tangent)
    }

    /// f(x, y) with tangent ∂f/∂x·ẋ + ∂f/∂y·ẏ, the partials from the rule table.
    /// - Complexity: One evaluation of f and its partials on `T`, two multiplications.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Dual, _ y: Dual) -> Dual {
        let r = function.rule(at: x.value, y.value)
        return Dual(r.value, tangent: r.dx * x.tangent + r.dy * y.tangent)
    }

    /// xⁿ with tangent n·xⁿ⁻¹·ẋ (see ``integerPowerRule(at:_:)``).
    /// - Complexity: Two integer powers on `T`, two multiplications.
    @inlinable @inline(__always)
    public static func power(_ x: Dual, _ n: Int) -> Dual {
        let r = integerPowerRule(at: x.value, n)
        return Dual(r.value, tangent: r.derivative * x.tangent)
    }
}
