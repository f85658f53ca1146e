// `Tracked` as an `ADScalar`: every operation reads its local partials from the rule table
// (sums and differences included: `BinaryFunction.add`, `.subtract`) and appends them to the
// tape. No derivative formula is written here.

extension Tracked: Equatable {
    /// Whether the values are equal (the recording is ignored).
    @inlinable @inline(__always)
    public static func == (lhs: Tracked, rhs: Tracked) -> Bool { lhs.value == rhs.value }
}

extension Tracked: Comparable {
    /// Whether `lhs.value < rhs.value` (the recording is ignored).
    @inlinable @inline(__always)
    public static func < (lhs: Tracked, rhs: Tracked) -> Bool { lhs.value < rhs.value }
}

extension Tracked: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A constant from an integer literal.
    @inlinable @inline(__always)
    public init(integerLiteral value: T.IntegerLiteralType) { self.init(T(integerLiteral: value)) }

    /// A constant from a float literal.
    @inlinable @inline(__always)
    public init(floatLiteral value: T.FloatLiteralType) { self.init(T(floatLiteral: value)) }
}

extension Tracked: AdditiveArithmetic {
    /// The constant zero.
    @inlinable public static var zero: Tracked { Tracked(0) }

    /// The sum, recorded with partials (1, 1).
    @inlinable @inline(__always)
    public static func + (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.add, lhs, rhs) }

    /// The difference, recorded with partials (1, −1).
    @inlinable @inline(__always)
    public static func - (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.subtract, lhs, rhs) }

    /// Adds in place (records a new entry).
    @inlinable @inline(__always)
    public static func += (lhs: inout Tracked, rhs: Tracked) { lhs = lhs + rhs }

    /// Subtracts in place (records a new entry).
    @inlinable @inline(__always)
    public static func -= (lhs: inout Tracked, rhs: Tracked) { lhs = lhs - rhs }
}

extension Tracked: Numeric {
    /// |x|, recorded as ``abs(_:)``.
    @inlinable public var magnitude: Tracked { Tracked.evaluate(.abs, self) }

    /// A constant from an integer, if `T` represents it exactly.
    @inlinable
    public init?<Source: BinaryInteger>(exactly source: Source) {
        guard let value = T(exactly: source) else { return nil }
        self.init(value)
    }

    /// The product, recorded with partials (y, x).
    @inlinable @inline(__always)
    public static func * (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.multiply, lhs, rhs) }

    /// Multiplies in place (records a new entry).
    @inlinable @inline(__always)
    public static func *= (lhs: inout Tracked, rhs: Tracked) { lhs = lhs * rhs }
}

extension Tracked: SignedNumeric {
    /// The negation, recorded with partial −1.
    @inlinable @inline(__always)
    public static prefix func - (operand: Tracked) -> Tracked {
        record(-operand.value, parent: operand, partial: -1)
    }
}

extension Tracked: ADScalar {
    /// A constant from a `Double`.
    @inlinable @inline(__always)
    public init(constant c: Double) { self.init(T(constant: c)) }

    /// Whether this is a constant zero (a recorded value may depend on the inputs even
    /// where its value is zero).
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { header == nil && value.isExactlyZero }

    /// The quotient, recorded with partials (1/y, −x/y²).
    @inlinable @inline(__always)
    public static func / (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.divide, lhs, rhs) }

    /// Divides in place (records a new entry).
    @inlinable @inline(__always)
    public static func /= (lhs: inout Tracked, rhs: Tracked) { lhs = lhs / rhs }

    /// f(x), recorded with f′(x) from the rule table.
    /// - Complexity: One evaluation of f and f′, one append.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: Tracked) -> Tracked {
        let r = function.rule(at: x.value)
        return record(r.value, parent: x, partial: r.derivative)
    }

    /// f(x, y), recorded with both partials from the rule table.
    /// - Complexity: One evaluation of f and its partials, one append.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Tracked, _ y: Tracked) -> Tracked {
        let r = function.rule(at: x.value, y.value)
        return record(r.value, x, r.dx, y, r.dy)
    }

    /// xⁿ, recorded with n·xⁿ⁻¹.
    /// - Complexity: Two integer powers, one append.
    @inlinable @inline(__always)
    public static func power(_ x: Tracked, _ n: Int) -> Tracked {
        let r = integerPowerRule(at: x.value, n)
        return record(r.value, parent: x, partial: r.derivative)
    }
}
