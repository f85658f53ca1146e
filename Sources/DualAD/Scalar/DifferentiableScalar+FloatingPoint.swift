// `FloatingPoint` for the differentiable scalars, written once: `Dual`, `ChunkedDual` and
// `Tracked` conform where their primal type does (always, for the primal types DualAD ships),
// so code written for `FloatingPoint` — and the standard library's and Foundation's generic
// math built on it (`sqrt`, `floor`, `round`, `fma`, `remainder`, …) — runs on them unchanged.
//
// What each requirement means for the derivative:
//   squareRoot()                    sqrt, from the rule table
//   rounded(_:), round(_:)          piecewise constant: the primal's rounding, derivative 0
//                                   (as ForwardDiff.jl and JAX); the result is a constant
//   addingProduct / addProduct      x + a·b: the value fused (one rounding, the primal's
//                                   addingProduct), the derivative ẋ + ȧ·b + a·ḃ
//   remainder / truncatingRemainder x − n·y with n the primal's quotient (rounded to nearest
//                                   or towards zero): ∂/∂x = 1, ∂/∂y = −n
//   magnitude                       abs, from the rule table
//   significand                     x·2⁻ᵉ for the primal's exponent e: derivative 2⁻ᵉ
//   init(sign:exponent:significand:) ±s·2ᵉ: derivative ±2ᵉ in the significand
//   init(signOf:magnitudeOf:)       copysign: derivative ±1 in the magnitude
//   ulp, nextUp, nextDown, nan, infinity, pi, ulpOfOne, greatestFiniteMagnitude, …
//                                   constants (derivative 0)
//   sign, exponent, isNaN, isFinite, isZero, …, isEqual(to:), isLess(than:)
//                                   read the value only, as `==` and `<` do
//
// `ADScalar` itself does not refine `FloatingPoint`: code generic over `S: ADScalar &
// FloatingPoint` type-checks far more slowly (a 4-term polynomial with float literals: 238 ms
// against 9.7 ms over `S: ADScalar`; 6 terms: over 29 s and an error, against 39 ms), so
// requiring it of every generic user function would cost more than it gives.

extension DifferentiableScalar where Primal: FloatingPoint {
    /// The primal type's exponent type.
    public typealias Exponent = Primal.Exponent

    // MARK: Constants

    /// The radix of the primal type.
    /// - Complexity: O(1).
    @inlinable public static var radix: Int { Primal.radix }
    /// A signaling NaN, constant.
    /// - Complexity: O(1).
    @inlinable public static var signalingNaN: Self { Self(Primal.signalingNaN) }
    /// The largest finite value, constant.
    /// - Complexity: O(1).
    @inlinable public static var greatestFiniteMagnitude: Self { Self(Primal.greatestFiniteMagnitude) }
    /// The smallest positive normal value, constant.
    /// - Complexity: O(1).
    @inlinable public static var leastNormalMagnitude: Self { Self(Primal.leastNormalMagnitude) }
    /// The smallest positive value, constant.
    /// - Complexity: O(1).
    @inlinable public static var leastNonzeroMagnitude: Self { Self(Primal.leastNonzeroMagnitude) }
    /// The unit in the last place of the value, constant.
    /// - Complexity: O(1).
    @inlinable public var ulp: Self { Self(value.ulp) }
    /// The next representable value above the value, constant.
    /// - Complexity: O(1).
    @inlinable public var nextUp: Self { Self(value.nextUp) }

    // MARK: Construction

    /// A constant from an integer.
    /// - Complexity: O(1).
    @inlinable public init(_ value: Int) { self.init(Primal(value)) }

    /// A constant from any integer, rounded to the primal type.
    /// - Complexity: O(1).
    @inlinable public init<Source: BinaryInteger>(_ value: Source) { self.init(Primal(value)) }

    /// ±significand·radixᵉˣᵖᵒⁿᵉⁿᵗ, differentiable in the significand (derivative ±radixᵉˣᵖᵒⁿᵉⁿᵗ).
    /// - Complexity: O(1).
    @inlinable
    public init(sign: FloatingPointSign, exponent: Primal.Exponent, significand: Self) {
        let scale = Primal(sign: sign, exponent: exponent, significand: 1)
        self = Self(Primal(sign: sign, exponent: exponent, significand: significand.value),
                    derivativeOf: significand * Self(scale))
    }

    /// The magnitude of `magnitudeOf` with the sign of `signOf` (copysign), differentiable in
    /// the magnitude (derivative ±1); the sign is a constant choice.
    /// - Complexity: O(1).
    @inlinable
    public init(signOf: Self, magnitudeOf: Self) {
        let flips = signOf.value.sign != magnitudeOf.value.sign
        self = Self(Primal(signOf: signOf.value, magnitudeOf: magnitudeOf.value),
                    derivativeOf: flips ? -magnitudeOf : magnitudeOf)
    }

    // MARK: Parts of the value

    /// The sign of the value.
    /// - Complexity: O(1).
    @inlinable public var sign: FloatingPointSign { value.sign }
    /// The exponent of the value.
    /// - Complexity: O(1).
    @inlinable public var exponent: Primal.Exponent { value.exponent }
    /// The significand x·radix⁻ᵉ of the value, with derivative radix⁻ᵉ.
    /// - Complexity: O(1).
    @inlinable public var significand: Self {
        guard value.isFinite && !value.isZero else { return Self(value.significand) }
        let scale = Primal(sign: .plus, exponent: -value.exponent, significand: 1)
        return Self(value.significand, derivativeOf: self * Self(scale))
    }

    // MARK: Arithmetic

    /// The square root, from the rule table (as `sqrt`).
    /// - Complexity: One `sqrt` and its rule.
    @inlinable public mutating func formSquareRoot() { self = Self.evaluate(.sqrt, self) }

    /// x + a·b with the value fused (one rounding) and derivative ẋ + ȧ·b + a·ḃ.
    /// - Complexity: One fused multiply-add on the value, a product and a sum on the derivative.
    @inlinable
    public mutating func addProduct(_ lhs: Self, _ rhs: Self) {
        self = Self(value.addingProduct(lhs.value, rhs.value), derivativeOf: self + lhs * rhs)
    }

    /// The IEEE remainder x − n·y (n the quotient rounded to nearest, ties to even), with
    /// ∂/∂x = 1 and ∂/∂y = −n.
    /// - Complexity: One remainder and one product.
    @inlinable
    public mutating func formRemainder(dividingBy other: Self) {
        let r = value.remainder(dividingBy: other.value)
        let n = ((value - r) / other.value).rounded(.toNearestOrEven)
        self = Self(r, derivativeOf: self - other * Self(n))
    }

    /// The truncating remainder x − n·y (n the quotient rounded towards zero), with ∂/∂x = 1
    /// and ∂/∂y = −n.
    /// - Complexity: One remainder and one product.
    @inlinable
    public mutating func formTruncatingRemainder(dividingBy other: Self) {
        let r = value.truncatingRemainder(dividingBy: other.value)
        let n = ((value - r) / other.value).rounded(.towardZero)
        self = Self(r, derivativeOf: self - other * Self(n))
    }

    /// Rounds the value by `rule`; the result is a constant (derivative 0 almost everywhere,
    /// as ForwardDiff.jl and JAX define it).
    /// - Complexity: O(1).
    @inlinable public mutating func round(_ rule: FloatingPointRoundingRule) { self = Self(value.rounded(rule)) }

    // MARK: Strideable

    /// `other − self`, differentiable in both.
    /// - Complexity: As `-`.
    @inlinable public func distance(to other: Self) -> Self { other - self }

    /// `self + n`, differentiable in both.
    /// - Complexity: As `+`.
    @inlinable public func advanced(by n: Self) -> Self { self + n }

    // MARK: Comparison and classification, by value

    /// Whether the values are equal.
    /// - Complexity: O(1).
    @inlinable public func isEqual(to other: Self) -> Bool { value.isEqual(to: other.value) }
    /// Whether the value is less than the other's.
    /// - Complexity: O(1).
    @inlinable public func isLess(than other: Self) -> Bool { value.isLess(than: other.value) }
    /// Whether the value is at most the other's.
    /// - Complexity: O(1).
    @inlinable public func isLessThanOrEqualTo(_ other: Self) -> Bool { value.isLessThanOrEqualTo(other.value) }
    /// Whether the value is ordered at or below the other's in IEEE 754's total order.
    /// - Complexity: O(1).
    @inlinable public func isTotallyOrdered(belowOrEqualTo other: Self) -> Bool {
        value.isTotallyOrdered(belowOrEqualTo: other.value)
    }
    /// Whether the value is normal.
    /// - Complexity: O(1).
    @inlinable public var isNormal: Bool { value.isNormal }
    /// Whether the value is ±0.
    /// - Complexity: O(1).
    @inlinable public var isZero: Bool { value.isZero }
    /// Whether the value is subnormal.
    /// - Complexity: O(1).
    @inlinable public var isSubnormal: Bool { value.isSubnormal }
    /// Whether the value is a signaling NaN.
    /// - Complexity: O(1).
    @inlinable public var isSignalingNaN: Bool { value.isSignalingNaN }
    /// Whether the value is canonical.
    /// - Complexity: O(1).
    @inlinable public var isCanonical: Bool { value.isCanonical }
}
