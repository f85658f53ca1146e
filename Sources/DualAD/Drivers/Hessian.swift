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
@_disfavoredOverload @inlinable
public func hessian<T: ADScalar>(
    at x: [T], of f: (DualVector<Dual<T>>) throws -> Dual<Dual<T>>
) rethrows -> Matrix<T> {
    try forwardHessian(at: x, of: f)
}

/// The closure Hessian on the forward sweep engine.
@inlinable
func forwardHessian<T: ADScalar>(
    at x: [T], of f: (DualVector<Dual<T>>) throws -> Dual<Dual<T>>
) rethrows -> Matrix<T> {
    checkNonEmpty(x.count, "hessian(at:of:)")
    let n = x.count
    var input = DualVector<Dual<T>>(x.map { Dual($0) })
    var h = Matrix<T>(rows: n, columns: n, repeating: 0)
    // Column i of the Jacobian of the gradient: the outer tangent seeds eᵢ, and the engine
    // sweeps the inner directions j ≥ i (the rows above i are column i's mirror image).
    for i in 0..<n {
        input.tangent[i].value = 1
        try forwardSweeps(
            seeding: &input, into: &h, directions: i..<n, width: 1,
            seed: { input, j, _, on in input.value[j].tangent = on ? 1 : 0 },
            evaluate: f,
            harvest: { h, y, j, _, _ in
                h.entries[i * n + j] = y.tangent.tangent
                h.entries[j * n + i] = y.tangent.tangent
            })
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
@_disfavoredOverload @inlinable
public func hessianVectorProduct<T: ADScalar>(
    at x: [T], along v: [T], of f: (DualVector<Dual<T>>) throws -> Dual<Dual<T>>
) rethrows -> [T] {
    try forwardHessianVectorProduct(at: x, along: v, of: f)
}

/// The closure Hessian-vector product on the forward sweep engine.
@inlinable
func forwardHessianVectorProduct<T: ADScalar>(
    at x: [T], along v: [T], of f: (DualVector<Dual<T>>) throws -> Dual<Dual<T>>
) rethrows -> [T] {
    checkNonEmpty(x.count, "hessianVectorProduct(at:along:of:)")
    checkDirection(v.count, inputs: x.count, label: "along", "hessianVectorProduct(at:along:of:)")
    var input = DualVector<Dual<T>>(value: seededDuals(x, along: v),
                                    tangent: [Dual<T>](repeating: 0, count: x.count))
    var product = [T](repeating: 0, count: x.count)
    try forwardSweeps(
        seeding: &input, into: &product, directions: 0..<x.count, width: 1,
        seed: { input, i, _, on in input.tangent[i].value = on ? 1 : 0 },
        evaluate: f,
        harvest: { product, y, i, _, _ in product[i] = y.tangent.tangent })
    return product
}

/// The Hessian of a write-once function f: Rⁿ → R, by forward-over-forward duals: the
/// Jacobian of the forward gradient (as ForwardDiff.jl computes it), with the default chunk.
///
/// - Returns: The symmetric n × n Hessian.
/// - Complexity: ⌈n/N⌉ outer sweeps of N = ``Strategy/defaultChunkSize(forInputCount:)``
///   directions, each running n inner gradient sweeps: n·⌈n/N⌉ evaluations of f on
///   `Dual<ChunkedDual<N, T>>`.
@inlinable
public func hessian<F: ScalarFunction, T: ADScalar>(of f: F, at x: [T]) -> Matrix<T> {
    checkNonEmpty(x.count, "hessian(of:at:)")
    return ForwardHessian(f: f, x: x).run(.chunked(Strategy.defaultChunkSize(forInputCount: x.count)))
}

/// The Hessian of a write-once function f: Rⁿ → R with the chosen strategy.
///
/// - `.forward`, `.chunked(N)`: forward-over-forward, the Jacobian of the forward gradient: the
///   outer sweeps carry 1 or N directions, each runs n inner gradient sweeps.
/// - `.automatic`: forward-over-forward with the default chunk (as ``hessian(of:at:)``).
/// - `.reverse`: forward-over-reverse, n Hessian-vector products ∇²f·eⱼ, each one recording
///   on `Tracked<Dual<T>>` and one backward sweep.
/// - `.centralDifference`: central differences of the forward gradient, column by column.
///
/// Every strategy returns a symmetric matrix, (H + Hᵀ)/2 of what it computed.
/// - Complexity: `.forward`: n² evaluations on `Dual<Dual<T>>`; `.chunked(N)`: n·⌈n/N⌉ on
///   `Dual<ChunkedDual<N, T>>`; `.reverse`: n recordings and backward sweeps, one tape of
///   O(#operations) at a time; `.centralDifference`: 2n forward gradients.
@inlinable
public func hessian<F: ScalarFunction, T: ADScalar & BinaryFloatingPoint>(
    of f: F, at x: [T], strategy: Strategy
) -> Matrix<T> {
    let call: StaticString = "hessian(of:at:strategy:)"
    let n = x.count
    // `.automatic` is forward-over-forward with the default chunk: the cost model weighs a
    // Jacobian's sweeps, not a Hessian's, so it is not consulted.
    let chosen = strategy == .automatic ? .chunked(Strategy.defaultChunkSize(forInputCount: n)) : strategy
    switch chosen.dispatch(inputs: n, call: call, outputs: { n }) {
    case .forward(let type):
        return ForwardHessian(f: f, x: x).run(type)
    case .reverse:
        var h = Matrix<T>(rows: n, columns: n, repeating: 0)
        var basis = [T](repeating: 0, count: n)
        for j in 0..<n {
            basis[j] = 1
            let column = reverseHessianVectorProduct(f, at: x, along: basis).hessianVector
            basis[j] = 0
            for i in 0..<n { h.entries[i * n + j] = column[i] }
        }
        return h.symmetrized()
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
            for i in 0..<n { h.entries[i * n + j] = (up[i] - down[i]) / ((x[j] + step) - (x[j] - step)) }
        }
        return h.symmetrized()
    }
}

/// The gradient of a scalar function as a vector function, generic over the scalar type, so
/// that the Jacobian drivers can differentiate it again: ∇f evaluated by n forward sweeps on
/// `Dual<S>`.
@usableFromInline
struct ForwardGradientFunction<F: ScalarFunction>: VectorFunction {
    @usableFromInline let f: F
    @inlinable init(_ f: F) { self.f = f }
    @inlinable func outputCount(forInputCount n: Int) -> Int? { n }
    @inlinable func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        forwardGradient(f, at: x, using: Dual<S>.self).gradient
    }
}

/// The forward-over-forward Hessian, for whichever outer dual type the strategy chose: the
/// Jacobian of ``ForwardGradientFunction``, symmetrized.
@usableFromInline
struct ForwardHessian<F: ScalarFunction, Primal: ADScalar>: ForwardJob {
    @usableFromInline let f: F
    @usableFromInline let x: [Primal]
    @inlinable init(f: F, x: [Primal]) { self.f = f; self.x = x }
    @inlinable func run<D: SeedableDual>(_ type: D.Type) -> Matrix<Primal> where D.Primal == Primal {
        ForwardJacobian(f: ForwardGradientFunction(f), x: x, call: "hessian(of:at:strategy:)")
            .run(type).jacobian.symmetrized()
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
