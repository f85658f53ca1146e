// Arithmetic on dual numbers. Sums and differences are linear, so their tangents simply add;
// products and quotients read their partials from the rule table (`BinaryFunction.multiply`,
// `.divide`), as the elementary functions do.

extension Dual: AdditiveArithmetic {
    /// The dual zero, 0 + 0ε.
    @inlinable
    public static var zero: Dual { Dual(0, tangent: 0) }

    /// The sum; tangents add (the derivative is linear).
    @inlinable @inline(__always)
    public static func + (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value + rhs.value, tangent: lhs.tangent + rhs.tangent)
    }

    /// The difference; tangents subtract.
    @inlinable @inline(__always)
    public static func - (lhs: Dual, rhs: Dual) -> Dual {
        Dual(lhs.value - rhs.value, tangent: lhs.tangent - rhs.tangent)
    }

    /// Adds `rhs` to `lhs` in place.
    @inlinable @inline(__always)
    public static func += (lhs: inout Dual, rhs: Dual) { lhs = lhs + rhs }

    /// Subtracts `rhs` from `lhs` in place.
    @inlinable @inline(__always)
    public static func -= (lhs: inout Dual, rhs: Dual) { lhs = lhs - rhs }
}

extension Dual: Numeric {
    /// The magnitude |x|, differentiated as ``abs(_:)`` (derivative +1 at 0).
    @inlinable
    public var magnitude: Dual { Dual.evaluate(.abs, self) }

    /// A constant dual from an integer, if `T` represents it exactly.
    @inlinable
    public init?<Source: BinaryInteger>(exactly source: Source) {
        guard let value = T(exactly: source) else { return nil }
        self.init(value)
    }

    /// The product; the tangent follows the product rule ẋ·y + x·ẏ.
    ///
    /// A factor with an exactly zero tangent (a constant such as the `100` in `100 * x`)
    /// contributes no term, as in ForwardDiff.jl's `Real * Dual`: this saves the work, and
    /// `c * x` keeps a finite tangent even where x is infinite.
    @inlinable @inline(__always)
    public static func * (lhs: Dual, rhs: Dual) -> Dual {
        // After inlining, a literal's zero tangent folds this branch away.
        if _slowPath(lhs.tangent.isExactlyZero) {
            return Dual(lhs.value * rhs.value, tangent: lhs.value * rhs.tangent)
        }
        if _slowPath(rhs.tangent.isExactlyZero) {
            return Dual(lhs.value * rhs.value, tangent: lhs.tangent * rhs.value)
        }
        return Dual.evaluate(.multiply, lhs, rhs)
    }

    /// Multiplies `lhs` by `rhs` in place.
    @inlinable @inline(__always)
    public static func *= (lhs: inout Dual, rhs: Dual) { lhs = lhs * rhs }
}

extension Dual: SignedNumeric {
    /// The negation; the tangent is negated.
    @inlinable @inline(__always)
    public static prefix func - (operand: Dual) -> Dual {
        Dual(-operand.value, tangent: -operand.tangent)
    }

    /// Negates the dual in place.
    @inlinable @inline(__always)
    public mutating func negate() { self = -self }
}

extension Dual {
    /// The quotient; the tangent follows the quotient rule (ẋ − (x/y)·ẏ)/y.
    @inlinable @inline(__always)
    public static func / (lhs: Dual, rhs: Dual) -> Dual {
        Dual.evaluate(.divide, lhs, rhs)
    }

    /// Divides `lhs` by `rhs` in place.
    @inlinable @inline(__always)
    public static func /= (lhs: inout Dual, rhs: Dual) { lhs = lhs / rhs }
}

extension Dual: ExpressibleByIntegerLiteral {
    /// A constant dual from an integer literal, as `T` reads it.
    @inlinable @inline(__always)
    public init(integerLiteral value: T.IntegerLiteralType) {
        self.init(T(integerLiteral: value))
    }
}

extension Dual: ExpressibleByFloatLiteral {
    /// A constant dual from a float literal, as `T` reads it.
    @inlinable @inline(__always)
    public init(floatLiteral value: T.FloatLiteralType) {
        self.init(T(floatLiteral: value))
    }
}
