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

    /// The chain rule of one argument: `value` with every tangent multiplied by d (no lane
    /// work when x has no tangents).
    /// - Complexity: N multiplications.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: ChunkedDual, times d: T) {
        self = x.hasTangents ? ChunkedDual.make(value) { d * x.lanes[$0] } : ChunkedDual(value)
    }

    /// The chain rule of two arguments: `value` with tangents dx·ẋₖ + dy·ẏₖ; an operand
    /// without tangents contributes no term.
    /// - Complexity: Up to 2N multiplications.
    @inlinable @inline(__always)
    public init(_ value: T, derivativeOf x: ChunkedDual, times dx: T, plus y: ChunkedDual, times dy: T) {
        switch (x.hasTangents, y.hasTangents) {
        case (false, false): self.init(value)
        case (true, false): self = ChunkedDual.make(value) { dx * x.lanes[$0] }
        case (false, true): self = ChunkedDual.make(value) { dy * y.lanes[$0] }
        case (true, true): self = ChunkedDual.make(value) { dx * x.lanes[$0] + dy * y.lanes[$0] }
        }
    }

    /// f(x) with every tangent multiplied by f′(x) from the rule table.
    /// - Complexity: One evaluation of f and f′, N multiplications (f alone without tangents).
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: ChunkedDual) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.evaluate(function, x.value)) }
        let r = function.rule(at: x.value)
        return ChunkedDual(r.value, derivativeOf: x, times: r.derivative)
    }

    /// f(x, y) with tangents ∂f/∂x·ẋₖ + ∂f/∂y·ẏₖ from the rule table; an operand without
    /// tangents contributes no term.
    /// - Complexity: One evaluation of f and its partials, up to 2N multiplications.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: ChunkedDual, _ y: ChunkedDual) -> ChunkedDual {
        guard x.hasTangents || y.hasTangents else { return ChunkedDual(T.evaluate(function, x.value, y.value)) }
        let r = function.rule(at: x.value, y.value)
        return ChunkedDual(r.value, derivativeOf: x, times: r.dx, plus: y, times: r.dy)
    }

    /// xⁿ with tangents n·xⁿ⁻¹·ẋₖ.
    /// - Complexity: Two integer powers, N multiplications.
    @inlinable @inline(__always)
    public static func power(_ x: ChunkedDual, _ n: Int) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.power(x.value, n)) }
        let r = integerPowerRule(at: x.value, n)
        return ChunkedDual(r.value, derivativeOf: x, times: r.derivative)
    }
}
