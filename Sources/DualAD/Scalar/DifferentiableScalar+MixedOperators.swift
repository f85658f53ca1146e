// Arithmetic and comparison between a differentiable scalar and a plain value of its primal
// type: captured data and constants (`k * x`, `p[1] * ts[i]`, `r - ys[i]`, `x[0] < limit`)
// combine with duals without wrapping. The plain value is a constant — `x * c` is exactly
// `x * Self(c)`, which the rule table's zero-tangent skip turns into c·ẋ.
//
// Every one is `@_disfavoredOverload`: in code generic over `S: ADScalar`, an unmarked
// `Dual<T> + T` would let `x * x + 1.0` become a `Dual<S>` (the literal read as a dual) and
// make the same-type operators ambiguous; disfavoured, they are chosen only when the
// same-type operators cannot apply, which is exactly when one operand is a plain value.

extension DifferentiableScalar {
    /// The sum of a differentiable value and a constant.
    /// - Complexity: As `+` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func + (lhs: Self, rhs: Primal) -> Self { evaluate(.add, lhs, Self(rhs)) }

    /// The sum of a constant and a differentiable value.
    /// - Complexity: As `+` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func + (lhs: Primal, rhs: Self) -> Self { evaluate(.add, Self(lhs), rhs) }

    /// The difference of a differentiable value and a constant.
    /// - Complexity: As `-` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func - (lhs: Self, rhs: Primal) -> Self { evaluate(.subtract, lhs, Self(rhs)) }

    /// The difference of a constant and a differentiable value.
    /// - Complexity: As `-` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func - (lhs: Primal, rhs: Self) -> Self { evaluate(.subtract, Self(lhs), rhs) }

    /// The product of a differentiable value and a constant: c·ẋ, no term from c.
    /// - Complexity: As `*` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func * (lhs: Self, rhs: Primal) -> Self { evaluate(.multiply, lhs, Self(rhs)) }

    /// The product of a constant and a differentiable value: c·ẋ, no term from c.
    /// - Complexity: As `*` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func * (lhs: Primal, rhs: Self) -> Self { evaluate(.multiply, Self(lhs), rhs) }

    /// The quotient of a differentiable value and a constant.
    /// - Complexity: As `/` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func / (lhs: Self, rhs: Primal) -> Self { evaluate(.divide, lhs, Self(rhs)) }

    /// The quotient of a constant and a differentiable value.
    /// - Complexity: As `/` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func / (lhs: Primal, rhs: Self) -> Self { evaluate(.divide, Self(lhs), rhs) }

    /// Adds a constant in place.
    /// - Complexity: As `+`.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func += (lhs: inout Self, rhs: Primal) { lhs = lhs + rhs }

    /// Subtracts a constant in place.
    /// - Complexity: As `-`.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func -= (lhs: inout Self, rhs: Primal) { lhs = lhs - rhs }

    /// Multiplies by a constant in place.
    /// - Complexity: As `*`.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func *= (lhs: inout Self, rhs: Primal) { lhs = lhs * rhs }

    /// Divides by a constant in place.
    /// - Complexity: As `/`.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func /= (lhs: inout Self, rhs: Primal) { lhs = lhs / rhs }

    /// Whether the value equals the constant.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func == (lhs: Self, rhs: Primal) -> Bool { lhs.value == rhs }

    /// Whether the constant equals the value.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func == (lhs: Primal, rhs: Self) -> Bool { lhs == rhs.value }

    /// Whether the value differs from the constant.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func != (lhs: Self, rhs: Primal) -> Bool { lhs.value != rhs }

    /// Whether the constant differs from the value.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func != (lhs: Primal, rhs: Self) -> Bool { lhs != rhs.value }

    /// Whether the value is less than the constant.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func < (lhs: Self, rhs: Primal) -> Bool { lhs.value < rhs }

    /// Whether the constant is less than the value.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func < (lhs: Primal, rhs: Self) -> Bool { lhs < rhs.value }

    /// Whether the value is at most the constant.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func <= (lhs: Self, rhs: Primal) -> Bool { lhs.value <= rhs }

    /// Whether the constant is at most the value.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func <= (lhs: Primal, rhs: Self) -> Bool { lhs <= rhs.value }

    /// Whether the value is greater than the constant.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func > (lhs: Self, rhs: Primal) -> Bool { lhs.value > rhs }

    /// Whether the constant is greater than the value.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func > (lhs: Primal, rhs: Self) -> Bool { lhs > rhs.value }

    /// Whether the value is at least the constant.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func >= (lhs: Self, rhs: Primal) -> Bool { lhs.value >= rhs }

    /// Whether the constant is at least the value.
    /// - Complexity: O(1).
    @_disfavoredOverload @inlinable @inline(__always)
    public static func >= (lhs: Primal, rhs: Self) -> Bool { lhs >= rhs.value }
}
