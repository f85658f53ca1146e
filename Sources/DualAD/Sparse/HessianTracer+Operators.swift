// HessianTracer's arithmetic: each reads the rule table through `evaluate`. Declared under
// other names (`_add`, …) with `@_implements`, so that they witness the protocols' `+ - * /`
// without joining the operator overloads user code is checked against (see
// `Scalar/DifferentiableScalar.swift`). `+=` and `-=` update the sets in place, so a running
// sum `s += term` appends its new inputs instead of copying the whole set.

extension HessianTracer {
    /// Whether the values are equal; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    @_implements(Equatable, ==(_:_:))
    public static func _equals(lhs: HessianTracer, rhs: HessianTracer) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; the inputs are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    @_implements(Comparable, <(_:_:))
    public static func _lessThan(lhs: HessianTracer, rhs: HessianTracer) -> Bool { lhs.value < rhs.value }

    /// The sum; depends on both operands' inputs.
    /// - Complexity: One operation on the value, O(|lhs| + |rhs|) on the sets.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, +(_:_:))
    public static func _add(lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.add, lhs, rhs) }

    /// The difference; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, -(_:_:))
    public static func _subtract(lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.subtract, lhs, rhs) }

    /// The product; couples every input of one operand with every input of the other.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(Numeric, *(_:_:))
    public static func _multiply(lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.multiply, lhs, rhs) }

    /// The quotient; depends on both operands' inputs.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(ADScalar, /(_:_:))
    public static func _divide(lhs: HessianTracer, rhs: HessianTracer) -> HessianTracer { evaluate(.divide, lhs, rhs) }

    /// The negation; the operand's inputs.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: HessianTracer) -> HessianTracer { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: One operation on the value; O(|rhs|) when rhs's inputs come after lhs's.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, +=(_:_:))
    public static func _addInPlace(lhs: inout HessianTracer, rhs: HessianTracer) {
        lhs.value += rhs.value
        lhs.run = combinedRun(lhs.run, rhs.run, call: "HessianTracer")
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, -=(_:_:))
    public static func _subtractInPlace(lhs: inout HessianTracer, rhs: HessianTracer) {
        lhs.value -= rhs.value
        lhs.run = combinedRun(lhs.run, rhs.run, call: "HessianTracer")
        lhs.inputs.formUnion(rhs.inputs)
    }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    @_implements(Numeric, *=(_:_:))
    public static func _multiplyInPlace(lhs: inout HessianTracer, rhs: HessianTracer) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `+=`.
    @inlinable @inline(__always)
    @_implements(ADScalar, /=(_:_:))
    public static func _divideInPlace(lhs: inout HessianTracer, rhs: HessianTracer) { lhs = lhs / rhs }
}

// FloatingPoint restates the arithmetic as requirements of its own; these answer them with the
// functions above (under other names, so that user code's operator lookup never sees them).
extension HessianTracer where T: FloatingPoint {
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
