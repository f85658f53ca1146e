// `ChunkedDual` as a differentiable scalar: the same rule-table entries as `Dual`, applied to
// N tangents (the operators come from `Scalar/DifferentiableScalar.swift`). An operand without
// tangents (`hasTangents == false`) contributes no lane work.

extension ChunkedDual {
    /// Each tangent mapped by `transform`, value replaced.
    @inlinable @inline(__always)
    static func make(_ value: T, _ transform: (Int) -> T) -> ChunkedDual {
        ChunkedDual(value, lanes: InlineArray(transform), hasTangents: true)
    }

    /// Whether every tangent is exactly zero (the flag answers without a scan when it can).
    @inlinable @inline(__always)
    var isExactlyZeroTangent: Bool { !hasTangents || isExactlyZeroTangentLanes }
}

extension ChunkedDual: DifferentiableScalar {
    /// The value rounded by `rule`, as a constant (derivative 0; see ``DifferentiableScalar``).
    /// - Complexity: O(1).
    @inlinable public func rounded(_ rule: FloatingPointRoundingRule) -> ChunkedDual { roundedConstant(rule) }

    /// `value` with the tangents of `other`.
    /// - Complexity: O(N).
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf other: ChunkedDual) {
        self.init(value, lanes: other.lanes, hasTangents: other.hasTangents)
    }

    /// Whether the value and every tangent are exactly zero.
    /// - Complexity: O(N) at most.
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { value.isExactlyZero && isExactlyZeroTangent }

    /// f(x) with every tangent multiplied by f′(x) from the rule table.
    /// - Complexity: One evaluation of f and f′, N multiplications (f alone without tangents).
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: ChunkedDual) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.evaluate(function, x.value)) }
        let r = function.rule(at: x.value)
        return make(r.value) { r.derivative * x.lanes[$0] }
    }

    /// f(x, y) with tangents ∂f/∂x·ẋₖ + ∂f/∂y·ẏₖ from the rule table; an operand without
    /// tangents contributes no term.
    /// - Complexity: One evaluation of f and its partials, up to 2N multiplications.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: ChunkedDual, _ y: ChunkedDual) -> ChunkedDual {
        switch (x.hasTangents, y.hasTangents) {
        case (false, false):
            return ChunkedDual(T.evaluate(function, x.value, y.value))
        case (true, false):
            let r = function.rule(at: x.value, y.value)
            return make(r.value) { r.dx * x.lanes[$0] }
        case (false, true):
            let r = function.rule(at: x.value, y.value)
            return make(r.value) { r.dy * y.lanes[$0] }
        case (true, true):
            let r = function.rule(at: x.value, y.value)
            return make(r.value) { r.dx * x.lanes[$0] + r.dy * y.lanes[$0] }
        }
    }

    /// xⁿ with tangents n·xⁿ⁻¹·ẋₖ.
    /// - Complexity: Two integer powers, N multiplications.
    @inlinable @inline(__always)
    public static func power(_ x: ChunkedDual, _ n: Int) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.power(x.value, n)) }
        let r = integerPowerRule(at: x.value, n)
        return make(r.value) { r.derivative * x.lanes[$0] }
    }
}
