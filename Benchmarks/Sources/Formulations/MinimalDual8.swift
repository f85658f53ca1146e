// The bar for `ChunkedDual<8, Double>`: the 8-lane dual a user writes by hand — a value and
// eight tangents in an `InlineArray`, the operators as loops over the lanes, no flag for
// "no tangents", no protocol; plain `Double` constants, as in `MinimalDual`.

/// A minimal hand-written dual number with 8 tangents.
@frozen public struct MinimalDual8 {
    public var value: Double
    public var lanes: InlineArray<8, Double>
    @inlinable @inline(__always) public init(_ value: Double) {
        self.value = value
        lanes = InlineArray(repeating: 0)
    }
    @inlinable @inline(__always) public init(_ value: Double, lanes: InlineArray<8, Double>) {
        self.value = value
        self.lanes = lanes
    }

    @inlinable @inline(__always) public static func + (a: MinimalDual8, b: MinimalDual8) -> MinimalDual8 {
        MinimalDual8(a.value + b.value, lanes: InlineArray { a.lanes[$0] + b.lanes[$0] })
    }
    @inlinable @inline(__always) public static func - (a: MinimalDual8, b: MinimalDual8) -> MinimalDual8 {
        MinimalDual8(a.value - b.value, lanes: InlineArray { a.lanes[$0] - b.lanes[$0] })
    }
    @inlinable @inline(__always) public static func * (a: MinimalDual8, b: MinimalDual8) -> MinimalDual8 {
        MinimalDual8(a.value * b.value, lanes: InlineArray { b.value * a.lanes[$0] + a.value * b.lanes[$0] })
    }
    @inlinable @inline(__always) public static func += (a: inout MinimalDual8, b: MinimalDual8) { a = a + b }

    // A plain constant: one operation per lane, or none.
    @inlinable @inline(__always) public static func * (c: Double, b: MinimalDual8) -> MinimalDual8 {
        MinimalDual8(c * b.value, lanes: InlineArray { c * b.lanes[$0] })
    }
    @inlinable @inline(__always) public static func - (c: Double, b: MinimalDual8) -> MinimalDual8 {
        MinimalDual8(c - b.value, lanes: InlineArray { -b.lanes[$0] })
    }
}

/// xⁿ for n = 2 as a product, else through the C library.
@inlinable @inline(__always) public func pow(_ x: MinimalDual8, _ n: Int) -> MinimalDual8 {
    precondition(n == 2, "the benchmarks square only")
    let d = 2 * x.value
    return MinimalDual8(x.value * x.value, lanes: InlineArray { d * x.lanes[$0] })
}

/// The `pow` form on the 8-lane minimal dual.
@inlinable @inline(never)
public func rosenbrockPow(_ x: [MinimalDual8]) -> MinimalDual8 {
    var s = MinimalDual8(0)
    for i in 0..<(x.count - 1) {
        s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
    }
    return s
}

/// The product form on the 8-lane minimal dual.
@inlinable @inline(never)
public func rosenbrockProduct(_ x: [MinimalDual8]) -> MinimalDual8 {
    var s = MinimalDual8(0)
    for i in 0..<(x.count - 1) {
        let a = x[i + 1] - x[i] * x[i]
        let b = 1 - x[i]
        s += 100 * a * a + b * b
    }
    return s
}
