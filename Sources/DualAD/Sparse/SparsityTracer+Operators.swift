// SparsityTracer's operators: the value from the primal type and the union of the inputs,
// declared on the type itself (concrete operators type-check faster in user code, see
// `Scalar/DifferentiableScalar.swift`). The compound forms update the set in place, so a
// running sum `s += term` appends its new inputs instead of copying the whole set.

extension SparsityTracer {
    /// Whether the values are equal; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func == (lhs: SparsityTracer, rhs: SparsityTracer) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func < (lhs: SparsityTracer, rhs: SparsityTracer) -> Bool { lhs.value < rhs.value }

    /// The sum; depends on both operands' inputs.
    /// - Complexity: One operation on the value, O(|lhs| + |rhs|) on the sets.
    @inlinable @inline(__always)
    public static func + (lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.add, lhs, rhs) }

    /// The difference; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func - (lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.subtract, lhs, rhs) }

    /// The product; depends on both operands' inputs, even where one of them is zero.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func * (lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.multiply, lhs, rhs) }

    /// The quotient; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func / (lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.divide, lhs, rhs) }

    /// The negation; the operand's inputs.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: SparsityTracer) -> SparsityTracer { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: One operation on the value; O(|rhs|) when rhs's inputs come after lhs's.
    @inlinable @inline(__always)
    public static func += (lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value += rhs.value
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    public static func -= (lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value -= rhs.value
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    public static func *= (lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value *= rhs.value
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    public static func /= (lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value /= rhs.value
        lhs.inputs.formUnion(rhs.inputs)
    }
}
