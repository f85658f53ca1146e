#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

#if !(os(Windows) || os(Android)) && (arch(i386) || arch(x86_64))

// Float80 is a primal type: its elementary functions are the C math library's, and it carries
// no derivative. The calls below are unqualified: the C library's concrete Float80 overloads are
// more specific than DualAD's generic free functions, so they win (a test checks each one
// against the C library, which would also catch an accidental recursion).

extension Float80: ADScalar {
    /// The constant `c`.
    @inlinable @inline(__always)
    public init(constant c: Double) { self = Float80(c) }

    /// `f(x)` from the C math library.
    @inlinable @inline(__always)
    public static func evaluate(_ function: UnaryFunction, _ x: Float80) -> Float80 {
        cLibraryValue(function, x)
    }

    /// `f(x, y)` from IEEE arithmetic and the C math library.
    @inlinable @inline(__always)
    public static func evaluate(_ function: BinaryFunction, _ x: Float80, _ y: Float80) -> Float80 {
        cLibraryValue(function, x, y)
    }

    /// `xⁿ`: exact products for n ∈ {0, 1, 2}, `1/x` for n = −1, else the C library's `pow`,
    /// which is exact at negative bases with an integer exponent.
    @inlinable @inline(__always)
    public static func power(_ x: Float80, _ n: Int) -> Float80 {
        switch n {
        case 0: return 1
        case 1: return x
        case 2: return x * x
        case -1: return 1 / x
        default: return cLibraryValue(.pow, x, Float80(n))
        }
    }
}

// The switches live at file scope, not in the extension: inside `extension Float80`, an unqualified
// `exp(x)` would find a static member named `exp` first — and with the `Numerics` trait,
// swift-numerics gives `Float80` static `exp`, `cosh`, `atan2(y:x:)`, …

/// f(x) for `Float80`, from the C math library.
@inlinable @inline(__always)
func cLibraryValue(_ function: UnaryFunction, _ x: Float80) -> Float80 {
    switch function {
    case .negate: return -x
    case .exp: return exp(x)
    case .exp2: return exp2(x)
    case .log: return log(x)
    case .log2: return log2(x)
    case .log10: return log10(x)
    case .log1p: return log1p(x)
    case .expm1: return expm1(x)
    case .sqrt: return x.squareRoot()
    case .cbrt: return cbrt(x)
    case .sin: return sin(x)
    case .cos: return cos(x)
    case .tan: return tan(x)
    case .asin: return asin(x)
    case .acos: return acos(x)
    case .atan: return atan(x)
    case .sinh: return sinh(x)
    case .cosh: return cosh(x)
    case .tanh: return tanh(x)
    case .asinh: return asinh(x)
    case .acosh: return acosh(x)
    case .atanh: return atanh(x)
    case .erf: return erf(x)
    case .erfc: return erfc(x)
    case .gamma: return tgamma(x)
    case .logGamma:
        var sign: Int32 = 0      // lgamma_r: lgamma writes the global signgam, a data race
        return lgammal_r(x, &sign)
    case .digamma: return digammaValue(x)
    case .exp10: return pow(10, x)
    case .abs: return primalAbs(x)
    case .relu: return primalRelu(x)
    }
}

/// f(x, y) for `Float80`, from IEEE arithmetic and the C math library.
@inlinable @inline(__always)
func cLibraryValue(_ function: BinaryFunction, _ x: Float80, _ y: Float80) -> Float80 {
    switch function {
    case .add: return x + y
    case .subtract: return x - y
    case .multiply: return x * y
    case .divide: return x / y
    case .pow: return pow(x, y)
    case .atan2: return atan2(x, y)
    case .hypot: return hypot(x, y)
    case .min: return primalMin(x, y)
    case .max: return primalMax(x, y)
    }
}

#endif
