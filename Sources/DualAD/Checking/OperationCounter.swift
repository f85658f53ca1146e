// A scalar type that counts the operations a generic function performs: what
// `compareStrategies` reports as "operations per evaluation" (the reverse tape records fewer
// entries than that, since one-operand operations fold into their operand's entry).

import Synchronization

/// The count behind `CountedDouble`s: a class, so that a counted value that escapes its call
/// (a user's f that stashes it) keeps the count alive instead of writing to freed memory, and
/// atomic, so that such a value used from another task is not a data race. Counting is not a
/// hot path (`compareStrategies` runs f once on this type).
final class OperationTally: Sendable {
    let count = Atomic<Int>(0)
}

/// A `Double` that adds one to a counter per arithmetic operation or elementary function
/// involving it. Constants (literals, `S(c)`) count nothing until combined with a counted value.
struct CountedDouble: ADScalar, Sendable {
    let value: Double
    let counter: OperationTally?

    init(_ value: Double, counter: OperationTally?) {
        self.value = value
        self.counter = counter
    }

    /// A result of one operation on `operands`: counted when any operand is.
    static func counted(_ value: Double, _ operands: CountedDouble...) -> CountedDouble {
        counted(value, operands)
    }

    /// A result of one operation on `operands`: counted when any operand is.
    static func counted(_ value: Double, _ operands: [CountedDouble]) -> CountedDouble {
        let counter = operands.lazy.compactMap(\.counter).first
        counter?.count.add(1, ordering: .relaxed)
        return CountedDouble(value, counter: counter)
    }

    init(constant c: Double) { self.init(c, counter: nil) }
    init(_ c: Double) { self.init(c, counter: nil) }
    init(integerLiteral value: Int) { self.init(Double(value), counter: nil) }
    init(floatLiteral value: Double) { self.init(value, counter: nil) }
    init?<Source: BinaryInteger>(exactly source: Source) {
        guard let value = Double(exactly: source) else { return nil }
        self.init(value, counter: nil)
    }

    var magnitude: CountedDouble { .counted(Swift.abs(value), self) }
    static var pi: CountedDouble { CountedDouble(constant: Double.pi) }
    static var infinity: CountedDouble { CountedDouble(constant: Double.infinity) }
    static var nan: CountedDouble { CountedDouble(constant: Double.nan) }
    var isNaN: Bool { value.isNaN }
    var isFinite: Bool { value.isFinite }
    var isInfinite: Bool { value.isInfinite }
    func rounded(_ rule: FloatingPointRoundingRule) -> CountedDouble { CountedDouble(constant: value.rounded(rule)) }
    var isExactlyZero: Bool { counter == nil && value == 0 }

    static func == (lhs: CountedDouble, rhs: CountedDouble) -> Bool { lhs.value == rhs.value }
    static func < (lhs: CountedDouble, rhs: CountedDouble) -> Bool { lhs.value < rhs.value }
    static func + (lhs: CountedDouble, rhs: CountedDouble) -> CountedDouble { .counted(lhs.value + rhs.value, lhs, rhs) }
    static func - (lhs: CountedDouble, rhs: CountedDouble) -> CountedDouble { .counted(lhs.value - rhs.value, lhs, rhs) }
    static func * (lhs: CountedDouble, rhs: CountedDouble) -> CountedDouble { .counted(lhs.value * rhs.value, lhs, rhs) }
    static func / (lhs: CountedDouble, rhs: CountedDouble) -> CountedDouble { .counted(lhs.value / rhs.value, lhs, rhs) }
    static func += (lhs: inout CountedDouble, rhs: CountedDouble) { lhs = lhs + rhs }
    static func -= (lhs: inout CountedDouble, rhs: CountedDouble) { lhs = lhs - rhs }
    static func *= (lhs: inout CountedDouble, rhs: CountedDouble) { lhs = lhs * rhs }
    static func /= (lhs: inout CountedDouble, rhs: CountedDouble) { lhs = lhs / rhs }
    static prefix func - (operand: CountedDouble) -> CountedDouble { .counted(-operand.value, operand) }

    static func evaluate(_ function: UnaryFunction, _ x: CountedDouble) -> CountedDouble {
        .counted(Double.evaluate(function, x.value), x)
    }
    static func evaluate(_ function: BinaryFunction, _ x: CountedDouble, _ y: CountedDouble) -> CountedDouble {
        .counted(Double.evaluate(function, x.value, y.value), x, y)
    }
    static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: CountedDouble) -> CountedDouble {
        .counted(function.value(at: x.value), x)
    }
    static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: CountedDouble, _ y: CountedDouble) -> CountedDouble {
        .counted(function.value(at: x.value, y.value), x, y)
    }
    /// Counts the residual evaluations of the implicit problem as one operation per output
    /// (what the derivative's extra evaluation of g costs is not what this counter measures).
    static func solution<P: ImplicitProblem>(of problem: P, parameters: [CountedDouble]) -> [CountedDouble] {
        let x = Double.solution(of: problem, parameters: parameters.map(\.value))
        return x.map { CountedDouble.counted($0, parameters) }
    }
    static func power(_ x: CountedDouble, _ n: Int) -> CountedDouble {
        .counted(Double.power(x.value, n), x)
    }
}

/// The number of operations f performs at x (arithmetic and elementary functions on values
/// that depend on x), and its output count.
/// - Complexity: One evaluation of f.
func countOperations<F: VectorFunction>(of f: F, at x: [Double]) -> (operations: Int, outputs: Int) {
    let counter = OperationTally()
    let outputs = f(x.map { CountedDouble($0, counter: counter) }).count
    return (counter.count.load(ordering: .relaxed), outputs)
}
