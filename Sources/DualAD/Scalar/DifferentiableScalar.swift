// The shared base of the three differentiable scalars — `Dual` (forward), `ChunkedDual`
// (forward, N directions) and `Tracked` (reverse). Everything that is the same for them and
// costs the type checker nothing is written here once: literals, constants, zero, magnitude,
// negate(), hashing by value.
//
// The operators (`+ - * /`, their compound forms, prefix `-`, `==`, `<`) are NOT defaults
// here, although they are the same one-liner for every type (`evaluate(.add, lhs, rhs)`):
// every operator in a module is a candidate for every operator in user code, and a generic
// `static func * (Self, Self) -> Self` in a protocol extension defeats the solver's
// favouring of the overload whose parameter types match the operands. Measured with
// `-debug-time-expression-type-checking` on `3 * x[0] * x[0] - 2 * x[0] * x[1] + … ` over
// `DualVector<Double>`: 79 ms with concrete operators on each type, 426 ms with them here.
// So each type declares its operators concretely (`Forward/Dual+Operators.swift`, …), each a
// call of `evaluate`, and this file holds the rest.
//
// Only `Dual` keeps operators that user code sees by name: closures are written in
// `Dual<Double>`. `ChunkedDual`, `Tracked`, `SparsityTracer` and `HessianTracer` are reached only
// through generic code, where `x + y` resolves to the protocol requirement anyway; they declare
// their arithmetic as `_add`, `_multiply`, … marked `@_implements(AdditiveArithmetic, +(_:_:))`
// and so on (the standard library's way of witnessing an operator under another name), so they
// add no candidate to the operators of every expression a user writes — plain `Double` code
// included. Measured with `-debug-constraints` (Swift 6.3.1) on `(0..<24).map { 0.1 +
// Double($0) / 24 }` in a file that imports DualAD: 4862 overload attempts with these four
// types' operators visible, 4114 without (7432 → 6532 beside `import XCTest`).
//
// A conforming type writes only what differs: its storage, `value`, `init(_:)` for a
// constant, `isExactlyZero`, the chain rule in `evaluate(_:_:)`, `evaluate(_:_:_:)` and
// `power(_:_:)`, and its operator one-liners.

/// A scalar that carries derivative information beside its value: ``Dual``, ``ChunkedDual``
/// and ``Tracked`` conform.
///
/// The conformances that are the same for every such type — integer and float literals as
/// constants, `S(c)`, `zero`, `magnitude`, `negate()` and hashing by value — come from this
/// protocol's extension, written once. Every operator of a conforming type reads the rule
/// table through its ``ADScalar/evaluate(_:_:)-(UnaryFunction,_)`` and
/// ``ADScalar/evaluate(_:_:_:)-(BinaryFunction,_,_)``.
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

    /// The given value with the derivative parts of `other` (its tangents, or its place on a
    /// tape): for results whose value the primal type computes in one step while their
    /// derivative comes from the rule table, such as a fused multiply-add.
    init(_ value: Primal, derivativeOf other: Self)

    /// The result of a one-argument function at `x` with this value and local derivative
    /// `d`: the chain rule of this type (tangent d·ẋ; for `Tracked`, a reference to x's entry
    /// scaled by d). Every one-argument function — built-in or a user's
    /// ``DifferentiableFunction`` — ends here.
    init(_ value: Primal, derivativeOf x: Self, times d: Primal)

    /// The result of a two-argument function at `(x, y)` with this value and partials `dx`,
    /// `dy` (tangent dx·ẋ + dy·ẏ; for `Tracked`, at most one entry).
    init(_ value: Primal, derivativeOf x: Self, times dx: Primal, plus y: Self, times dy: Primal)

    /// f(x, c) for a constant c of the primal type (`x * 2`, `x - ys[i]`): the rule table's
    /// partial in x only, so the constant contributes no term. The default is
    /// `evaluate(function, x, Self(c))`; ``Dual`` answers with the one-argument chain rule,
    /// because its two-argument rule computes both terms.
    static func evaluate(_ function: BinaryFunction, _ x: Self, constant c: Primal) -> Self

    /// f(c, y) for a constant c of the primal type (`2 * x`, `1 - x`): the rule table's
    /// partial in y only (see ``evaluate(_:_:constant:)``).
    static func evaluate(_ function: BinaryFunction, constant c: Primal, _ y: Self) -> Self
}

extension DifferentiableScalar {
    /// f(x, c) as f(x, Self(c)): for types whose two-argument rule already skips an operand
    /// without derivative parts (``ChunkedDual``'s flag, ``Tracked``'s missing tape).
    /// - Complexity: As ``ADScalar/evaluate(_:_:_:)-(BinaryFunction,_,_)``.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Self, constant c: Primal) -> Self {
        evaluate(function, x, Self(c))
    }

    /// f(c, y) as f(Self(c), y) (see ``evaluate(_:_:constant:)``).
    /// - Complexity: As ``ADScalar/evaluate(_:_:_:)-(BinaryFunction,_,_)``.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, constant c: Primal, _ y: Self) -> Self {
        evaluate(function, Self(c), y)
    }
}

extension DifferentiableScalar {
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

    /// Negates in place.
    /// - Complexity: As prefix `-`.
    @inlinable @inline(__always)
    public mutating func negate() { self = -self }
}

extension DifferentiableScalar {
    /// π, as a constant.
    /// - Complexity: O(1).
    @inlinable public static var pi: Self { Self(Primal.pi) }
    /// +∞, as a constant.
    /// - Complexity: O(1).
    @inlinable public static var infinity: Self { Self(Primal.infinity) }
    /// A quiet NaN, as a constant.
    /// - Complexity: O(1).
    @inlinable public static var nan: Self { Self(Primal.nan) }
    /// Whether the value is NaN.
    /// - Complexity: O(1).
    @inlinable public var isNaN: Bool { value.isNaN }
    /// Whether the value is finite.
    /// - Complexity: O(1).
    @inlinable public var isFinite: Bool { value.isFinite }
    /// Whether the value is ±∞.
    /// - Complexity: O(1).
    @inlinable public var isInfinite: Bool { value.isInfinite }
    /// The value rounded by `rule`, as a constant: rounding is piecewise constant, so its
    /// derivative is 0 (as ForwardDiff.jl and JAX define it; at a jump it does not exist).
    ///
    /// Each conforming type declares `rounded(_:)` as a one-line call of this (a member of the
    /// type itself, so that it wins over `FloatingPoint`'s default of the same name).
    /// - Complexity: O(1).
    @inlinable func roundedConstant(_ rule: FloatingPointRoundingRule) -> Self { Self(value.rounded(rule)) }
}

extension DifferentiableScalar where Primal: Hashable {
    /// Hashes the value only, consistent with `==`.
    /// - Complexity: O(1).
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
