// The closure drivers at `Double` points, concretely typed. Each forwards to the
// generic driver of the same name; they exist for the type checker.
//
// With only the generic `derivative<T: ADScalar>(at: T, of: (Dual<T>) -> Dual<T>)`, the scalar
// type is an open variable while the closure's body is solved (a literal point `at: 0.7` may
// be any float type; even a typed `Double` argument only bounds T through an argument
// conversion), so every operator in the body is tried against every dual type. With a
// concrete overload, the closure's parameter is `Dual<Double>` from the start and each
// operator finds its concrete `Dual<Double>` overload at once. Measured on a 13-term
// polynomial in a `derivative(at: 0.7) { x in … }` closure
// (`-debug-time-expression-type-checking`, Swift 6.3.1): 23.5 s with the generic driver alone,
// 55 ms with the concrete one. The generic drivers are `@_disfavoredOverload`, so they are
// used only for other scalar types (`Float`, `Float80`, nested `Dual` points).
//
// `Float` has no concrete overloads: with both, a literal point (`at: [1.0, 2.0]`) makes the
// solver explore the closure body twice, and a body that fits only one of them fails slowly
// in the other: `let s: Dual<Double> = 3 * x[0] * x[0] - …` in a `gradient` closure took
// 16.6 s with `Double` and `Float` overloads and 28 ms with `Double` alone.
//
// The `[Dual]`-returning forms are disfavoured against the `DualVector` forms, so that a
// closure whose result could be either (`return [a, b]`) is not ambiguous.

// MARK: - Double

/// ``derivative(at:of:)->T`` at a `Double` point.
/// - Complexity: One call of `f` on duals; no heap allocation.
@inlinable
public func derivative(at x: Double, of f: (Dual<Double>) throws -> Dual<Double>) rethrows -> Double {
    try f(Dual(x, tangent: 1)).tangent
}

/// ``valueWithDerivative(at:of:)->(T,_)`` at a `Double` point.
/// - Complexity: One call of `f` on duals; no heap allocation.
@inlinable
public func valueWithDerivative(at x: Double, of f: (Dual<Double>) throws -> Dual<Double>) rethrows -> (value: Double, derivative: Double) {
    let y = try f(Dual(x, tangent: 1))
    return (y.value, y.tangent)
}

/// ``gradient(at:of:)->[T]`` at a `Double` point.
/// - Complexity: n forward sweeps.
@inlinable
public func gradient(at x: [Double], of f: (DualVector<Double>) throws -> Dual<Double>) rethrows -> [Double] {
    try valueWithGradient(at: x, of: f).gradient
}

/// ``valueWithGradient(at:of:)->(T,_)`` at a `Double` point.
/// - Complexity: n forward sweeps.
@inlinable
public func valueWithGradient(at x: [Double], of f: (DualVector<Double>) throws -> Dual<Double>) rethrows -> (value: Double, gradient: [Double]) {
    try forwardGradient(at: x, of: f)
}

/// ``jacobian(at:of:)-(_,(DualVector<T>)->DualVector<T>)`` at a `Double` point.
/// - Complexity: n forward sweeps.
@inlinable
public func jacobian(at x: [Double], of f: (DualVector<Double>) throws -> DualVector<Double>) rethrows -> Matrix<Double> {
    try forwardJacobian(at: x, of: f).jacobian
}

/// ``jacobian(at:of:)-(_,(DualVector<T>)->DualVector<T>)`` at a `Double` point, for a closure that
/// returns an array of duals.
/// - Complexity: n forward sweeps.
@_disfavoredOverload @inlinable
public func jacobian(at x: [Double], of f: (DualVector<Double>) throws -> [Dual<Double>]) rethrows -> Matrix<Double> {
    try forwardJacobian(at: x, of: f).jacobian
}

/// ``valueWithJacobian(at:of:)->([T],_)`` at a `Double` point.
/// - Complexity: n forward sweeps.
@inlinable
public func valueWithJacobian(at x: [Double], of f: (DualVector<Double>) throws -> DualVector<Double>) rethrows -> (value: [Double], jacobian: Matrix<Double>) {
    try forwardJacobian(at: x, of: f)
}

/// ``valueWithJacobian(at:of:)->([T],_)`` at a `Double` point, for a
/// closure that returns an array of duals.
/// - Complexity: n forward sweeps.
@_disfavoredOverload @inlinable
public func valueWithJacobian(at x: [Double], of f: (DualVector<Double>) throws -> [Dual<Double>]) rethrows -> (value: [Double], jacobian: Matrix<Double>) {
    try forwardJacobian(at: x, of: f)
}

/// ``jvp(at:along:of:)->([T],_)`` at a `Double` point.
/// - Complexity: One forward sweep.
@inlinable
public func jvp(at x: [Double], along v: [Double], of f: (DualVector<Double>) throws -> DualVector<Double>) rethrows -> (value: [Double], tangent: [Double]) {
    try forwardJVP(at: x, along: v, of: f)
}

/// ``jvp(at:along:of:)->([T],_)`` at a `Double` point, for a closure that returns an array of duals.
/// - Complexity: One forward sweep.
@_disfavoredOverload @inlinable
public func jvp(at x: [Double], along v: [Double], of f: (DualVector<Double>) throws -> [Dual<Double>]) rethrows -> (value: [Double], tangent: [Double]) {
    try forwardJVP(at: x, along: v, of: f)
}

/// ``hessian(at:of:)->Matrix<T>`` at a `Double` point.
/// - Complexity: n(n+1)/2 nested sweeps.
@inlinable
public func hessian(at x: [Double], of f: (DualVector<Dual<Double>>) throws -> Dual<Dual<Double>>) rethrows -> Matrix<Double> {
    try forwardHessian(at: x, of: f)
}

/// ``hessianVectorProduct(at:along:of:)->[T]`` at a `Double` point.
/// - Complexity: n nested sweeps.
@inlinable
public func hessianVectorProduct(at x: [Double], along v: [Double], of f: (DualVector<Dual<Double>>) throws -> Dual<Dual<Double>>) rethrows -> [Double] {
    try forwardHessianVectorProduct(at: x, along: v, of: f)
}

