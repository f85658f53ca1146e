// ChunkedDual's arithmetic: each reads the rule table through `evaluate` (`Forward/ChunkedDual+ADScalar.swift`:
// N tangents, skipped for an operand without them). User code reaches it only through generic
// code (`S: ADScalar`), so it is declared under other names (`_add`, …) with `@_implements`: it
// witnesses the protocols' `+ - * /` without joining the operator overloads user code is
// checked against (see `Scalar/DifferentiableScalar.swift`).

extension ChunkedDual {
    /// Whether the values are equal; tangents are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    @_implements(Equatable, ==(_:_:))
    public static func _equals(lhs: ChunkedDual, rhs: ChunkedDual) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; tangents are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    @_implements(Comparable, <(_:_:))
    public static func _lessThan(lhs: ChunkedDual, rhs: ChunkedDual) -> Bool { lhs.value < rhs.value }

    /// The sum, with partials (1, 1) from the rule table.
    /// - Complexity: One operation on the value and N on the tangents.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, +(_:_:))
    public static func _add(lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.add, lhs, rhs) }

    /// The difference, with partials (1, −1) from the rule table.
    /// - Complexity: One operation on the value and N on the tangents.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, -(_:_:))
    public static func _subtract(lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.subtract, lhs, rhs) }

    /// The product, with partials (y, x) from the rule table; a constant factor adds no term.
    /// - Complexity: One operation on the value, up to 2N on the tangents.
    @inlinable @inline(__always)
    @_implements(Numeric, *(_:_:))
    public static func _multiply(lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.multiply, lhs, rhs) }

    /// The quotient, with partials (1/y, −(x/y)/y) from the rule table.
    /// - Complexity: One operation on the value, up to 2N on the tangents.
    @inlinable @inline(__always)
    @_implements(ADScalar, /(_:_:))
    public static func _divide(lhs: ChunkedDual, rhs: ChunkedDual) -> ChunkedDual { evaluate(.divide, lhs, rhs) }

    /// The negation, with partial −1 from the rule table.
    /// - Complexity: One operation on the value and N on the tangents.
    @inlinable @inline(__always)
    public static prefix func - (operand: ChunkedDual) -> ChunkedDual { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, +=(_:_:))
    public static func _addInPlace(lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs + rhs }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `-`.
    @inlinable @inline(__always)
    @_implements(AdditiveArithmetic, -=(_:_:))
    public static func _subtractInPlace(lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs - rhs }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `*`.
    @inlinable @inline(__always)
    @_implements(Numeric, *=(_:_:))
    public static func _multiplyInPlace(lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `/`.
    @inlinable @inline(__always)
    @_implements(ADScalar, /=(_:_:))
    public static func _divideInPlace(lhs: inout ChunkedDual, rhs: ChunkedDual) { lhs = lhs / rhs }
}

// FloatingPoint restates the arithmetic as requirements of its own; these answer them with the
// functions above (under other names, so that user code's operator lookup never sees them).
extension ChunkedDual where T: FloatingPoint {
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
