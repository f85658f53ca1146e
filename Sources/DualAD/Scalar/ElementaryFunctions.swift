// The free functions that generic user code calls: `exp(x)`, `pow(x, 2)`, `max(a, b)`, ….
// Each forwards to the scalar type's `evaluate`, so one generic spelling serves `Double`,
// `Float`, `Dual<T>` at any nesting depth and the reverse-mode tracked type; the derivative
// comes from the rule table (`Forward/RuleTable.swift`).
//
// They are generic over `S: ADScalar`, so with plain `Double` arguments the C library's or
// Foundation's concrete overloads (more specific) are still the ones chosen.

/// Eˣ, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `exp` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func exp<S: ADScalar>(_ x: S) -> S { S.evaluate(.exp, x) }

/// 2ˣ, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `exp2` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func exp2<S: ADScalar>(_ x: S) -> S { S.evaluate(.exp2, x) }

/// The natural logarithm ln x, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `log` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func log<S: ADScalar>(_ x: S) -> S { S.evaluate(.log, x) }

/// The base-2 logarithm, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `log2` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func log2<S: ADScalar>(_ x: S) -> S { S.evaluate(.log2, x) }

/// The base-10 logarithm, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `log10` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func log10<S: ADScalar>(_ x: S) -> S { S.evaluate(.log10, x) }

/// Ln(1 + x), accurate near 0, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `log1p` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func log1p<S: ADScalar>(_ x: S) -> S { S.evaluate(.log1p, x) }

/// Eˣ − 1, accurate near 0, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `expm1` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func expm1<S: ADScalar>(_ x: S) -> S { S.evaluate(.expm1, x) }

/// The square root √x (derivative +∞ at 0), for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `sqrt` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func sqrt<S: ADScalar>(_ x: S) -> S { S.evaluate(.sqrt, x) }

/// The square root √x for a type that is both ``ADScalar`` and `FloatingPoint` (`Dual<Double>`,
/// say): the same rule as ``sqrt(_:)-(S)``.
///
/// It exists so that `sqrt(x)` is not ambiguous where Foundation (or Glibc) is imported: their
/// `sqrt<T: FloatingPoint>` and DualAD's `sqrt<S: ADScalar>` would both apply to a dual, and
/// this overload is more specialized than either.
/// - Complexity: One `sqrt` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func sqrt<S: ADScalar & FloatingPoint>(_ x: S) -> S { S.evaluate(.sqrt, x) }

/// The real cube root ∛x, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `cbrt` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func cbrt<S: ADScalar>(_ x: S) -> S { S.evaluate(.cbrt, x) }

/// The sine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `sin` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func sin<S: ADScalar>(_ x: S) -> S { S.evaluate(.sin, x) }

/// The cosine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `cos` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func cos<S: ADScalar>(_ x: S) -> S { S.evaluate(.cos, x) }

/// The tangent, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `tan` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func tan<S: ADScalar>(_ x: S) -> S { S.evaluate(.tan, x) }

/// The arcsine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `asin` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func asin<S: ADScalar>(_ x: S) -> S { S.evaluate(.asin, x) }

/// The arccosine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `acos` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func acos<S: ADScalar>(_ x: S) -> S { S.evaluate(.acos, x) }

/// The arctangent, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `atan` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func atan<S: ADScalar>(_ x: S) -> S { S.evaluate(.atan, x) }

/// The hyperbolic sine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `sinh` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func sinh<S: ADScalar>(_ x: S) -> S { S.evaluate(.sinh, x) }

/// The hyperbolic cosine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `cosh` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func cosh<S: ADScalar>(_ x: S) -> S { S.evaluate(.cosh, x) }

/// The hyperbolic tangent, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `tanh` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func tanh<S: ADScalar>(_ x: S) -> S { S.evaluate(.tanh, x) }

/// The inverse hyperbolic sine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `asinh` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func asinh<S: ADScalar>(_ x: S) -> S { S.evaluate(.asinh, x) }

/// The inverse hyperbolic cosine, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `acosh` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func acosh<S: ADScalar>(_ x: S) -> S { S.evaluate(.acosh, x) }

/// The inverse hyperbolic tangent, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `atanh` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func atanh<S: ADScalar>(_ x: S) -> S { S.evaluate(.atanh, x) }

/// The error function, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `erf` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func erf<S: ADScalar>(_ x: S) -> S { S.evaluate(.erf, x) }

/// The complementary error function 1 − erf x, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `erfc` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func erfc<S: ADScalar>(_ x: S) -> S { S.evaluate(.erfc, x) }

/// The absolute value |x|; its derivative at 0 is +1 (the x ≥ 0 branch, as in JAX), for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `abs` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func abs<S: ADScalar>(_ x: S) -> S { S.evaluate(.abs, x) }

/// The rectifier max(x, 0); its derivative at 0 is 0 (as in JAX and PyTorch), for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `relu` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func relu<S: ADScalar>(_ x: S) -> S { S.evaluate(.relu, x) }

/// xʸ for real `x` and `y`. For x < 0 the value is NaN unless y is an integer.
///
/// **Edge cases:** ∂/∂x is 0 at x = y = 0; ∂/∂y is x^y·ln x for x > 0 and 0 for x ≤ 0, so a
/// constant exponent never turns ∂/∂x into NaN. Prefer `pow(x, n)` with an `Int` exponent.
/// - Complexity: Two `pow` and one `log` of the primal type in forward mode.
@inlinable @inline(__always)
public func pow<S: ADScalar>(_ x: S, _ y: S) -> S { S.evaluate(.pow, x, y) }

/// xⁿ for an integer exponent; exact at negative bases, derivative n·xⁿ⁻¹ (0 when n = 0).
///
/// `pow(x, 2)` picks this overload (the literal's default type is `Int`).
/// - Complexity: O(1): a product for |n| ≤ 2, else the C library's `pow`.
@inlinable @inline(__always)
public func pow<S: ADScalar>(_ x: S, _ n: Int) -> S { S.power(x, n) }

/// The angle of the point (x, y), atan2(y, x), in (−π, π].
/// - Complexity: One `atan2` of the primal type plus O(1) arithmetic.
@inlinable @inline(__always)
public func atan2<S: ADScalar>(_ y: S, _ x: S) -> S { S.evaluate(.atan2, y, x) }

/// √(x² + y²) without undue overflow; its partials x/h and y/h are NaN at (0, 0).
/// - Complexity: One `hypot` of the primal type plus two divisions.
@inlinable @inline(__always)
public func hypot<S: ADScalar>(_ x: S, _ y: S) -> S { S.evaluate(.hypot, x, y) }

/// The larger of `x` and `y` by value (NaN if either is NaN).
///
/// **Edge cases:** at a tie each argument receives half the tangent (as in JAX), so
/// `max(x, x)` has derivative 1 and `max(x, y)` is symmetric in its arguments.
/// - Complexity: O(1).
@inlinable @inline(__always)
public func max<S: ADScalar>(_ x: S, _ y: S) -> S { S.evaluate(.max, x, y) }

/// The smaller of `x` and `y` by value (NaN if either is NaN).
///
/// **Edge cases:** at a tie each argument receives half the tangent, as for ``max(_:_:)``.
/// - Complexity: O(1).
@inlinable @inline(__always)
public func min<S: ADScalar>(_ x: S, _ y: S) -> S { S.evaluate(.min, x, y) }

/// The gamma function Γ(x), for any ``ADScalar``; Γ′ = Γ·ψ. (The C name, as `tgamma(Double)`.)
/// - Complexity: One `tgamma` and one ``digamma(_:)`` of the primal type.
@inlinable @inline(__always)
public func tgamma<S: ADScalar>(_ x: S) -> S { S.evaluate(.gamma, x) }

/// ln|Γ(x)|, for any ``ADScalar``; its derivative is ψ(x). (The C name, as `lgamma(Double)`.)
/// - Complexity: One `lgamma_r` and one ``digamma(_:)`` of the primal type.
@inlinable @inline(__always)
public func lgamma<S: ADScalar>(_ x: S) -> S { S.evaluate(.logGamma, x) }

/// The digamma function ψ(x) = Γ′(x)/Γ(x), for any ``ADScalar``; ψ′ = ψ₁ (trigamma), itself
/// differentiable, so nesting gives every higher polygamma.
/// - Complexity: O(max(0, 12 − x)) recurrence steps, then O(1).
@inlinable @inline(__always)
public func digamma<S: ADScalar>(_ x: S) -> S { S.evaluate(.digamma, x) }

/// 10ˣ, for any ``ADScalar``; differentiable by every DualAD mode.
/// - Complexity: One `pow` of the primal type plus its rule-table derivative.
@inlinable @inline(__always)
public func exp10<S: ADScalar>(_ x: S) -> S { S.evaluate(.exp10, x) }
