// The rule table: every elementary function's value and local derivative, written once.
//
// Each entry answers "f′(x) at a primal point x, given the value f(x)" (binary entries: ∂f/∂x
// and ∂f/∂y given f(x, y)): the form in which users write their own rules
// (`DifferentiableFunction.derivative(at:value:)`), so that built-in and user functions go
// through the same chain-rule code in every mode. The value itself comes from the scalar type
// (`T.evaluate(f, x)`: the C library at the bottom, this table above it). Every mode reads the same entry and only uses it differently:
//   forward (`Dual`):          tangent(f(x)) = f′(x) · tangent(x)
//   reverse (tracked type):    adjoint(x)   += adjoint(f(x)) · f′(x)
// The entries are generic over `T: ADScalar`, so for `T = Dual<U>` the local derivative is
// itself a dual number and higher derivatives come from nesting, with no second table.
//
// Adding a function: one `case` in `UnaryFunction` (or `BinaryFunction`), its rule below, its
// C-library spelling in the primal conformances (`Scalar/Double+ADScalar.swift`, …) and a
// one-line free function in `Scalar/ElementaryFunctions.swift`.
//
// The chain rule is applied outside this table in three places only, each because it works
// on whole vectors and the per-element entry would cost a pass per operation:
//   - `Vector/DualVector+Reductions.swift`: `sum`, `dot`, `squaredNorm` accumulate the tangent
//     of a sum of products in one loop (the partials of + and × written inline);
//   - `Vector/Matrix+DualVector.swift`: a constant matrix times a dual vector is linear, so
//     the tangent is the same matrix times the tangent;
//   - `Reverse/BackwardSweep.swift`: the backward sweep multiplies adjoints by the partials the
//     tape stored, which this table gave when the operation was recorded.
//
// Conventions at kinks and domain edges (also in README.md, "Kinks and domains"):
//   abs′(0)      = +1        x ≥ 0 takes the + branch (JAX; ForwardDiff.jl agrees at +0)
//   relu′(0)     = 0         the flat side (JAX, PyTorch)
//   max/min tie  = ½, ½      each argument gets half the tangent (JAX); so max(x, x)′ = 1
//   sqrt′(0)     = +∞        the formula 1/(2√x) (ForwardDiff.jl, JAX)
//   pow(x, y):   ∂/∂x = 0 when x = 0 and y = 0; ∂/∂y = 0 when x ≤ 0 (JAX at x = 0; for
//                x < 0, xʸ is real only at integer y, where it has no y-derivative, and a
//                constant exponent must not poison ∂/∂x with NaN)
//   pow(x, n):   integer exponent, exact at negative bases; ∂/∂x = 0 when n = 0
//   log(x < 0) = NaN with derivative 1/x; NaN and ±∞ inputs propagate by IEEE arithmetic.

/// The elementary functions of one argument that DualAD differentiates.
///
/// Each case has one entry in the rule table, ``derivative(at:value:)`` (the same form as a
/// user's ``DifferentiableFunction``), which every mode of differentiation reads. User code calls the free functions (`exp(x)`, `tanh(x)`, …).
@frozen
public enum UnaryFunction: String, CaseIterable, Sendable {
    case negate
    case exp, exp2, log, log2, log10, log1p, expm1
    case sqrt, cbrt
    case sin, cos, tan, asin, acos, atan
    case sinh, cosh, tanh, asinh, acosh, atanh
    case erf, erfc
    case gamma, logGamma, digamma, exp10
    case abs, relu
}

/// The elementary functions of two arguments, and the arithmetic operations, that DualAD
/// differentiates.
///
/// Each case has one entry in the rule table, ``partials(at:_:value:)`` (the same form as a
/// user's ``BinaryDifferentiableFunction``), giving both partials.
/// `atan2` takes its arguments in the C order `(y, x)`.
@frozen
public enum BinaryFunction: String, CaseIterable, Sendable {
    case add, subtract, multiply, divide
    case pow, atan2, hypot, min, max
}

@usableFromInline let ln2 = 0.693_147_180_559_945_309_417_232_121_458_176_568
@usableFromInline let ln10 = 2.302_585_092_994_045_684_017_991_454_684_364_208
@usableFromInline let twoOverSqrtPi = 1.128_379_167_095_512_573_896_158_903_121_545_172

extension UnaryFunction {
    /// f′(x) at the primal point `x`, given f(x) as `value`: the only place these formulas
    /// are written, in the same form as a user's ``DifferentiableFunction/derivative(at:value:)``.
    ///
    /// Conventions at kinks and domain edges are listed at the top of `RuleTable.swift`.
    /// - Complexity: O(1) arithmetic, plus one more elementary function for `sin`, `cos`,
    ///   `sinh`, `cosh`, the inverse functions, `erf`, `erfc` and the gamma family.
    @inlinable @inline(__always)
    public func derivative<T: ADScalar>(at x: T, value v: T) -> T {
        switch self {
        case .negate: return -1
        case .exp:   return v
        case .exp2:  return v * T(constant: ln2)
        case .log:   return 1 / x
        case .log2:  return 1 / (x * T(constant: ln2))
        case .log10: return 1 / (x * T(constant: ln10))
        case .log1p: return 1 / (1 + x)
        case .expm1: return v + 1
        case .sqrt:  return 1 / (2 * v)                       // +∞ at 0
        case .cbrt:  return 1 / (3 * v * v)
        case .sin:   return T.evaluate(.cos, x)
        case .cos:   return -T.evaluate(.sin, x)
        case .tan:   return 1 + v * v
        case .asin:  return 1 / T.evaluate(.sqrt, (1 - x) * (1 + x))
        case .acos:  return -1 / T.evaluate(.sqrt, (1 - x) * (1 + x))
        case .atan:  return 1 / (1 + x * x)
        case .sinh:  return T.evaluate(.cosh, x)
        case .cosh:  return T.evaluate(.sinh, x)
        case .tanh:  return 1 - v * v
        case .asinh: return 1 / T.evaluate(.sqrt, x * x + 1)
        case .acosh: return 1 / (T.evaluate(.sqrt, x - 1) * T.evaluate(.sqrt, x + 1))
        case .atanh: return 1 / ((1 - x) * (1 + x))
        case .erf:   return T(constant: twoOverSqrtPi) * T.evaluate(.exp, -(x * x))
        case .erfc:  return -T(constant: twoOverSqrtPi) * T.evaluate(.exp, -(x * x))
        case .gamma:    return v * T.evaluate(.digamma, x)      // Γ′ = Γψ
        case .logGamma: return T.evaluate(.digamma, x)          // (ln|Γ|)′ = ψ
        case .digamma:  return trigammaValue(x)                 // ψ′ = ψ₁
        case .exp10: return v * T(constant: ln10)
        case .abs:   return x >= 0 ? 1 : -1                      // abs′(0) = +1
        case .relu:  return x > 0 ? 1 : 0                        // relu′(0) = 0
        }
    }

    /// f(x) and f′(x) at the primal point `x`: the value from the scalar type
    /// (``ADScalar/evaluate(_:_:)-(UnaryFunction,_)``), the derivative from
    /// ``derivative(at:value:)``.
    /// - Complexity: One evaluation of f plus its derivative.
    @inlinable @inline(__always)
    public func rule<T: ADScalar>(at x: T) -> (value: T, derivative: T) {
        let v = T.evaluate(self, x)
        return (v, derivative(at: x, value: v))
    }
}

extension BinaryFunction {
    /// ∂f/∂x and ∂f/∂y at the primal point `(x, y)`, given f(x, y) as `value`: the only place
    /// these formulas are written, in the same form as a user's
    /// ``BinaryDifferentiableFunction/partials(at:_:value:)``. For `atan2` the arguments are
    /// `(y, x)` as in C.
    ///
    /// Conventions at kinks and domain edges are listed at the top of `RuleTable.swift`.
    /// - Complexity: O(1) arithmetic (`pow` adds one `pow` and one `log`).
    @inlinable @inline(__always)
    public func partials<T: ADScalar>(at x: T, _ y: T, value v: T) -> (dx: T, dy: T) {
        switch self {
        case .add:      return (1, 1)
        case .subtract: return (1, -1)
        case .multiply: return (y, x)
        case .divide:   return (1 / y, -v / y)
        case .pow:
            let dx = (x == 0 && y == 0) ? 0 : y * T.evaluate(.pow, x, y - 1)
            let dy = x > 0 ? v * T.evaluate(.log, x) : 0             // 0 for x ≤ 0
            return (dx, dy)
        case .atan2:
            // atan2(y, x) in the C order: this entry's first argument is y, its second x, so
            // ∂/∂(first) = x/(x² + y²) and ∂/∂(second) = −y/(x² + y²).
            let (yy, xx) = (x, y)
            let r = xx * xx + yy * yy
            return (xx / r, -yy / r)
        case .hypot:
            return (x / v, y / v)
        case .max:
            return x > y ? (1, 0) : (y > x ? (0, 1) : (0.5, 0.5))   // tie: ½, ½
        case .min:
            return x < y ? (1, 0) : (y < x ? (0, 1) : (0.5, 0.5))   // tie: ½, ½
        }
    }

    /// f(x, y), ∂f/∂x and ∂f/∂y at the primal point `(x, y)`: the value from the scalar type
    /// (`x + y`, `x * y`, ``ADScalar/evaluate(_:_:_:)-(BinaryFunction,_,_)``), the partials from
    /// ``partials(at:_:value:)``.
    /// - Complexity: One evaluation of f plus its partials.
    @inlinable @inline(__always)
    public func rule<T: ADScalar>(at x: T, _ y: T) -> (value: T, dx: T, dy: T) {
        let v: T
        switch self {
        case .add:      v = x + y
        case .subtract: v = x - y
        case .multiply: v = x * y
        case .divide:   v = x / y
        default:        v = T.evaluate(self, x, y)
        }
        let d = partials(at: x, y, value: v)
        return (v, d.dx, d.dy)
    }
}

// The values of the piecewise functions for the primal types, from comparisons alone, so that
// `Double`, `Float` and `Float80` agree on signed zeros and NaN.

/// |x| for a primal type: |−0| = +0, and NaN stays NaN.
@inlinable @inline(__always)
func primalAbs<T: ADScalar>(_ x: T) -> T { x < 0 ? -x : (x == 0 ? 0 : x) }

/// max(x, 0) for a primal type: NaN stays NaN.
@inlinable @inline(__always)
func primalRelu<T: ADScalar>(_ x: T) -> T { x > 0 ? x : (x == x ? 0 : x) }

/// The larger of x and y for a primal type: the standard library's, except that a NaN in
/// either argument gives NaN.
@inlinable @inline(__always)
func primalMax<T: ADScalar>(_ x: T, _ y: T) -> T { x != x ? x : (y != y ? y : Swift.max(x, y)) }

/// The smaller of x and y for a primal type, NaN-propagating as ``primalMax(_:_:)``.
@inlinable @inline(__always)
func primalMin<T: ADScalar>(_ x: T, _ y: T) -> T { x != x ? x : (y != y ? y : Swift.min(x, y)) }

/// xⁿ and n·xⁿ⁻¹ for an integer exponent: the rule behind `pow(x, n)`.
///
/// Exact at negative bases (no detour through exp(n·log x)); the derivative is 0 when n = 0.
/// - Complexity: O(1); one or two integer powers of the primal type.
@inlinable @inline(__always)
public func integerPowerRule<T: ADScalar>(at x: T, _ n: Int) -> (value: T, derivative: T) {
    if n == 0 { return (T.power(x, 0), 0) }
    return (T.power(x, n), T(constant: Double(n)) * T.power(x, n - 1))
}

/// ⁿ√x and its derivative ⁿ√x/(n·x): the rule behind `root(x, n)` (swift-numerics' `Real`),
/// computed as |x|^(1/n) with the sign of x for odd n (NaN for negative x and even n).
/// - Complexity: O(1); one `pow` of the primal type.
@inlinable @inline(__always)
public func rootRule<T: ADScalar>(at x: T, _ n: Int) -> (value: T, derivative: T) {
    let magnitude = T.evaluate(.pow, T.evaluate(.abs, x), 1 / T(constant: Double(n)))
    let value = x < 0 ? (n % 2 != 0 ? -magnitude : T.nan) : magnitude
    return (value, value / (T(constant: Double(n)) * x))
}
