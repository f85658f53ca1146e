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
// With plain constants: a constant on the right (`x - ys[i]`) is written once, generically, in
// `Scalar/DifferentiableScalar+MixedOperators.swift`; a constant on the left (`k * x`) has the
// concrete forms below, favoured (they cannot fit `(Result, Element) -> Result`, so they do
// not disturb `[Double].reduce(0, +)`); and a `Double` on the right of a `Dual<Dual<Double>>`
// (inside a `hessian` closure) has the generic `(Dual, T.Primal)` forms at the end of this
// file, generic in T for the same reason as the protocol's.

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

    /// The sum of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.add, constant: lhs, rhs) }

    /// The difference of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.subtract, constant: lhs, rhs) }

    /// The product of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.multiply, constant: lhs, rhs) }

    /// The quotient of a `Double` constant and a `Dual<Double>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Double, rhs: Dual<Double>) -> Dual<Double> { evaluate(.divide, constant: lhs, rhs) }
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

    /// The sum of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.add, constant: lhs, rhs) }

    /// The difference of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.subtract, constant: lhs, rhs) }

    /// The product of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.multiply, constant: lhs, rhs) }

    /// The quotient of a `Float` constant and a `Dual<Float>` value.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Float, rhs: Dual<Float>) -> Dual<Float> { evaluate(.divide, constant: lhs, rhs) }
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

    /// The sum of a `Double` constant and a `Dual<Dual<Double>>` value (a captured constant in a `hessian`
    /// closure).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.add, constant: Dual<Double>(lhs), rhs) }


    /// The difference of a `Double` constant and a `Dual<Dual<Double>>` value (a captured constant in a `hessian`
    /// closure).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.subtract, constant: Dual<Double>(lhs), rhs) }


    /// The product of a `Double` constant and a `Dual<Dual<Double>>` value (a captured constant in a `hessian`
    /// closure).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.multiply, constant: Dual<Double>(lhs), rhs) }


    /// The quotient of a `Double` constant and a `Dual<Dual<Double>>` value (a captured constant in a `hessian`
    /// closure).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Double, rhs: Dual<Dual<Double>>) -> Dual<Dual<Double>> { evaluate(.divide, constant: Dual<Double>(lhs), rhs) }

}

// MARK: - A nested dual and a constant of the innermost type, on the right

extension Dual where T: DifferentiableScalar {
    /// The sum of a nested dual (`Dual<Dual<Double>>`) and a constant of the innermost type.
    /// Generic in `T`, so that it cannot fit `[Double].reduce(0, +)` (`T` is not inferable).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func + (lhs: Dual, rhs: T.Primal) -> Dual { evaluate(.add, lhs, constant: T(rhs)) }

    /// The difference of a nested dual (`Dual<Dual<Double>>`) and a constant of the innermost type.
    /// Generic in `T`, so that it cannot fit `[Double].reduce(0, -)` (`T` is not inferable).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func - (lhs: Dual, rhs: T.Primal) -> Dual { evaluate(.subtract, lhs, constant: T(rhs)) }

    /// The product of a nested dual (`Dual<Dual<Double>>`) and a constant of the innermost type.
    /// Generic in `T`, so that it cannot fit `[Double].reduce(0, *)` (`T` is not inferable).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func * (lhs: Dual, rhs: T.Primal) -> Dual { evaluate(.multiply, lhs, constant: T(rhs)) }

    /// The quotient of a nested dual (`Dual<Dual<Double>>`) and a constant of the innermost type.
    /// Generic in `T`, so that it cannot fit `[Double].reduce(0, /)` (`T` is not inferable).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func / (lhs: Dual, rhs: T.Primal) -> Dual { evaluate(.divide, lhs, constant: T(rhs)) }
}
