// Tracked's operators: each reads the rule table through `evaluate` (`Reverse/Tracked+ADScalar.swift`: recorded on the tape). They are
// declared on the type itself, not as defaults of `DifferentiableScalar`, because concrete
// operators type-check several times faster in user code (see `Scalar/DifferentiableScalar.swift`).

extension Tracked {
    /// Whether the values are equal; recordings are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func == (lhs: Tracked, rhs: Tracked) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; recordings are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func < (lhs: Tracked, rhs: Tracked) -> Bool { lhs.value < rhs.value }

    /// The sum, with partials (1, 1) from the rule table.
    /// - Complexity: One operation on the value; at most one amortized O(1) tape append.
    @inlinable @inline(__always)
    public static func + (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.add, lhs, rhs) }

    /// The difference, with partials (1, −1) from the rule table.
    /// - Complexity: One operation on the value; at most one amortized O(1) tape append.
    @inlinable @inline(__always)
    public static func - (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.subtract, lhs, rhs) }

    /// The product, with partials (y, x) from the rule table; a constant factor adds no term.
    /// - Complexity: One operation on the value and its partials; at most one amortized O(1) tape append.
    @inlinable @inline(__always)
    public static func * (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.multiply, lhs, rhs) }

    /// The quotient, with partials (1/y, −(x/y)/y) from the rule table.
    /// - Complexity: One operation on the value and its partials; at most one amortized O(1) tape append.
    @inlinable @inline(__always)
    public static func / (lhs: Tracked, rhs: Tracked) -> Tracked { evaluate(.divide, lhs, rhs) }

    /// The negation, with partial −1 from the rule table.
    /// - Complexity: One operation on the value; at most one amortized O(1) tape append.
    @inlinable @inline(__always)
    public static prefix func - (operand: Tracked) -> Tracked { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func += (lhs: inout Tracked, rhs: Tracked) { lhs = lhs + rhs }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `-`.
    @inlinable @inline(__always)
    public static func -= (lhs: inout Tracked, rhs: Tracked) { lhs = lhs - rhs }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `*`.
    @inlinable @inline(__always)
    public static func *= (lhs: inout Tracked, rhs: Tracked) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `/`.
    @inlinable @inline(__always)
    public static func /= (lhs: inout Tracked, rhs: Tracked) { lhs = lhs / rhs }
}
