// Concrete operators for the dual types that user closures are written in: `Dual<Double>`,
// `Dual<Float>` and `Dual<Dual<Double>>`. They compute exactly what the generic operators of
// `Dual+Operators.swift` and `DifferentiableScalar+MixedOperators.swift` compute (each is the
// same call of `evaluate`); they exist for the type checker.
//
// Why: Dual's generic operators (`<T> (Dual<T>, Dual<T>) -> Dual<T>`) sit beside the
// standard library's protocol requirements `Numeric.*`, `AdditiveArithmetic.+` and
// `FloatingPoint.*`, which `Dual<Double>` also satisfies, and the solver cannot tell the three
// generic candidates apart, so a chain of n operators explores about 3ⁿ combinations. A
// non-generic operator whose parameter types match is tried first, and once it succeeds the
// solver skips the generic candidates, as it does for `Double`'s own operators. Measured with
// `-debug-time-expression-type-checking` (Swift 6.3.1), `3 * x * x - 2 * x * y + 0.5 * y * y +
// 4 * x - 1.5 * x * y` on `Dual<Double>` values: 6057 ms without these, 24 ms with them
// (`Sources/DualAD/DualAD.docc/TypeChecking.md` has the table).
//
// The mixed forms take the innermost primal type (`Double`, `Float`): captured data combines
// with a dual at any nesting depth (`k * x[0]` inside a `hessian` closure). Unlike the generic
// mixed operators they are not `@_disfavoredOverload`: each disfavoured choice adds to a
// solution's score, so a closure using two captured constants scored worse than the path
// through the (disfavoured) generic driver, which the solver then explored in full —
// `derivative(at: 2.0) { x in k * x * x + x * x - k }` took 1036 ms with them disfavoured and
// 6.5 ms without. Plain `Double` code is unaffected (`a * 2 + 1` with `a: Double` stays a
// `Double`; checked in `NaturalCode/`), because these apply only where an operand is a dual.


// MARK: - Dual<Double>

extension Dual where T == Double {
    /// The sum of two `Dual<Double>` values (see the generic `+`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual<Double>, rhs: Dual<Double>) -> Dual<Double> { evaluate(.add, lhs, rhs) }

    /// The difference of two `Dual<Double>` values (see the generic `-`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual<Double>, rhs: Dual<Double>) -> Dual<Double> { evaluate(.subtract, lhs, rhs) }

    /// The product of two `Dual<Double>` values (see the generic `*`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual<Double>, rhs: Dual<Double>) -> Dual<Double> { evaluate(.multiply, lhs, rhs) }

    /// The quotient of two `Dual<Double>` values (see the generic `/`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual<Double>, rhs: Dual<Double>) -> Dual<Double> { evaluate(.divide, lhs, rhs) }

    /// The negation of a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: Dual<Double>) -> Dual<Double> { evaluate(.negate, operand) }

    /// The sum, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func += (lhs: inout Dual<Double>, rhs: Dual<Double>) { lhs = evaluate(.add, lhs, rhs) }

    /// The difference, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func -= (lhs: inout Dual<Double>, rhs: Dual<Double>) { lhs = evaluate(.subtract, lhs, rhs) }

    /// The product, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func *= (lhs: inout Dual<Double>, rhs: Dual<Double>) { lhs = evaluate(.multiply, lhs, rhs) }

    /// The quotient, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func /= (lhs: inout Dual<Double>, rhs: Dual<Double>) { lhs = evaluate(.divide, lhs, rhs) }

    /// The sum of a `Dual<Double>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual<Double>, rhs: Double) -> Dual<Double> { evaluate(.add, lhs, Dual<Double>(rhs)) }

    /// The sum of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.add, Dual<Double>(lhs), rhs) }

    /// The difference of a `Dual<Double>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual<Double>, rhs: Double) -> Dual<Double> { evaluate(.subtract, lhs, Dual<Double>(rhs)) }

    /// The difference of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.subtract, Dual<Double>(lhs), rhs) }

    /// The product of a `Dual<Double>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual<Double>, rhs: Double) -> Dual<Double> { evaluate(.multiply, lhs, Dual<Double>(rhs)) }

    /// The product of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.multiply, Dual<Double>(lhs), rhs) }

    /// The quotient of a `Dual<Double>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual<Double>, rhs: Double) -> Dual<Double> { evaluate(.divide, lhs, Dual<Double>(rhs)) }

    /// The quotient of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.divide, Dual<Double>(lhs), rhs) }
}

// MARK: - Dual<Float>

extension Dual where T == Float {
    /// The sum of two `Dual<Float>` values (see the generic `+`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual<Float>, rhs: Dual<Float>) -> Dual<Float> { evaluate(.add, lhs, rhs) }

    /// The difference of two `Dual<Float>` values (see the generic `-`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual<Float>, rhs: Dual<Float>) -> Dual<Float> { evaluate(.subtract, lhs, rhs) }

    /// The product of two `Dual<Float>` values (see the generic `*`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual<Float>, rhs: Dual<Float>) -> Dual<Float> { evaluate(.multiply, lhs, rhs) }

    /// The quotient of two `Dual<Float>` values (see the generic `/`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual<Float>, rhs: Dual<Float>) -> Dual<Float> { evaluate(.divide, lhs, rhs) }

    /// The negation of a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: Dual<Float>) -> Dual<Float> { evaluate(.negate, operand) }

    /// The sum, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func += (lhs: inout Dual<Float>, rhs: Dual<Float>) { lhs = evaluate(.add, lhs, rhs) }

    /// The difference, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func -= (lhs: inout Dual<Float>, rhs: Dual<Float>) { lhs = evaluate(.subtract, lhs, rhs) }

    /// The product, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func *= (lhs: inout Dual<Float>, rhs: Dual<Float>) { lhs = evaluate(.multiply, lhs, rhs) }

    /// The quotient, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func /= (lhs: inout Dual<Float>, rhs: Dual<Float>) { lhs = evaluate(.divide, lhs, rhs) }

    /// The sum of a `Dual<Float>` value and a `Float` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual<Float>, rhs: Float) -> Dual<Float> { evaluate(.add, lhs, Dual<Float>(rhs)) }

    /// The sum of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.add, Dual<Float>(lhs), rhs) }

    /// The difference of a `Dual<Float>` value and a `Float` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual<Float>, rhs: Float) -> Dual<Float> { evaluate(.subtract, lhs, Dual<Float>(rhs)) }

    /// The difference of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.subtract, Dual<Float>(lhs), rhs) }

    /// The product of a `Dual<Float>` value and a `Float` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual<Float>, rhs: Float) -> Dual<Float> { evaluate(.multiply, lhs, Dual<Float>(rhs)) }

    /// The product of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.multiply, Dual<Float>(lhs), rhs) }

    /// The quotient of a `Dual<Float>` value and a `Float` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual<Float>, rhs: Float) -> Dual<Float> { evaluate(.divide, lhs, Dual<Float>(rhs)) }

    /// The quotient of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.divide, Dual<Float>(lhs), rhs) }
}

// MARK: - Dual<Dual<Double>>

extension Dual where T == Dual<Double> {
    /// The sum of two `Dual<Dual<Double>>` values (see the generic `+`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.add, lhs, rhs) }

    /// The difference of two `Dual<Dual<Double>>` values (see the generic `-`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.subtract, lhs, rhs) }

    /// The product of two `Dual<Dual<Double>>` values (see the generic `*`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.multiply, lhs, rhs) }

    /// The quotient of two `Dual<Dual<Double>>` values (see the generic `/`).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.divide, lhs, rhs) }

    /// The negation of a `Dual<Dual<Double>>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static prefix func - (operand: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.negate, operand) }

    /// The sum, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func += (lhs: inout Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) { lhs = evaluate(.add, lhs, rhs) }

    /// The difference, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func -= (lhs: inout Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) { lhs = evaluate(.subtract, lhs, rhs) }

    /// The product, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func *= (lhs: inout Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) { lhs = evaluate(.multiply, lhs, rhs) }

    /// The quotient, in place.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func /= (lhs: inout Dual<Dual<Double>>, rhs: Dual<Dual<Double>>) { lhs = evaluate(.divide, lhs, rhs) }

    /// The sum of a `Dual<Dual<Double>>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual<Dual<Double>>, rhs: Double) -> Dual<Dual<Double>> { evaluate(.add, lhs, Dual<Dual<Double>>(Dual<Double>(rhs))) }

    /// The sum of a `Double` constant and a `Dual<Dual<Double>>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.add, Dual<Dual<Double>>(Dual<Double>(lhs)), rhs) }

    /// The difference of a `Dual<Dual<Double>>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual<Dual<Double>>, rhs: Double) -> Dual<Dual<Double>> { evaluate(.subtract, lhs, Dual<Dual<Double>>(Dual<Double>(rhs))) }

    /// The difference of a `Double` constant and a `Dual<Dual<Double>>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.subtract, Dual<Dual<Double>>(Dual<Double>(lhs)), rhs) }

    /// The product of a `Dual<Dual<Double>>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual<Dual<Double>>, rhs: Double) -> Dual<Dual<Double>> { evaluate(.multiply, lhs, Dual<Dual<Double>>(Dual<Double>(rhs))) }

    /// The product of a `Double` constant and a `Dual<Dual<Double>>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.multiply, Dual<Dual<Double>>(Dual<Double>(lhs)), rhs) }

    /// The quotient of a `Dual<Dual<Double>>` value and a `Double` constant.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual<Dual<Double>>, rhs: Double) -> Dual<Dual<Double>> { evaluate(.divide, lhs, Dual<Dual<Double>>(Dual<Double>(rhs))) }

    /// The quotient of a `Double` constant and a `Dual<Dual<Double>>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.divide, Dual<Dual<Double>>(Dual<Double>(lhs)), rhs) }
}
