// ChunkedDual's operators: each reads the rule table through `evaluate` (`Forward/ChunkedDual+ADScalar.swift`: N tangents, skipped for an operand without them). They are
// declared on the type itself, not as defaults of `DifferentiableScalar`, because concrete
// operators type-check several times faster in user code (see `Scalar/DifferentiableScalar.swift`).

extension ChunkedDual {
    /// Whether the values are equal; tangents are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func == (lhs: ChunkedDual, rhs: ChunkedDual) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; tangents are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func < (lhs: ChunkedDual, rhs: ChunkedDual) -> Bool { lhs.value < rhs.value }

    /// The sum, with partials (1, 1) from the rule table.
    /// - Complexity: One operation on the value and N on the tangents.
    @inlinable @inline(__always)
    public static func + (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.add, lhs, rhs) }

    /// The difference, with partials (1, −1) from the rule table.
    /// - Complexity: One operation on the value and N on the tangents.
    @inlinable @inline(__always)
    public static func - (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.subtract, lhs, rhs) }

    /// The product, with partials (y, x) from the rule table; a constant factor adds no term.
    /// - Complexity: One operation on the value, up to 2N on the tangents.
    @inlinable @inline(__always)
    public static func * (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.multiply, lhs, rhs) }

    /// The quotient, with partials (1/y, −(x/y)/y) from the rule table.
    /// - Complexity: One operation on the value, up to 2N on the tangents.
    @inlinable @inline(__always)
    public static func / (lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.divide, lhs, rhs) }

    /// The negation, with partial −1 from the rule table.
    /// - Complexity: One operation on the value and N on the tangents.
    @inlinable @inline(__always)
    public static prefix func - (operand: ChunkedDual) -> ChunkedDual { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func += (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs + rhs }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `-`.
    @inlinable @inline(__always)
    public static func -= (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs - rhs }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `*`.
    @inlinable @inline(__always)
    public static func *= (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `/`.
    @inlinable @inline(__always)
    public static func /= (lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs / rhs }
}
