/// The Hessian ∇²f(x) of f: Rⁿ → R, by forward-over-forward nested duals.
///
/// The closure receives x as a ``DualVector`` of `Dual<T>`: each component carries an inner
/// and an outer perturbation, and the result's `tangent.tangent` is eᵢᵀ∇²f eⱼ.
///
///     let H = hessian(at: [1.0, 2.0]) { x in x[0] * x[0] * x[1] }   // [[4, 2], [2, 0]]
///
/// - Parameters:
///   - x: The point; n ≥ 1 inputs.
///   - f: Called n(n+1)/2 times, once per pair i ≤ j.
/// - Returns: The symmetric n × n Hessian (the lower triangle mirrors the upper).
/// - Complexity: n(n+1)/2 nested sweeps, each about 4 times one call of `f`.
@inlinable
public func hessian<T: ADScalar>(
    at x: [T], of f: (DualVector<Dual<T>>) throws -> Dual<Dual<T>>
) rethrows -> Matrix<T> {
    checkNonEmpty(x.count, "hessian(at:of:)")
    let n = x.count
    var input = DualVector<Dual<T>>(x.map { Dual($0) })
    var h = Matrix<T>(rows: n, columns: n, repeating: 0)
    for i in 0..<n {
        input.tangent[i].value = 1
        for j in i..<n {
            input.value[j].tangent = 1
            let entry = try f(input).tangent.tangent
            input.value[j].tangent = 0
            h.storage[i * n + j] = entry
            h.storage[j * n + i] = entry
        }
        input.tangent[i].value = 0
    }
    return h
}

/// The Hessian-vector product ∇²f(x)·v by forward-over-forward duals, without forming the
/// Hessian.
///
/// - Parameters:
///   - x: The point; n ≥ 1 inputs.
///   - v: The direction, n components.
///   - f: Called n times.
/// - Returns: The n-vector ∇²f(x)·v.
/// - Complexity: n nested sweeps (inner direction v, outer eᵢ).
@inlinable
public func hessianVectorProduct<T: ADScalar>(
    at x: [T], along v: [T], of f: (DualVector<Dual<T>>) throws -> Dual<Dual<T>>
) rethrows -> [T] {
    checkNonEmpty(x.count, "hessianVectorProduct(at:along:of:)")
    checkDirection(v.count, inputs: x.count, label: "along", "hessianVectorProduct(at:along:of:)")
    var input = DualVector<Dual<T>>(value: x.indices.map { Dual(x[$0], tangent: v[$0]) },
                                    tangent: [Dual<T>](repeating: 0, count: x.count))
    return try x.indices.map { i in
        input.tangent[i].value = 1
        defer { input.tangent[i].value = 0 }
        return try f(input).tangent.tangent
    }
}

/// The Hessian of a write-once function f: Rⁿ → R, by forward-over-forward nested duals.
///
/// - Returns: The symmetric n × n Hessian.
/// - Complexity: n(n+1)/2 nested sweeps.
@inlinable
public func hessian<F: ScalarFunction, T: ADScalar>(of f: F, at x: [T]) -> Matrix<T> {
    hessian(at: x) { f(Array($0)) }
}

/// The Hessian of a write-once function f: Rⁿ → R with the chosen strategy.
///
/// - `.forward`, `.chunked`, `.automatic`: forward-over-forward nested duals, n(n+1)/2 sweeps.
/// - `.reverse`: forward-over-reverse, n Hessian-vector products ∇²f·eⱼ, each one recording
///   on `Tracked<Dual<T>>` and one backward sweep; the result is symmetrized, (H + Hᵀ)/2.
/// - `.centralDifference`: central differences of the forward gradient, column by column.
///
/// - Complexity: See each strategy above; `.reverse` keeps one tape of O(#operations) at a time.
@inlinable
public func hessian<F: ScalarFunction, T: ADScalar & BinaryFloatingPoint>(
    of f: F, at x: [T], strategy: Strategy
) -> Matrix<T> {
    checkNonEmpty(x.count, "hessian(of:at:strategy:)")
    let n = x.count
    switch strategy {
    case .forward, .chunked, .automatic:
        return hessian(of: f, at: x)
    case .reverse:
        var h = Matrix<T>(rows: n, columns: n, repeating: 0)
        var basis = [T](repeating: 0, count: n)
        for j in 0..<n {
            basis[j] = 1
            let column = reverseHessianVectorProduct(f, at: x, along: basis).hessianVector
            basis[j] = 0
            for i in 0..<n { h.storage[i * n + j] = column[i] }
        }
        for i in 0..<n {
            for j in (i + 1)..<Swift.max(i + 1, n) {
                let mean = (h.storage[i * n + j] + h.storage[j * n + i]) / 2
                h.storage[i * n + j] = mean
                h.storage[j * n + i] = mean
            }
        }
        return h
    case .centralDifference:
        var h = Matrix<T>(rows: n, columns: n, repeating: 0)
        var probe = x
        for j in 0..<n {
            let step = defaultCentralStep(at: x[j])
            probe[j] = x[j] + step
            let up = forwardGradient(f, at: probe, using: Dual<T>.self).gradient
            probe[j] = x[j] - step
            let down = forwardGradient(f, at: probe, using: Dual<T>.self).gradient
            probe[j] = x[j]
            for i in 0..<n { h.storage[i * n + j] = (up[i] - down[i]) / ((x[j] + step) - (x[j] - step)) }
        }
        return h
    }
}

/// The Hessian-vector product ∇²f(x)·v of a write-once function by forward-over-reverse: one
/// recording on `Tracked<Dual<T>>` and one backward sweep, whatever n.
///
///     hessianVectorProduct(of: Rosenbrock(), at: p, along: v)
///
/// - Returns: The n-vector ∇²f(x)·v.
/// - Complexity: One recording and one backward sweep on dual numbers: a small constant
///   times one reverse gradient; a tape of O(#operations) entries.
@inlinable
public func hessianVectorProduct<F: ScalarFunction, T: ADScalar>(of f: F, at x: [T], along v: [T]) -> [T] {
    checkNonEmpty(x.count, "hessianVectorProduct(of:at:along:)")
    checkDirection(v.count, inputs: x.count, label: "along", "hessianVectorProduct(of:at:along:)")
    return reverseHessianVectorProduct(f, at: x, along: v).hessianVector
}
