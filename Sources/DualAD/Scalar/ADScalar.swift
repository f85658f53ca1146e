/// A real scalar that DualAD can differentiate through: the protocol user code is generic over.
///
/// Write a function once, generic over `S: ADScalar`, and it runs unchanged on plain
/// `Double` or `Float` (the primal), on ``Dual`` (forward mode, nestable for higher
/// orders), and on the reverse-mode tracked type:
///
///     func f<S: ADScalar>(_ x: S) -> S { x * x + sin(x) }
///     f(2.0)                          // 4.909…
///     derivative(at: 2.0) { f($0) }   // 4 + cos(2) = 3.583…
///
/// A conforming type provides `+ - * /` and their compound forms, prefix `-`, integer and
/// float literals, comparison by value, `S(c)` to lift a `Double` constant, and the
/// elementary functions (`exp`, `sin`, `pow`, …) as free functions. Every elementary function
/// is reached through two requirements, ``evaluate(_:_:)-(UnaryFunction,_)`` and
/// ``evaluate(_:_:_:)-(BinaryFunction,_,_)``, keyed by the cases of ``UnaryFunction`` and ``BinaryFunction``: the
/// primal types answer them with the C math library, the differentiable types with the rule
/// table (`Forward/RuleTable.swift`), where every derivative formula is written once.
///
/// `Float`, `Double`, `Float80` (where the platform has it) and `Dual<T>` for any
/// `T: ADScalar` conform.
public protocol ADScalar: SignedNumeric, Comparable, ExpressibleByFloatLiteral, Sendable
where Magnitude == Self {
    /// The quotient of two values.
    static func / (lhs: Self, rhs: Self) -> Self

    /// Divides `lhs` by `rhs` in place.
    static func /= (lhs: inout Self, rhs: Self)

    /// A constant of this scalar type with the given `Double` value (zero derivative).
    ///
    /// Generic code usually spells this `S(c)`, which forwards here.
    init(constant: Double)

    /// A constant of this scalar type with the given `Double` value: how data, weights and
    /// coefficients enter generic code (`S(-y[i])`, `S(X[i][j]) * w[j]`).
    ///
    /// `Double`, `Float` and `Float80` answer with their own conversion; the differentiable
    /// types get it from ``DifferentiableScalar`` (forwarding to ``init(constant:)``). A
    /// requirement, not a default for every conforming type: a default would add a second
    /// `Double.init(_: Double)` to every `Double(x)` in a file that imports DualAD, and the
    /// type checker explores both (`(0..<n).map { 0.5 + 0.01 * Double($0 + k) }`: see
    /// `Scalar/DifferentiableScalar.swift`).
    init(_ constant: Double)

    /// `f(x)` for an elementary function of one argument.
    ///
    /// User code calls the free functions (`exp(x)`, `sin(x)`, …) instead.
    /// - Complexity: One call of `f` (plus its local derivative for differentiable types).
    static func evaluate(_ function: UnaryFunction, _ x: Self) -> Self

    /// `f(x, y)` for an elementary function of two arguments (`pow`, `atan2`, `hypot`,
    /// `min`, `max`) and for multiplication and division.
    ///
    /// User code calls the free functions or operators instead.
    /// - Complexity: One call of `f` (plus its two partials for differentiable types).
    static func evaluate(_ function: BinaryFunction, _ x: Self, _ y: Self) -> Self

    /// `f(x)` for a user's function with its own derivative rule.
    ///
    /// User code calls the function instead (`f(x)`, see ``DifferentiableFunction``). The
    /// primal types answer with `f.value(at:)`, the differentiable types with the rule
    /// (``DifferentiableScalar`` gives both, written once).
    /// - Complexity: One value and one derivative of f per nesting level.
    static func evaluate<F: DifferentiableFunction>(_ function: F, _ x: Self) -> Self

    /// `f(x, y)` for a user's two-argument function with its own partials.
    ///
    /// User code calls the function instead (`f(x, y)`, see ``BinaryDifferentiableFunction``).
    /// - Complexity: One value and both partials of f per nesting level.
    static func evaluate<F: BinaryDifferentiableFunction>(_ function: F, _ x: Self, _ y: Self) -> Self

    /// The solution x*(p) of the system g(x, p) = 0 that `problem` poses, at these parameters.
    ///
    /// User code calls ``solveRoot(of:near:parameters:)->S`` instead. The primal types
    /// solve by Newton's method; the differentiable types take the solution from the level
    /// below and its derivative from the implicit function theorem.
    /// - Complexity: A Newton solve on the primal type, then per nesting level one
    ///   evaluation of g and k forward sweeps of g for ∂g/∂x (k unknowns).
    static func solution<P: ImplicitProblem>(of problem: P, parameters: [Self]) -> [Self]

    /// Whether this is zero and carries no derivative information: for a primal type,
    /// `self == 0`; for ``Dual``, a zero value and an exactly zero tangent at every level.
    ///
    /// Forward mode uses it to skip the product-rule term of a constant factor.
    /// - Complexity: O(nesting depth).
    var isExactlyZero: Bool { get }

    /// Whether the optimizer has proved, at compile time, that this is zero with no derivative
    /// information — a literal or `S(c)` constant, after inlining. Always `false` for values
    /// computed at run time and in unoptimized builds.
    ///
    /// Forward mode drops a constant's product-rule term when this is `true`, with no test
    /// left in the compiled code either way (see `Scalar/ProvablyZero.swift`). A conforming
    /// type of your own may keep the default, `false`.
    /// - Complexity: Free in optimized code.
    var isProvablyZero: Bool { get }

    /// `xⁿ` for an integer exponent, exact for negative bases.
    ///
    /// User code calls `pow(x, n)` instead.
    static func power(_ x: Self, _ n: Int) -> Self

    // The few `FloatingPoint` members that generic numeric code uses most, so that a function
    // generic over `S: ADScalar` can say `.pi`, `x.isNaN` or `x.rounded()` as it would over
    // `FloatingPoint` (which `ADScalar` does not refine: see `DifferentiableScalar+FloatingPoint.swift`).
    // The primal types answer with their own; the differentiable types read the value.

    /// π, as a constant.
    static var pi: Self { get }
    /// +∞, as a constant.
    static var infinity: Self { get }
    /// A quiet NaN, as a constant.
    static var nan: Self { get }
    /// Whether the value is NaN.
    var isNaN: Bool { get }
    /// Whether the value is finite.
    var isFinite: Bool { get }
    /// Whether the value is ±∞.
    var isInfinite: Bool { get }
    /// The value rounded by `rule`: a constant (derivative 0, as ForwardDiff.jl and JAX define it).
    func rounded(_ rule: FloatingPointRoundingRule) -> Self
}

extension ADScalar where Self: BinaryFloatingPoint {
    /// `self == 0`: a primal number carries no derivative information.
    @inlinable @inline(__always)
    public var isExactlyZero: Bool { self == 0 }
}

extension ADScalar {
    /// `false`: nothing proved (`Double`, `Float`, `Float80` and the dual types answer for
    /// themselves).
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public var isProvablyZero: Bool { false }
}

extension DifferentiableScalar {
    /// A constant of this scalar type with the given `Double` value: how data, weights and
    /// coefficients enter generic code (`S(-y[i])`, `S(X[i][j]) * w[j]`).
    ///
    /// For ``Dual`` the tangent is zero; for the reverse-mode type the constant is on no tape.
    /// - Complexity: O(1), no allocation.
    @inlinable @inline(__always)
    public init(_ constant: Double) {
        self.init(constant: constant)
    }
}
