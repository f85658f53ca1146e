/// The Jacobian of f: Rⁿ → Rᵐ at x, built in forward mode with one sweep per seed vector eⱼ.
///
/// `J[i, j]` is ∂fᵢ/∂xⱼ: one row per output, one column per input (numerator layout).
///
///     let J = jacobian(at: [1.0, 2.0]) { x in [x[0] * x[1], sin(x[0])] }
///     // [ 2.0  1.0 ]
///     // [ 0.54…  0.0 ]
///
/// - Parameters:
///   - x: The point; n ≥ 1 inputs.
///   - f: Called n times; must return the same m outputs on every sweep.
/// - Returns: An m × n ``Matrix``.
/// - Complexity: n forward sweeps, each a small constant times one call of `f`; O(m·n)
///   memory for the result.
@inlinable
public func jacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> Matrix<T> {
    try valueWithJacobian(at: x, of: f).jacobian
}

/// The Jacobian of f at x, for a closure that returns an array of duals.
/// - Complexity: n forward sweeps.
@inlinable
public func jacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> [Dual<T>]
) rethrows -> Matrix<T> {
    try valueWithJacobian(at: x) { DualVector(try f($0)) }.jacobian
}

/// f(x) and its m × n Jacobian, by n forward sweeps.
/// - Complexity: n forward sweeps.
@inlinable
public func valueWithJacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> (value: [T], jacobian: Matrix<T>) {
    let call: StaticString = "jacobian(at:of:)"
    checkNonEmpty(x.count, call)
    let n = x.count
    var input = DualVector(x)
    var value: [T] = []
    var jacobian = Matrix<T>(rows: 0, columns: n, repeating: 0)
    for j in 0..<n {
        input.tangent[j] = 1
        let y = try f(input)
        input.tangent[j] = 0
        if j == 0 {
            value = y.value
            jacobian = Matrix(rows: y.count, columns: n, repeating: 0)
        } else if y.count != value.count {
            outputCountChanged(call, first: value.count, sweep: j + 1, now: y.count)
        }
        for i in 0..<y.count { jacobian.storage[i * n + j] = y.tangent[i] }
    }
    return (value, jacobian)
}

/// The Jacobian of a write-once function f: Rⁿ → Rᵐ with the chosen strategy.
///
///     jacobian(of: Layer(), at: [0.3, 0.7], strategy: .forward)   // 3 × 2, two sweeps
///
/// - Parameters:
///   - f: Must return the same m outputs on every evaluation.
///   - x: The point; n ≥ 1 inputs.
///   - strategy: See ``Strategy``.
/// - Returns: An m × n ``Matrix``, `J[i, j]` = ∂fᵢ/∂xⱼ.
/// - Complexity: `.forward`: n sweeps; `.chunked(N)`: ⌈n/N⌉ sweeps; `.reverse`: one
///   recording and m backward sweeps, one per row; `.automatic`: the cheaper of the two (see
///   ``Strategy/resolved(inputs:outputs:)``), after one plain evaluation to learn m unless n
///   is small enough that forward wins for every m or f declares m
///   (``VectorFunction/outputCount(forInputCount:)``);
///   `.centralDifference`: 2n + 1 evaluations.
@inlinable
public func jacobian<F: VectorFunction, T: ADScalar & BinaryFloatingPoint>(
    of f: F, at x: [T], strategy: Strategy
) -> Matrix<T> {
    valueWithJacobian(of: f, at: x, strategy: strategy).jacobian
}

/// f(x) and its Jacobian for a write-once function, with the chosen strategy.
/// - Complexity: As ``jacobian(of:at:strategy:)``.
@inlinable
public func valueWithJacobian<F: VectorFunction, T: ADScalar & BinaryFloatingPoint>(
    of f: F, at x: [T], strategy: Strategy
) -> (value: [T], jacobian: Matrix<T>) {
    let call: StaticString = "jacobian(of:at:strategy:)"
    checkNonEmpty(x.count, call)
    if case .automatic = strategy {
        // Reverse mode's cost grows with m, so if forward wins even at m = 1 it wins for any
        // m, and f need not be evaluated to learn m. Otherwise one plain evaluation tells m.
        let forwardAnyway = Strategy.automatic.resolved(inputs: x.count, outputs: 1)
        if forwardAnyway != .reverse {
            return valueWithJacobian(of: f, at: x, strategy: forwardAnyway)
        }
        guard let declared = f.outputCount(forInputCount: x.count) else {
            let m = f(x).count
            return valueWithJacobian(of: f, at: x, strategy: strategy.resolved(inputs: x.count, outputs: m))
        }
        let result = valueWithJacobian(of: f, at: x, strategy: strategy.resolved(inputs: x.count, outputs: declared))
        if result.value.count != declared {
            usageFailure("\(call)", "f.outputCount(forInputCount: \(x.count)) declared \(declared) outputs, but f returned \(result.value.count).")
        }
        return result
    }
    switch strategy {
    case .forward:
        return forwardJacobian(f, at: x, using: Dual<T>.self, call: call)
    case .chunked(let requested):
        let size = effectiveChunkSize(requested, inputs: x.count, call: call)
        return ChunkedJacobian(f: f, x: x).visit(chunkSize: size)
    case .centralDifference:
        return centralDifferenceJacobian(f, at: x, call: call)
    case .reverse, .automatic:
        return reverseJacobian(f, at: x)
    }
}

/// Runs the chunked Jacobian sweep for a chunk size chosen at run time.
@usableFromInline
struct ChunkedJacobian<F: VectorFunction, Primal: ADScalar>: ChunkSizeVisitor {
    @usableFromInline let f: F
    @usableFromInline let x: [Primal]
    @inlinable init(f: F, x: [Primal]) { self.f = f; self.x = x }
    @inlinable func visit<D: SeedableDual>(_ type: D.Type) -> (value: [Primal], jacobian: Matrix<Primal>) where D.Primal == Primal {
        forwardJacobian(f, at: x, using: type, call: "jacobian(of:at:strategy:)")
    }
}
