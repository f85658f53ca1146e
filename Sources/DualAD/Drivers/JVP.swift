/// The Jacobian-vector product J(x)·v of f: Rⁿ → Rᵐ, and f(x), from one forward sweep.
///
/// The closure receives the point x seeded with the direction v as a ``DualVector``;
/// indexing it gives ``Dual`` values.
///
///     let t = jvp(at: [1.0, 2.0], along: [1.0, 0.0]) { x in [x[0] * x[1], sin(x[0])] }
///     // (value: [2.0, 0.841…], tangent: [2.0, 0.540…]): the first column of J
///
/// - Parameters:
///   - x: The point; n = `x.count` ≥ 1 inputs.
///   - v: The direction, n components.
///   - f: Called once.
/// - Returns: `(value: f(x), tangent: J(x)·v)`.
/// - Complexity: One forward sweep: a small constant times one call of `f`.
@_disfavoredOverload @inlinable
public func jvp<T: ADScalar>(
    at x: [T], along v: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> (value: [T], tangent: [T]) {
    try forwardJVP(at: x, along: v, of: f)
}

/// One forward sweep of a closure returning a ``DualVector``, seeded with the direction v.
@inlinable
func forwardJVP<T: ADScalar>(
    at x: [T], along v: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> (value: [T], tangent: [T]) {
    checkNonEmpty(x.count, "jvp(at:along:of:)")
    checkDirection(v.count, inputs: x.count, label: "along", "jvp(at:along:of:)")
    let y = try f(DualVector(value: x, tangent: v))
    return (y.value, y.tangent)
}

/// One forward sweep of a closure returning `[Dual<T>]`, seeded with the direction v.
@inlinable
func forwardJVP<T: ADScalar>(
    at x: [T], along v: [T], of f: (DualVector<T>) throws -> [Dual<T>]
) rethrows -> (value: [T], tangent: [T]) {
    checkNonEmpty(x.count, "jvp(at:along:of:)")
    checkDirection(v.count, inputs: x.count, label: "along", "jvp(at:along:of:)")
    let y = try f(DualVector(value: x, tangent: v))
    return (y.map(\.value), y.map(\.tangent))
}

/// The Jacobian-vector product J(x)·v of a write-once function, and f(x), from one forward
/// sweep on ``Dual``.
///
/// - Parameters:
///   - f: The function, evaluated once on `[Dual<T>]`.
///   - x: The point; n ≥ 1 inputs.
///   - v: The direction, n components.
/// - Returns: `(value: f(x), tangent: J(x)·v)`.
/// - Complexity: One forward sweep; O(n + m) memory.
@inlinable
public func jvp<F: VectorFunction, T: ADScalar>(
    of f: F, at x: [T], along v: [T]
) -> (value: [T], tangent: [T]) {
    checkNonEmpty(x.count, "jvp(of:at:along:)")
    checkDirection(v.count, inputs: x.count, label: "along", "jvp(of:at:along:)")
    let y = f(seededDuals(x, along: v))
    return (y.map(\.value), y.map(\.tangent))
}

/// The directional derivative ∇f(x)·v of a write-once scalar function, and f(x), from one
/// forward sweep.
/// - Complexity: One forward sweep.
@inlinable
public func jvp<F: ScalarFunction, T: ADScalar>(
    of f: F, at x: [T], along v: [T]
) -> (value: T, tangent: T) {
    checkNonEmpty(x.count, "jvp(of:at:along:)")
    checkDirection(v.count, inputs: x.count, label: "along", "jvp(of:at:along:)")
    let y = f(seededDuals(x, along: v))
    return (y.value, y.tangent)
}
