// `ChunkedDual` as an `ADScalar`: the same rule-table entries as `Dual`, applied to N tangents.
// An operand without tangents (`hasTangents == false`) contributes no lane work.

extension ChunkedDual {
    /// Each tangent mapped by `transform`, value replaced.
    @inlinable @inline(__always)
    static func make(_ value: T, _ transform: (Int) -> T) -> ChunkedDual {
        ChunkedDual(value, lanes: InlineArray(transform), hasTangents: true)
    }
}

extension ChunkedDual: AdditiveArithmetic {
    /// The zero, with zero tangents.
    @inlinable public static var zero: ChunkedDual { ChunkedDual(0) }

    /// The sum; tangents add.
    @inlinable @inline(__always)
    public static func + (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual {
        evaluate(.add, lhs, rhs)
    }

    /// The difference; tangents subtract.
    @inlinable @inline(__always)
    public static func - (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual {
        evaluate(.subtract, lhs, rhs)
    }

    /// Adds in place.
    @inlinable @inline(__always)
    public static func += (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs + rhs }

    /// Subtracts in place.
    @inlinable @inline(__always)
    public static func -= (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs - rhs }
}

extension ChunkedDual: Numeric {
    /// |x|, differentiated as ``abs(_:)``.
    @inlinable public var magnitude: ChunkedDual { ChunkedDual.evaluate(.abs, self) }

    /// A constant from an integer, if `T` represents it exactly.
    @inlinable
    public init?<Source: BinaryInteger>(exactly source: Source) {
        guard let value = T(exactly: source) else { return nil }
        self.init(value)
    }

    /// The product, by the product rule on every tangent; a constant factor adds no term.
    @inlinable @inline(__always)
    public static func * (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual {
        return ChunkedDual.evaluate(.multiply, lhs, rhs)
    }

    /// Multiplies in place.
    @inlinable @inline(__always)
    public static func *= (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs * rhs }
}

extension ChunkedDual: SignedNumeric {
    /// The negation; every tangent is negated.
    @inlinable @inline(__always)
    public static prefix func - (operand: ChunkedDual) -> ChunkedDual {
        guard operand.hasTangents else { return ChunkedDual(-operand.value) }
        return make(-operand.value) { -operand.lanes[$0] }
    }
}

extension ChunkedDual: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A constant from an integer literal.
    @inlinable @inline(__always)
    public init(integerLiteral value: T.IntegerLiteralType) { self.init(T(integerLiteral: value)) }

    /// A constant from a float literal.
    @inlinable @inline(__always)
    public init(floatLiteral value: T.FloatLiteralType) { self.init(T(floatLiteral: value)) }
}

extension ChunkedDual: ADScalar {
    /// A constant (zero tangents) from a `Double`.
    @inlinable @inline(__always)
    public init(constant c: Double) { self.init(T(constant: c)) }

    /// Whether every tangent is exactly zero (the flag answers without a scan when it can).
    @inlinable @inline(__always)
    var isExactlyZeroTangent: Bool { !hasTangents || isExactlyZeroTangentLanes }

    /// Whether the value and every tangent are exactly zero.
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { value.isExactlyZero && isExactlyZeroTangent }

    /// The quotient, by the rule table's quotient rule on every tangent.
    @inlinable @inline(__always)
    public static func / (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual {
        evaluate(.divide, lhs, rhs)
    }

    /// Divides in place.
    @inlinable @inline(__always)
    public static func /= (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs / rhs }

    /// f(x) with every tangent multiplied by f′(x) from the rule table.
    /// - Complexity: One evaluation of f and f′, N multiplications.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: ChunkedDual) -> ChunkedDual {
        guard x.hasTangents else { return ChunkedDual(T.evaluate(function, x.value)) }
        let r = function.rule(at: x.value)
        return make(r.value) { r.derivative * x.lanes[$0] }
    }

    /// f(x, y) with tangents ∂f/∂x·ẋₖ + ∂f/∂y·ẏₖ from the rule table.
    /// - Complexity: One evaluation of f and its partials, 2N multiplications.
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
