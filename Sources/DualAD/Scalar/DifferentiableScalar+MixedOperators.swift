// Arithmetic and comparison between a differentiable scalar and a plain value of its primal
// type: captured data and constants (`k * x`, `p[1] * ts[i]`, `r - ys[i]`, `x[0] < limit`)
// combine with duals without wrapping. The plain value is a constant — `x * c` reads the
// rule table's partial in x only (`evaluate(_:_:constant:)`), so c contributes no term: c·ẋ.
// One level down, `(Self, Primal.Primal)` lets a `Double` meet a `Dual<Dual<Double>>` (a `hessian` closure).
//
// Which forms are favoured, and why (each measured with `-debug-time-expression-type-checking`,
// Swift 6.3.1; the shapes are in `Tests/TypeCheckShapes/`):
// - `x ⊕ c` (a constant on the right) is generic here and NOT disfavoured. A concrete
//   `(Dual<Double>, Double) -> Dual<Double>` would fit the standard library's
//   `(Result, Element) -> Result` and make `[Double]`'s `.reduce(0, +)` ambiguous in every file
//   that imports DualAD; the generic `(Self, Primal) -> Self` cannot, because `Self` is not
//   inferable from `Primal`. Disfavoured, it made each use add to a solution's score, so a
//   closure with captured constants scored no better than the (disfavoured) generic closure
//   driver, which the solver then explored in full: `derivative(at: 2.0) { x in k * x * x +
//   x * x - k }` took 1036 ms disfavoured, 8 ms as here.
// - `c ⊕ x` (a constant on the left), the compound forms and the comparisons are disfavoured
//   here: favoured, every extra generic candidate slowed code generic over `S: ADScalar`
//   (`LongUserFunction.swift`: 249 ms with all 24 favoured, 124 ms with these 4). The dual
//   types of user closures get concrete, favoured left forms instead
//   (`Forward/Dual+ConcreteOperators.swift`): `(Double, Dual<Double>) -> Dual<Double>` cannot
//   fit `(Result, Element) -> Result`, its result differing from its left operand.
// - In code generic over `S: ADScalar` none of them apply (S is not a `DifferentiableScalar`),
//   so `x * x + 1.0` stays an `S`; a `T ⊕ Dual<T>` declared on `Dual` itself would not.
//   Plain `Double` code keeps its meaning: `NaturalCode/CapturedDataTests.testPlainDoubleArithmeticStaysDouble`.

extension DifferentiableScalar {
    /// The sum of a differentiable value and a constant.
    /// - Complexity: As `+` with a constant operand.
    @inlinable @inline(__always)
    public static func + (lhs: Self, rhs: Primal) -> Self { evaluate(.add, lhs, constant: rhs) }

    /// The sum of a constant and a differentiable value.
    /// - Complexity: As `+` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func + (lhs: Primal, rhs: Self) -> Self { evaluate(.add, constant: lhs, rhs) }

    /// The difference of a differentiable value and a constant.
    /// - Complexity: As `-` with a constant operand.
    @inlinable @inline(__always)
    public static func - (lhs: Self, rhs: Primal) -> Self { evaluate(.subtract, lhs, constant: rhs) }

    /// The difference of a constant and a differentiable value.
    /// - Complexity: As `-` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func - (lhs: Primal, rhs: Self) -> Self { evaluate(.subtract, constant: lhs, rhs) }

    /// The product of a differentiable value and a constant: c·ẋ, no term from c.
    /// - Complexity: As `*` with a constant operand.
    @inlinable @inline(__always)
    public static func * (lhs: Self, rhs: Primal) -> Self { evaluate(.multiply, lhs, constant: rhs) }

    /// The product of a constant and a differentiable value: c·ẋ, no term from c.
    /// - Complexity: As `*` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func * (lhs: Primal, rhs: Self) -> Self { evaluate(.multiply, constant: lhs, rhs) }

    /// The quotient of a differentiable value and a constant.
    /// - Complexity: As `/` with a constant operand.
    @inlinable @inline(__always)
    public static func / (lhs: Self, rhs: Primal) -> Self { evaluate(.divide, lhs, constant: rhs) }

    /// The quotient of a constant and a differentiable value.
    /// - Complexity: As `/` with a constant operand.
    @_disfavoredOverload @inlinable @inline(__always)
    public static func / (lhs: Primal, rhs: Self) -> Self { evaluate(.divide, constant: lhs, rhs) }

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
