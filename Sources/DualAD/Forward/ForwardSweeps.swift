// The forward sweep engine: the one loop behind every forward-mode driver — gradients and
// Jacobians of closures and of write-once functions, `.forward` and `.chunked(N)`, Hessians,
// Hessian-vector products, the central-difference Hessian.
//
// A sweep seeds a block of up to `width` directions into the input (tangent lane k of input
// j is set to 1), evaluates once, hands the output to `harvest`, and unseeds the block. With
// `Dual` (width 1) that is n sweeps; with `ChunkedDual<N, T>` (width N) it is ⌈n/N⌉. The input
// is allocated once by the caller and re-seeded in place between sweeps; what "seeding" means
// (a `Dual`'s tangent, a lane of a `ChunkedDual`, the outer or inner tangent of a nested
// dual) is the caller's `seed` closure, so this loop is written once for all of them.

/// Runs one forward sweep per block of `width` directions in `directions`.
///
/// What the sweeps produce is collected in `state`, which `harvest` updates in place: a
/// mutable variable captured by the closures instead would be boxed on the heap where the
/// optimizer cannot prove the closure non-escaping after specialization (two allocations per
/// Jacobian, measured with the benchmarks' malloc counts).
///
/// - Parameters:
///   - input: The seeded input, left unseeded on return.
///   - state: What the harvest accumulates (a gradient, a Jacobian, …).
///   - directions: The directions to sweep, in order (usually `0..<n`).
///   - width: Directions per sweep: 1 for `Dual`, N for `ChunkedDual<N, T>`.
///   - seed: Sets (`true`) or clears (`false`) direction `j`, carried in tangent lane `k`.
///   - evaluate: The function, called once per sweep.
///   - harvest: Receives the state, each sweep's output, its first direction, how many
///     directions it carries, and the sweep's number (1, 2, …).
/// - Complexity: ⌈|directions|/width⌉ calls of `evaluate`, plus 2·|directions| calls of `seed`.
@inlinable
func forwardSweeps<Input, Output, State>(
    seeding input: inout Input,
    into state: inout State,
    directions: Range<Int>,
    width: Int,
    seed: (inout Input, _ direction: Int, _ lane: Int, _ on: Bool) -> Void,
    evaluate: (Input) throws -> Output,
    harvest: (inout State, Output, _ firstDirection: Int, _ count: Int, _ sweep: Int) -> Void
) rethrows {
    var start = directions.lowerBound, sweep = 0
    while start < directions.upperBound {
        let count = Swift.min(width, directions.upperBound - start)
        for k in 0..<count { seed(&input, start + k, k, true) }
        let output = try evaluate(input)
        sweep += 1
        harvest(&state, output, start, count, sweep)
        for k in 0..<count { seed(&input, start + k, k, false) }
        start += width
    }
}

/// ∇f(x) and f(x) for a write-once function by ⌈n/D.directionCount⌉ forward sweeps.
/// - Complexity: ⌈n/width⌉ evaluations of f on `D`; one input buffer, one result array.
@inlinable
func forwardGradient<F: ScalarFunction, D: SeedableDual>(
    _ f: F, at x: [D.Primal], using _: D.Type
) -> (value: D.Primal, gradient: [D.Primal]) {
    var input = x.map { D.constant($0) }
    var result = (value: D.Primal(0), gradient: [D.Primal](repeating: 0, count: x.count))
    forwardSweeps(
        seeding: &input, into: &result, directions: 0..<x.count, width: D.directionCount,
        seed: { input, j, k, on in input[j].setTangent(k, to: on ? 1 : 0) },
        evaluate: { f($0) },
        harvest: { result, y, start, count, _ in
            for k in 0..<count { result.gradient[start + k] = y.tangent(k) }
            result.value = y.primal
        })
    return result
}

/// The point x seeded with the direction v, as the `[Dual<T>]` a write-once function takes.
///
/// Built in uninitialized storage: one allocation and one store per input. `indices.map`
/// cost 9 % of a whole JVP of Rosenbrock at n = 100 (instructions, `ForwardCounts`
/// `jvpDriverSmall`), this 0.6 % over a hand-written fill (`Benchmarks/README.md`).
/// - Complexity: O(n); one allocation.
@inlinable
func seededDuals<T: ADScalar>(_ x: [T], along v: [T]) -> [Dual<T>] {
    let n = Swift.min(x.count, v.count)
    // Safety: exactly n elements are initialized, one per iteration, and n is reported.
    return [Dual<T>](unsafeUninitializedCapacity: n) { buffer, initialized in
        for j in 0..<n { buffer.initializeElement(at: j, to: Dual(x[j], tangent: v[j])) }
        initialized = n
    }
}
