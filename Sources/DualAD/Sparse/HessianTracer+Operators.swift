// HessianTracer's operators: each reads the rule table through `evaluate`, declared on the
// type itself (concrete operators type-check faster in user code, see
// `Scalar/DifferentiableScalar.swift`). `+=` and `-=` update the sets in place, so a running
// sum `s += term` appends its new inputs and pairs instead of copying the whole sets.

extension HessianTracer {
    /// Whether the values are equal; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func == (lhs: HessianTracer, rhs: HessianTracer) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func < (lhs: HessianTracer, rhs: HessianTracer) -> Bool { lhs.value < rhs.value }

    /// The sum; depends on both operands' inputs.
    /// - Complexity: One operation on the value, O(|lhs| + |rhs|) on the sets.
    @inlinable @inline(__always)
    public static func + (lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.add, lhs, rhs) }

    /// The difference; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func - (lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.subtract, lhs, rhs) }

    /// The product; couples every input of one operand with every input of the other.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func * (lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.multiply, lhs, rhs) }

    /// The quotient; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func / (lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.divide, lhs, rhs) }

    /// The negation; the operand's inputs.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: HessianTracer) -> HessianTracer { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: One operation on the value; O(|rhs|) when rhs's inputs and pairs come after lhs's.
    @inlinable @inline(__always)
    public static func += (lhs: inout HessianTracer, rhs: HessianTracer) {
        lhs.value += rhs.value
        lhs.inputs.formUnion(rhs.inputs)
        lhs.pairs.formUnion(rhs.pairs)
    }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    public static func -= (lhs: inout HessianTracer, rhs: HessianTracer) {
        lhs.value -= rhs.value
        lhs.inputs.formUnion(rhs.inputs)
        lhs.pairs.formUnion(rhs.pairs)
    }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    public static func *= (lhs: inout HessianTracer, rhs: HessianTracer) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    public static func /= (lhs: inout HessianTracer, rhs: HessianTracer) { lhs = lhs / rhs }
}
