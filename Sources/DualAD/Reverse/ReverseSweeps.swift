// The reverse sweep engine behind `.reverse`: one recording of f on `Tracked` values, then
// one backward sweep per output (per cotangent). The tape is created per call and freed when
// the call (or the last pullback made from it) is done.

/// The tape capacity to start with: a guess that grows with the input count, so that small
/// functions do not over-allocate and large ones do not double many times.
@inlinable
func initialTapeCapacity(inputs n: Int) -> Int { Swift.max(256, 4 * n) }

/// Records f on `Tracked` inputs, checking that its output belongs to this tape or is a
/// constant.
@inlinable
func record<T: ADScalar>(
    _ x: [T], call: StaticString, _ body: ([Tracked<T>]) -> Tracked<T>
) -> (tape: Tape<T>, output: Tracked<T>) {
    let tape = Tape<T>(capacity: initialTapeCapacity(inputs: x.count))
    let output = body(tape.variables(x))
    tape.finishRecording()
    if !output.isConstant && !tape.owns(output) { foreignOutput(call) }
    return (tape, output)
}

/// Records f on `Tracked` inputs, checking that every output belongs to this tape or is a
/// constant.
@inlinable
func record<T: ADScalar>(
    _ x: [T], call: StaticString, _ body: ([Tracked<T>]) -> [Tracked<T>]
) -> (tape: Tape<T>, output: [Tracked<T>]) {
    let tape = Tape<T>(capacity: initialTapeCapacity(inputs: x.count))
    let output = body(tape.variables(x))
    tape.finishRecording()
    for y in output where !y.isConstant && !tape.owns(y) { foreignOutput(call) }
    return (tape, output)
}

/// Stops: f returned a tracked value that was not recorded by this call.
@inline(never) @usableFromInline
func foreignOutput(_ call: StaticString) -> Never {
    usageFailure("\(call)", "f returned a Tracked value from another tape; tapes cannot be mixed (each gradient, VJP or Jacobian call records its own).")
}

/// f(x) and ∇f(x) by one recording and one backward sweep.
@inlinable
func reverseGradient<F: ScalarFunction, T: ADScalar>(_ f: F, at x: [T]) -> (value: T, gradient: [T]) {
    let (tape, y) = record(x, call: "gradient(of:at:strategy:)", { f($0) })
    // The sweep runs in the result's own storage: the inputs' entries come first, so the
    // gradient is its first n adjoints and the rest is dropped (one allocation, no copy).
    let count = tape.count
    // Safety: all `count` slots are initialized, the sweep stays below `count`, and the slots
    // past the inputs are deinitialized before `initialized` says x.count.
    let gradient = [T](unsafeUninitializedCapacity: Swift.max(count, 1)) { buffer, initialized in
        let adjoint = buffer.baseAddress!
        adjoint.initialize(repeating: 0, count: count)
        _ = tape.accumulate(seed: y.backwardSeed(1), into: adjoint, keepsIntermediates: false)
        (adjoint + x.count).deinitialize(count: count - x.count)
        initialized = x.count
    }
    return (y.value, gradient)
}

/// f(x) and its m × n Jacobian by one recording and m backward sweeps (one per row).
@inlinable
func reverseJacobian<F: VectorFunction, T: ADScalar>(_ f: F, at x: [T]) -> (value: [T], jacobian: Matrix<T>) {
    let (tape, y) = record(x, call: "jacobian(of:at:strategy:)", { f($0) })
    let n = x.count, m = y.count
    var jacobian = Matrix<T>(rows: m, columns: n, repeating: 0)
    // One adjoint buffer for all rows: a sweep from output i only touches entries up to
    // y[i]'s, so only those are zeroed again before the next row.
    let adjoints = AdjointBuffer<T>(count: tape.count)
    defer { adjoints.deallocate() }
    let adjoint = adjoints.base
    for i in 0..<m where !y[i].isConstant {
        let last = tape.accumulate(seed: y[i].backwardSeed(1), into: adjoint, keepsIntermediates: false)
        for j in 0..<n { jacobian.entries[i * n + j] = adjoint[j] }
        if last >= 0 { adjoint.update(repeating: 0, count: last + 1) }
    }
    return (y.map(\.value), jacobian)
}

/// ∇f(x) and ∇²f(x)·v by forward-over-reverse: one recording of f on `Tracked<Dual<T>>`
/// (each input carries the direction vᵢ as its tangent) and one backward sweep, whose
/// adjoints are duals: value parts give ∇f, tangent parts give ∇²f·v.
@inlinable
func reverseHessianVectorProduct<F: ScalarFunction, T: ADScalar>(
    _ f: F, at x: [T], along v: [T]
) -> (gradient: [T], hessianVector: [T]) {
    let seeded = seededDuals(x, along: v)
    let (tape, y) = record(seeded, call: "hessianVectorProduct(of:at:along:)", { f($0) })
    var adjoints: [Dual<T>] = []
    tape.backward(seeds: [y.backwardSeed(1)], into: &adjoints)
    return (adjoints[0..<x.count].map(\.value), adjoints[0..<x.count].map(\.tangent))
}
