// Finite differences: the reference that every derivative rule is checked against. They use
// only the primal function, never the rule table, so they are an independent truth, and their
// error is known: O(h²) truncation plus O(ε/h) round-off for a central difference.

/// The central difference (f(x + h) − f(x − h)) / 2h, an O(h²) approximation of f′(x).
///
/// With the default step h = ∛ε·max(1, |x|) the truncation and round-off errors balance, and
/// the result carries about two thirds of the digits of `T` (≈ 10 for `Double`).
///
///     centralDifference(at: 2.0) { x in x * x }   // 4.000000000…
///
/// - Parameters:
///   - x: The point.
///   - h: The step; `nil` chooses ∛ε·max(1, |x|).
///   - f: The function, called twice.
/// - Complexity: Two calls of `f`.
@inlinable
public func centralDifference<T: BinaryFloatingPoint>(
    at x: T, step h: T? = nil, of f: (T) throws -> T
) rethrows -> T {
    let step = h ?? defaultCentralStep(at: x)
    // Divide by the distance between the two points actually evaluated: x + h and x − h are
    // rounded to T, so (x + h) − (x − h) can differ from 2h, and using it removes that error.
    let up = x + step, down = x - step
    return (try f(up) - f(down)) / (up - down)
}

/// ∛ε·max(1, |x|), the step that balances truncation and round-off in a central difference.
@inlinable
public func defaultCentralStep<T: BinaryFloatingPoint>(at x: T) -> T {
    // ε^(1/3) by bisection-free arithmetic: ε is a power of two, so its cube root is exact
    // to within one rounding when computed through Double.
    let cubeRootOfEpsilon = T(exp2(log2(Double(T.ulpOfOne)) / 3))
    return cubeRootOfEpsilon * Swift.max(1, Swift.abs(x))
}

/// f′(x) by Richardson extrapolation of central differences: the differences at steps
/// h, h/2, h/4, … are combined to cancel the h², h⁴, … error terms (Ridders' table).
///
/// Run in `Float80` (where available) it gives `Double` derivatives to 12 or more digits for
/// smooth functions, which makes it the reference for DualAD's own tests.
///
/// - Parameters:
///   - x: The point; f must be smooth on [x − h, x + h].
///   - h: The first (largest) step; `nil` chooses 0.01·max(1, |x|).
///   - levels: How many halvings (default 6).
///   - f: The function, called 2·levels times.
/// - Returns: The extrapolated derivative.
/// - Complexity: 2·`levels` calls of `f`, O(levels²) arithmetic.
@inlinable
public func richardsonDerivative<T: BinaryFloatingPoint>(
    at x: T, initialStep h: T? = nil, levels: Int = 6, of f: (T) throws -> T
) rethrows -> T {
    precondition(levels >= 1, "richardsonDerivative(at:initialStep:levels:of:): levels must be at least 1, got \(levels)")
    var step = h ?? T(0.01) * Swift.max(1, Swift.abs(x))
    var previous: [T] = []
    var best = T.nan, bestError = T.infinity
    for level in 0..<levels {
        var row = [try centralDifference(at: x, step: step, of: f)]
        var factor: T = 4
        for k in 0..<level {
            row.append((factor * row[k] - previous[k]) / (factor - 1))
            factor *= 4
            // Ridders: keep the entry whose change from its neighbours is smallest.
            let error = Swift.max(Swift.abs(row[k + 1] - row[k]), Swift.abs(row[k + 1] - previous[k]))
            if error <= bestError { bestError = error; best = row[k + 1] }
        }
        if level > 0, Swift.abs(row[level] - previous[level - 1]) >= 2 * bestError { break }
        if level == 0 { best = row[0] }
        previous = row
        step /= 2
    }
    return best
}

/// The gradient of a write-once function by central differences in each coordinate, with
/// step ∛ε·max(1, |xⱼ|): 2n + 1 evaluations (f(x) and two per input). A reference, not a
/// derivative.
@inlinable
func centralDifferenceGradient<F: ScalarFunction, T: ADScalar & BinaryFloatingPoint>(
    _ f: F, at x: [T]
) -> (value: T, gradient: [T]) {
    var probe = x
    let gradient = x.indices.map { j -> T in
        let result = centralDifference(at: x[j]) { t -> T in
            probe[j] = t
            return f(probe)
        }
        probe[j] = x[j]
        return result
    }
    return (f(x), gradient)
}

/// The Jacobian of a write-once function by central differences, column by column: 2n + 1
/// evaluations of f (f(x) and two per input).
@inlinable
func centralDifferenceJacobian<F: VectorFunction, T: ADScalar & BinaryFloatingPoint>(
    _ f: F, at x: [T], call: StaticString
) -> (value: [T], jacobian: Matrix<T>) {
    let value = f(x), n = x.count, m = value.count
    var jacobian = Matrix<T>(rows: m, columns: n, repeating: 0)
    var probe = x
    for j in 0..<n {
        let h = defaultCentralStep(at: x[j])
        probe[j] = x[j] + h
        let up = f(probe)
        probe[j] = x[j] - h
        let down = f(probe)
        probe[j] = x[j]
        if up.count != m { outputCountChanged(call, first: m, sweep: 2 * j + 2, now: up.count) }
        if down.count != m { outputCountChanged(call, first: m, sweep: 2 * j + 3, now: down.count) }
        let width = (x[j] + h) - (x[j] - h)
        for i in 0..<m { jacobian.entries[i * n + j] = (up[i] - down[i]) / width }
    }
    return (value, jacobian)
}
