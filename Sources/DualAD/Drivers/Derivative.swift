/// The derivative f′(x) of a scalar function, by one forward sweep on a ``Dual``.
///
///     let d = derivative(at: 2.0) { x in x * x + sin(x) }              // 4 + cos(2)
///     let d2 = derivative(at: 2.0) { x in
///         derivative(at: x) { y in y * y * y }                         // 12: f″ by nesting
///     }
///
/// **Nesting.** The closure's argument is a `Dual<T>`; a nested call at that argument works on
/// `Dual<Dual<T>>`, a distinct type, so perturbations of different levels cannot be confused.
/// An outer variable used in an inner closure is a constant of the inner level (it keeps its
/// own, outer, tangent), which is what the mathematics asks for:
///
///     // d/dx [ x · d/dy (x + y) |y=1 ] at x = 1  is 1 (not 2)
///     derivative(at: 1.0) { x in x * derivative(at: Dual(1.0)) { y in x + y } }
///
/// (`x + y` mixes a `Dual<Double>` with a `Dual<Dual<Double>>` through the constant operators
/// of ``DifferentiableScalar``; `Dual(x) + y` says the same explicitly.)
///
/// - Parameters:
///   - x: The point.
///   - f: The function, called once with `Dual(x, tangent: 1)`.
/// - Returns: f′(x).
/// `Double` points have concrete overloads (`ClosureDrivers+Double.swift`),
/// which type-check faster; this generic one serves other scalar types and nested calls.
/// - Complexity: One call of `f` on duals, a small constant times the cost of `f`; no heap
///   allocation.
@_disfavoredOverload @inlinable
public func derivative<T: ADScalar>(at x: T, of f: (Dual<T>) throws -> Dual<T>) rethrows -> T {
    try f(Dual(x, tangent: 1)).tangent
}

/// The value f(x) and the derivative f′(x) of a scalar function, from one forward sweep.
///
///     let vd = valueWithDerivative(at: 2.0) { x in exp(x) / x }
///     // (value: e²/2 = 3.694…, derivative: e²/4 = 1.847…)
///
/// - Parameters:
///   - x: The point.
///   - f: The function, called once with `Dual(x, tangent: 1)`.
/// - Returns: `(value: f(x), derivative: f′(x))`.
/// - Complexity: One call of `f` on duals; no heap allocation.
@_disfavoredOverload @inlinable
public func valueWithDerivative<T: ADScalar>(
    at x: T, of f: (Dual<T>) throws -> Dual<T>
) rethrows -> (value: T, derivative: T) {
    let y = try f(Dual(x, tangent: 1))
    return (y.value, y.tangent)
}
