// A second hand-written bar for `.forward` at default flags (issue 16): the value and the
// tangent in one `SIMD2<Double>`, so that a sum, a difference or a constant factor is one
// vector instruction. A product needs the value broadcast and a second partial product
// ((a, ȧ)·(b, b) + (0, a)·(0, ḃ)). Measured against the primal beside `MinimalDual`
// (`Benchmarks/README.md`, "Forward gradient by n sweeps").

/// A dual number whose value and tangent share one SIMD register.
@frozen public struct PairedDual {
    /// (value, tangent).
    public var pair: SIMD2<Double>
    @inlinable @inline(__always) public init(_ pair: SIMD2<Double>) { self.pair = pair }
    @inlinable @inline(__always) public init(_ value: Double, _ tangent: Double = 0) { pair = SIMD2(value, tangent) }
    @inlinable public var value: Double { pair.x }
    @inlinable public var tangent: Double { get { pair.y } set { pair.y = newValue } }

    @inlinable @inline(__always) public static func + (a: PairedDual, b: PairedDual) -> PairedDual { PairedDual(a.pair + b.pair) }
    @inlinable @inline(__always) public static func - (a: PairedDual, b: PairedDual) -> PairedDual { PairedDual(a.pair - b.pair) }
    @inlinable @inline(__always) public static func * (a: PairedDual, b: PairedDual) -> PairedDual {
        PairedDual(a.pair * SIMD2(repeating: b.pair.x) + SIMD2(0, a.pair.x) * SIMD2(0, b.pair.y))
    }
    @inlinable @inline(__always) public static func += (a: inout PairedDual, b: PairedDual) { a = a + b }
    @inlinable @inline(__always) public static func - (c: Double, b: PairedDual) -> PairedDual { PairedDual(SIMD2(c, 0) - b.pair) }
    @inlinable @inline(__always) public static func * (c: Double, b: PairedDual) -> PairedDual { PairedDual(c * b.pair) }
}

/// x², as (x, 2x)·(x, ẋ).
@inlinable @inline(__always) public func pow(_ x: PairedDual, _ n: Int) -> PairedDual {
    precondition(n == 2, "PairedDual: only the square is needed by the benchmarks")
    return PairedDual(SIMD2(x.pair.x, 2 * x.pair.x) * x.pair)
}

/// The `pow` form on the paired dual.
@inlinable @inline(never)
public func rosenbrockPow(_ x: [PairedDual]) -> PairedDual {
    var s = PairedDual(0)
    for i in 0..<(x.count - 1) {
        s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
    }
    return s
}

/// The product form on the paired dual.
@inlinable @inline(never)
public func rosenbrockProduct(_ x: [PairedDual]) -> PairedDual {
    var s = PairedDual(0)
    for i in 0..<(x.count - 1) {
        let a = x[i + 1] - x[i] * x[i]
        let b = 1 - x[i]
        s += 100 * a * a + b * b
    }
    return s
}

extension PairedDual: HandWrittenDual {
    @inlinable public init(constant value: Double) { self.init(value) }
}

/// ∇f(x) by n sweeps of the paired dual, one per eⱼ.
@inlinable
public func pairedForwardGradient(at x: [Double], _ f: ([PairedDual]) -> PairedDual) -> [Double] {
    handWrittenForwardGradient(at: x, f)
}
