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
@_disfavoredOverload @inlinable
public func jacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> Matrix<T> {
    try forwardJacobian(at: x, of: f).jacobian
}

/// f(x) and its m × n Jacobian, by n forward sweeps.
///
/// `Double` points also take closures that return an array of duals (built with
/// `map` or `append`); at other scalar types, wrap such an array in ``DualVector``.
/// - Complexity: n forward sweeps.
@_disfavoredOverload @inlinable
public func valueWithJacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> (value: [T], jacobian: Matrix<T>) {
    try forwardJacobian(at: x, of: f)
}

/// The closure Jacobian on the forward sweep engine, for a closure returning a ``DualVector``.
@inlinable
func forwardJacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> DualVector<T>
) rethrows -> (value: [T], jacobian: Matrix<T>) {
    try closureJacobian(at: x, of: f, count: { $0.count }, values: { $0.value }, tangent: { y, i in y.tangent[i] })
}

/// The closure Jacobian on the forward sweep engine, for a closure returning `[Dual<T>]`.
@inlinable
func forwardJacobian<T: ADScalar>(
    at x: [T], of f: (DualVector<T>) throws -> [Dual<T>]
) rethrows -> (value: [T], jacobian: Matrix<T>) {
    try closureJacobian(at: x, of: f, count: { $0.count }, values: { $0.map { $0.value } }, tangent: { y, i in y[i].tangent })
}

/// A closure's Jacobian, one sweep per input, whatever collection of duals it returns.
/// (The accessors are closures, not key paths: a generic key path such as `\.primal` is
/// instantiated at run time, one allocation per call.)
@inlinable
func closureJacobian<T: ADScalar, Output>(
    at x: [T], of f: (DualVector<T>) throws -> Output,
    count: (Output) -> Int, values: (Output) -> [T], tangent: (Output, Int) -> T
) rethrows -> (value: [T], jacobian: Matrix<T>) {
    checkNonEmpty(x.count, "jacobian(at:of:)")
    var input = DualVector(x)
    return try forwardJacobian(
        seeding: &input, inputCount: x.count, width: 1, call: "jacobian(at:of:)",
        seed: { input, j, _, on in input.tangent[j] = on ? 1 : 0 },
        evaluate: f,
        outputCount: count,
        values: values,
        tangent: { y, i, _ in tangent(y, i) })
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
    let declared = f.outputCount(forInputCount: x.count)
    let resolved = strategy.dispatch(inputs: x.count, call: call, outputs: { declared ?? f(x).count })
    let result: (value: [T], jacobian: Matrix<T>)
    switch resolved {
    case .forward(let type):
        result = ForwardJacobian(f: f, x: x, call: call).run(type)
    case .centralDifference:
        result = centralDifferenceJacobian(f, at: x, call: call)
    case .reverse:
        result = reverseJacobian(f, at: x)
    }
    if case .automatic = strategy, let declared, result.value.count != declared {
        usageFailure("\(call)", "f.outputCount(forInputCount: \(x.count)) declared \(declared) outputs, but f returned \(result.value.count).")
    }
    return result
}

/// The forward Jacobian of a write-once function, for whichever dual type the strategy chose.
@usableFromInline
struct ForwardJacobian<F: VectorFunction, Primal: ADScalar>: ForwardJob {
    @usableFromInline let f: F
    @usableFromInline let x: [Primal]
    @usableFromInline let call: StaticString
    @inlinable init(f: F, x: [Primal], call: StaticString) { self.f = f; self.x = x; self.call = call }
    @inlinable func run<D: SeedableDual>(_ type: D.Type) -> (value: [Primal], jacobian: Matrix<Primal>) where D.Primal == Primal {
        var input = x.map { D.constant($0) }
        return forwardJacobian(
            seeding: &input, inputCount: x.count, width: D.directionCount, call: call,
            seed: { input, j, k, on in input[j].setTangent(k, to: on ? 1 : 0) },
            evaluate: { f($0) },
            outputCount: { $0.count },
            values: { $0.map { $0.primal } },
            tangent: { y, i, k in y[i].tangent(k) })
    }
}

/// f(x) and its m × n Jacobian from the forward sweep engine: each sweep's output fills the
/// columns of the directions it carried. The first sweep fixes m (and gives f(x)); a later
/// sweep with another output count stops with a message naming `call`.
/// - Complexity: ⌈n/width⌉ sweeps; O(m·n) memory for the result.
@inlinable
func forwardJacobian<Input, Output, T: ADScalar>(
    seeding input: inout Input, inputCount n: Int, width: Int, call: StaticString,
    seed: (inout Input, Int, Int, Bool) -> Void,
    evaluate: (Input) throws -> Output,
    outputCount: (Output) -> Int,
    values: (Output) -> [T],
    tangent: (Output, _ output: Int, _ lane: Int) -> T
) rethrows -> (value: [T], jacobian: Matrix<T>) {
    var result = (value: [T](), jacobian: Matrix<T>(rows: 0, columns: n, repeating: 0))
    try forwardSweeps(
        seeding: &input, into: &result, directions: 0..<n, width: width, seed: seed, evaluate: evaluate,
        harvest: { result, y, start, count, sweep in
            let m = outputCount(y)
            if sweep == 1 {
                result.value = values(y)
                result.jacobian = Matrix(rows: m, columns: n, repeating: 0)
            } else if m != result.value.count {
                outputCountChanged(call, first: result.value.count, sweep: sweep, now: m)
            }
            for i in 0..<m {
                for k in 0..<count { result.jacobian.entries[i * n + start + k] = tangent(y, i, k) }
            }
        })
    return result
}
