// swift-numerics' `Real` for the differentiable scalars, with the package trait `Numerics`:
// every `ElementaryFunctions` and `RealFunctions` requirement is the rule-table entry of the
// same function (so `Real`-generic code, and `Complex<Dual<Double>>`, differentiate with the
// rules every other mode reads). `Dual`, `ChunkedDual` and `Tracked` declare the conformance
// where their primal type is `Real` (`Forward/Dual+Real.swift`, …).
//
// Requirements with a default in RealModule keep it, and the default reaches the rule table
// through the requirements below: `sqrt` is `squareRoot()` (the `sqrt` entry, via
// `FloatingPoint`), `exp10` is `pow(10, x)` (the `pow` entry with a constant base),
// `signGamma` reads the value, `reciprocal` is `1 / x` where that is exact.

#if Numerics
import RealModule

extension DifferentiableScalar where Primal: Real {
    /// eˣ. - Complexity: One rule-table evaluation.
    @inlinable public static func exp(_ x: Self) -> Self { evaluate(.exp, x) }
    /// eˣ − 1. - Complexity: One rule-table evaluation.
    @inlinable public static func expMinusOne(_ x: Self) -> Self { evaluate(.expm1, x) }
    /// cosh x. - Complexity: One rule-table evaluation.
    @inlinable public static func cosh(_ x: Self) -> Self { evaluate(.cosh, x) }
    /// sinh x. - Complexity: One rule-table evaluation.
    @inlinable public static func sinh(_ x: Self) -> Self { evaluate(.sinh, x) }
    /// tanh x. - Complexity: One rule-table evaluation.
    @inlinable public static func tanh(_ x: Self) -> Self { evaluate(.tanh, x) }
    /// cos x. - Complexity: One rule-table evaluation.
    @inlinable public static func cos(_ x: Self) -> Self { evaluate(.cos, x) }
    /// sin x. - Complexity: One rule-table evaluation.
    @inlinable public static func sin(_ x: Self) -> Self { evaluate(.sin, x) }
    /// tan x. - Complexity: One rule-table evaluation.
    @inlinable public static func tan(_ x: Self) -> Self { evaluate(.tan, x) }
    /// ln x. - Complexity: One rule-table evaluation.
    @inlinable public static func log(_ x: Self) -> Self { evaluate(.log, x) }
    /// ln(1 + x). - Complexity: One rule-table evaluation.
    @inlinable public static func log(onePlus x: Self) -> Self { evaluate(.log1p, x) }
    /// acosh x. - Complexity: One rule-table evaluation.
    @inlinable public static func acosh(_ x: Self) -> Self { evaluate(.acosh, x) }
    /// asinh x. - Complexity: One rule-table evaluation.
    @inlinable public static func asinh(_ x: Self) -> Self { evaluate(.asinh, x) }
    /// atanh x. - Complexity: One rule-table evaluation.
    @inlinable public static func atanh(_ x: Self) -> Self { evaluate(.atanh, x) }
    /// acos x. - Complexity: One rule-table evaluation.
    @inlinable public static func acos(_ x: Self) -> Self { evaluate(.acos, x) }
    /// asin x. - Complexity: One rule-table evaluation.
    @inlinable public static func asin(_ x: Self) -> Self { evaluate(.asin, x) }
    /// atan x. - Complexity: One rule-table evaluation.
    @inlinable public static func atan(_ x: Self) -> Self { evaluate(.atan, x) }
    /// xʸ. - Complexity: One rule-table evaluation.
    @inlinable public static func pow(_ x: Self, _ y: Self) -> Self { evaluate(.pow, x, y) }
    /// xⁿ, exact at negative bases. - Complexity: Two integer powers.
    @inlinable public static func pow(_ x: Self, _ n: Int) -> Self { power(x, n) }
    /// The real n-th root of x (negative x for odd n), with derivative ⁿ√x/(n·x).
    /// - Complexity: One `root` of the primal type and one product.
    @inlinable
    public static func root(_ x: Self, _ n: Int) -> Self {
        let r = rootRule(at: x.value, n)
        return Self(r.value, derivativeOf: x * Self(r.derivative))
    }
    /// atan2(y, x), the angle of (x, y). - Complexity: One rule-table evaluation.
    @inlinable public static func atan2(y: Self, x: Self) -> Self { evaluate(.atan2, y, x) }
    /// erf x. - Complexity: One rule-table evaluation.
    @inlinable public static func erf(_ x: Self) -> Self { evaluate(.erf, x) }
    /// erfc x. - Complexity: One rule-table evaluation.
    @inlinable public static func erfc(_ x: Self) -> Self { evaluate(.erfc, x) }
    /// 2ˣ. - Complexity: One rule-table evaluation.
    @inlinable public static func exp2(_ x: Self) -> Self { evaluate(.exp2, x) }
    /// √(x² + y²). - Complexity: One rule-table evaluation.
    @inlinable public static func hypot(_ x: Self, _ y: Self) -> Self { evaluate(.hypot, x, y) }
    /// Γ(x), derivative Γ(x)ψ(x). - Complexity: One rule-table evaluation.
    @inlinable public static func gamma(_ x: Self) -> Self { evaluate(.gamma, x) }
    /// log₂ x. - Complexity: One rule-table evaluation.
    @inlinable public static func log2(_ x: Self) -> Self { evaluate(.log2, x) }
    /// log₁₀ x. - Complexity: One rule-table evaluation.
    @inlinable public static func log10(_ x: Self) -> Self { evaluate(.log10, x) }
    /// ln|Γ(x)|, derivative ψ(x). - Complexity: One rule-table evaluation.
    @inlinable public static func logGamma(_ x: Self) -> Self { evaluate(.logGamma, x) }
}
#endif
