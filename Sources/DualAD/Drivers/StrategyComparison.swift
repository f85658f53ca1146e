// The forward-versus-reverse trade-off made measurable: differentiate one write-once function
// with every strategy and report, per strategy, the sweeps, the operations propagated or
// recorded, the working memory, the time, and how far its Jacobian is from the others'.

/// One strategy's line in a ``StrategyComparison``.
public struct StrategyMeasurement: Sendable {
    /// The strategy measured (`.automatic` appears as what it resolved to).
    public let strategy: Strategy
    /// Forward sweeps, or 1 recording + m backward sweeps, or evaluations of f.
    public let sweeps: Int
    /// Scalar operations propagated (forward: per sweep × sweeps) or evaluated while
    /// recording (reverse; the tape holds ``StrategyComparison/tapeEntries`` of them).
    public let operations: Int
    /// Peak working memory in bytes: dual inputs and outputs, or the tape and adjoints.
    public let peakMemoryBytes: Int
    /// Wall time of one Jacobian, best of the repetitions, in seconds.
    public let seconds: Double
    /// The largest relative difference |Jₛ − Jₜ| / max(1, |Jₜ|) from the other exact
    /// strategies' Jacobians (for `.centralDifference`, from forward mode's).
    public let maxDifference: Double
    /// The Jacobian this strategy computed (m × n).
    public let jacobian: Matrix<Double>
}

/// A comparison of differentiation strategies on one function at one point; `description`
/// prints it as a table.
public struct StrategyComparison: Sendable, CustomStringConvertible {
    /// Inputs n and outputs m of the function.
    public let inputs: Int, outputs: Int
    /// Scalar operations in one evaluation of f (counted by evaluating it once).
    public let operationsPerEvaluation: Int
    /// Entries of the reverse-mode tape of one evaluation, inputs excluded: one per operation
    /// on two recorded values (one-operand operations fold into their operand's entry).
    public let tapeEntries: Int
    /// What `.automatic` picks for this shape.
    public let automaticChoice: Strategy
    /// One line per strategy.
    public let measurements: [StrategyMeasurement]

    /// The measurement with the least time among the exact strategies.
    public var fastest: StrategyMeasurement? {
        measurements.filter { $0.strategy != .centralDifference }.min { $0.seconds < $1.seconds }
    }

    /// The table: one row per strategy.
    public var description: String {
        var lines = ["f: R^\(inputs) → R^\(outputs), \(operationsPerEvaluation) operations per evaluation (\(tapeEntries) tape entries); .automatic picks \(automaticChoice)"]
        let header = ["strategy", "sweeps", "operations", "memory (B)", "time (µs)", "max |Δ|"]
        var rows = measurements.map { m in
            [m.strategy.description, "\(m.sweeps)", "\(m.operations)", "\(m.peakMemoryBytes)",
             formatFixed(m.seconds * 1e6, digits: 1), formatScientific(m.maxDifference)]
        }
        rows.insert(header, at: 0)
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        for (r, row) in rows.enumerated() {
            lines.append(row.indices.map { c in
                c == 0 ? row[c] + String(repeating: " ", count: widths[c] - row[c].count)
                       : String(repeating: " ", count: widths[c] - row[c].count) + row[c]
            }.joined(separator: "  "))
            if r == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }
}

/// A fixed-point rendering without Foundation.
func formatFixed(_ x: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (x * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

/// `1.2e-15`, or `0` for zero.
func formatScientific(_ x: Double) -> String {
    if x == 0 { return "0" }
    if !x.isFinite { return "\(x)" }
    var exponent = 0, mantissa = x
    while mantissa >= 10 { mantissa /= 10; exponent += 1 }
    while mantissa < 1 { mantissa *= 10; exponent -= 1 }
    return "\(formatFixed(mantissa, digits: 1))e\(exponent)"
}

/// Differentiates f: Rⁿ → Rᵐ at x with every strategy — forward, chunked (the default chunk),
/// reverse, and central differences — and reports sweeps, operations, memory, time and
/// agreement.
///
///     print(compareStrategies(of: Layer(), at: [0.3, 0.7]))
///
/// - Parameters:
///   - f: The function.
///   - x: The point; n ≥ 1 inputs.
///   - repetitions: How many times each Jacobian is timed (the best is reported).
/// - Complexity: `repetitions` Jacobians per strategy, plus one evaluation to count operations
///   and one recording to measure the tape.
public func compareStrategies<F: VectorFunction>(of f: F, at x: [Double], repetitions: Int = 3) -> StrategyComparison {
    let call: StaticString = "compareStrategies(of:at:repetitions:)"
    checkNonEmpty(x.count, call)
    if repetitions < 1 { usageFailure("\(call)", "repetitions must be at least 1, got \(repetitions).") }
    let n = x.count
    // One counted evaluation gives the operations and m; one recording the tape's size.
    let (operations, m) = countOperations(of: f, at: x)
    let (tape, _) = record(x, call: call, { f($0) })
    let chunk = Strategy.defaultChunkSize(forInputCount: n)
    let strategies: [Strategy] = [.forward, .chunked(chunk), .reverse, .centralDifference]
    let clock = ContinuousClock()
    var results: [(Strategy, Matrix<Double>, Double)] = []
    for strategy in strategies {
        var best = Double.infinity
        var jacobianResult = Matrix<Double>(rows: 0, columns: 0, repeating: 0)
        for _ in 0..<repetitions {
            let start = clock.now
            jacobianResult = jacobian(of: f, at: x, strategy: strategy)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = Swift.min(best, seconds)
        }
        results.append((strategy, jacobianResult, best))
    }
    let doubleBytes = MemoryLayout<Double>.stride
    // Sweeps come from the dispatcher (the same counts its cost model uses); operations and
    // memory are what this report adds.
    func sweepsAndCost(_ s: Strategy) -> (sweeps: Int, operations: Int, memory: Int) {
        let resolved = s.dispatch(inputs: n, call: call, outputs: { m })
        let sweeps = resolved.sweeps(inputs: n, outputs: m)
        switch resolved {
        case .forward(let type):
            let bytes = (n + m) * (type == .dual ? MemoryLayout<Dual<Double>>.stride : (type.width + 1) * doubleBytes)
            return (sweeps, sweeps * operations, bytes)
        case .reverse:
            let bytes = tape.byteCount + tape.count * doubleBytes + n * MemoryLayout<Tracked<Double>>.stride
            return (sweeps, operations, bytes)
        case .centralDifference:
            return (sweeps, sweeps * operations, (n + 3 * m) * doubleBytes)
        }
    }
    func difference(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Double {
        zip(a.storage, b.storage).map { Swift.abs($0 - $1) / Swift.max(1, Swift.abs($1)) }.max() ?? 0
    }
    let measurements = results.map { (strategy, J, seconds) -> StrategyMeasurement in
        let others = strategy == .centralDifference
            ? results.filter { $0.0 == .forward }
            : results.filter { $0.0 != strategy && $0.0 != .centralDifference }
        let maxDifference = others.map { difference(J, $0.1) }.max() ?? 0
        let cost = sweepsAndCost(strategy)
        return StrategyMeasurement(strategy: strategy, sweeps: cost.sweeps, operations: cost.operations,
                                   peakMemoryBytes: cost.memory, seconds: seconds,
                                   maxDifference: maxDifference, jacobian: J)
    }
    return StrategyComparison(inputs: n, outputs: m, operationsPerEvaluation: operations, tapeEntries: tape.count - n,
                              automaticChoice: Strategy.automatic.resolved(inputs: n, outputs: m),
                              measurements: measurements)
}
