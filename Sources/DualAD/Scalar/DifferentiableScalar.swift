// The shared base of the three differentiable scalars — `Dual` (forward), `ChunkedDual`
// (forward, N directions) and `Tracked` (reverse). Everything that is the same for them is
// written here once: equality and order by value, literals, constants, zero, magnitude, and
// the arithmetic operators, each of which reads the rule table through the type's own
// `evaluate` (so `+` and `-` go through `BinaryFunction.add` and `.subtract` like every other
// operation, and each type decides in one place how a partial reaches its derivative parts).
//
// A conforming type writes only what differs: its storage, `value`, `init(_:)` for a
// constant, `isExactlyZero`, and the chain rule in `evaluate(_:_:)`, `evaluate(_:_:_:)` and
// `power(_:_:)`.

/// A scalar that carries derivative information beside its value: ``Dual``, ``ChunkedDual``
/// and ``Tracked`` conform.
///
/// The conformances that are the same for every such type — `Equatable` and `Comparable` by
/// value, integer and float literals as constants, `S(c)`, `zero`, `magnitude` and the
/// operators `+ - * /`, their compound forms and prefix `-` — come from this protocol's
/// extension, written once. Every operator reads the rule table through the conforming type's
/// ``ADScalar/evaluate(_:_:)-(UnaryFunction,_)`` and ``ADScalar/evaluate(_:_:_:)``.
///
/// **Equality and comparison** look at ``value`` only, so that branches in user code
/// (`if x < 0`) take the same path as on plain numbers (ForwardDiff.jl does the same).
public protocol DifferentiableScalar: ADScalar {
    /// The type of the value and of its derivative parts.
    associatedtype Primal: ADScalar

    /// The primal value.
    var value: Primal { get }

    /// A constant: the given value with no derivative information.
    init(_ value: Primal)
}

extension DifferentiableScalar {
    /// Whether the values are equal; derivative parts are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }

    /// Whether `lhs.value < rhs.value`; derivative parts are ignored.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    /// A constant from an integer literal, as `Primal` reads it.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(integerLiteral value: Primal.IntegerLiteralType) { self.init(Primal(integerLiteral: value)) }

    /// A constant from a float literal, as `Primal` reads it.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(floatLiteral value: Primal.FloatLiteralType) { self.init(Primal(floatLiteral: value)) }

    /// A constant from a `Double` (data, weights, coefficients).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public init(constant c: Double) { self.init(Primal(constant: c)) }

    /// A constant from an integer, if `Primal` represents it exactly.
    /// - Complexity: O(1).
    @inlinable
    public init?<Source: BinaryInteger>(exactly source: Source) {
        guard let value = Primal(exactly: source) else { return nil }
        self.init(value)
    }

    /// The constant zero.
    /// - Complexity: O(1).
    @inlinable
    public static var zero: Self { Self(Primal.zero) }

    /// The magnitude |x|, differentiated as ``abs(_:)->S`` (derivative +1 at 0).
    /// - Complexity: One `abs` and its rule.
    @inlinable
    public var magnitude: Self { Self.evaluate(.abs, self) }

    /// The sum, with partials (1, 1) from the rule table.
    /// - Complexity: One addition per derivative part.
    @inlinable @inline(__always)
    public static func + (lhs: Self, rhs: Self) -> Self { evaluate(.add, lhs, rhs) }

    /// The difference, with partials (1, −1) from the rule table.
    /// - Complexity: One subtraction per derivative part.
    @inlinable @inline(__always)
    public static func - (lhs: Self, rhs: Self) -> Self { evaluate(.subtract, lhs, rhs) }

    /// The product, with partials (y, x) from the rule table; a constant factor adds no term.
    /// - Complexity: Two multiplications per derivative part.
    @inlinable @inline(__always)
    public static func * (lhs: Self, rhs: Self) -> Self { evaluate(.multiply, lhs, rhs) }

    /// The quotient, with partials (1/y, −(x/y)/y) from the rule table.
    /// - Complexity: One division and two multiplications per derivative part.
    @inlinable @inline(__always)
    public static func / (lhs: Self, rhs: Self) -> Self { evaluate(.divide, lhs, rhs) }

    /// The negation, with partial −1 from the rule table.
    /// - Complexity: One negation per derivative part.
    @inlinable @inline(__always)
    public static prefix func - (operand: Self) -> Self { evaluate(.negate, operand) }

    /// Adds `rhs` to `lhs` in place.
    /// - Complexity: As `+`.
    @inlinable @inline(__always)
    public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

    /// Subtracts `rhs` from `lhs` in place.
    /// - Complexity: As `-`.
    @inlinable @inline(__always)
    public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }

    /// Multiplies `lhs` by `rhs` in place.
    /// - Complexity: As `*`.
    @inlinable @inline(__always)
    public static func *= (lhs: inout Self, rhs: Self) { lhs = lhs * rhs }

    /// Divides `lhs` by `rhs` in place.
    /// - Complexity: As `/`.
    @inlinable @inline(__always)
    public static func /= (lhs: inout Self, rhs: Self) { lhs = lhs / rhs }

    /// Negates in place.
    /// - Complexity: As prefix `-`.
    @inlinable @inline(__always)
    public mutating func negate() { self = -self }
}

extension DifferentiableScalar where Primal: Hashable {
    /// Hashes the value only, consistent with `==`.
    /// - Complexity: O(1).
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
