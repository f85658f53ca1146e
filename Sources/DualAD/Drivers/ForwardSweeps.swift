// The forward sweep engine behind `.forward` and `.chunked(N)`: seed a block of basis
// directions eⱼ … eⱼ₊ₖ₋₁ into the input, evaluate once, harvest k columns; repeat over the
// inputs. With `Dual` (k = 1) this is n sweeps; with `ChunkedDual<N, T>` it is ⌈n/N⌉.
// The input buffer is allocated once and re-seeded in place between sweeps.

/// ∇f(x) and f(x) by ⌈n/D.directionCount⌉ forward sweeps.
@inlinable
func forwardGradient<F: ScalarFunction, D: SeedableDual>(
    _ f: F, at x: [D.Primal], using _: D.Type
) -> (value: D.Primal, gradient: [D.Primal]) {
    let n = x.count, width = D.directionCount
    var input = x.map { D.constant($0) }
    var gradient = [D.Primal](repeating: 0, count: n)
    var value: D.Primal = 0
    var start = 0
    while start < n {
        let count = Swift.min(width, n - start)
        for k in 0..<count { input[start + k].setTangent(k, to: 1) }
        let y = f(input)
        for k in 0..<count {
            gradient[start + k] = y.tangent(k)
            input[start + k].setTangent(k, to: 0)
        }
        value = y.primal
        start += width
    }
    return (value, gradient)
}

/// f(x) and its m × n Jacobian by ⌈n/D.directionCount⌉ forward sweeps.
@inlinable
func forwardJacobian<F: VectorFunction, D: SeedableDual>(
    _ f: F, at x: [D.Primal], using _: D.Type, call: StaticString
) -> (value: [D.Primal], jacobian: Matrix<D.Primal>) {
    let n = x.count, width = D.directionCount
    var input = x.map { D.constant($0) }
    var value: [D.Primal] = []
    var jacobian = Matrix<D.Primal>(rows: 0, columns: n, repeating: 0)
    var start = 0, sweep = 0
    while start < n {
        let count = Swift.min(width, n - start)
        for k in 0..<count { input[start + k].setTangent(k, to: 1) }
        let y = f(input)
        sweep += 1
        if sweep == 1 {
            value = y.map(\.primal)
            jacobian = Matrix(rows: y.count, columns: n, repeating: 0)
        } else if y.count != value.count {
            outputCountChanged(call, first: value.count, sweep: sweep, now: y.count)
        }
        for i in 0..<y.count {
            for k in 0..<count { jacobian.storage[i * n + start + k] = y[i].tangent(k) }
        }
        for k in 0..<count { input[start + k].setTangent(k, to: 0) }
        start += width
    }
    return (value, jacobian)
}

/// Stops: f's output count changed between sweeps.
@inline(never) @usableFromInline
func outputCountChanged(_ call: StaticString, first: Int, sweep: Int, now: Int) -> Never {
    usageFailure("\(call)", "f returned \(first) outputs on sweep 1 but \(now) on sweep \(sweep); outputs must not change size.")
}

/// Calls `body` with the chunked dual type for chunk size `size` (1 … 8).
@usableFromInline
protocol ChunkSizeVisitor {
    associatedtype Primal: ADScalar
    associatedtype Result
    func visit<D: SeedableDual>(_ type: D.Type) -> Result where D.Primal == Primal
}

/// The largest chunk size DualAD compiles a sweep for.
public let maximumChunkSize = 8

extension ChunkSizeVisitor {
    /// Runs the visitor with `ChunkedDual<size, Primal>`; `size` must be in 1 … 8.
    @inlinable
    func visit(chunkSize size: Int) -> Result {
        switch size {
        case 1: return visit(ChunkedDual<1, Primal>.self)
        case 2: return visit(ChunkedDual<2, Primal>.self)
        case 3: return visit(ChunkedDual<3, Primal>.self)
        case 4: return visit(ChunkedDual<4, Primal>.self)
        case 5: return visit(ChunkedDual<5, Primal>.self)
        case 6: return visit(ChunkedDual<6, Primal>.self)
        case 7: return visit(ChunkedDual<7, Primal>.self)
        default: return visit(ChunkedDual<8, Primal>.self)
        }
    }
}
