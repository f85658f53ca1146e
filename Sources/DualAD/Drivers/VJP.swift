/// f(x) and the pullback u ↦ uᵀJ(x) of a write-once function f: Rⁿ → Rᵐ, by one recording.
///
///     let (value, pullback) = vjp(of: Layer(), at: [0.3, 0.7])
///     pullback([1, 0, 0])      // row 0 of the Jacobian: ∇f₀
///     pullback([0.5, 2, -1])   // any other cotangent, without re-recording
///
/// - Parameters:
///   - f: Evaluated once on ``Tracked`` values.
///   - x: The point; n ≥ 1 inputs.
/// - Returns: `(value: f(x), pullback:)`; see ``Pullback``.
/// - Complexity: One recording (a tape of one entry per operation of f on two recorded
///   values); each pullback call is one backward sweep.
@inlinable
public func vjp<F: VectorFunction, T: ADScalar>(of f: F, at x: [T]) -> (value: [T], pullback: Pullback<T>) {
    checkNonEmpty(x.count, "vjp(of:at:)")
    let (tape, y) = record(x, call: "vjp(of:at:)", { f($0) })
    return (y.map(\.value), Pullback(tape: tape, outputs: y, inputCount: x.count))
}

/// f(x) and the pullback u ↦ u·∇f(x) of a write-once scalar function, by one recording.
/// The pullback takes a one-component cotangent `[u]`.
/// - Complexity: One recording; each pullback call is one backward sweep.
@inlinable
public func vjp<F: ScalarFunction, T: ADScalar>(of f: F, at x: [T]) -> (value: T, pullback: Pullback<T>) {
    checkNonEmpty(x.count, "vjp(of:at:)")
    let (tape, y) = record(x, call: "vjp(of:at:)", { f($0) })
    return (y.value, Pullback(tape: tape, outputs: [y], inputCount: x.count))
}
