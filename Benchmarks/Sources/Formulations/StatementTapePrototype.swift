import DualAD

// A prototype for reverse mode beyond the scalar tape (issue 16): statement-level
// preaccumulation into entries with k parents. DualAD's tape records one two-parent entry per
// operation on two recorded values: Rosenbrock's loop body `s += 100 * a * a + b * b` costs
// three entries (each an append behind its checks) and three backward steps. Here the whole
// body — the carried sum and the two inputs it reads — is one entry with three parents. Its
// local gradient comes from one `ChunkedDual<4>` sweep of the body as the user wrote it
// (generic, three lanes seeded, the fourth idle so that the lanes are one SIMD vector), so no
// partial is written by hand: this is what a library form (`tape.statement(s, x[i], x[i + 1])
// { … }`) would do. A second variant takes the sum's term alone (`s += term(x[i], x[i + 1])`),
// sweeps it with two lanes and gives s the partial 1 that a sum has by construction. Not part of
// DualAD: it measures what the design could reach (`Benchmarks/README.md`, "Reverse mode").

/// A loop body written once, generic over the scalar: the carried value's next value from the
/// carried value and two inputs.
public protocol CarriedStatement {
    func callAsFunction<S: ADScalar>(_ carried: S, _ a: S, _ b: S) -> S
}

/// A term of a sum, written once, generic over the scalar: g(a, b).
public protocol SumTerm {
    func callAsFunction<S: ADScalar>(_ a: S, _ b: S) -> S
}

/// Rosenbrock's product-form term: `100 * a * a + b * b`, a = y − x², b = 1 − x.
public struct RosenbrockProductTerm: SumTerm {
    public init() {}
    @inlinable @inline(__always) public func callAsFunction<S: ADScalar>(_ x: S, _ y: S) -> S {
        let a = y - x * x
        let b = 1 - x
        return 100 * a * a + b * b
    }
}

/// Rosenbrock's `pow`-form term: `100 * pow(y − x², 2) + pow(1 − x, 2)`.
public struct RosenbrockPowTerm: SumTerm {
    public init() {}
    @inlinable @inline(__always) public func callAsFunction<S: ADScalar>(_ x: S, _ y: S) -> S {
        100 * pow(y - x * x, 2) + pow(1 - x, 2)
    }
}

/// Rosenbrock's product-form body: `s + 100 * a * a + b * b`, a = y − x², b = 1 − x.
public struct RosenbrockProductBody: CarriedStatement {
    public init() {}
    @inlinable @inline(__always) public func callAsFunction<S: ADScalar>(_ s: S, _ x: S, _ y: S) -> S {
        let a = y - x * x
        let b = 1 - x
        return s + 100 * a * a + b * b
    }
}

/// Rosenbrock's `pow`-form body: `s + 100 * pow(y − x², 2) + pow(1 − x, 2)`.
public struct RosenbrockPowBody: CarriedStatement {
    public init() {}
    @inlinable @inline(__always) public func callAsFunction<S: ADScalar>(_ s: S, _ x: S, _ y: S) -> S {
        s + 100 * pow(y - x * x, 2) + pow(1 - x, 2)
    }
}

/// A value on a ``StatementTape``: its entry (−1 for a constant) and its value.
public struct StatementValue {
    @usableFromInline let index: Int32
    public let value: Double
    @inlinable init(index: Int, value: Double) { self.index = Int32(truncatingIfNeeded: index); self.value = value }
    /// A constant.
    @inlinable public init(_ value: Double) { self.index = -1; self.value = value }
    @inlinable var isConstant: Bool { index < 0 }
}

/// A recording of statements, each an entry with any number of parents and their partials
/// (flat buffers: entry e's parents are `parents[offsets[e]..<offsets[e + 1]]`). Inputs are
/// indices 0..<n and have no entries; entry e is index n + e. Values are not kept: a
/// ``StatementValue`` carries its own, and the backward sweep reads only the partials. Buffers
/// of a fixed capacity, allocated once (a library tape would double them when full, as DualAD's
/// does: one comparison per append).
public struct StatementTape: ~Copyable {
    @usableFromInline let inputs: [Double]
    @usableFromInline let offsets: UnsafeMutablePointer<Int32>
    @usableFromInline let parents: UnsafeMutablePointer<Int32>
    @usableFromInline let partials: UnsafeMutablePointer<Double>
    @usableFromInline let entryCapacity: Int, parentCapacity: Int
    @usableFromInline var entryCount = 0
    @usableFromInline var parentCount = 0

    /// A tape over `inputs`, with room for `statements` entries of at most `parentsEach`
    /// parents.
    @inlinable
    public init(inputs: [Double], statements: Int, parentsEach: Int) {
        self.inputs = inputs
        entryCapacity = statements
        parentCapacity = statements * parentsEach
        offsets = .allocate(capacity: statements + 1)
        parents = .allocate(capacity: parentCapacity)
        partials = .allocate(capacity: parentCapacity)
        offsets[0] = 0
    }

    deinit {
        offsets.deallocate(); parents.deallocate(); partials.deallocate()
    }

    /// Input `i` as a recorded value.
    @inlinable public func input(_ i: Int) -> StatementValue { StatementValue(index: i, value: inputs[i]) }

    /// Evaluates `body` at (carried, a, b) by one sweep with three lanes seeded and records one
    /// entry with the three partials.
    @inlinable @inline(__always)
    public mutating func record<B: CarriedStatement>(_ body: B, carried: StatementValue, _ a: StatementValue, _ b: StatementValue) -> StatementValue {
        let s = carried.isConstant ? ChunkedDual<4, Double>(carried.value) : ChunkedDual<4, Double>(carried.value, seed: 0)
        let r = body(s, ChunkedDual(a.value, seed: 1), ChunkedDual(b.value, seed: 2))
        let t = r.tangents
        return entry(value: r.value, (carried, t[0]), (a, t[1]), (b, t[2]))
    }

    /// `carried + term(a, b)`: the term's two partials by one two-lane sweep, the carried
    /// value's partial 1 by construction; one entry with three parents, as `record` makes, at
    /// half the lanes.
    @inlinable @inline(__always)
    public mutating func accumulate<G: SumTerm>(_ term: G, into carried: StatementValue, _ a: StatementValue, _ b: StatementValue) -> StatementValue {
        let r = term(ChunkedDual<2, Double>(a.value, seed: 0), ChunkedDual(b.value, seed: 1))
        let t = r.tangents
        return entry(value: carried.value + r.value, (carried, 1), (a, t[0]), (b, t[1]))
    }

    /// Appends one entry with these parents and partials (constant parents are left out) and
    /// returns its value.
    @inlinable @inline(__always)
    mutating func entry(value: Double, _ p: (StatementValue, Double), _ q: (StatementValue, Double),
                        _ r: (StatementValue, Double)) -> StatementValue {
        precondition(entryCount < entryCapacity && parentCount + 3 <= parentCapacity, "statement tape full")
        append(p); append(q); append(r)
        entryCount += 1
        offsets[entryCount] = Int32(truncatingIfNeeded: parentCount)
        return StatementValue(index: inputs.count + entryCount - 1, value: value)
    }

    @inlinable @inline(__always)
    mutating func append(_ p: (parent: StatementValue, partial: Double)) {
        if p.parent.isConstant { return }
        parents[parentCount] = p.parent.index
        partials[parentCount] = p.partial
        parentCount += 1
    }

    /// The gradient of the value at `output` with respect to the inputs.
    /// As in DualAD's sweep, the contribution to the entry just before is carried in a register
    /// (statements chain through their carried value).
    @inlinable public func gradient(of output: StatementValue) -> [Double] {
        let n = inputs.count, count = n + entryCount
        let adj = UnsafeMutablePointer<Double>.allocate(capacity: count)
        defer { adj.deallocate() }
        adj.initialize(repeating: 0, count: count)
        if output.isConstant { return Array(UnsafeBufferPointer(start: adj, count: n)) }
        adj[Int(output.index)] = 1
        var carry = 0.0
        var e = Int(output.index) - n
        while e >= 0 {
            let a = adj[n + e] + carry
            carry = 0
            let previous = Int32(truncatingIfNeeded: n + e - 1)
            for j in Int(offsets[e])..<Int(offsets[e + 1]) {
                if parents[j] == previous { carry += partials[j] * a } else { adj[Int(parents[j])] += partials[j] * a }
            }
            e -= 1
        }
        if n > 0 { adj[n - 1] += carry }
        return Array(UnsafeBufferPointer(start: adj, count: n))
    }
}

/// Rosenbrock's value and gradient by the statement tape, the sum's terms accumulated: one
/// three-parent entry per term, from a two-lane sweep of the term.
///
/// The loop is written out here and in `rosenbrockGradientByStatements` rather than shared
/// through a closure parameter: the optimizer left that closure as a call per term (+21 %
/// instructions, measured).
@inlinable
public func rosenbrockGradientBySumTerms<G: SumTerm>(_ term: G, _ x: [Double]) -> (value: Double, gradient: [Double]) {
    var tape = StatementTape(inputs: x, statements: x.count - 1, parentsEach: 3)
    var s = StatementValue(0)
    for i in 0..<(x.count - 1) { s = tape.accumulate(term, into: s, tape.input(i), tape.input(i + 1)) }
    return (s.value, tape.gradient(of: s))
}

/// Rosenbrock's value and gradient by the statement tape: one three-parent entry per term.
@inlinable
public func rosenbrockGradientByStatements<B: CarriedStatement>(_ body: B, _ x: [Double]) -> (value: Double, gradient: [Double]) {
    var tape = StatementTape(inputs: x, statements: x.count - 1, parentsEach: 3)
    var s = StatementValue(0)
    for i in 0..<(x.count - 1) { s = tape.record(body, carried: s, tape.input(i), tape.input(i + 1)) }
    return (s.value, tape.gradient(of: s))
}
