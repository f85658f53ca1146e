// SparsityTracer's arithmetic: the value from the primal type and the union of the inputs.
// Declared under other names (`_add`, …) with `@_implements`, so that they witness the
// protocols' `+ - * /` without joining the operator overloads every expression in user code
// is checked against (see `Scalar/DifferentiableScalar.swift`). The compound forms update the set in place, so a
// running sum `s += term` appends its new inputs instead of copying the whole set.

extension SparsityTracer {
    /// Whether the values are equal; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    @_implements(Equatable, ==(_:_:))
    public static func _equals(lhs: SparsityTracer, rhs: SparsityTracer) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    @_implements(Comparable, <(_:_:))
    public static func _lessThan(lhs: SparsityTracer, rhs: SparsityTracer) -> Bool { lhs.value < rhs.value }

    /// The sum; depends on both operands' inputs.
    /// - Complexity: One operation on the value, O(|lhs| + |rhs|) on the sets.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, +(_:_:))
    public static func _add(lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.add, lhs, rhs) }

    /// The difference; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, -(_:_:))
    public static func _subtract(lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.subtract, lhs, rhs) }

    /// The product; depends on both operands' inputs, even where one of them is zero.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(Numeric, *(_:_:))
    public static func _multiply(lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.multiply, lhs, rhs) }

    /// The quotient; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(ADScalar, /(_:_:))
    public static func _divide(lhs: SparsityTracer, rhs: SparsityTracer) -> SparsityTracer { evaluate(.divide, lhs, rhs) }

    /// The negation; the operand's inputs.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: SparsityTracer) -> SparsityTracer { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: One operation on the value; O(|rhs|) when rhs's inputs come after lhs's.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, +=(_:_:))
    public static func _addInPlace(lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value += rhs.value
        lhs.run = combinedRun(lhs.run, rhs.run, call: "SparsityTracer")
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, -=(_:_:))
    public static func _subtractInPlace(lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value -= rhs.value
        lhs.run = combinedRun(lhs.run, rhs.run, call: "SparsityTracer")
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    @_implements(Numeric, *=(_:_:))
    public static func _multiplyInPlace(lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value *= rhs.value
        lhs.run = combinedRun(lhs.run, rhs.run, call: "SparsityTracer")
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    @_implements(ADScalar, /=(_:_:))
    public static func _divideInPlace(lhs: inout SparsityTracer, rhs: SparsityTracer) {
        lhs.value /= rhs.value
        lhs.run = combinedRun(lhs.run, rhs.run, call: "SparsityTracer")
        lhs.inputs.formUnion(rhs.inputs)
    }
}

// FloatingPoint restates the arithmetic as requirements of its own; these answer them with the
// functions above (under other names, so that user code's operator lookup never sees them).
extension SparsityTracer where T: FloatingPoint {
    /// FloatingPoint's `+`: `_add(lhs:rhs:)`.
    /// - Complexity: As `+`.
    @inlinable @inline(__always) @_implements(FloatingPoint, +(_:_:))
    public static func _floatingPointAdd(lhs: Self, rhs: Self) -> Self { _add(lhs: lhs, rhs: rhs) }
    /// FloatingPoint's `-`: `_subtract(lhs:rhs:)`.
    /// - Complexity: As `-`.
    @inlinable @inline(__always) @_implements(FloatingPoint, -(_:_:))
    public static func _floatingPointSubtract(lhs: Self, rhs: Self) -> Self { _subtract(lhs: lhs, rhs: rhs) }
    /// FloatingPoint's `*`: `_multiply(lhs:rhs:)`.
    /// - Complexity: As `*`.
    @inlinable @inline(__always) @_implements(FloatingPoint, *(_:_:))
    public static func _floatingPointMultiply(lhs: Self, rhs: Self) -> Self { _multiply(lhs: lhs, rhs: rhs) }
    /// FloatingPoint's `/`: `_divide(lhs:rhs:)`.
    /// - Complexity: As `/`.
    @inlinable @inline(__always) @_implements(FloatingPoint, /(_:_:))
    public static func _floatingPointDivide(lhs: Self, rhs: Self) -> Self { _divide(lhs: lhs, rhs: rhs) }
    /// FloatingPoint's `+=`.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always) @_implements(FloatingPoint, +=(_:_:))
    public static func _floatingPointAddInPlace(lhs: inout Self, rhs: Self) { _addInPlace(lhs: &lhs, rhs: rhs) }
    /// FloatingPoint's `-=`.
    /// - Complexity: As `-=`.
    @inlinable @inline(__always) @_implements(FloatingPoint, -=(_:_:))
    public static func _floatingPointSubtractInPlace(lhs: inout Self, rhs: Self) { _subtractInPlace(lhs: &lhs, rhs: rhs) }
    /// FloatingPoint's `*=`.
    /// - Complexity: As `*=`.
    @inlinable @inline(__always) @_implements(FloatingPoint, *=(_:_:))
    public static func _floatingPointMultiplyInPlace(lhs: inout Self, rhs: Self) { _multiplyInPlace(lhs: &lhs, rhs: rhs) }
    /// FloatingPoint's `/=`.
    /// - Complexity: As `/=`.
    @inlinable @inline(__always) @_implements(FloatingPoint, /=(_:_:))
    public static func _floatingPointDivideInPlace(lhs: inout Self, rhs: Self) { _divideInPlace(lhs: &lhs, rhs: rhs) }
}
