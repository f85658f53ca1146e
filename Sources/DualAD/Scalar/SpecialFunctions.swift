// The digamma and trigamma functions, written once with generic arithmetic on any ADScalar.
//
// The C library has Γ (tgamma) and ln|Γ| (lgamma) but no ψ, so the primal types compute
// ψ(x) = d/dx ln Γ(x) here; and the rule table's entry for ψ uses ψ₁ (trigamma) as its
// derivative, computed by these same generic lines on the rule's own scalar type. For a
// nested dual, ψ₁'s arithmetic is itself differentiated, so second and third derivatives of
// Γ and ln Γ come out right with no ψ₂ or ψ₃ written anywhere.
//
// Method (Abramowitz & Stegun 6.3.5–6.3.18, 6.4.6–6.4.12): the recurrences ψ(x) = ψ(x + 1) −
// 1/x and ψ₁(x) = ψ₁(x + 1) + 1/x² move x up to 12, where the asymptotic series (Bernoulli
// numbers B₂ … B₁₂) is accurate to about 1e-17 relative; below 1/2 the reflection formulas
// ψ(1 − x) − ψ(x) = π cot(πx) and ψ₁(1 − x) + ψ₁(x) = π²/sin²(πx) apply. Checked against
// 40-digit mpmath values in `Tests/DualADTests/Scalar/SpecialFunctionTests.swift`.

/// ψ(x) = Γ′(x)/Γ(x), for any ``ADScalar``, by recurrence, asymptotic series and reflection.
/// Poles (x = 0, −1, −2, …) give ±∞ or NaN.
/// - Complexity: O(max(0, 12 − x)) iterations of the recurrence, then O(1).
@inlinable
func digammaValue<T: ADScalar>(_ x: T) -> T {
    if x < 0.5 { return digammaValue(1 - x) - T.pi / tan(T.pi * x) }
    var x = x, shift: T = 0
    while x < 12 { shift -= 1 / x; x += 1 }
    let inverse = 1 / x, inverse2 = inverse * inverse
    let tail = inverse2 * (T(1.0 / 12) - inverse2 * (T(1.0 / 120) - inverse2 * (T(1.0 / 252)
        - inverse2 * (T(1.0 / 240) - inverse2 * (T(1.0 / 132) - inverse2 * T(691.0 / 32760))))))
    return shift + log(x) - inverse / 2 - tail
}

/// ψ₁(x) = ψ′(x), for any ``ADScalar``, by recurrence, asymptotic series and reflection.
/// - Complexity: O(max(0, 12 − x)) iterations of the recurrence, then O(1).
@inlinable
func trigammaValue<T: ADScalar>(_ x: T) -> T {
    if x < 0.5 {
        let s = sin(T.pi * x)
        return T.pi * T.pi / (s * s) - trigammaValue(1 - x)
    }
    var x = x, shift: T = 0
    while x < 12 { shift += 1 / (x * x); x += 1 }
    let inverse = 1 / x, inverse2 = inverse * inverse
    let tail = inverse2 * inverse * (T(1.0 / 6) - inverse2 * (T(1.0 / 30) - inverse2 * (T(1.0 / 42)
        - inverse2 * (T(1.0 / 30) - inverse2 * (T(5.0 / 66) - inverse2 * T(691.0 / 2730))))))
    return shift + inverse + inverse2 / 2 + tail
}
