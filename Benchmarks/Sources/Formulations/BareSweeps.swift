import DualAD

// What the drivers are measured against: the sweeps they run, written out by hand with
// DualAD's public types — an input buffer seeded in place, f called, the tangents read. A
// driver may cost no more than this (issue 16: ≤ 1.05×).

/// ∇f(x) by n one-direction sweeps on `Dual`, by hand.
@inlinable @inline(never)
public func bareForwardGradient<F: ScalarFunction>(_ f: F, at x: [Double]) -> [Double] {
    var input = x.map { Dual($0) }
    var g = [Double](repeating: 0, count: x.count)
    for j in x.indices {
        input[j].tangent = 1
        g[j] = f(input).tangent
        input[j].tangent = 0
    }
    return g
}

/// ∇f(x) by ⌈n/8⌉ sweeps on `ChunkedDual<8, Double>`, by hand.
@inlinable @inline(never)
public func bareChunkedGradient<F: ScalarFunction>(_ f: F, at x: [Double]) -> [Double] {
    var input = x.map { ChunkedDual<8, Double>($0) }
    var g = [Double](repeating: 0, count: x.count)
    var start = 0
    while start < x.count {
        let count = min(8, x.count - start)
        for k in 0..<count { input[start + k] = ChunkedDual(x[start + k], seed: k) }
        let y = f(input)
        for k in 0..<count { g[start + k] = y.tangents[k] }
        for k in 0..<count { input[start + k] = ChunkedDual(x[start + k]) }
        start += 8
    }
    return g
}

/// ∇f(x) by ⌈n/8⌉ sweeps on the minimal 8-lane dual: the chunked bar.
@inlinable @inline(never)
public func minimalChunkedGradient(at x: [Double], _ f: ([MinimalDual8]) -> MinimalDual8) -> [Double] {
    var input = x.map { MinimalDual8($0) }
    var g = [Double](repeating: 0, count: x.count)
    var start = 0
    while start < x.count {
        let count = min(8, x.count - start)
        for k in 0..<count { input[start + k].lanes[k] = 1 }
        let y = f(input)
        for k in 0..<count { g[start + k] = y.lanes[k] }
        for k in 0..<count { input[start + k].lanes[k] = 0 }
        start += 8
    }
    return g
}

/// J(x) of a vector function by n one-direction sweeps on `Dual`, by hand, into a matrix.
@inlinable @inline(never)
public func bareForwardJacobian<F: VectorFunction>(_ f: F, at x: [Double], outputs m: Int) -> Matrix<Double> {
    var input = x.map { Dual($0) }
    var J = Matrix<Double>(rows: m, columns: x.count, repeating: 0)
    for j in x.indices {
        input[j].tangent = 1
        let y = f(input)
        for i in 0..<m { J[i, j] = y[i].tangent }
        input[j].tangent = 0
    }
    return J
}

/// J(x) of a vector function by ⌈n/8⌉ sweeps on `ChunkedDual<8, Double>`, by hand.
@inlinable @inline(never)
public func bareChunkedJacobian<F: VectorFunction>(_ f: F, at x: [Double], outputs m: Int) -> Matrix<Double> {
    var input = x.map { ChunkedDual<8, Double>($0) }
    var J = Matrix<Double>(rows: m, columns: x.count, repeating: 0)
    var start = 0
    while start < x.count {
        let count = min(8, x.count - start)
        for k in 0..<count { input[start + k] = ChunkedDual(x[start + k], seed: k) }
        let y = f(input)
        for i in 0..<m { for k in 0..<count { J[i, start + k] = y[i].tangents[k] } }
        for k in 0..<count { input[start + k] = ChunkedDual(x[start + k]) }
        start += 8
    }
    return J
}

/// J(x)·v by one sweep on `Dual`, by hand: the seeded input built, f called.
@inlinable @inline(never)
public func bareJVP<F: ScalarFunction>(_ f: F, at x: [Double], along v: [Double]) -> (value: Double, tangent: Double) {
    var input = [Dual<Double>]()
    input.reserveCapacity(x.count)
    for j in x.indices { input.append(Dual(x[j], tangent: v[j])) }
    let y = f(input)
    return (y.value, y.tangent)
}

/// Experiment: the input built by `repeating:` and an index loop.
@inlinable @inline(never)
public func bareJVPRepeating<F: ScalarFunction>(_ f: F, at x: [Double], along v: [Double]) -> (value: Double, tangent: Double) {
    var input = [Dual<Double>](repeating: Dual(0), count: x.count)
    for j in 0..<min(x.count, v.count, input.count) { input[j] = Dual(x[j], tangent: v[j]) }
    let y = f(input)
    return (y.value, y.tangent)
}

/// Experiment: the input built in uninitialized storage.
@inlinable @inline(never)
public func bareJVPUninitialized<F: ScalarFunction>(_ f: F, at x: [Double], along v: [Double]) -> (value: Double, tangent: Double) {
    let n = min(x.count, v.count)
    let input = [Dual<Double>](unsafeUninitializedCapacity: n) { buffer, count in
        for j in 0..<n { buffer.initializeElement(at: j, to: Dual(x[j], tangent: v[j])) }
        count = n
    }
    let y = f(input)
    return (y.value, y.tangent)
}

/// What the n-sweep bar needs of a hand-written dual: a constant and a settable tangent (the
/// arithmetic stays protocol-free).
public protocol HandWrittenDual {
    /// `value` with tangent 0.
    init(constant value: Double)
    /// The tangent.
    var tangent: Double { get set }
}

extension MinimalDual: HandWrittenDual {
    @inlinable public init(constant value: Double) { self.init(value) }
}

/// ∇f(x) by n one-direction sweeps of a hand-written dual, one per eⱼ: the bar for
/// `gradient(.forward)`.
@inlinable @inline(never)
public func handWrittenForwardGradient<D: HandWrittenDual>(at x: [Double], _ f: ([D]) -> D) -> [Double] {
    var input = x.map { D(constant: $0) }
    var g = [Double](repeating: 0, count: x.count)
    for j in x.indices {
        input[j].tangent = 1
        g[j] = f(input).tangent
        input[j].tangent = 0
    }
    return g
}

/// ∇f(x) by n one-direction sweeps on the minimal dual.
@inlinable
public func minimalForwardGradient(at x: [Double], _ f: ([MinimalDual]) -> MinimalDual) -> [Double] {
    handWrittenForwardGradient(at: x, f)
}
