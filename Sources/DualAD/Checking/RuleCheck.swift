// A one-call check of a user's derivative rule: the rule against Richardson-extrapolated
// central differences of the user's own value function, at points the user names. The value
// function is evaluated in Float80 where the platform has it (Double elsewhere), so the
// reference carries more digits than the rule it checks when the value does.

/// The result of ``checkRule(_:at:tolerance:)-(F,[Double],_)``: one entry per point and partial,
/// and whether all agree. Its `description` is a readable table.
public struct RuleCheck: CustomStringConvertible, Sendable {
    /// One comparison: the rule's derivative against the difference quotient.
    public struct Entry: Sendable {
        /// The point (one component per argument of the function).
        public let point: [Double]
        /// Which argument the partial is with respect to (0 for a one-argument function).
        public let argument: Int
        /// The function's value there.
        public let value: Double
        /// The derivative the rule gives.
        public let rule: Double
        /// The Richardson-extrapolated central difference of the value function.
        public let reference: Double
        /// |rule − reference| / max(1, |reference|): relative, absolute for derivatives below 1.
        public let error: Double
        /// Whether `error` is within the tolerance (a NaN on either side fails unless both are NaN).
        public let passed: Bool
    }

    /// The name of the checked function's type.
    public let function: String
    /// Every comparison, point by point.
    public let entries: [Entry]
    /// The largest `error` allowed.
    public let tolerance: Double

    /// Whether every entry agrees.
    public var passed: Bool { entries.allSatisfy(\.passed) }

    /// The comparisons that failed.
    public var failures: [Entry] { entries.filter { !$0.passed } }

    /// A table of every comparison, with a summary line first.
    public var description: String {
        let failed = failures.count
        var lines = ["checkRule(\(function)): \(failed == 0 ? "the rule agrees" : "the rule DISAGREES") at \(entries.count - failed) of \(entries.count) comparisons (tolerance \(tolerance))"]
        for e in entries {
            let at = e.point.count == 1 ? "x = \(e.point[0])" : "(x, y) = (\(e.point[0]), \(e.point[1]))"
            let which = e.point.count == 1 ? "f′" : (e.argument == 0 ? "∂f/∂x" : "∂f/∂y")
            lines.append("  \(e.passed ? "ok  " : "FAIL") \(at): f = \(e.value), \(which) rule \(e.rule), differences \(e.reference), error \(e.error)")
        }
        return lines.joined(separator: "\n")
    }
}

#if (arch(x86_64) || arch(i386)) && !os(Windows) && !os(Android)
/// The type the reference differences are computed in.
@usableFromInline typealias RuleCheckReal = Float80
#else
@usableFromInline typealias RuleCheckReal = Double
#endif

/// One comparison entry.
@usableFromInline
func ruleCheckEntry(_ point: [Double], _ argument: Int, value: Double, rule: Double, reference: Double, tolerance: Double) -> RuleCheck.Entry {
    let error = Swift.abs(rule - reference) / Swift.max(1, Swift.abs(reference))
    let passed = (rule.isNaN && reference.isNaN) || error <= tolerance
    return RuleCheck.Entry(point: point, argument: argument, value: value, rule: rule, reference: reference, error: error, passed: passed)
}

/// Checks a user's derivative rule against Richardson-extrapolated central differences of
/// its own ``DifferentiableFunction/value(at:)``, at the points given.
///
///     let report = checkRule(LambertW(), at: [0.1, 1, 5])
///     print(report)            // a table; report.passed is false if any point disagrees
///
/// Choose points where the function is smooth on a small neighbourhood (the differences step
/// up to 1 % of max(1, |x|) away). A value computed only to `Double` precision limits the
/// reference to about 10 digits, which the default tolerance allows for.
/// - Complexity: Per point, one derivative and about a dozen value evaluations.
public func checkRule<F: DifferentiableFunction>(_ f: F, at points: [Double], tolerance: Double = 1e-8) -> RuleCheck {
    let entries = points.map { x in
        let value = f.value(at: x)
        let rule = f.derivative(at: x, value: value)
        let reference = richardsonDerivative(at: RuleCheckReal(x)) { f.value(at: $0) }
        return ruleCheckEntry([x], 0, value: value, rule: rule, reference: Double(reference), tolerance: tolerance)
    }
    return RuleCheck(function: "\(F.self)", entries: entries, tolerance: tolerance)
}

/// Checks a user's two-argument rule: both partials against Richardson-extrapolated central
/// differences of its ``BinaryDifferentiableFunction/value(at:_:)``, at the points given.
/// - Complexity: Per point, one evaluation of the partials and about two dozen of the value.
public func checkRule<F: BinaryDifferentiableFunction>(_ f: F, at points: [(Double, Double)], tolerance: Double = 1e-8) -> RuleCheck {
    var entries: [RuleCheck.Entry] = []
    for (x, y) in points {
        let value = f.value(at: x, y)
        let partials = f.partials(at: x, y, value: value)
        let dx = richardsonDerivative(at: RuleCheckReal(x)) { f.value(at: $0, RuleCheckReal(y)) }
        let dy = richardsonDerivative(at: RuleCheckReal(y)) { f.value(at: RuleCheckReal(x), $0) }
        entries.append(ruleCheckEntry([x, y], 0, value: value, rule: partials.dx, reference: Double(dx), tolerance: tolerance))
        entries.append(ruleCheckEntry([x, y], 1, value: value, rule: partials.dy, reference: Double(dy), tolerance: tolerance))
    }
    return RuleCheck(function: "\(F.self)", entries: entries, tolerance: tolerance)
}
