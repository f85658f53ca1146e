import Foundation
import DualAD

// Independent truths for the rule tests: derivatives written by hand from calculus tables
// (not from the rule table), and the domains where each function is smooth.

/// Hand-written f′(x) for every unary function, in plain `Double` arithmetic.
func analyticDerivative(_ f: UnaryFunction, at x: Double) -> Double {
    switch f {
    case .negate: return -1
    case .exp: return Foundation.exp(x)
    case .exp2: return Foundation.exp2(x) * Foundation.log(2.0)
    case .log: return 1 / x
    case .log2: return 1 / (x * Foundation.log(2.0))
    case .log10: return 1 / (x * Foundation.log(10.0))
    case .log1p: return 1 / (1 + x)
    case .expm1: return Foundation.exp(x)
    case .sqrt: return 0.5 / Foundation.sqrt(x)
    case .cbrt: return Foundation.pow(Swift.abs(x), -2.0 / 3.0) / 3
    case .sin: return Foundation.cos(x)
    case .cos: return -Foundation.sin(x)
    case .tan: return 1 / (Foundation.cos(x) * Foundation.cos(x))
    case .asin: return 1 / Foundation.sqrt(1 - x * x)
    case .acos: return -1 / Foundation.sqrt(1 - x * x)
    case .atan: return 1 / (1 + x * x)
    case .sinh: return Foundation.cosh(x)
    case .cosh: return Foundation.sinh(x)
    case .tanh: return 1 / (Foundation.cosh(x) * Foundation.cosh(x))
    case .asinh: return 1 / Foundation.sqrt(1 + x * x)
    case .acosh: return 1 / Foundation.sqrt(x * x - 1)
    case .atanh: return 1 / (1 - x * x)
    case .erf: return 2 / Double.pi.squareRoot() * Foundation.exp(-x * x)
    case .erfc: return -2 / Double.pi.squareRoot() * Foundation.exp(-x * x)
    case .gamma: return Foundation.tgamma(x) * polygamma(0, x)
    case .logGamma: return polygamma(0, x)
    case .digamma: return polygamma(1, x)
    case .exp10: return Foundation.pow(10, x) * Foundation.log(10.0)
    case .abs: return x > 0 ? 1 : -1
    case .relu: return x > 0 ? 1 : 0
    }
}

/// Hand-written f″(x) for every unary function.
func analyticSecondDerivative(_ f: UnaryFunction, at x: Double) -> Double {
    switch f {
    case .negate: return 0
    case .exp: return Foundation.exp(x)
    case .exp2: return Foundation.exp2(x) * Foundation.log(2.0) * Foundation.log(2.0)
    case .log: return -1 / (x * x)
    case .log2: return -1 / (x * x * Foundation.log(2.0))
    case .log10: return -1 / (x * x * Foundation.log(10.0))
    case .log1p: return -1 / ((1 + x) * (1 + x))
    case .expm1: return Foundation.exp(x)
    case .sqrt: return -0.25 / (x * Foundation.sqrt(x))
    case .cbrt: return -2.0 / 9.0 * Foundation.cbrt(x) / (x * x)
    case .sin: return -Foundation.sin(x)
    case .cos: return -Foundation.cos(x)
    case .tan: let c = Foundation.cos(x); return 2 * Foundation.sin(x) / (c * c * c)
    case .asin: return x / Foundation.pow(1 - x * x, 1.5)
    case .acos: return -x / Foundation.pow(1 - x * x, 1.5)
    case .atan: return -2 * x / ((1 + x * x) * (1 + x * x))
    case .sinh: return Foundation.sinh(x)
    case .cosh: return Foundation.cosh(x)
    case .tanh: let c = Foundation.cosh(x); return -2 * Foundation.tanh(x) / (c * c)
    case .asinh: return -x / Foundation.pow(1 + x * x, 1.5)
    case .acosh: return -x / Foundation.pow(x * x - 1, 1.5)
    case .atanh: return 2 * x / ((1 - x * x) * (1 - x * x))
    case .erf: return -4 * x / Double.pi.squareRoot() * Foundation.exp(-x * x)
    case .erfc: return 4 * x / Double.pi.squareRoot() * Foundation.exp(-x * x)
    case .gamma:
        let (p0, p1) = (polygamma(0, x), polygamma(1, x))
        return Foundation.tgamma(x) * (p0 * p0 + p1)
    case .logGamma: return polygamma(1, x)
    case .digamma: return polygamma(2, x)
    case .exp10: return Foundation.pow(10, x) * Foundation.log(10.0) * Foundation.log(10.0)
    case .abs, .relu: return 0
    }
}

/// Points where f is smooth, including points near the edges of its domain.
func samplePoints(_ f: UnaryFunction) -> [Double] {
    switch f {
    case .log, .log2, .log10: return [0.002, 0.05, 0.9, 3.7, 250]
    case .log1p: return [-0.99, -0.3, 0.2, 5, 1e3]
    case .sqrt: return [1e-4, 0.5, 4, 1e4]
    case .cbrt: return [-8, -0.3, 1e-3, 0.5, 27]
    case .asin, .acos, .atanh: return [-0.995, -0.4, 0.1, 0.95]
    case .acosh: return [1.001, 1.5, 10, 1e3]
    case .tan: return [-1.5, -0.3, 0.9, 1.45]
    case .exp, .exp2, .expm1, .sinh, .cosh: return [-20, -2.5, -1e-3, 0.7, 9]
    case .abs, .relu: return [-1.5, -1e-3, 0.7, 123]
    case .gamma, .logGamma, .digamma: return [0.3, 1, 2.5, 4.75, 10.2, -0.5, -1.5]
    case .exp10: return [-5, -0.7, 1e-3, 0.3, 4]
    default: return [-6, -2.5, -0.7, 1e-3, 0.3, 1.9, 4]
    }
}

/// A step for finite differences that stays inside the smooth part of the domain.
func safeStep(_ f: UnaryFunction, at x: Double) -> Double {
    let scale = 0.01 * Swift.max(1, Swift.abs(x))
    switch f {
    case .log, .log2, .log10, .sqrt: return Swift.min(scale, x / 4)
    case .log1p: return Swift.min(scale, (1 + x) / 4)
    case .cbrt, .abs, .relu: return Swift.min(scale, Swift.abs(x) / 4)
    case .asin, .acos, .atanh: return Swift.min(scale, (1 - Swift.abs(x)) / 4)
    case .acosh: return Swift.min(scale, (x - 1) / 4)
    case .tan: return Swift.min(scale, (Double.pi / 2 - Swift.abs(x)) / 4)
    case .gamma, .logGamma, .digamma:   // stay clear of the poles at 0, −1, −2, …
        return x > 0 ? Swift.min(scale, x / 4) : Swift.min(scale, Swift.abs(x - x.rounded()) / 4)
    default: return scale
    }
}

/// The relative difference |a − b| / max(|a|, |b|, floor), which is 0 for equal values.
func relativeDifference<T: BinaryFloatingPoint>(_ a: T, _ b: T, floor: T = 1) -> T {
    if a == b { return 0 }
    return Swift.abs(a - b) / Swift.max(Swift.abs(a), Swift.abs(b), floor)
}

#if !(os(Windows) || os(Android)) && (arch(i386) || arch(x86_64))
/// The high-precision reference type for finite differences.
typealias Wide = Float80
#else
typealias Wide = Double
#endif

/// ψ(x), ψ₁(x), ψ₂(x), ψ₃(x) at the gamma family's sample points, to 22 digits, from mpmath 1.3.0
/// (`mp.dps = 40; psi(n, x)`): the independent truth for Γ, ln Γ and ψ, which the C library
/// does not differentiate.
let polygammaReference: [Double: (Double, Double, Double, Double)] = [
    0.3: (-3.502524222200132988964, 12.24536454610773046547, -75.27253658872603066677, 743.1417646550496673593),
    1.0: (-0.5772156649015328606065, 1.644934066848226436472, -2.404113806319188570799, 6.493939402266829149096),
    2.5: (0.7031566406452431872257, 0.4903577561002348649728, -0.2362040516417274030037, 0.2239058488172520512551),
    4.75: (1.449204055278462895308, 0.2342287415791419643747, -0.05462041258997334370907, 0.02536452000465376803827),
    10.2: (2.27256790484517220178, 0.1030018134500800320441, -0.01060005582150469943625, 0.002179826949367244260642),
    -0.5: (0.03648997397857652055902, 8.934802200544679309417, -0.8287966442343199955963, 193.4090910340024372364),
    -1.5: (0.7031566406452431872257, 9.379246644989123753862, -0.2362040516417274030037, 194.5942762191876224216),
]

/// ψ⁽ⁿ⁾(x) for n ≤ 2: the mpmath table where x is one of its points, else (for points such as
/// `Double(Float(0.3))`, which the Float tests use) Float80 Richardson differences of the C
/// library's lgamma — independent of DualAD's ψ either way.
func polygamma(_ n: Int, _ x: Double) -> Double {
    if let row = polygammaReference[x] { return [row.0, row.1, row.2][n] }
    func logGammaWide(_ t: Wide) -> Wide { Wide(Foundation.lgamma(Double(t))) }
    let h = Wide(Swift.min(0.01, Swift.abs(x) / 4))
    switch n {
    case 0: return Double(richardsonDerivative(at: Wide(x), initialStep: h) { logGammaWide($0) })
    case 1: return Double(richardsonDerivative(at: Wide(x), initialStep: h) { t in
        richardsonDerivative(at: t, initialStep: h) { logGammaWide($0) } })
    default: preconditionFailure("polygamma(\(n), _): only n ≤ 1 away from the table's points")
    }
}
