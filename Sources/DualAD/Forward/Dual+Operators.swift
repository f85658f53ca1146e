// Dual's operators: each reads the rule table through `evaluate` (`Forward/Dual+ADScalar.swift`: one tangent). They are
// declared on the type itself, not as defaults of `DifferentiableScalar`, because concrete
// operators type-check several times faster in user code (see `Scalar/DifferentiableScalar.swift`).

extension Dual {
    /// Whether the values are equal; tangents are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func == (lhs: Dual, rhs: Dual) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; tangents are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func < (lhs: Dual, rhs: Dual) -> Bool { lhs.value < rhs.value }

    /// The sum, with partials (1, 1) from the rule table.
    /// - Complexity: One operation on the value and one on the tangent.
    @inlinable @inline(__always)
    public static func + (lhs: Dual, rhs: Dual) -> Dual { evaluate(.add, lhs, rhs) }

    /// The difference, with partials (1, −1) from the rule table.
    /// - Complexity: One operation on the value and one on the tangent.
    @inlinable @inline(__always)
    public static func - (lhs: Dual, rhs: Dual) -> Dual { evaluate(.subtract, lhs, rhs) }

    /// The product, with partials (y, x) from the rule table: both terms are computed (a plain
    /// `T` constant, `c * x`, takes the mixed operator and adds no term).
    /// - Complexity: One operation on the value, three on the tangent.
    @inlinable @inline(__always)
    public static func * (lhs: Dual, rhs: Dual) -> Dual { evaluate(.multiply, lhs, rhs) }

    /// The quotient, with partials (1/y, −(x/y)/y) from the rule table.
    /// - Complexity: One operation on the value, up to two on the tangent.
    @inlinable @inline(__always)
    public static func / (lhs: Dual, rhs: Dual) -> Dual { evaluate(.divide, lhs, rhs) }

    /// The negation, with partial −1 from the rule table.
    /// - Complexity: One operation on the value and one on the tangent.
    @inlinable @inline(__always)
    public static prefix func - (operand: Dual) -> Dual { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func += (lhs: inout Dual, rhs: Dual) { lhs = lhs + rhs }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `-`.
    @inlinable @inline(__always)
    public static func -= (lhs: inout Dual, rhs: Dual) { lhs = lhs - rhs }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `*`.
    @inlinable @inline(__always)
    public static func *= (lhs: inout Dual, rhs: Dual) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `/`.
    @inlinable @inline(__always)
    public static func /= (lhs: inout Dual, rhs: Dual) { lhs = lhs / rhs }
}
